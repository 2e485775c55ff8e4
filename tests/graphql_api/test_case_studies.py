"""Case studies (successful business models) through /graphql/: by path in several locales
with fallback, in listings, search and the sitemap, with JSON-LD about the enterprise."""

import pytest
from wagtail.models import Locale

from cms import models
from directory.models import SocialEnterprise
from tests.cms.factories import ArticleIndexPageFactory, CaseStudyPageFactory, translate
from tests.directory.factories import SocialEnterpriseFactory

pytestmark = pytest.mark.django_db

CASE_STUDY = """
query($path: String!, $locale: String) {
  page(urlPath: $path, locale: $locale) {
    __typename title locale isFallback path
    ... on CaseStudyPage {
      businessModel outcome
      enterprise { name slug locale }
      country { code name }
      jsonLd
    }
  }
}
"""


@pytest.fixture
def case_study(home):
    library = ArticleIndexPageFactory(parent=home)
    enterprise = SocialEnterpriseFactory(
        name="Stop-over Coffee Shop in Liepa",
        slug="stop-over-coffee-liepa",
        website="https://example.org/stop-over",
    )
    latvian = enterprise.copy_for_translation(Locale.objects.get(language_code="lv"))
    latvian.name = "Pieturas kafejnīca Liepā"
    latvian.save()
    latvian.save_revision().publish()
    page = CaseStudyPageFactory(
        parent=library,
        slug="stop-over",
        title="A café that works as a training ground",
        business_model="A village café run as a workplace for people without a job",
        outcome="Parents and young people found a meeting place and gained work experience.",
        enterprise=enterprise,
    )
    translate(home, "lv")
    translate(library, "lv")
    translate(
        page,
        "lv",
        title="Kafejnīca, kas ir arī mācību vieta",
        business_model="Lauku kafejnīca, kas ir darbavieta cilvēkiem bez darba",
    )
    return page


def test_by_path_in_two_locales_and_fallback(graphql, case_study):
    english = graphql(CASE_STUDY, {"path": "/library/stop-over/", "locale": "en"})["data"]["page"]
    assert english["__typename"] == "CaseStudyPage"
    assert english["businessModel"].startswith("A village café")
    assert english["enterprise"] == {
        "name": "Stop-over Coffee Shop in Liepa",
        "slug": "stop-over-coffee-liepa",
        "locale": "en",
    }
    assert english["country"]["code"] == "LV"

    latvian = graphql(CASE_STUDY, {"path": "/library/stop-over/", "locale": "lv"})["data"]["page"]
    assert latvian["title"] == "Kafejnīca, kas ir arī mācību vieta"
    assert latvian["businessModel"].startswith("Lauku kafejnīca")
    assert (latvian["locale"], latvian["isFallback"]) == ("lv", False)
    # The enterprise link is synchronised; the API follows it to the Latvian entry.
    assert latvian["enterprise"]["name"] == "Pieturas kafejnīca Liepā"
    assert latvian["jsonLd"]["about"]["name"] == "Pieturas kafejnīca Liepā"

    # No Danish version: the English one, marked as a fallback, at the Danish path.
    danish = graphql(CASE_STUDY, {"path": "/library/stop-over/", "locale": "da"})["data"]["page"]
    assert (danish["locale"], danish["isFallback"]) == ("en", True)
    assert danish["path"] == "/da/library/stop-over/"
    assert danish["enterprise"]["name"] == "Stop-over Coffee Shop in Liepa"


def test_json_ld_is_an_article_about_the_enterprise(graphql, case_study):
    page = graphql(CASE_STUDY, {"path": "/library/stop-over/"})["data"]["page"]
    data = page["jsonLd"]
    assert data["@type"] == "Article"
    assert data["headline"] == data["name"] == "A café that works as a training ground"
    assert data["about"] == {
        "@type": "Organization",
        "name": "Stop-over Coffee Shop in Liepa",
        "url": "https://example.org/stop-over",
    }
    assert data["contentLocation"]["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "LV",
    }
    assert data["abstract"].startswith("Parents and young people")
    assert data["url"].endswith("/en/library/stop-over/")


def test_an_unpublished_enterprise_is_not_shown(graphql, case_study):
    SocialEnterprise.objects.filter(slug="stop-over-coffee-liepa").update(live=False)
    for code in ("en", "lv"):
        page = graphql(CASE_STUDY, {"path": "/library/stop-over/", "locale": code})["data"]["page"]
        assert page["enterprise"] is None
        assert "about" not in page["jsonLd"]
        assert "Stop-over" not in str(page) and "Pieturas" not in str(page)


def test_in_listings_search_and_sitemap(graphql, case_study):
    listed = graphql("{ pages(contentType: CASE_STUDY) { results { __typename title } } }")["data"][
        "pages"
    ]["results"]
    assert listed == [{"__typename": "CaseStudyPage", "title": case_study.title}]

    query = """query($types: [SearchableType!]) {
      search(query: "village café workplace", types: $types) {
        results { item { __typename ... on Page { title } } }
      }
    }"""
    for types in (None, ["CASE_STUDY"]):
        hits = graphql(query, {"types": types})["data"]["search"]["results"]
        assert {"__typename": "CaseStudyPage", "title": case_study.title} in [
            hit["item"] for hit in hits
        ]

    paths = [
        entry["path"] for entry in graphql('{ sitemap(locale: "lv") { path } }')["data"]["sitemap"]
    ]
    assert "/lv/library/stop-over/" in paths


def test_a_library_page():
    assert models.CaseStudyPage in models.ArticleIndexPage.allowed_subpage_models()
    assert models.CaseStudyPage.allowed_parent_page_models() == [models.ArticleIndexPage]
