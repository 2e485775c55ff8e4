"""search and autocomplete through /graphql/: visible content only, per-locale language rules."""

import pytest
from django.db import connection

from tests import factories
from tests.conftest import translate
from tests.graphql_api.test_visibility import HIDING, make_hidden

pytestmark = pytest.mark.django_db

SEARCH = """
query($q: String!, $locale: String, $types: [SearchableType!], $pagination: OffsetPaginationInput) {
  search(query: $q, locale: $locale, types: $types, pagination: $pagination) {
    totalCount
    pageInfo { offset limit }
    results {
      score highlight
      item {
        __typename
        ... on Page { title path }
        ... on SocialEnterprise { name slug }
        ... on SupportOrganisation { name slug }
      }
    }
  }
}
"""

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming and unaccent need PostgreSQL"
)


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>", "id": "p1"}]


def titles(data):
    return [
        hit["item"].get("title") or hit["item"].get("name") for hit in data["search"]["results"]
    ]


@pytest.fixture
def content(home):
    library = factories.ArticleIndexPageFactory(parent=home)
    factories.ArticlePageFactory(
        parent=library,
        slug="coops",
        title="Cooperatives in the Baltic",
        intro="How worker cooperatives grow.",
        body=paragraph("A long text about housing cooperatives & their members."),
    )
    factories.ArticlePageFactory(
        parent=library,
        slug="other",
        title="Impact measurement",
        intro="Counting outcomes.",
        body=paragraph("Nothing about the other subject, but mentions cooperatives once."),
    )
    events = factories.EventIndexPageFactory(parent=home)
    factories.EventPageFactory(parent=events, title="Summit", intro="Meeting of many.")
    factories.SocialEnterpriseFactory(
        name="Cooperative Bakery", short_description="Bread baked by people with disabilities."
    )
    factories.SupportOrganisationFactory(
        name="Coop Hub", short_description="Incubator for cooperatives."
    )
    return library


def test_search_returns_pages_and_entries_best_first(graphql, content):
    data = graphql(SEARCH, {"q": "cooperatives"})["data"]
    found = titles(data)
    assert data["search"]["totalCount"] == len(found) == 3 + (connection.vendor == "postgresql")
    # The title match outranks a body mention.
    assert found.index("Cooperatives in the Baltic") < found.index("Impact measurement")
    assert "Coop Hub" in found
    hit = data["search"]["results"][0]
    assert hit["score"] > 0
    assert "<mark>" in hit["highlight"].lower()
    kinds = {hit["item"]["__typename"] for hit in data["search"]["results"]}
    assert {"ArticlePage", "SupportOrganisation"} <= kinds


def test_search_types_and_pagination(graphql, content):
    data = graphql(SEARCH, {"q": "cooperatives", "types": ["ARTICLE"]})["data"]
    assert {hit["item"]["__typename"] for hit in data["search"]["results"]} == {"ArticlePage"}
    assert data["search"]["totalCount"] == 2
    page = graphql(
        SEARCH,
        {"q": "cooperatives", "types": ["ARTICLE"], "pagination": {"offset": 1, "limit": 1}},
    )["data"]["search"]
    assert page["totalCount"] == 2
    assert page["pageInfo"] == {"offset": 1, "limit": 1}
    assert [hit["item"]["title"] for hit in page["results"]] == ["Impact measurement"]


def test_highlight_is_html_escaped(graphql, content):
    data = graphql(SEARCH, {"q": "housing", "types": ["ARTICLE"]})["data"]
    highlight = data["search"]["results"][0]["highlight"]
    assert "&amp;" in highlight
    assert "<p>" not in highlight


@pytest.mark.parametrize(
    ("variables", "code"),
    [
        ({"q": ""}, "INVALID_SEARCH"),
        ({"q": "x" * 201}, "INVALID_SEARCH"),
        ({"q": "a", "locale": "xx"}, "UNKNOWN_LOCALE"),
        ({"q": "a", "pagination": {"limit": 1000}}, "INVALID_PAGINATION"),
    ],
)
def test_bad_search_arguments(graphql, db, variables, code):
    body = graphql(SEARCH, variables, errors=True)
    assert body["errors"][0]["extensions"]["code"] == code


@pytest.mark.parametrize("kind", HIDING)
def test_hidden_pages_are_not_found(graphql, home, kind):
    archive = factories.ArticleIndexPageFactory(parent=home, slug="archive")
    hidden = factories.ArticlePageFactory(parent=archive, slug="hidden", title="Secret zebra")
    library = factories.ArticleIndexPageFactory(parent=home)
    factories.ArticlePageFactory(parent=library, slug="open", title="Open zebra")
    make_hidden(kind, hidden)
    data = graphql(SEARCH, {"q": "zebra"})["data"]
    assert titles(data) == ["Open zebra"]
    assert data["search"]["totalCount"] == 1


def test_unapproved_and_expired_entries_are_not_found(graphql, db):
    import datetime

    from django.utils import timezone

    factories.SocialEnterpriseFactory(name="Zebra draft", live=False)
    factories.SocialEnterpriseFactory(
        name="Zebra expired", expire_at=timezone.now() - datetime.timedelta(days=1)
    )
    factories.SocialEnterpriseFactory(name="Zebra live")
    data = graphql(SEARCH, {"q": "zebra"})["data"]
    assert titles(data) == ["Zebra live"]
    suggestions = graphql('{ autocomplete(query: "zeb") { name } }')["data"]["autocomplete"]
    assert suggestions == [{"name": "Zebra live"}]


def test_search_stays_in_the_locale(graphql, home, locale):
    library = factories.ArticleIndexPageFactory(parent=home)
    article = factories.ArticlePageFactory(parent=library, slug="a", title="Kooperativ zebra")
    translate(home, "da")
    translate(library, "da")
    translate(article, "da", title="Andelsselskaber zebra")
    english = graphql(SEARCH, {"q": "zebra"})["data"]
    danish = graphql(SEARCH, {"q": "zebra", "locale": "da"})["data"]
    assert titles(english) == ["Kooperativ zebra"]
    assert titles(danish) == ["Andelsselskaber zebra"]
    assert danish["search"]["results"][0]["item"]["path"] == "/da/library/a/"


@postgres_only
def test_danish_query_stems_as_danish(graphql, home):
    translate(home, "da")
    library = factories.ArticleIndexPageFactory(parent=home)
    danish_library = translate(library, "da")
    factories.ArticlePageFactory(
        parent=danish_library, slug="a", title="Socialøkonomiske virksomheder i Norden"
    )
    # "virksomheden" (the enterprise) and "virksomheder" share the Danish stem, not the English.
    data = graphql(SEARCH, {"q": "virksomheden", "locale": "da"})["data"]
    assert titles(data) == ["Socialøkonomiske virksomheder i Norden"]
    assert "<mark>virksomheder</mark>" in data["search"]["results"][0]["highlight"]


@postgres_only
def test_latvian_search_ignores_accents(graphql, home):
    translate(home, "lv")
    library = factories.ArticleIndexPageFactory(parent=home)
    latvian_library = translate(library, "lv")
    factories.ArticlePageFactory(
        parent=latvian_library,
        slug="a",
        title="Sociālie uzņēmumi",
        intro="Kopiena Liepājā un Liepāja",
    )
    data = graphql(SEARCH, {"q": "Liepaja", "locale": "lv"})["data"]
    assert titles(data) == ["Sociālie uzņēmumi"]
    assert "<mark>Liepāja</mark>" in data["search"]["results"][0]["highlight"]
    data = graphql(SEARCH, {"q": "uznemumi", "locale": "lv"})["data"]
    assert titles(data) == ["Sociālie uzņēmumi"]


def test_body_text_is_searched(graphql, home):
    library = factories.ArticleIndexPageFactory(parent=home)
    factories.ArticlePageFactory(
        parent=library, slug="a", title="Plain", body=paragraph("The word xylophone inside.")
    )
    data = graphql(SEARCH, {"q": "xylophone"})["data"]
    assert titles(data) == ["Plain"]
    assert "<mark>xylophone</mark>" in data["search"]["results"][0]["highlight"]


def test_autocomplete_prefix(graphql, db):
    factories.SocialEnterpriseFactory(name="Green Bakery", slug="green-bakery")
    factories.SocialEnterpriseFactory(name="Bakery of Riga", slug="bakery-of-riga")
    factories.SupportOrganisationFactory(name="Baltic Hub", slug="baltic-hub")
    data = graphql('{ autocomplete(query: "bak") { name slug type score } }')["data"]
    names = [s["name"] for s in data["autocomplete"]]
    # A name starting with the text comes before one with a word starting with it.
    assert names[:2] == ["Bakery of Riga", "Green Bakery"]
    assert "Baltic Hub" not in names
    assert data["autocomplete"][0]["type"] == "SOCIAL_ENTERPRISE"
    only = graphql('{ autocomplete(query: "bal", types: [SUPPORT_ORGANISATION]) { name } }')
    assert only["data"]["autocomplete"] == [{"name": "Baltic Hub"}]
    bad = graphql('{ autocomplete(query: "bal", types: [ARTICLE]) { name } }', errors=True)
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_SEARCH"


@postgres_only
def test_autocomplete_tolerates_typos_and_accents(graphql, db):
    factories.SocialEnterpriseFactory(name="Liepājas Maiznīca", slug="liepajas-maiznica")
    factories.SocialEnterpriseFactory(name="Other", slug="other")
    for typed in ["liepaj", "Liepajas", "maiznica", "Liepjas"]:
        data = graphql("query($q: String!) { autocomplete(query: $q) { name } }", {"q": typed})
        assert data["data"]["autocomplete"] == [{"name": "Liepājas Maiznīca"}], typed


def test_search_query_count_is_constant(graphql, content, django_assert_max_num_queries):
    for n in range(10):
        factories.SocialEnterpriseFactory(name=f"Cooperative {n}")
    with django_assert_max_num_queries(12):
        graphql(SEARCH, {"q": "cooperative", "pagination": {"limit": 50}})


@postgres_only
def test_stemmed_locales_ignore_accents_too(graphql, home):
    library = factories.ArticleIndexPageFactory(parent=home)
    factories.ArticlePageFactory(parent=library, slug="a", title="Cooperatives of Liepāja")
    factories.SocialEnterpriseFactory(name="Gdańsk bakery")
    data = graphql(SEARCH, {"q": "liepaja cooperative"})["data"]
    assert titles(data) == ["Cooperatives of Liepāja"]
    assert titles(graphql(SEARCH, {"q": "gdansk"})["data"]) == ["Gdańsk bakery"]


def test_autocomplete_treats_like_wildcards_literally(graphql, db):
    factories.SocialEnterpriseFactory(name="Green Bakery")
    assert graphql('{ autocomplete(query: "%") { name } }')["data"]["autocomplete"] == []
    assert graphql('{ autocomplete(query: "G_een") { name } }')["data"]["autocomplete"] == []
