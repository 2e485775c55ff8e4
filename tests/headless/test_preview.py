"""Headless preview: the admin's Preview opens the frontend, which fetches the draft by token."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing
from django.urls import reverse

from directory.models import Country
from headless.preview import SALT, make_token
from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory, TopicFactory, translate
from tests.directory.factories import SocialEnterpriseFactory
from tests.helpers import empty_inlines

pytestmark = pytest.mark.django_db

FRONTENDS = {
    "website": {"url": "https://www.example.org", "label": "Website"},
    "latvia": {"url": "https://lv.example.org/", "locales": ["lv"], "preview_path": "/preview"},
}
PREVIEW = """
query($token: String!) {
  preview(token: $token) {
    __typename
    ... on Page { title path intro }
    ... on ArticlePage { publicationDate topics { name } }
    ... on SocialEnterprise { name city country { code } }
  }
}
"""
LIVE = '{ page(urlPath: "/library/measuring-impact/") { title } }'


@pytest.fixture(autouse=True)
def frontends(settings):
    settings.HEADLESS_FRONTENDS = FRONTENDS


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def article(home):
    library = ArticleIndexPageFactory(parent=home)
    topic = TopicFactory(name="Impact")
    page = ArticlePageFactory(parent=library, title="Measuring impact", slug="measuring-impact")
    page.topics.set([topic])
    page.save_revision().publish()
    return page


def article_form(page, **overrides):
    return {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "publication_date": "2022-03-01",
        "body-count": "0",
        "topics": [topic.pk for topic in page.topics.all()],
        **overrides,
    }


def open_preview(client, url, data, mode=None):
    """What the admin's preview panel does: post the form, then load the preview URL."""
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.json()["is_valid"], response.json()
    return client.get(url, {"mode": mode} if mode else {})


def token_of(response) -> str:
    assert response.status_code == 302
    return parse_qs(urlsplit(response.url).query)["token"][0]


def preview_errors(graphql, token):
    body = graphql(PREVIEW, {"token": token}, errors=True)
    assert body["data"] == {"preview": None}
    return [error["extensions"]["code"] for error in body["errors"]]


def test_admin_preview_opens_the_frontend_with_unsaved_edits(client, editor, article, graphql):
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,))).content.decode()
    assert 'data-side-panel="preview"' in edit
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(article.pk,))
    response = open_preview(client, url, article_form(article, title="Measuring impact, 2nd ed."))

    target = urlsplit(response.url)
    assert (
        f"{target.scheme}://{target.netloc}{target.path}" == "https://www.example.org/api/preview"
    )
    assert parse_qs(target.query)["path"] == ["/en/library/measuring-impact/"]

    data = graphql(PREVIEW, {"token": token_of(response)})["data"]["preview"]
    assert data == {
        "__typename": "ArticlePage",
        "title": "Measuring impact, 2nd ed.",
        "path": "/en/library/measuring-impact/",
        "intro": article.intro,
        "publicationDate": "2022-03-01",
        "topics": [{"name": "Impact"}],
    }
    # Nothing was saved: the public still gets the published version.
    assert graphql(LIVE)["data"]["page"] == {"title": "Measuring impact"}
    article.refresh_from_db()
    assert article.title == "Measuring impact"


def test_preview_modes_are_the_frontends_serving_the_locale(client, editor, article, home):
    assert [name for name, _label in article.preview_modes] == ["website"]

    translate(home, "lv")
    translate(article.get_parent(), "lv")
    latvian = translate(article, "lv", title="Ietekmes mērīšana")
    assert [name for name, _label in latvian.preview_modes] == ["website", "latvia"]

    url = reverse("wagtailadmin_pages:preview_on_edit", args=(latvian.pk,))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(latvian.pk,))).content.decode()
    assert '<option value="latvia"' in edit
    response = open_preview(client, url, article_form(latvian), mode="latvia")
    assert response.url.startswith("https://lv.example.org/preview?token=")


def test_preview_of_a_page_being_created(client, editor, article, graphql):
    library = article.get_parent()
    url = reverse("wagtailadmin_pages:preview_on_add", args=("cms", "articlepage", library.pk))
    form = article_form(article, title="Brand new", slug="brand-new", topics=[])
    data = graphql(PREVIEW, {"token": token_of(open_preview(client, url, form))})["data"]
    assert data["preview"]["__typename"] == "ArticlePage"
    assert data["preview"]["title"] == "Brand new"


def test_revision_token_shows_that_revision(article, graphql):
    first = article.latest_revision
    article.title = "Renamed"
    article.save_revision()
    data = graphql(PREVIEW, {"token": make_token(article, revision_id=first.pk)})["data"]
    assert data["preview"]["title"] == "Measuring impact"


def test_token_for_another_objects_revision_is_refused(article, home, graphql):
    other = ArticlePageFactory(parent=article.get_parent(), title="Other")
    other.save_revision()
    token = make_token(article, revision_id=other.latest_revision_id)
    assert preview_errors(graphql, token) == ["INVALID_PREVIEW_TOKEN"]


def test_tampered_and_forged_tokens_are_refused(article, graphql):
    token = make_token(article, revision_id=article.latest_revision_id)
    payload, rest = token.split(":", 1)
    tampered = payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB") + ":" + rest
    other = ArticlePageFactory(parent=article.get_parent())
    forged = signing.dumps(
        {"ct": 1, "id": str(other.pk), "rev": other.latest_revision_id, "snap": None},
        salt=SALT,
        key="not-the-cms-secret",
    )
    for bad in (tampered, forged, "", "not-a-token"):
        assert preview_errors(graphql, bad) == ["INVALID_PREVIEW_TOKEN"]


def test_expired_token_is_refused(settings, article, graphql):
    settings.PREVIEW_TOKEN_MAX_AGE = 1
    token = make_token(article, revision_id=article.latest_revision_id)
    assert graphql(PREVIEW, {"token": token})["data"]["preview"]["title"] == "Measuring impact"
    time.sleep(2.1)
    assert preview_errors(graphql, token) == ["PREVIEW_TOKEN_EXPIRED"]


def test_directory_entry_preview(client, editor, graphql):
    entry = SocialEnterpriseFactory(name="Stop-over café", slug="stop-over", city="Liepa")
    entry.save_revision().publish()
    edit = reverse("wagtailsnippets_directory_socialenterprise:edit", args=(entry.pk,))
    assert 'data-side-panel="preview"' in client.get(edit).content.decode()
    url = reverse("wagtailsnippets_directory_socialenterprise:preview_on_edit", args=(entry.pk,))
    form = {
        "name": "Stop-over kafejnīca",
        "slug": "stop-over",
        "short_description": "A café.",
        "country": Country.objects.get(code="LV", locale__language_code="en").pk,
        "city": "Liepāja",
        "verification_status": "unverified",
        "stage": "start_up",
        **empty_inlines("journey", "impact"),
    }
    response = open_preview(client, url, form)
    data = graphql(PREVIEW, {"token": token_of(response)})["data"]["preview"]
    assert data == {
        "__typename": "SocialEnterprise",
        "name": "Stop-over kafejnīca",
        "city": "Liepāja",
        "country": {"code": "LV"},
    }
    entry.refresh_from_db()
    assert entry.name == "Stop-over café"
