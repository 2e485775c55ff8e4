"""The demo as readers meet it in each of the ten languages: nothing English readers see is
missing, every item from another language is marked, and names are in the reader's language."""

import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = pytest.mark.django_db

LOCALES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]

SITE = """query($locale: String!) {
  home: page(urlPath: "/", locale: $locale) { title locale isFallback }
  articles(locale: $locale, pagination: {limit: 100}) {
    totalCount fallbackCount results { title locale isFallback }
  }
  calendar(locale: $locale, startsAfter: "2027-05-01T00:00:00Z", startsBefore: "2027-06-01T00:00:00Z") {
    event { title locale isFallback }
  }
  socialEnterprises(locale: $locale, pagination: {limit: 100}) {
    totalCount fallbackCount results { name locale isFallback }
    facets { countries { value label } }
  }
  search(query: "social", locale: $locale, pagination: {limit: 100}) {
    totalCount results { item { __typename } }
  }
}"""


LATVIA = {
    "en": "Latvia",
    "da": "Letland",
    "de": "Lettland",
    "et": "Läti",
    "fi": "Latvia",
    "lv": "Latvija",
    "lt": "Latvija",
    "nb": "Latvia",
    "pl": "Łotwa",
    "sv": "Lettland",
}


def is_marked(item, code):
    return item["isFallback"] is (item["locale"] != code)


def test_every_locale_is_a_whole_site(graphql):
    """One demo, read in each language (loading it is the slow part, so one test)."""
    call_command("load_demo", verbosity=0)
    answers = {code: graphql(SITE, {"locale": code})["data"] for code in LOCALES}
    english = answers["en"]
    assert english["articles"]["totalCount"] > 0
    assert english["calendar"], "the May 2027 forum"
    for code, mine in answers.items():
        # Nothing English readers see is missing.
        assert mine["home"] is not None, code
        assert mine["articles"]["totalCount"] == english["articles"]["totalCount"], code
        assert len(mine["calendar"]) == len(english["calendar"]), code
        assert (
            mine["socialEnterprises"]["totalCount"] == english["socialEnterprises"]["totalCount"]
        ), code
        assert mine["search"]["totalCount"] > 0, code
        # Every item says where it comes from.
        items = (
            [mine["home"]]
            + mine["articles"]["results"]
            + [entry["event"] for entry in mine["calendar"]]
            + mine["socialEnterprises"]["results"]
        )
        assert all(is_marked(item, code) for item in items), code
        fallbacks = [r for r in mine["articles"]["results"] if r["isFallback"]]
        assert mine["articles"]["fallbackCount"] == len(fallbacks), code
        # Names in the reader's language (CLDR's, through the seeded translations).
        countries = {
            c["value"]: c["label"] for c in mine["socialEnterprises"]["facets"]["countries"]
        }
        assert countries["LV"] == LATVIA[code], code
