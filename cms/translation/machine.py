"""An offline machine translator: the platform's glossary of social-economy terms.

It needs no network, so "Machine translate" works everywhere (and in tests). It fills only the
segments it can translate completely, those made of glossary terms alone (a heading "Social
economy", a tag "Cooperative"); the rest stay untranslated for a person, instead of English text
counted as translated. What it fills is marked as machine translated (wagtail-localize's
StringTranslation.translation_type) until a translator edits or confirms it. DeepL, Google and
LibreTranslate are chosen with the MACHINE_TRANSLATOR setting instead.
"""

import re

from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

# English term -> translation, per target language. Plural forms are listed before singular
# ones where they differ, so the longer match wins.
GLOSSARY = {
    "da": {
        "social enterprises": "socialøkonomiske virksomheder",
        "social enterprise": "socialøkonomisk virksomhed",
        "social economy": "socialøkonomi",
        "social entrepreneurship": "socialt iværksætteri",
        "support organisations": "støtteorganisationer",
        "support organisation": "støtteorganisation",
        "impact measurement": "effektmåling",
        "policy recommendations": "politiske anbefalinger",
        "policy recommendation": "politisk anbefaling",
        "teaching materials": "undervisningsmaterialer",
        "teaching material": "undervisningsmateriale",
        "Baltic Sea Region": "Østersøregionen",
        "cooperative": "andelsselskab",
        "incubator": "inkubator",
    },
    "de": {
        "social enterprises": "Sozialunternehmen",
        "social enterprise": "Sozialunternehmen",
        "social economy": "Sozialwirtschaft",
        "social entrepreneurship": "soziales Unternehmertum",
        "support organisations": "Unterstützungsorganisationen",
        "support organisation": "Unterstützungsorganisation",
        "impact measurement": "Wirkungsmessung",
        "policy recommendations": "politische Empfehlungen",
        "policy recommendation": "politische Empfehlung",
        "teaching materials": "Lehrmaterialien",
        "teaching material": "Lehrmaterial",
        "Baltic Sea Region": "Ostseeraum",
        "cooperative": "Genossenschaft",
        "incubator": "Inkubator",
    },
    "et": {
        "social enterprises": "sotsiaalsed ettevõtted",
        "social enterprise": "sotsiaalne ettevõte",
        "social economy": "sotsiaalmajandus",
        "social entrepreneurship": "sotsiaalne ettevõtlus",
        "support organisations": "tugiorganisatsioonid",
        "support organisation": "tugiorganisatsioon",
        "impact measurement": "mõju mõõtmine",
        "policy recommendations": "poliitikasoovitused",
        "policy recommendation": "poliitikasoovitus",
        "teaching materials": "õppematerjalid",
        "teaching material": "õppematerjal",
        "Baltic Sea Region": "Läänemere piirkond",
        "cooperative": "ühistu",
        "incubator": "inkubaator",
    },
    "fi": {
        "social enterprises": "yhteiskunnalliset yritykset",
        "social enterprise": "yhteiskunnallinen yritys",
        "social economy": "yhteisötalous",
        "social entrepreneurship": "yhteiskunnallinen yrittäjyys",
        "support organisations": "tukiorganisaatiot",
        "support organisation": "tukiorganisaatio",
        "impact measurement": "vaikutusten mittaaminen",
        "policy recommendations": "politiikkasuositukset",
        "policy recommendation": "politiikkasuositus",
        "teaching materials": "opetusmateriaalit",
        "teaching material": "opetusmateriaali",
        "Baltic Sea Region": "Itämeren alue",
        "cooperative": "osuuskunta",
        "incubator": "hautomo",
    },
    "lv": {
        "social enterprises": "sociālie uzņēmumi",
        "social enterprise": "sociālais uzņēmums",
        "social economy": "sociālā ekonomika",
        "social entrepreneurship": "sociālā uzņēmējdarbība",
        "support organisations": "atbalsta organizācijas",
        "support organisation": "atbalsta organizācija",
        "impact measurement": "ietekmes mērīšana",
        "policy recommendations": "politikas ieteikumi",
        "policy recommendation": "politikas ieteikums",
        "teaching materials": "mācību materiāli",
        "teaching material": "mācību materiāls",
        "Baltic Sea Region": "Baltijas jūras reģions",
        "cooperative": "kooperatīvs",
        "incubator": "inkubators",
    },
    "lt": {
        "social enterprises": "socialinės įmonės",
        "social enterprise": "socialinė įmonė",
        "social economy": "socialinė ekonomika",
        "social entrepreneurship": "socialinis verslumas",
        "support organisations": "paramos organizacijos",
        "support organisation": "paramos organizacija",
        "impact measurement": "poveikio vertinimas",
        "policy recommendations": "politikos rekomendacijos",
        "policy recommendation": "politikos rekomendacija",
        "teaching materials": "mokymo medžiaga",
        "teaching material": "mokymo medžiaga",
        "Baltic Sea Region": "Baltijos jūros regionas",
        "cooperative": "kooperatyvas",
        "incubator": "inkubatorius",
    },
    "nb": {
        "social enterprises": "sosiale foretak",
        "social enterprise": "sosialt foretak",
        "social economy": "sosial økonomi",
        "social entrepreneurship": "sosialt entreprenørskap",
        "support organisations": "støtteorganisasjoner",
        "support organisation": "støtteorganisasjon",
        "impact measurement": "effektmåling",
        "policy recommendations": "politiske anbefalinger",
        "policy recommendation": "politisk anbefaling",
        "teaching materials": "undervisningsmateriell",
        "teaching material": "undervisningsmateriell",
        "Baltic Sea Region": "Østersjøregionen",
        "cooperative": "samvirke",
        "incubator": "inkubator",
    },
    "pl": {
        "social enterprises": "przedsiębiorstwa społeczne",
        "social enterprise": "przedsiębiorstwo społeczne",
        "social economy": "ekonomia społeczna",
        "social entrepreneurship": "przedsiębiorczość społeczna",
        "support organisations": "organizacje wspierające",
        "support organisation": "organizacja wspierająca",
        "impact measurement": "pomiar wpływu",
        "policy recommendations": "rekomendacje polityczne",
        "policy recommendation": "rekomendacja polityczna",
        "teaching materials": "materiały dydaktyczne",
        "teaching material": "materiał dydaktyczny",
        "Baltic Sea Region": "region Morza Bałtyckiego",
        "cooperative": "spółdzielnia",
        "incubator": "inkubator",
    },
    "sv": {
        "social enterprises": "sociala företag",
        "social enterprise": "socialt företag",
        "social economy": "social ekonomi",
        "social entrepreneurship": "socialt företagande",
        "support organisations": "stödorganisationer",
        "support organisation": "stödorganisation",
        "impact measurement": "effektmätning",
        "policy recommendations": "policyrekommendationer",
        "policy recommendation": "policyrekommendation",
        "teaching materials": "undervisningsmaterial",
        "teaching material": "undervisningsmaterial",
        "Baltic Sea Region": "Östersjöregionen",
        "cooperative": "kooperativ",
        "incubator": "inkubator",
    },
}

TAG = re.compile(r"(<[^>]*>)")
ENTITY = re.compile(r"&#?\w+;")


def glossary_pattern(terms) -> re.Pattern:
    """One case-insensitive pattern for all terms, longest first, whole words only."""
    alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    return re.compile(rf"\b({alternatives})\b", re.IGNORECASE)


def translate_terms(html: str, glossary: dict) -> str:
    """Replace glossary terms in the text of html, never inside tags."""
    lowered = {term.lower(): translation for term, translation in glossary.items()}
    pattern = glossary_pattern(glossary)

    def replace(match):
        found = match.group(0)
        translation = lowered[found.lower()]
        # "Social economy" at the start of a sentence stays capitalised.
        if found[0].isupper() and not translation[0].isupper():
            translation = translation[0].upper() + translation[1:]
        return translation

    return "".join(
        part if TAG.fullmatch(part) else pattern.sub(replace, part) for part in TAG.split(html)
    )


def translate_completely(html: str, glossary: dict) -> str | None:
    """html with its glossary terms translated, or None if any other word would stay English."""
    pattern = glossary_pattern(glossary)
    for part in TAG.split(html):
        if not TAG.fullmatch(part):
            rest = pattern.sub("", ENTITY.sub("", part))
            if any(char.isalpha() for char in rest):
                return None
    return translate_terms(html, glossary)


class GlossaryTranslator(BaseMachineTranslator):
    """Translates the platform's glossary terms from English, offline."""

    display_name = _("Baltic Commons glossary (offline)")

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code == "en" and target_locale.language_code in GLOSSARY

    def translate(self, source_locale, target_locale, strings):
        # Strings left out of the answer stay untranslated (wagtail-localize skips them).
        glossary = GLOSSARY[target_locale.language_code]
        translated = {string: translate_completely(string.data, glossary) for string in strings}
        return {string: StringValue(data) for string, data in translated.items() if data}
