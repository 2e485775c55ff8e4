"""Fallback chains: the best available version, and the locale it actually came from."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory, translate
from tests.directory.factories import SocialEnterpriseFactory

PAGE = """query($locale: String, $fallback: [String!]) {
  page(urlPath: "/library/impact/", locale: $locale, fallbackLocales: $fallback) {
    title locale path isFallback
  }
}"""


@pytest.fixture
def impact(home):
    library = ArticleIndexPageFactory(parent=home, slug="library")
    article = ArticlePageFactory(parent=library, slug="impact", title="Impact")
    for code, title in [("da", "Forside"), ("sv", "Startsida"), ("lv", "Sākums")]:
        translate(home, code, title=title)
        translate(library, code, title=title)
    translate(article, "sv", title="Effektmätning för sociala företag")
    return article


def ask(graphql, **variables):
    return graphql(PAGE, variables)["data"]["page"]


def test_settings_chain_nb_da_sv_en(graphql, impact, settings):
    # Norwegian: no Norwegian or Danish version; the Swedish one is next in the chain. Its
    # path stays in the reader's site, where this same query serves it.
    assert ask(graphql, locale="nb") == {
        "title": "Effektmätning för sociala företag",
        "locale": "sv",
        "path": "/nb/library/impact/",
        "isFallback": True,
    }
    assert ask(graphql, locale="sv")["isFallback"] is False
    # Latvian falls back to the default locale.
    assert ask(graphql, locale="lv")["locale"] == "en"
    # The chain comes from settings.
    settings.LOCALE_FALLBACKS = {"nb": ["lv"]}
    assert ask(graphql, locale="nb")["locale"] == "en"


def test_explicit_fallbacks_override_the_chain(graphql, impact):
    assert ask(graphql, locale="lt", fallback=["sv"])["locale"] == "sv"
    assert ask(graphql, locale="lt", fallback=["da", "en"])["locale"] == "en"
    # An empty list: no fallback, null.
    assert ask(graphql, locale="lt", fallback=[]) is None
    # The requested locale wins when it has the page.
    assert ask(graphql, locale="sv", fallback=["en"])["locale"] == "sv"


def test_unpublished_versions_are_skipped(graphql, impact):
    swedish = impact.get_translation(Locale.objects.get(language_code="sv"))
    swedish.unpublish()
    assert ask(graphql, locale="nb")["locale"] == "en"


def test_unknown_fallback_locale_is_a_clear_error(graphql, impact):
    body = graphql(PAGE, {"locale": "lt", "fallback": ["xx"]}, errors=True)
    assert body["data"]["page"] is None
    error = body["errors"][0]
    assert error["extensions"]["code"] == "UNKNOWN_LOCALE"
    assert '"xx"' in error["message"]


def test_directory_entry_falls_back(graphql, locale):
    entry = SocialEnterpriseFactory(
        slug="hear-me-out", name="Hear me out", short_description="A Danish podcast."
    )
    danish = entry.copy_for_translation(locale("da"))
    danish.short_description = "En podcast om at blive hørt: æ ø å."
    danish.save()
    danish.save_revision().publish()
    query = """query($locale: String) {
      socialEnterprise(slug: "hear-me-out", locale: $locale) { locale shortDescription }
    }"""
    assert graphql(query, {"locale": "nb"})["data"]["socialEnterprise"] == {
        "locale": "da",
        "shortDescription": "En podcast om at blive hørt: æ ø å.",
    }
    assert graphql(query, {"locale": "pl"})["data"]["socialEnterprise"]["locale"] == "en"


def test_translation_status_costs_the_same_for_any_page_size(graphql, home):
    library = ArticleIndexPageFactory(parent=home)
    query = """{ articles(pagination: {limit: 50}) { results {
        title translationStatus { locale state } } } }"""

    def count():
        with CaptureQueriesContext(connection) as captured:
            results = graphql(query)["data"]["articles"]["results"]
        return len(captured), len(results)

    ArticlePageFactory(parent=library)
    few = count()
    for _ in range(5):
        ArticlePageFactory(parent=library)
    many = count()
    assert (few[1], many[1]) == (1, 6)
    assert few[0] == many[0]
