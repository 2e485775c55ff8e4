"""The directory through /graphql/: filters, facets, ordering, visibility, locales."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import Country, Sector
from tests.directory.factories import (
    SocialEnterpriseFactory,
    SupportOrganisationFactory,
    directory_taxonomy,
)

pytestmark = pytest.mark.django_db

LIST = """
query($filter: SocialEnterpriseFilter, $order: DirectoryOrder, $locale: String) {
  socialEnterprises(filter: $filter, order: $order, locale: $locale) {
    totalCount
    results { name slug distanceKm country { code name } sectors { slug name } }
    facets {
      countries { value label count }
      sectors { value label count }
      targetGroups { value count }
      legalForms { value count }
    }
  }
}
"""


def names(graphql, **variables):
    data = graphql(LIST, variables)["data"]["socialEnterprises"]
    return [item["name"] for item in data["results"]]


@pytest.fixture
def enterprises(db):
    return [
        SocialEnterpriseFactory(
            name="Stop-over café",
            country=directory_taxonomy(Country, code="LV"),
            city="Liepa",
            latitude=57.36,
            longitude=25.41,
            sectors=["food-catering"],
            target_groups=["youth-neet"],
            sdgs=[8],
            year_founded=2020,
            description="Young people run a café by the road.",
        ),
        SocialEnterpriseFactory(
            name="Healthy, cheap and tasty",
            country=directory_taxonomy(Country, code="LV"),
            city="Liepāja",
            latitude=56.5047,
            longitude=21.0108,
            sectors=["food-catering", "education"],
            target_groups=["seniors"],
            sdgs=[2, 3],
            year_founded=2021,
        ),
        SocialEnterpriseFactory(
            name="SIVANs dog day-care",
            country=directory_taxonomy(Country, code="SE"),
            city="Luleå",
            latitude=65.5848,
            longitude=22.1547,
            sectors=["animal-care"],
            target_groups=["people-with-disabilities"],
        ),
    ]


def test_listing_is_ordered_by_name_with_facets(graphql, enterprises):
    data = graphql(LIST)["data"]["socialEnterprises"]
    assert data["totalCount"] == 3
    assert [r["name"] for r in data["results"]] == [
        "Healthy, cheap and tasty",
        "SIVANs dog day-care",
        "Stop-over café",
    ]
    assert data["facets"]["countries"] == [
        {"value": "LV", "label": "Latvia", "count": 2},
        {"value": "SE", "label": "Sweden", "count": 1},
    ]
    assert {"value": "food-catering", "label": "Food and catering", "count": 2} in data["facets"][
        "sectors"
    ]


@pytest.mark.parametrize(
    ("filter_", "expected"),
    [
        ({"countries": ["se"]}, ["SIVANs dog day-care"]),
        (
            {"sectors": ["education", "animal-care"]},
            ["Healthy, cheap and tasty", "SIVANs dog day-care"],
        ),
        ({"targetGroups": ["youth-neet"]}, ["Stop-over café"]),
        ({"sdgs": [3]}, ["Healthy, cheap and tasty"]),
        ({"search": "café road"}, ["Stop-over café"]),
        ({"countries": ["LV"], "sectors": ["food-catering"], "sdgs": [8]}, ["Stop-over café"]),
        ({"countries": ["PL"]}, []),
    ],
)
def test_filters(graphql, enterprises, filter_, expected):
    assert names(graphql, filter=filter_) == expected


def test_facets_count_the_filtered_list_not_the_page(graphql, enterprises):
    query = '{ socialEnterprises(filter: {countries: ["LV"]}, pagination: {limit: 1}) { totalCount results { name } facets { sectors { value count } } } }'
    data = graphql(query)["data"]["socialEnterprises"]
    assert data["totalCount"] == 2
    assert len(data["results"]) == 1
    assert {f["value"]: f["count"] for f in data["facets"]["sectors"]} == {
        "food-catering": 2,
        "education": 1,
    }


def test_near_filter_orders_by_distance(graphql, enterprises):
    near = {"latitude": 56.95, "longitude": 24.1, "radiusKm": 250}  # Riga
    data = graphql(LIST, {"filter": {"near": near}, "order": "DISTANCE"})["data"][
        "socialEnterprises"
    ]
    assert [r["name"] for r in data["results"]] == ["Stop-over café", "Healthy, cheap and tasty"]
    liepa, liepaja = (r["distanceKm"] for r in data["results"])
    assert 85 < liepa < 95  # Riga to Liepa: about 91 km as the crow flies
    assert 185 < liepaja < 200  # Riga to Liepāja: about 193 km


def test_newest_founded_first(graphql, enterprises):
    assert names(graphql, order="NEWEST_FOUNDED") == [
        "Healthy, cheap and tasty",
        "Stop-over café",
        "SIVANs dog day-care",
    ]


@pytest.mark.parametrize(
    ("variables", "code"),
    [
        ({"order": "DISTANCE"}, "INVALID_ORDER"),
        ({"filter": {"near": {"latitude": 91, "longitude": 0, "radiusKm": 5}}}, "INVALID_NEAR"),
        ({"filter": {"near": {"latitude": 56, "longitude": 24, "radiusKm": 0}}}, "INVALID_NEAR"),
        ({"locale": "xx"}, "UNKNOWN_LOCALE"),
    ],
)
def test_bad_arguments(graphql, enterprises, variables, code):
    body = graphql(LIST, variables, errors=True)
    assert body["errors"][0]["extensions"]["code"] == code


def test_drafts_and_expired_entries_are_absent(graphql, enterprises):
    draft = SocialEnterpriseFactory(name="Draft", slug="draft", live=False)
    expired = SocialEnterpriseFactory(
        name="Expired", slug="expired", expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    listed = names(graphql)
    assert "Draft" not in listed
    assert "Expired" not in listed
    for entry in (draft, expired):
        data = graphql(f'{{ socialEnterprise(slug: "{entry.slug}") {{ name }} }}')
        assert data["data"]["socialEnterprise"] is None
    facets = graphql(LIST)["data"]["socialEnterprises"]["facets"]["countries"]
    assert sum(f["count"] for f in facets) == 3


def test_entry_in_another_locale_with_translated_taxonomies(graphql, enterprises, locale):
    cafe = enterprises[0]
    # The seeded Latvian version, as an editor corrected it.
    latvian_food = Sector.objects.get(slug="food-catering", locale=locale("lv"))
    latvian_food.name = "Ēdināšana"
    latvian_food.save()
    latvian = cafe.copy_for_translation(locale("lv"))
    latvian.name = "Stop-over kafejnīca"
    latvian.live = True
    latvian.save()

    query = '{ socialEnterprise(slug: "%s", locale: "lv") { name locale sectors { name } translations { locale slug } } }'
    data = graphql(query % cafe.slug)["data"]["socialEnterprise"]
    assert data["name"] == "Stop-over kafejnīca"
    assert data["locale"] == "lv"
    assert data["sectors"] == [{"name": "Ēdināšana"}]
    assert data["translations"] == [{"locale": "en", "slug": cafe.slug}]
    only_latvian = LIST.replace("locale: $locale)", "locale: $locale, fallback: false)")
    facets = graphql(only_latvian, {"locale": "lv"})["data"]["socialEnterprises"]["facets"]
    assert facets["sectors"] == [{"value": "food-catering", "label": "Ēdināšana", "count": 1}]
    # With fallback (the default) the English entries fill the listing; the labels stay Latvian
    # where a Latvian name exists.
    merged = graphql(LIST, {"locale": "lv"})["data"]["socialEnterprises"]
    assert merged["totalCount"] == len(enterprises)
    food_facet = next(f for f in merged["facets"]["sectors"] if f["value"] == "food-catering")
    assert food_facet["label"] == "Ēdināšana"


def test_support_organisations_filters_and_facets(graphql, db):
    SupportOrganisationFactory(
        name="Sociale Entreprenører i Danmark",
        organisation_type="network",
        services=["networking", "training"],
        countries_served=["DK"],
    )
    SupportOrganisationFactory(
        name="Involved NGO",
        organisation_type="ngo",
        services=["training"],
        country=directory_taxonomy(Country, code="EE"),
        countries_served=["EE", "LV"],
    )
    query = """query($f: SupportOrganisationFilter) { supportOrganisations(filter: $f) {
        results { name organisationType services countriesServed { code } }
        facets { organisationTypes { value label count } countries { value count } } } }"""

    def run(f=None):
        return graphql(query, {"f": f})["data"]["supportOrganisations"]

    everything = run()
    assert {f["value"]: f["count"] for f in everything["facets"]["organisationTypes"]} == {
        "network": 1,
        "ngo": 1,
    }
    assert [r["name"] for r in run({"services": ["NETWORKING", "TRAINING"]})["results"]] == [
        "Sociale Entreprenører i Danmark"
    ]
    assert [r["name"] for r in run({"countriesServed": ["lv"]})["results"]] == ["Involved NGO"]
    assert [r["name"] for r in run({"organisationTypes": ["NGO"]})["results"]] == ["Involved NGO"]
    assert run({"organisationTypes": ["NETWORK"]})["results"][0]["services"] == [
        "NETWORKING",
        "TRAINING",
    ]


def test_listing_queries_do_not_grow_with_page_size(graphql, db):
    def count():
        with CaptureQueriesContext(connection) as queries:
            graphql(LIST)
        return len(queries)

    for _ in range(3):
        SocialEnterpriseFactory(sectors=["food-catering"], target_groups=["seniors"], sdgs=[1])
    small = count()
    for _ in range(12):
        SocialEnterpriseFactory(sectors=["education"], target_groups=["migrants"], sdgs=[4])
    assert count() == small


def test_facets_through_fragments_and_total_alone(graphql, enterprises):
    query = """
    fragment Counts on DirectoryFacets { sectors { value count } ... on DirectoryFacets { countries { value count } } }
    { socialEnterprises(filter: {countries: ["LV"]}, pagination: {offset: 1, limit: 1}) {
        totalCount results { name } facets { ...Counts organisationTypes { value } } } }
    """
    data = graphql(query)["data"]["socialEnterprises"]
    assert data["totalCount"] == 2
    assert [r["name"] for r in data["results"]] == ["Stop-over café"]
    assert data["facets"] == {
        "sectors": [{"value": "food-catering", "count": 2}, {"value": "education", "count": 1}],
        "countries": [{"value": "LV", "count": 2}],
        "organisationTypes": [],
    }
    total = '{ socialEnterprises(filter: {sectors: ["animal-care"]}) { totalCount } }'
    assert graphql(total)["data"]["socialEnterprises"] == {"totalCount": 1}


def test_facets_and_total_take_one_query(graphql, enterprises):
    query = '{ socialEnterprises(filter: {search: "a"}) { totalCount facets { countries { value } sectors { value } targetGroups { value } legalForms { value } } } }'
    with CaptureQueriesContext(connection) as queries:
        data = graphql(query)["data"]["socialEnterprises"]
    assert data["totalCount"] == 3
    assert len(data["facets"]["targetGroups"]) == 3
    # The locale, then total, counts and labels together.
    assert len(queries) == 2


@pytest.mark.parametrize("filter_", [{"countries": ["XX"]}, {"sectors": ["no-such-sector"]}])
def test_unknown_filter_values_match_nothing(graphql, enterprises, filter_):
    data = graphql(LIST, {"filter": filter_})["data"]["socialEnterprises"]
    assert data["totalCount"] == 0
    assert data["results"] == []
    assert data["facets"]["countries"] == []
