"""The taxonomy lists a filter or submission form offers: countries, sectors, target groups."""

import pytest
from wagtail.models import Locale

from directory.models import Country, Sector, TargetGroup

pytestmark = pytest.mark.django_db

QUERY = """query ($locale: String, $suspended: Boolean! = false) {
  countries(locale: $locale, includeSuspended: $suspended) { code name cooperation }
  sectors(locale: $locale) { slug name }
  targetGroups(locale: $locale) { slug name }
}"""


def translate_term(term, code, name):
    copy = term.copy_for_translation(Locale.objects.get(language_code=code))
    copy.name = name
    copy.save()
    return copy


def test_terms_are_named_in_the_locale_with_english_for_the_rest(graphql):
    # Seeded terms are named in every locale by the migrations; terms editors add are English
    # until someone translates them.
    english = Locale.objects.get(language_code="en")
    Country.objects.create(code="GB", name="United Kingdom", locale=english)
    sector = Sector.objects.create(slug="bicycle-repair", name="Bicycle repair", locale=english)
    translate_term(sector, "lv", "Ā nozare")
    TargetGroup.objects.create(slug="students", name="Students", locale=english)

    data = graphql(QUERY, {"locale": "lv"})["data"]

    countries = {row["code"]: row["name"] for row in data["countries"]}
    assert countries["LV"] == "Latvija"
    assert countries["GB"] == "United Kingdom"
    # Each term once, in the locale's version where there is one.
    assert len(data["countries"]) == len(countries)
    assert [row["name"] for row in data["countries"]] == sorted(countries.values())
    sectors = {row["slug"]: row["name"] for row in data["sectors"]}
    assert sectors[sector.slug] == "Ā nozare"
    assert len(sectors) == Sector.objects.filter(locale__language_code="en").count()
    english_groups = TargetGroup.objects.filter(locale__language_code="en")
    groups = {row["slug"]: row["name"] for row in data["targetGroups"]}
    assert groups.keys() == set(english_groups.values_list("slug", flat=True))
    assert groups["students"] == "Students"
    assert groups["women"] == "Sievietes"


def test_suspended_countries_only_when_asked(graphql):
    listed = {row["code"] for row in graphql(QUERY)["data"]["countries"]}
    assert {"DK", "EE", "FI", "DE", "LV", "LT", "PL", "SE", "NO", "IS"} <= listed
    assert not listed & {"BY", "RU"}

    every = graphql(QUERY, {"suspended": True})["data"]["countries"]
    assert {row["code"]: row["cooperation"] for row in every}["RU"] == "SUSPENDED"


def test_unknown_locale_is_an_error(graphql):
    body = graphql(QUERY, {"locale": "xx"}, errors=True)
    assert body["errors"][0]["extensions"]["code"] == "UNKNOWN_LOCALE"
