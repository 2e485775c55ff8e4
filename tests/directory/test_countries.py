"""Countries as data: EUSBSR role and cooperation status, and suspended countries left out."""

import pytest

from directory.models import Country
from tests.directory.factories import SocialEnterpriseFactory, directory_taxonomy

pytestmark = pytest.mark.django_db

LISTING = """query($include: Boolean!) {
  socialEnterprises(filter: {includeSuspendedCountries: $include}) {
    totalCount
    results { name country { code eusbsrRole cooperation } }
    facets { countries { value count } }
  }
}"""


def test_the_twelve_eusbsr_countries_are_seeded():
    english = Country.objects.filter(locale__language_code="en")
    roles = dict(english.values_list("code", "eusbsr_role"))
    assert {code for code, role in roles.items() if role == "member_state"} == {
        "DK",
        "EE",
        "FI",
        "DE",
        "LV",
        "LT",
        "PL",
        "SE",
    }
    assert {code for code, role in roles.items() if role == "neighbour"} == {"BY", "IS", "NO", "RU"}
    suspended = set(english.filter(cooperation="suspended").values_list("code", flat=True))
    assert suspended == {"BY", "RU"}


def test_entries_in_suspended_countries_are_left_out_unless_asked_for(graphql):
    SocialEnterpriseFactory(name="Rīgas darbnīca")
    SocialEnterpriseFactory(name="Pskov workshop", country=directory_taxonomy(Country, code="RU"))
    default = graphql(LISTING, {"include": False})["data"]["socialEnterprises"]
    assert default["totalCount"] == 1
    assert [r["name"] for r in default["results"]] == ["Rīgas darbnīca"]
    assert default["results"][0]["country"] == {
        "code": "LV",
        "eusbsrRole": "MEMBER_STATE",
        "cooperation": "ACTIVE",
    }
    assert default["facets"]["countries"] == [{"value": "LV", "count": 1}]

    everything = graphql(LISTING, {"include": True})["data"]["socialEnterprises"]
    assert everything["totalCount"] == 2
    russia = next(r for r in everything["results"] if r["name"] == "Pskov workshop")
    assert russia["country"] == {
        "code": "RU",
        "eusbsrRole": "NEIGHBOUR",
        "cooperation": "SUSPENDED",
    }
    assert {f["value"] for f in everything["facets"]["countries"]} == {"LV", "RU"}


def test_an_editor_can_suspend_or_resume_cooperation(graphql):
    SocialEnterpriseFactory(name="Tallinna töökoda", country=directory_taxonomy(Country, code="EE"))
    Country.objects.filter(code="EE").update(cooperation="suspended")
    assert graphql(LISTING, {"include": False})["data"]["socialEnterprises"]["totalCount"] == 0
    Country.objects.filter(code="EE").update(cooperation="active")
    assert graphql(LISTING, {"include": False})["data"]["socialEnterprises"]["totalCount"] == 1


def test_country_listing_in_the_admin_filters_by_cooperation(admin_client):
    response = admin_client.get("/admin/snippets/directory/country/", {"cooperation": "suspended"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Belarus" in html and "Russia" in html and "Latvia" not in html
