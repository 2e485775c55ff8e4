"""Create the ten content locales and the Baltic Sea Region countries (names in English)."""

import uuid

from django.db import migrations

LOCALES = ["en", "da", "de", "et", "fi", "lv", "lt", "nb", "pl", "sv"]

COUNTRIES = {
    "DK": "Denmark",
    "EE": "Estonia",
    "FI": "Finland",
    "DE": "Germany",
    "IS": "Iceland",
    "LV": "Latvia",
    "LT": "Lithuania",
    "NO": "Norway",
    "PL": "Poland",
    "SE": "Sweden",
}


def forwards(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Country = apps.get_model("directory", "Country")
    for code in LOCALES:
        Locale.objects.get_or_create(language_code=code)
    english = Locale.objects.get(language_code="en")
    for code, name in COUNTRIES.items():
        Country.objects.get_or_create(
            code=code, locale=english, defaults={"name": name, "translation_key": uuid.uuid4()}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_initial"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
