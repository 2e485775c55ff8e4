"""PostgreSQL only: GIN indexes on the stored `search_document` of pages and directory entries
(columns added by cms 0005 and directory 0014), and the documents of existing rows computed.

From here on search.engine.refresh_on_save keeps them up to date; `manage.py
update_search_documents` recomputes them all (after bulk loads or a SEARCH_TEXT_CONFIGS change).
"""

from django.db import migrations

PAGE_FIELDS = [("title", "A"), ("seo_title", "A"), ("search_description", "B"), ("intro", "B")]
ENTRY_FIELDS = [("name", "A"), ("short_description", "B"), ("description", "C"), ("city", "C")]
# Searchable models as of this migration: (app, model) -> (weighted fields, has a body).
SEARCHABLE = {
    ("cms", "HomePage"): (PAGE_FIELDS, True),
    ("cms", "ArticleIndexPage"): (PAGE_FIELDS, True),
    ("cms", "ArticlePage"): (PAGE_FIELDS, True),
    ("cms", "PolicyRecommendationIndexPage"): (PAGE_FIELDS, True),
    ("cms", "PolicyRecommendationPage"): (
        [*PAGE_FIELDS, ("summary", "B"), ("target_audience", "C")],
        True,
    ),
    ("cms", "TeachingMaterialIndexPage"): (PAGE_FIELDS, True),
    ("cms", "TeachingMaterialPage"): (PAGE_FIELDS, True),
    ("cms", "EventIndexPage"): (PAGE_FIELDS, True),
    ("cms", "EventPage"): ([*PAGE_FIELDS, ("venue_name", "C"), ("city", "C")], True),
    ("directory", "SocialEnterprise"): (ENTRY_FIELDS, False),
    ("directory", "SupportOrganisation"): (ENTRY_FIELDS, False),
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from search.engine import store_documents

    for (app, name), (fields, with_body) in SEARCHABLE.items():
        model = apps.get_model(app, name)
        table = model._meta.db_table
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_search_document ON {table} "
            "USING gin (search_document);"
        )
        store_documents(model, fields, with_body, using=schema_editor.connection.alias)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for app, name in SEARCHABLE:
        table = apps.get_model(app, name)._meta.db_table
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_document;")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_unaccented_stemmers_and_name_trigrams"),
        ("cms", "0008_search_document"),
        ("directory", "0014_search_document"),
    ]
    operations = [migrations.RunPython(forwards, backwards)]
