"""PostgreSQL only.

- `baltic_<language>` text-search configurations: the language's stemmer after `unaccent`, so
  "Liepaja" finds "Liepāja" in every locale, not only in those without a stemmer.
- `baltic_unaccent_lower(text)`: unaccent + lower declared IMMUTABLE (unaccent itself is only
  STABLE), so it can be indexed; and trigram indexes on it for the directory's names, which
  autocomplete's prefix and similarity matches use.
"""

from django.db import migrations

LANGUAGES = ["danish", "english", "finnish", "german", "lithuanian", "norwegian", "swedish"]
TABLES = ["directory_socialenterprise", "directory_supportorganisation"]


def create_sql():
    statements = []
    for language in LANGUAGES:
        name = f"baltic_{language}"
        statements.append(
            f"""DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}') THEN
    CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {language});
    ALTER TEXT SEARCH CONFIGURATION {name}
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {language}_stem;
  END IF;
END $$;"""
        )
    statements.append(
        """CREATE OR REPLACE FUNCTION baltic_unaccent_lower(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;"""
    )
    for table in TABLES:
        statements.append(
            f"CREATE INDEX IF NOT EXISTS {table}_name_trgm ON {table} "
            "USING gin (baltic_unaccent_lower(name) gin_trgm_ops);"
        )
    return "\n".join(statements)


def drop_sql():
    statements = [f"DROP INDEX IF EXISTS {table}_name_trgm;" for table in TABLES]
    statements.append("DROP FUNCTION IF EXISTS baltic_unaccent_lower(text);")
    statements += [f"DROP TEXT SEARCH CONFIGURATION IF EXISTS baltic_{lang};" for lang in LANGUAGES]
    return "\n".join(statements)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(create_sql())


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(drop_sql())


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_extensions"), ("directory", "0007_listing_indexes")]
    operations = [migrations.RunPython(forwards, backwards)]
