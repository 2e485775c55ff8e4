"""partnerSuggestions ranks organisations and enterprises that suit an enterprise, with reasons."""

import pytest

from directory.models import Country
from tests.directory.factories import (
    SocialEnterpriseFactory,
    SupportOrganisationFactory,
    directory_taxonomy,
)

pytestmark = pytest.mark.django_db

QUERY = """query($slug: String!, $limit: Int) {
  partnerSuggestions(enterpriseSlug: $slug, limit: $limit) {
    score reasons { kind values }
    partner { __typename ... on SupportOrganisation { name } ... on SocialEnterprise { name } }
  }
}"""


def suggestions(graphql, slug="cafe", limit=10):
    return graphql(QUERY, {"slug": slug, "limit": limit})["data"]["partnerSuggestions"]


@pytest.fixture
def cafe(db):
    return SocialEnterpriseFactory(
        slug="cafe",
        name="Stop-over café",
        sectors=["food-catering"],
        target_groups=["youth-neet"],
        seeks="Mentoring on bookkeeping and catering customers.",
    )


def test_best_matches_first_with_reasons(graphql, cafe):
    SupportOrganisationFactory(
        name="Riga incubator",
        country=directory_taxonomy(Country, code="LV"),
        countries_served=["LV"],
        short_description="Mentoring and bookkeeping courses for young founders.",
    )
    SocialEnterpriseFactory(
        name="Healthy, cheap and tasty", sectors=["food-catering"], target_groups=["seniors"]
    )
    SupportOrganisationFactory(name="Far away fund", countries_served=["DK"])
    SocialEnterpriseFactory(name="Draft café", sectors=["food-catering"], live=False)

    found = suggestions(graphql)
    names = [s["partner"]["name"] for s in found]
    assert names == ["Riga incubator", "Healthy, cheap and tasty"]
    incubator, tasty = found
    assert incubator["partner"]["__typename"] == "SupportOrganisation"
    assert {"kind": "SERVES_COUNTRY", "values": ["LV"]} in incubator["reasons"]
    assert {"kind": "OFFERS_WHAT_IS_SOUGHT", "values": ["bookkeeping", "mentoring"]} in incubator[
        "reasons"
    ]
    assert incubator["score"] == 4 + 1 + 2  # serves LV, same country, two sought words
    assert {"kind": "SHARED_SECTORS", "values": ["food-catering"]} in tasty["reasons"]
    assert tasty["score"] == 3 + 1


def test_limit_and_errors(graphql, cafe):
    for n in range(3):
        SocialEnterpriseFactory(name=f"Kitchen {n}", sectors=["food-catering"])
    assert len(suggestions(graphql, limit=2)) == 2
    names = [s["partner"]["name"] for s in suggestions(graphql)]
    assert sorted(names) == ["Kitchen 0", "Kitchen 1", "Kitchen 2"]  # never itself
    body = graphql(QUERY, {"slug": "nowhere"}, errors=True)
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    body = graphql(QUERY, {"slug": "cafe", "limit": 500}, errors=True)
    assert body["errors"][0]["extensions"]["code"] == "INVALID_PAGINATION"
