"""Seeded countries and terms are named in all ten languages (migrations), through the API."""

import pytest
from babel import Locale as BabelLocale
from django.conf import settings
from wagtail.models import Locale

from cms.models import EventType
from directory.models import (
    Country,
    ImpactIndicator,
    LegalForm,
    Sector,
    SustainableDevelopmentGoal,
    TargetGroup,
)
from tests.directory.factories import SocialEnterpriseFactory

pytestmark = pytest.mark.django_db

LOCALES = [code for code, _name in settings.PLATFORM_LANGUAGES]

QUERY = """query ($locale: String) {
  countries(locale: $locale, includeSuspended: true) { code name }
  sectors(locale: $locale) { slug name }
  targetGroups(locale: $locale) { slug name }
}"""

# A few names per language checked by hand against CLDR and the seed data.
KNOWN = {
    "en": {"LV": "Latvia", "DE": "Germany", "social-services": "Social services"},
    "da": {"LV": "Letland", "DE": "Tyskland", "social-services": "Sociale ydelser"},
    "de": {"LV": "Lettland", "DE": "Deutschland", "social-services": "Soziale Dienste"},
    "et": {"LV": "Läti", "DE": "Saksamaa", "social-services": "Sotsiaalteenused"},
    "fi": {"LV": "Latvia", "DE": "Saksa", "social-services": "Sosiaalipalvelut"},
    "lv": {"LV": "Latvija", "DE": "Vācija", "social-services": "Sociālie pakalpojumi"},
    "lt": {"LV": "Latvija", "DE": "Vokietija", "social-services": "Socialinės paslaugos"},
    "nb": {"LV": "Latvia", "DE": "Tyskland", "social-services": "Sosiale tjenester"},
    "pl": {"LV": "Łotwa", "DE": "Niemcy", "social-services": "Usługi społeczne"},
    "sv": {"LV": "Lettland", "DE": "Tyskland", "social-services": "Sociala tjänster"},
}
WOMEN = {
    "en": "Women",
    "da": "Kvinder",
    "de": "Frauen",
    "et": "Naised",
    "fi": "Naiset",
    "lv": "Sievietes",
    "lt": "Moterys",
    "nb": "Kvinner",
    "pl": "Kobiety",
    "sv": "Kvinnor",
}


def english(model, key):
    return dict(model.objects.filter(locale__language_code="en").values_list(key, "name"))


@pytest.mark.parametrize("code", LOCALES)
def test_countries_sectors_and_target_groups_in_every_language(graphql, code):
    data = graphql(QUERY, {"locale": code})["data"]
    countries = {row["code"]: row["name"] for row in data["countries"]}
    sectors = {row["slug"]: row["name"] for row in data["sectors"]}
    groups = {row["slug"]: row["name"] for row in data["targetGroups"]}

    assert countries["LV"] == KNOWN[code]["LV"]
    assert countries["DE"] == KNOWN[code]["DE"]
    assert sectors["social-services"] == KNOWN[code]["social-services"]
    assert groups["women"] == WOMEN[code]
    # Every country by its CLDR name, each term once.
    territories = BabelLocale.parse(code).territories
    assert countries == {iso: territories[iso] for iso in english(Country, "code")}
    assert sectors.keys() == english(Sector, "slug").keys()
    assert groups.keys() == english(TargetGroup, "slug").keys()
    if code != "en":
        # Hand-written terms: none is left in English.
        assert not set(sectors.values()) & set(english(Sector, "slug").values())
        assert not set(groups.values()) & set(english(TargetGroup, "slug").values())


@pytest.mark.parametrize(
    "model, key",
    [
        (Country, "code"),
        (Sector, "slug"),
        (TargetGroup, "slug"),
        (LegalForm, "slug"),
        (SustainableDevelopmentGoal, "number"),
        (ImpactIndicator, "code"),
        (EventType, "slug"),
    ],
)
def test_every_seeded_term_has_a_version_in_every_locale(model, key):
    sources = model.objects.filter(locale__language_code="en")
    for source in sources:
        versions = model.objects.filter(translation_key=source.translation_key)
        assert sorted(versions.values_list("locale__language_code", flat=True)) == sorted(
            LOCALES
        ), source
        # Identifiers and synchronised fields are copied, only the text differs.
        assert set(versions.values_list(key, flat=True)) == {getattr(source, key)}
    if model is Sector:
        for sector in model.objects.exclude(locale__language_code="en"):
            assert sector.nace_section == sources.get(slug=sector.slug).nace_section
    if model is Country:
        for country in model.objects.exclude(locale__language_code="en"):
            source = sources.get(code=country.code)
            assert (country.eusbsr_role, country.cooperation) == (
                source.eusbsr_role,
                source.cooperation,
            )


def test_sdgs_carry_their_official_short_names():
    names = dict(
        SustainableDevelopmentGoal.objects.filter(number=1).values_list(
            "locale__language_code", "name"
        )
    )
    assert names == {
        "en": "No poverty",
        "da": "Afskaf fattigdom",
        "de": "Keine Armut",
        "et": "Kaotada vaesus",
        "fi": "Ei köyhyyttä",
        "lv": "Izskaust nabadzību",
        "lt": "Panaikinti skurdą",
        "nb": "Utrydde fattigdom",
        "pl": "Koniec z ubóstwem",
        "sv": "Ingen fattigdom",
    }


def test_translated_indicators_keep_their_sdgs_and_scheme():
    source = ImpactIndicator.objects.get(code="OI6213", locale__language_code="en")
    latvian = ImpactIndicator.objects.get(code="OI6213", locale__language_code="lv")
    assert latvian.translation_key == source.translation_key
    assert latvian.scheme == source.scheme
    assert latvian.name == "Pastāvīgie darbinieki: sievietes"
    assert set(latvian.sdgs.values_list("number", flat=True)) == {5, 8}


def test_facet_labels_and_linked_terms_of_a_latvian_listing_are_latvian(graphql):
    enterprise = SocialEnterpriseFactory(
        name="Darbnīca",
        sectors=["social-services", "retail"],
        target_groups=["women"],
        sdgs=[1],
        legal_form=LegalForm.objects.get(slug="association", locale__language_code="en"),
    )
    latvian = enterprise.copy_for_translation(Locale.objects.get(language_code="lv"))
    latvian.save()
    latvian.save_revision().publish()

    data = graphql(
        """{ socialEnterprises(locale: "lv") {
              results { name sectors { name } targetGroups { name } sdgs { name } legalForm { name }
                        country { name } }
              facets { countries { value label } sectors { value label }
                       targetGroups { value label } legalForms { value label } } } }"""
    )["data"]["socialEnterprises"]

    facets = data["facets"]
    assert facets["countries"] == [{"value": "LV", "label": "Latvija"}]
    assert {f["value"]: f["label"] for f in facets["sectors"]} == {
        "social-services": "Sociālie pakalpojumi",
        "retail": "Mazumtirdzniecība un lietotas preces",
    }
    assert facets["targetGroups"] == [{"value": "women", "label": "Sievietes"}]
    assert facets["legalForms"] == [{"value": "association", "label": "Biedrība"}]
    [entry] = data["results"]
    assert sorted(s["name"] for s in entry["sectors"]) == [
        "Mazumtirdzniecība un lietotas preces",
        "Sociālie pakalpojumi",
    ]
    assert entry["targetGroups"] == [{"name": "Sievietes"}]
    assert entry["sdgs"] == [{"name": "Izskaust nabadzību"}]
    assert entry["legalForm"] == {"name": "Biedrība"}
    assert entry["country"] == {"name": "Latvija"}


def test_running_the_seed_again_only_fills_gaps_and_keeps_editors_corrections():
    from importlib import import_module

    from django.apps import apps

    corrected = Sector.objects.get(slug="retail", locale__language_code="lv")
    corrected.name = "Tirdzniecība"
    corrected.save()
    SustainableDevelopmentGoal.objects.filter(number=1, locale__language_code="pl").delete()
    EventType.objects.filter(slug="workshop", locale__language_code="fi").delete()
    models = (Country, Sector, TargetGroup, LegalForm, ImpactIndicator, SustainableDevelopmentGoal)
    before = {model: model.objects.count() for model in (*models, EventType)}

    import_module("directory.migrations.0015_taxonomy_names_in_every_language").forwards(apps, None)
    import_module("cms.migrations.0009_event_type_names_in_every_language").forwards(apps, None)

    after = {model: model.objects.count() for model in before}
    assert after == {
        **before,
        SustainableDevelopmentGoal: before[SustainableDevelopmentGoal] + 1,
        EventType: before[EventType] + 1,
    }
    corrected.refresh_from_db()
    assert corrected.name == "Tirdzniecība"
    polish = SustainableDevelopmentGoal.objects.get(number=1, locale__language_code="pl")
    assert polish.name == "Koniec z ubóstwem"
    assert (
        polish.translation_key
        == SustainableDevelopmentGoal.objects.get(
            number=1, locale__language_code="en"
        ).translation_key
    )
    assert EventType.objects.get(slug="workshop", locale__language_code="fi").name == "Työpaja"
