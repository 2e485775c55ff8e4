"""SQLite only: the FTS5 index that search uses for pages (`cms_search_text` with the text,
`cms_search_index` over it; see search.engine), filled from the pages there are. From here on
search.engine.refresh_on_save and forget_on_delete keep it current. A no-op on PostgreSQL, which
has the stored `search_document` columns instead."""

from django.db import migrations

PAGE_FIELDS = [("title", "A"), ("seo_title", "A"), ("search_description", "B"), ("intro", "B")]
# Page models and their weighted fields as of this migration.
SEARCHABLE = {
    "HomePage": PAGE_FIELDS,
    "ArticleIndexPage": PAGE_FIELDS,
    "ArticlePage": PAGE_FIELDS,
    "PolicyRecommendationIndexPage": PAGE_FIELDS,
    "PolicyRecommendationPage": [*PAGE_FIELDS, ("summary", "B"), ("target_audience", "C")],
    "TeachingMaterialIndexPage": PAGE_FIELDS,
    "TeachingMaterialPage": PAGE_FIELDS,
    "EventIndexPage": PAGE_FIELDS,
    "EventPage": [*PAGE_FIELDS, ("venue_name", "C"), ("city", "C")],
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    from search.engine import create_fts_tables, store_fts_documents

    create_fts_tables("cms", schema_editor)
    for name, fields in SEARCHABLE.items():
        model = apps.get_model("cms", name)
        store_fts_documents(model, fields, True, using=schema_editor.connection.alias)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        from search.engine import drop_fts_tables

        drop_fts_tables("cms", schema_editor)


class Migration(migrations.Migration):
    dependencies = [("cms", "0010_verbose_names_for_the_admin")]
    operations = [migrations.RunPython(forwards, backwards)]
