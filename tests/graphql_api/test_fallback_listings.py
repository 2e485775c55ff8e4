"""Every locale is a whole site: listings fall back per object, say so per item, and count,
facet, order and page over the merged set in SQL, without showing anything hidden."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from tests.cms.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    translate,
)
from tests.directory.factories import SocialEnterpriseFactory

pytestmark = pytest.mark.django_db

ARTICLES = """query($locale: String, $fallback: Boolean = true) {
  articles(locale: $locale, fallback: $fallback, pagination: {limit: 50}) {
    totalCount fallbackCount results { title locale isFallback path }
  }
}"""

ENTERPRISES = """query($locale: String, $fallback: Boolean = true) {
  socialEnterprises(locale: $locale, fallback: $fallback) {
    totalCount fallbackCount
    results { name locale isFallback }
    facets { countries { value count } }
  }
}"""


@pytest.fixture
def library(home):
    library = ArticleIndexPageFactory(parent=home, slug="library")
    for code in ("sv", "lv"):
        translate(home, code)
        translate(library, code)
    return library


def articles(graphql, locale, fallback=True):
    variables = {"locale": locale, "fallback": fallback}
    return graphql(ARTICLES, variables)["data"]["articles"]


def test_a_locale_without_translations_shows_the_english_articles_marked(graphql, library):
    ArticlePageFactory(parent=library, slug="impact", title="Impact")
    listing = articles(graphql, "sv")
    assert listing["totalCount"] == 1
    assert listing["fallbackCount"] == 1
    assert listing["results"] == [
        # The path stays in the Swedish site, where page(urlPath, locale: "sv") serves it.
        {"title": "Impact", "locale": "en", "isFallback": True, "path": "/sv/library/impact/"}
    ]
    assert articles(graphql, "sv", fallback=False) == {
        "totalCount": 0,
        "fallbackCount": 0,
        "results": [],
    }


def test_each_object_once_in_the_best_locale(graphql, library):
    impact = ArticlePageFactory(parent=library, slug="impact", title="Impact")
    ArticlePageFactory(parent=library, slug="other", title="Other")
    translate(impact, "sv", title="Effekt")
    listing = articles(graphql, "sv")
    assert listing["totalCount"] == 2
    assert listing["fallbackCount"] == 1
    shown = {(item["title"], item["locale"], item["isFallback"]) for item in listing["results"]}
    assert shown == {("Effekt", "sv", False), ("Other", "en", True)}


def test_hidden_translations_never_replace_a_published_fallback(graphql, library):
    impact = ArticlePageFactory(parent=library, slug="impact", title="Impact")
    # A Swedish draft, and a Latvian version behind a password: neither may hide English.
    swedish = impact.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.title = "Utkast"
    swedish.save_revision()
    latvian = translate(impact, "lv", title="Privāts")
    PageViewRestriction.objects.create(page=latvian, restriction_type="password", password="x")
    for code in ("sv", "lv"):
        listing = articles(graphql, code)
        assert [(r["title"], r["locale"]) for r in listing["results"]] == [("Impact", "en")]


def test_a_fallback_never_shows_a_hidden_object(graphql, library):
    draft = ArticlePageFactory(parent=library, slug="draft", title="Draft", live=False)
    draft.save_revision()
    expired = ArticlePageFactory(parent=library, slug="old", title="Old")
    expired.expire_at = timezone.now() - datetime.timedelta(days=1)
    expired.save()
    assert articles(graphql, "sv")["results"] == []


def test_directory_counts_and_facets_over_the_merged_set(graphql, db):
    german = Locale.objects.get(language_code="de")
    cafe = SocialEnterpriseFactory(name="Café", slug="cafe")
    SocialEnterpriseFactory(name="Bakery", slug="bakery")
    hidden = SocialEnterpriseFactory(name="Hidden", slug="hidden", live=False)
    assert hidden
    translated = cafe.copy_for_translation(german)
    translated.name = "Kaffeehaus"
    translated.live = True
    translated.save()

    listing = graphql(ENTERPRISES, {"locale": "de"})["data"]["socialEnterprises"]
    assert listing["totalCount"] == 2
    assert listing["fallbackCount"] == 1
    assert [(r["name"], r["locale"], r["isFallback"]) for r in listing["results"]] == [
        ("Bakery", "en", True),
        ("Kaffeehaus", "de", False),
    ]
    assert listing["facets"]["countries"] == [{"value": "LV", "count": 2}]

    only = graphql(ENTERPRISES, {"locale": "de", "fallback": False})["data"]["socialEnterprises"]
    assert only["totalCount"] == 1
    assert [r["name"] for r in only["results"]] == ["Kaffeehaus"]


def test_calendar_shows_events_that_exist_only_in_english(graphql, home):
    calendar = EventIndexPageFactory(parent=home, slug="calendar")
    translate(home, "lv")
    translate(calendar, "lv")
    EventPageFactory(
        parent=calendar,
        title="Riga forum",
        starts_at=datetime.datetime(2027, 5, 20, 9, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2027, 5, 20, 17, tzinfo=datetime.UTC),
    )
    query = """{ calendar(locale: "lv", startsAfter: "2027-05-01T00:00:00Z",
        startsBefore: "2027-06-01T00:00:00Z") { event { title locale isFallback } } }"""
    assert graphql(query)["data"]["calendar"] == [
        {"event": {"title": "Riga forum", "locale": "en", "isFallback": True}}
    ]


@pytest.mark.parametrize("count", [5, 50])
def test_fallback_listing_runs_in_constant_queries(graphql, library, count):
    for n in range(count):
        article = ArticlePageFactory(parent=library, slug=f"a{n}", title=f"A {n}")
        if n % 2:
            translate(article, "sv", title=f"S {n}")
    with CaptureQueriesContext(connection) as queries:
        listing = articles(graphql, "sv")
    assert listing["totalCount"] == count
    assert listing["fallbackCount"] == count - count // 2
    # Locale ids, view restrictions, count, page of articles, fallback count.
    assert len(queries) == 5, [q["sql"] for q in queries]


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite sorts by code point (documented)"
)
@pytest.mark.parametrize(
    ("code", "names"),
    [
        ("lv", ["Cukurs", "Čaulas", "Dārzs", "Zivs"]),
        ("da", ["Abe", "Zebra", "Æble", "Øl", "Ål"]),
        ("et", ["Sai", "Šokk", "Zoo", "Žürii", "Tee"]),
    ],
)
def test_names_sort_in_the_readers_alphabet(graphql, code, names):
    locale = Locale.objects.get(language_code=code)
    for n, name in enumerate(reversed(names)):
        SocialEnterpriseFactory(name=name, slug=f"e{n}", locale=locale)
    listing = graphql(ENTERPRISES, {"locale": code})["data"]["socialEnterprises"]
    assert [r["name"] for r in listing["results"]] == names
