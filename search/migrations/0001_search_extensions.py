"""PostgreSQL only: unaccent and pg_trgm, and the `baltic_unaccent` text-search configuration
(simple + unaccent) that search uses for locales without a stemmer (see search.engine)."""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'baltic_unaccent') THEN
    CREATE TEXT SEARCH CONFIGURATION baltic_unaccent (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION baltic_unaccent
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
  END IF;
END $$;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS baltic_unaccent;"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = []
    operations = [migrations.RunPython(forwards, backwards)]
