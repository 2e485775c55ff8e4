"""Name the seeded event types in the nine other content languages.

The data lives in this file so that history does not change when the app's code does; event
types editors add later are translated with wagtail-localize. Reversing leaves the rows in place
(editors may have corrected them or linked events to them); running again creates only what is
missing.
"""

from django.db import migrations

from core.terms import add_translations

LANGUAGES = ["da", "de", "et", "fi", "lv", "lt", "nb", "pl", "sv"]

# slug: names in da, de, et, fi, lv, lt, nb, pl, sv (the order of LANGUAGES).
EVENT_TYPES = {
    "conference": ["Konference", "Konferenz", "Konverents", "Konferenssi", "Konference", "Konferencija", "Konferanse", "Konferencja", "Konferens"],
    "forum": ["Forum", "Forum", "Foorum", "Foorumi", "Forums", "Forumas", "Forum", "Forum", "Forum"],
    "workshop": ["Workshop", "Workshop", "Töötuba", "Työpaja", "Darbnīca", "Kūrybinės dirbtuvės", "Verksted", "Warsztaty", "Workshop"],
    "lecture": ["Foredrag", "Vortrag", "Loeng", "Luento", "Lekcija", "Paskaita", "Foredrag", "Wykład", "Föreläsning"],
    "seminar": ["Seminar", "Seminar", "Seminar", "Seminaari", "Seminārs", "Seminaras", "Seminar", "Seminarium", "Seminarium"],
    "meeting": ["Møde", "Treffen", "Kohtumine", "Tapaaminen", "Sanāksme", "Susitikimas", "Møte", "Spotkanie", "Möte"],
    "training-programme": ["Uddannelsesforløb", "Schulungsprogramm", "Koolitusprogramm", "Koulutusohjelma", "Apmācību programma", "Mokymų programa", "Opplæringsprogram", "Program szkoleniowy", "Utbildningsprogram"],
    "cultural-social-event": ["Kulturelt eller socialt arrangement", "Kultur- oder Gemeinschaftsveranstaltung", "Kultuuri- või seltskondlik üritus", "Kulttuuri- tai yhteisötapahtuma", "Kultūras vai sabiedrisks pasākums", "Kultūrinis ar socialinis renginys", "Kulturelt eller sosialt arrangement", "Wydarzenie kulturalne lub towarzyskie", "Kulturellt eller socialt evenemang"],
}


def forwards(apps, schema_editor):
    add_translations(
        apps,
        "cms",
        "EventType",
        "slug",
        {
            slug: {code: {"name": name} for code, name in zip(LANGUAGES, row, strict=True)}
            for slug, row in EVENT_TYPES.items()
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0008_search_document"),
        # The locales themselves are created there.
        ("directory", "0002_locales_and_countries"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
