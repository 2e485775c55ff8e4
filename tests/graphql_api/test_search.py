"""search and autocomplete through /graphql/: visible content only, per-locale language rules."""

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale

from tests.cms.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    translate,
)
from tests.directory.factories import SocialEnterpriseFactory, SupportOrganisationFactory
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
    library = ArticleIndexPageFactory(parent=home)
    ArticlePageFactory(
        parent=library,
        slug="coops",
        title="Cooperatives in the Baltic",
        intro="How worker cooperatives grow.",
        body=paragraph("A long text about housing cooperatives & their members."),
    )
    ArticlePageFactory(
        parent=library,
        slug="other",
        title="Impact measurement",
        intro="Counting outcomes.",
        body=paragraph("Nothing about the other subject, but mentions cooperatives once."),
    )
    events = EventIndexPageFactory(parent=home)
    EventPageFactory(parent=events, title="Summit", intro="Meeting of many.")
    SocialEnterpriseFactory(
        name="Cooperative Bakery", short_description="Bread baked by people with disabilities."
    )
    SupportOrganisationFactory(name="Coop Hub", short_description="Incubator for cooperatives.")
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
    archive = ArticleIndexPageFactory(parent=home, slug="archive")
    hidden = ArticlePageFactory(parent=archive, slug="hidden", title="Secret zebra")
    library = ArticleIndexPageFactory(parent=home)
    ArticlePageFactory(parent=library, slug="open", title="Open zebra")
    make_hidden(kind, hidden)
    data = graphql(SEARCH, {"q": "zebra"})["data"]
    assert titles(data) == ["Open zebra"]
    assert data["search"]["totalCount"] == 1


def test_unapproved_and_expired_entries_are_not_found(graphql, db):
    import datetime

    from django.utils import timezone

    SocialEnterpriseFactory(name="Zebra draft", live=False)
    SocialEnterpriseFactory(
        name="Zebra expired", expire_at=timezone.now() - datetime.timedelta(days=1)
    )
    SocialEnterpriseFactory(name="Zebra live")
    data = graphql(SEARCH, {"q": "zebra"})["data"]
    assert titles(data) == ["Zebra live"]
    suggestions = graphql('{ autocomplete(query: "zeb") { name } }')["data"]["autocomplete"]
    assert suggestions == [{"name": "Zebra live"}]


def test_search_stays_in_the_locale(graphql, home, locale):
    library = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=library, slug="a", title="Kooperativ zebra")
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
    library = ArticleIndexPageFactory(parent=home)
    danish_library = translate(library, "da")
    ArticlePageFactory(
        parent=danish_library, slug="a", title="Socialøkonomiske virksomheder i Norden"
    )
    # "virksomheden" (the enterprise) and "virksomheder" share the Danish stem, not the English.
    data = graphql(SEARCH, {"q": "virksomheden", "locale": "da"})["data"]
    assert titles(data) == ["Socialøkonomiske virksomheder i Norden"]
    assert "<mark>virksomheder</mark>" in data["search"]["results"][0]["highlight"]


@postgres_only
def test_latvian_search_ignores_accents(graphql, home):
    translate(home, "lv")
    library = ArticleIndexPageFactory(parent=home)
    latvian_library = translate(library, "lv")
    ArticlePageFactory(
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
    library = ArticleIndexPageFactory(parent=home)
    ArticlePageFactory(
        parent=library, slug="a", title="Plain", body=paragraph("The word xylophone inside.")
    )
    data = graphql(SEARCH, {"q": "xylophone"})["data"]
    assert titles(data) == ["Plain"]
    assert "<mark>xylophone</mark>" in data["search"]["results"][0]["highlight"]


def test_autocomplete_prefix(graphql, db):
    SocialEnterpriseFactory(name="Green Bakery", slug="green-bakery")
    SocialEnterpriseFactory(name="Bakery of Riga", slug="bakery-of-riga")
    SupportOrganisationFactory(name="Baltic Hub", slug="baltic-hub")
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
    SocialEnterpriseFactory(name="Liepājas Maiznīca", slug="liepajas-maiznica")
    SocialEnterpriseFactory(name="Other", slug="other")
    for typed in ["liepaj", "Liepajas", "maiznica", "Liepjas"]:
        data = graphql("query($q: String!) { autocomplete(query: $q) { name } }", {"q": typed})
        assert data["data"]["autocomplete"] == [{"name": "Liepājas Maiznīca"}], typed


def test_search_query_count_is_constant(graphql, content, django_assert_max_num_queries):
    for n in range(10):
        SocialEnterpriseFactory(name=f"Cooperative {n}")
    with django_assert_max_num_queries(12):
        graphql(SEARCH, {"q": "cooperative", "pagination": {"limit": 50}})


@postgres_only
def test_stemmed_locales_ignore_accents_too(graphql, home):
    library = ArticleIndexPageFactory(parent=home)
    ArticlePageFactory(parent=library, slug="a", title="Cooperatives of Liepāja")
    SocialEnterpriseFactory(name="Gdańsk bakery")
    data = graphql(SEARCH, {"q": "liepaja cooperative"})["data"]
    assert titles(data) == ["Cooperatives of Liepāja"]
    assert titles(graphql(SEARCH, {"q": "gdansk"})["data"]) == ["Gdańsk bakery"]


def test_autocomplete_treats_like_wildcards_literally(graphql, db):
    SocialEnterpriseFactory(name="Green Bakery")
    assert graphql('{ autocomplete(query: "%") { name } }')["data"]["autocomplete"] == []
    assert graphql('{ autocomplete(query: "G_een") { name } }')["data"]["autocomplete"] == []


# Search in every language, on both databases (issue 14): case and accents are ignored, and a
# locale without its own version of an object finds the one the fallback chain gives.
FALLBACK_SEARCH = """
query($q: String!, $locale: String, $fallbackLocales: [String!], $fallback: Boolean! = true,
      $types: [SearchableType!]) {
  search(query: $q, locale: $locale, fallbackLocales: $fallbackLocales, fallback: $fallback,
         types: $types) {
    totalCount
    results {
      locale isFallback highlight
      item {
        __typename
        ... on Page { title path locale isFallback }
        ... on SocialEnterprise { name locale isFallback }
      }
    }
  }
}
"""
AUTOCOMPLETE = """
query($q: String!, $locale: String, $fallbackLocales: [String!], $fallback: Boolean! = true) {
  autocomplete(query: $q, locale: $locale, fallbackLocales: $fallbackLocales,
               fallback: $fallback) { name locale isFallback }
}
"""
LOCALES = ["en", "da", "de", "et", "fi", "lv", "lt", "nb", "pl", "sv"]
# Query -> (the entry's name in each locale it has a version in).
ACCENTED = {
    "Liepaja": {"en": "Liepājas uzņēmumi", "lv": "Liepājas sociālie uzņēmumi"},
    "uznemumi": {"en": "Liepājas uzņēmumi", "lv": "Liepājas sociālie uzņēmumi"},
    "KAFEJNĪCA": {"en": "Kafejnīca Rīga"},
    "Lodz": {"en": "Łódź cooperative", "pl": "Spółdzielnia socjalna Łódź"},
    "Malmo": {"en": "Malmö café", "sv": "Kafé i Malmö"},
}
DESCRIPTIONS = {
    "Liepājas uzņēmumi": "Social enterprises (uzņēmumi) in Liepāja.",
    "Liepājas sociālie uzņēmumi": "Sociālie uzņēmumi pilsētā Liepāja.",
}


def entry_in(entry, code, **fields):
    """A published version of a directory entry in another locale."""
    copy = entry.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.live = True
    copy.save()
    return copy


@pytest.fixture
def accented(db):
    made = {}
    for versions in ACCENTED.values():
        english = versions["en"]
        if english in made:
            continue
        entry = SocialEnterpriseFactory(
            name=english, short_description=DESCRIPTIONS.get(english, "A social enterprise.")
        )
        made[english] = entry
        for code, name in versions.items():
            if code != "en":
                entry_in(entry, code, name=name, short_description=DESCRIPTIONS.get(name, ""))
    return made


def expected_version(code, versions):
    """The locale the fallback chain takes an object with these versions from."""
    chain = [code, *settings.LOCALE_FALLBACKS.get(code, []), settings.LANGUAGE_CODE]
    return next(candidate for candidate in chain if candidate in versions)


@pytest.mark.parametrize("code", LOCALES)
def test_accents_and_case_are_ignored_in_every_locale(graphql, accented, code):
    for typed, versions in ACCENTED.items():
        found_in = expected_version(code, versions)
        name = versions[found_in]
        data = graphql(FALLBACK_SEARCH, {"q": typed, "locale": code})["data"]["search"]
        assert data["totalCount"] == 1, (code, typed, data)
        hit = data["results"][0]
        assert hit["item"]["name"] == name, (code, typed)
        assert hit["locale"] == hit["item"]["locale"] == found_in
        assert hit["isFallback"] is hit["item"]["isFallback"] is (found_in != code)
        assert "<mark>" in hit["highlight"], (code, typed, hit["highlight"])
        suggestions = graphql(AUTOCOMPLETE, {"q": typed, "locale": code})["data"]["autocomplete"]
        assert suggestions == [
            {"name": name, "locale": found_in, "isFallback": found_in != code}
        ], (code, typed)


def test_stroke_letters_are_highlighted_in_the_original_text(graphql, accented):
    data = graphql(FALLBACK_SEARCH, {"q": "lodz", "locale": "pl"})["data"]["search"]
    assert "<mark>Łódź</mark>" in data["results"][0]["highlight"]
    data = graphql(FALLBACK_SEARCH, {"q": "malmo", "locale": "sv"})["data"]["search"]
    assert "<mark>Malmö</mark>" in data["results"][0]["highlight"]


@pytest.mark.parametrize("code", ["en", "lv", "de"])
def test_autocomplete_finds_accented_names_from_a_prefix(graphql, accented, code):
    names = [
        s["name"]
        for s in graphql(AUTOCOMPLETE, {"q": "liepa", "locale": code})["data"]["autocomplete"]
    ]
    assert names == [ACCENTED["Liepaja"][expected_version(code, ACCENTED["Liepaja"])]]
    names = [
        s["name"]
        for s in graphql(AUTOCOMPLETE, {"q": "kafejn", "locale": code})["data"]["autocomplete"]
    ]
    assert names == ["Kafejnīca Rīga"]


def test_search_finds_accented_prefixes(graphql, accented):
    data = graphql(FALLBACK_SEARCH, {"q": "LIEPAJAS", "locale": "lv"})["data"]["search"]
    assert [hit["item"]["name"] for hit in data["results"]] == ["Liepājas sociālie uzņēmumi"]
    assert "<mark>Liepājas</mark>" in data["results"][0]["highlight"]


def test_fallback_chain_arguments(graphql, accented):
    def found(**variables):
        data = graphql(FALLBACK_SEARCH, {"q": "liepaja", **variables})["data"]["search"]
        return [(hit["item"]["name"], hit["locale"]) for hit in data["results"]]

    assert found(locale="de") == [("Liepājas uzņēmumi", "en")]
    assert found(locale="de", fallbackLocales=["lv"]) == [("Liepājas sociālie uzņēmumi", "lv")]
    assert found(locale="de", fallback=False) == []
    assert found(locale="lv", fallback=False) == [("Liepājas sociālie uzņēmumi", "lv")]
    suggestions = graphql(AUTOCOMPLETE, {"q": "liepa", "locale": "de", "fallback": False})
    assert suggestions["data"]["autocomplete"] == []
    suggestions = graphql(AUTOCOMPLETE, {"q": "liepa", "locale": "de", "fallbackLocales": ["lv"]})
    assert suggestions["data"]["autocomplete"] == [
        {"name": "Liepājas sociālie uzņēmumi", "locale": "lv", "isFallback": True}
    ]


def test_an_object_is_searched_in_its_best_version_only(graphql, db):
    """The merged set is searched: where the reader's locale has a version, a match in the
    English one does not bring the object back, nor twice."""
    bakery = SocialEnterpriseFactory(name="Green Bakery")
    entry_in(bakery, "lv", name="Zaļā maiznīca")
    assert graphql(FALLBACK_SEARCH, {"q": "bakery", "locale": "lv"})["data"]["search"] == {
        "totalCount": 0,
        "results": [],
    }
    data = graphql(FALLBACK_SEARCH, {"q": "maiznica", "locale": "lv"})["data"]["search"]
    assert [hit["item"]["name"] for hit in data["results"]] == ["Zaļā maiznīca"]
    data = graphql(FALLBACK_SEARCH, {"q": "bakery", "locale": "et"})["data"]["search"]
    assert [(hit["item"]["name"], hit["isFallback"]) for hit in data["results"]] == [
        ("Green Bakery", True)
    ]


def test_fallback_pages_are_found_in_their_own_language_and_served_in_the_readers_site(
    graphql, home
):
    library = ArticleIndexPageFactory(parent=home, slug="library")
    ArticlePageFactory(
        parent=library, slug="coops", title="Cooperatives of Liepāja", intro="Worker-owned."
    )
    translate(home, "lv")
    # "cooperative" finds "Cooperatives" on PostgreSQL because the English page is matched
    # with the English stemmer, though the query is Latvian (SQLite: as a prefix).
    data = graphql(FALLBACK_SEARCH, {"q": "cooperative liepaja", "locale": "lv"})["data"]
    hit = data["search"]["results"][0]
    assert data["search"]["totalCount"] == 1
    assert hit["item"] == {
        "__typename": "ArticlePage",
        "title": "Cooperatives of Liepāja",
        "path": "/lv/library/coops/",
        "locale": "en",
        "isFallback": True,
    }
    assert (hit["locale"], hit["isFallback"]) == ("en", True)
    assert "<mark>Liepāja</mark>" in hit["highlight"]


@pytest.mark.parametrize("kind", HIDING)
def test_hidden_pages_are_not_found_through_fallback(graphql, home, kind):
    archive = ArticleIndexPageFactory(parent=home, slug="archive")
    hidden = ArticlePageFactory(parent=archive, slug="hidden", title="Secret zebra")
    library = ArticleIndexPageFactory(parent=home)
    ArticlePageFactory(parent=library, slug="open", title="Open zebra")
    translate(home, "lv")
    make_hidden(kind, hidden)
    data = graphql(FALLBACK_SEARCH, {"q": "zebra", "locale": "lv"})["data"]["search"]
    assert [hit["item"]["title"] for hit in data["results"]] == ["Open zebra"]
    assert data["results"][0]["isFallback"] is True


def test_draft_translations_are_not_found_and_do_not_hide_the_fallback(graphql, db):
    entry = SocialEnterpriseFactory(name="Liepāja bakery")
    draft = entry_in(entry, "lv", name="Slepenā Liepājas maiznīca")
    draft.live = False
    draft.save()
    assert graphql(FALLBACK_SEARCH, {"q": "slepena", "locale": "lv"})["data"]["search"] == {
        "totalCount": 0,
        "results": [],
    }
    data = graphql(FALLBACK_SEARCH, {"q": "liepaja", "locale": "lv"})["data"]["search"]
    assert [(hit["item"]["name"], hit["locale"]) for hit in data["results"]] == [
        ("Liepāja bakery", "en")
    ]
    assert graphql(AUTOCOMPLETE, {"q": "slepen", "locale": "lv"})["data"]["autocomplete"] == []


HOSTILE = [
    '"',
    '""',
    '"liepaja',
    "AND",
    "liepaja AND",
    "OR",
    "liepaja OR",
    "NOT liepaja",
    "-liepaja",
    "-",
    "*",
    "liepaja*",
    "NEAR(",
    "NEAR(liepaja kafejnica, 2)",
    "col:",
    "name: liepaja",
    "{name}: liepaja",
    "^liepaja",
    "(",
    ")",
    "+",
    "'",
    "\\",
    "%",
    "_",
    "liepaja' OR 1=1 --",
]


@pytest.mark.parametrize("typed", HOSTILE)
def test_hostile_queries_give_no_error(graphql, accented, typed):
    data = graphql(FALLBACK_SEARCH, {"q": typed, "locale": "lv"})["data"]["search"]
    assert data["totalCount"] == len(data["results"])
    graphql(AUTOCOMPLETE, {"q": typed, "locale": "lv"})


def test_websearch_syntax_on_both_databases(graphql, accented):
    def names(typed):
        data = graphql(FALLBACK_SEARCH, {"q": typed})["data"]["search"]
        return sorted(hit["item"]["name"] for hit in data["results"])

    assert names("liepaja or malmo") == ["Liepājas uzņēmumi", "Malmö café"]
    assert names('"liepajas uznemumi"') == ["Liepājas uzņēmumi"]
    assert names("liepaja -uznemumi") == []
    assert names("-uznemumi liepaja") == []


def test_the_index_follows_edits_and_deletes(graphql, db):
    entry = SocialEnterpriseFactory(name="Old name Gdańsk")
    entry.name = "New name Kraków"
    entry.save()

    def names(typed):
        data = graphql(FALLBACK_SEARCH, {"q": typed})["data"]["search"]
        return [hit["item"]["name"] for hit in data["results"]]

    assert names("gdansk") == []
    assert names("krakow") == ["New name Kraków"]
    entry.delete()
    assert names("krakow") == []
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM directory_search_text")
            assert cursor.fetchone() == (0,)


def test_update_search_documents_refreshes_after_writes_without_signals(graphql, db):
    entry = SocialEnterpriseFactory(name="Before")
    type(entry).objects.filter(pk=entry.pk).update(name="Szczecin café")
    call_command("update_search_documents", stdout=StringIO())
    data = graphql(FALLBACK_SEARCH, {"q": "szczecin"})["data"]["search"]
    assert [hit["item"]["name"] for hit in data["results"]] == ["Szczecin café"]
