"""The example frontend renders every kind of page, search and fallbacks from the API alone."""

import json

import pytest
from playwright.sync_api import expect

from cms import models

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAGE_MODELS = [
    models.HomePage,
    models.ArticleIndexPage,
    models.ArticlePage,
    models.PolicyRecommendationIndexPage,
    models.PolicyRecommendationPage,
    models.TeachingMaterialIndexPage,
    models.TeachingMaterialPage,
    models.EventIndexPage,
    models.EventPage,
]


def test_every_page_type_search_and_fallback(demo, actor, headless_frontend):
    visitor = actor("visitor", base_url=headless_frontend)
    page = visitor.page
    for model in PAGE_MODELS:
        for code in ("en", "lv"):
            shown = model.objects.live().filter(locale__language_code=code).first()
            if shown is None and code != "en":
                continue  # the demo has not translated every kind
            response = page.goto(f"/{code}{shown.relative_url_path}")
            assert response.status == 200, (model.__name__, code)
            expect(page.locator("html")).to_have_attribute("lang", code)
            expect(page.locator("h1")).to_have_text(shown.title)
            structured = json.loads(page.locator("script[type='application/ld+json']").inner_text())
            assert structured["@context"] == "https://schema.org"
            visitor.shot(f"{model.__name__}-{code}")

    # A language without the page: the English version, saying so.
    article = models.ArticlePage.objects.live().filter(locale__language_code="en").first()
    page.goto(f"/pl{article.relative_url_path}")
    expect(page.locator("h1")).to_have_text(article.title)
    expect(page.locator(".fallback-notice")).to_be_visible()
    visitor.shot("fallback")

    assert page.goto("/en/no-such-page/").status == 404

    page.goto("/en/search/?q=impact")
    hits = page.locator("ul.search-results li")
    expect(hits.first).to_be_visible()
    expect(hits.first.locator("mark").first).to_be_visible()
    visitor.shot("search")
