"""SQLite only: the FTS5 index that search and autocomplete use for directory entries
(`directory_search_text` with the text, `directory_search_index` over it; see search.engine),
filled from the entries there are. From here on search.engine.refresh_on_save and
forget_on_delete keep it current. A no-op on PostgreSQL, which has the stored
`search_document` columns and trigram indexes instead."""

from django.db import migrations

ENTRY_FIELDS = [("name", "A"), ("short_description", "B"), ("description", "C"), ("city", "C")]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    from search.engine import create_fts_tables, store_fts_documents

    create_fts_tables("directory", schema_editor)
    for name in ["SocialEnterprise", "SupportOrganisation"]:
        model = apps.get_model("directory", name)
        store_fts_documents(model, ENTRY_FIELDS, False, using=schema_editor.connection.alias)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        from search.engine import drop_fts_tables

        drop_fts_tables("directory", schema_editor)


class Migration(migrations.Migration):
    dependencies = [("directory", "0016_verbose_names_for_the_admin")]
    operations = [migrations.RunPython(forwards, backwards)]
