"""Drafts, unpublished, expired and view-restricted pages never come out of the API."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.cms.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    DocumentFactory,
    PolicyRecommendationIndexPageFactory,
    PolicyRecommendationPageFactory,
    TeachingMaterialIndexPageFactory,
    TeachingMaterialPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db

EVERYWHERE = """
query($path: String!, $locale: String) {
  page(urlPath: $path, locale: $locale) { title }
  articles(locale: $locale) { totalCount results { title } }
  pages(locale: $locale) { totalCount results { title } }
}
"""


def make_hidden(kind, page):
    """Hide page in one of the ways an editor can."""
    if kind == "draft":
        page.live = False
        page.save()
    elif kind == "unpublished":
        page.unpublish()
    elif kind == "expired":
        page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
        page.save()
    elif kind == "private":
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    elif kind == "private-parent":
        PageViewRestriction.objects.create(page=page.get_parent(), restriction_type="login")


HIDING = ["draft", "unpublished", "expired", "private", "private-parent"]


@pytest.mark.parametrize("kind", HIDING)
def test_hidden_page_is_absent_from_lookups_and_listings(graphql, home, kind):
    archive = ArticleIndexPageFactory(parent=home, slug="archive")
    hidden = ArticlePageFactory(parent=archive, slug="hidden", title="Secret")
    library = ArticleIndexPageFactory(parent=home)
    ArticlePageFactory(parent=library, slug="open", title="Open")
    make_hidden(kind, hidden)

    data = graphql(EVERYWHERE, {"path": "/archive/hidden/"})["data"]
    assert data["page"] is None
    assert [a["title"] for a in data["articles"]["results"]] == ["Open"]
    assert data["articles"]["totalCount"] == 1
    assert "Secret" not in [p["title"] for p in data["pages"]["results"]]


@pytest.mark.parametrize("kind", HIDING)
def test_hidden_translation_is_not_listed(graphql, home, kind):
    library = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=library, slug="impact")
    translate(home, "da")
    translate(library, "da")
    danish = translate(article, "da", title="Hemmelig")
    translate(home, "lv")
    translate(library, "lv")
    translate(article, "lv", title="Ietekme")
    make_hidden(kind, danish)

    data = graphql(
        '{ page(urlPath: "/library/impact/") { translations { locale } } '
        "articles { results { translations { locale } } } }"
    )["data"]
    assert data["page"]["translations"] == [{"locale": "lv"}]
    assert data["articles"]["results"][0]["translations"] == [{"locale": "lv"}]


@pytest.mark.parametrize("kind", HIDING)
def test_links_to_hidden_pages_lose_their_target(graphql, home, kind):
    library = ArticleIndexPageFactory(parent=home)
    hidden = ArticlePageFactory(parent=library, slug="hidden")
    index = PolicyRecommendationIndexPageFactory(parent=home)
    archive = PolicyRecommendationIndexPageFactory(parent=home, slug="archive")
    hidden_rec = PolicyRecommendationPageFactory(parent=archive, title="Hidden rec")
    visible_rec = PolicyRecommendationPageFactory(parent=index, title="Visible rec")
    rec = PolicyRecommendationPageFactory(
        parent=index,
        slug="linking",
        body__0__paragraph__value=f'<p><a linktype="page" id="{hidden.pk}">x</a></p>',
        body__1__call_to_action__page=hidden,
        body__1__call_to_action__url="",
    )
    rec.related_recommendations.create(related=hidden_rec)
    rec.related_recommendations.create(related=visible_rec)
    rec.save_revision().publish()
    make_hidden(kind, hidden)
    make_hidden(kind, hidden_rec)

    data = graphql(
        '{ page(urlPath: "/recommendations/linking/") { body { ... on RichTextBlock { html } '
        "... on CallToActionBlock { href } } "
        "... on PolicyRecommendationPage { relatedRecommendations { title } } } }"
    )["data"]["page"]
    assert data["body"][0]["html"] == "<p><a>x</a></p>"
    assert data["body"][1]["href"] is None
    assert data["relatedRecommendations"] == [{"title": "Visible rec"}]


def test_documents_in_private_collections_are_withheld(graphql, home):
    private = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    secret = DocumentFactory(title="Minutes", collection=private)
    public = DocumentFactory(title="Handbook")
    index = TeachingMaterialIndexPageFactory(parent=home)
    material = TeachingMaterialPageFactory(
        parent=index,
        slug="kit",
        body=[
            {"type": "document", "value": {"document": secret.pk, "label": "Minutes"}, "id": "d"}
        ],
    )
    material.attachments.create(document=secret, language="en")
    material.attachments.create(document=public, language="en")
    material.save_revision().publish()

    data = graphql(
        '{ page(urlPath: "/teaching-materials/kit/") { body { ... on DocumentBlock { document { title } } } '
        "... on TeachingMaterialPage { files { document { title } } } } }"
    )["data"]["page"]
    assert data["body"][0]["document"] is None
    assert data["files"] == [{"document": {"title": "Handbook"}}]


def test_a_page_outside_the_site_is_not_served(graphql, home):
    """Wagtail's welcome page (left beside our home) is not part of the site."""
    data = graphql("{ pages { results { __typename } } }")["data"]["pages"]["results"]
    assert data == [{"__typename": "HomePage"}]
