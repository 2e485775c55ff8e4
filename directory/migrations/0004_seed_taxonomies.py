"""Seed the taxonomies every installation needs, in English; editors translate and extend them."""

import uuid

from django.db import migrations

SDGS = [
    "No poverty",
    "Zero hunger",
    "Good health and well-being",
    "Quality education",
    "Gender equality",
    "Clean water and sanitation",
    "Affordable and clean energy",
    "Decent work and economic growth",
    "Industry, innovation and infrastructure",
    "Reduced inequalities",
    "Sustainable cities and communities",
    "Responsible consumption and production",
    "Climate action",
    "Life below water",
    "Life on land",
    "Peace, justice and strong institutions",
    "Partnerships for the goals",
]

SECTORS = [
    ("social-services", "Social services", "Q"),
    ("health-care", "Health care", "Q"),
    ("education", "Education and training", "P"),
    ("food-catering", "Food and catering", "I"),
    ("retail", "Retail and second-hand", "G"),
    ("culture-media", "Culture and media", "R"),
    ("tourism-hospitality", "Tourism and hospitality", "I"),
    ("agriculture-environment", "Agriculture and environment", "A"),
    ("ict", "Information technology", "J"),
    ("crafts-manufacturing", "Crafts and manufacturing", "C"),
    ("animal-care", "Animal care", "S"),
    ("community-development", "Community development", "S"),
]

TARGET_GROUPS = [
    ("long-term-unemployed", "Long-term unemployed people"),
    ("people-with-disabilities", "People with disabilities"),
    ("migrants", "Migrants and refugees"),
    ("youth-neet", "Young people not in education, employment or training"),
    ("seniors", "Seniors"),
    ("single-parents", "Single parents"),
    ("former-offenders", "Former offenders"),
    ("rural-communities", "Rural communities"),
    ("people-with-addictions", "People recovering from addiction"),
    ("women", "Women"),
]

# Forms found across the region; country-specific forms are added by editors with a country.
LEGAL_FORMS = [
    ("association", "Association"),
    ("cooperative", "Cooperative"),
    ("foundation", "Foundation"),
    ("limited-company-social-purpose", "Limited company with a social purpose"),
    ("religious-organisation", "Religious organisation"),
    ("sole-trader", "Sole trader"),
]


def forwards(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    english = Locale.objects.get(language_code="en")

    def seed(model_name, key, rows):
        model = apps.get_model("directory", model_name)
        for lookup, values in rows:
            model.objects.get_or_create(
                **{key: lookup},
                locale=english,
                defaults={**values, "translation_key": uuid.uuid4()},
            )

    seed("SustainableDevelopmentGoal", "number", [(n, {"name": name}) for n, name in enumerate(SDGS, 1)])
    seed("Sector", "slug", [(slug, {"name": name, "nace_section": nace}) for slug, name, nace in SECTORS])
    seed("TargetGroup", "slug", [(slug, {"name": name}) for slug, name in TARGET_GROUPS])
    seed("LegalForm", "slug", [(slug, {"name": name}) for slug, name in LEGAL_FORMS])


class Migration(migrations.Migration):
    dependencies = [("directory", "0003_entries_and_taxonomies")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
