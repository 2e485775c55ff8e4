"""What one anonymous request leaves in the shared response cache is what every visitor gets:
nothing in it may come from the request's own headers, and nothing private may be kept."""

import json

import pytest
from django.core import signing

from headless.preview import make_token
from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory, ImageFactory

pytestmark = pytest.mark.django_db

HERO = """query($path: String!) { page(urlPath: $path) { ... on ArticlePage {
  heroImage { url rendition(spec: "width-80") { url } } } } }"""


@pytest.fixture
def article(home):
    library = ArticleIndexPageFactory(parent=home, slug="library")
    image = ImageFactory(file__width=160, file__height=120)
    page = ArticlePageFactory(parent=library, slug="harbour", hero_image=image)
    page.save_revision().publish()
    return page


def hero_urls(response) -> list[str]:
    hero = response.json()["data"]["page"]["heroImage"]
    return [hero["url"], hero["rendition"]["url"]]


def get(client, query, variables, **headers):
    return client.get("/graphql/", {"query": query, "variables": json.dumps(variables)}, **headers)


@pytest.mark.parametrize(
    "forged",
    [
        {"HTTP_HOST": "testserver:6666"},
        {"HTTP_X_FORWARDED_PROTO": "https"},
        {"HTTP_X_FORWARDED_HOST": "evil.example", "HTTP_X_FORWARDED_PORT": "6666"},
    ],
)
def test_forged_host_or_scheme_cannot_poison_media_urls(client, settings, article, forged):
    # As in production: the proxy's X-Forwarded-Proto is trusted for request.is_secure().
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.USE_X_FORWARDED_HOST = True
    settings.ALLOWED_HOSTS = ["testserver", "evil.example"]
    settings.MEDIA_BASE_URL = "https://cms.example.org"
    variables = {"path": "/library/harbour/"}

    attacker = get(client, HERO, variables, **forged)
    assert attacker.status_code == 200
    visitor = get(client, HERO, variables)
    assert visitor["X-Cache"] == "HIT"
    for response in (attacker, visitor):
        for url in hero_urls(response):
            assert url.startswith(
                ("https://cms.example.org/media/", "https://cms.example.org/images/")
            ), url


PREVIEW = "query($token: String!) { preview(token: $token) { ... on Page { title } } }"


def test_preview_answers_are_never_stored(client, settings, home):
    page = ArticleIndexPageFactory(parent=home, title="Draft library", live=False)
    token = make_token(page, revision_id=page.save_revision().pk)

    for _ in range(2):
        response = get(client, PREVIEW, {"token": token})
        assert response.json()["data"]["preview"]["title"] == "Draft library"
        assert response["Cache-Control"] == "private, no-store"
        assert "X-Cache" not in response
        assert "ETag" not in response

    # Once the token has expired nothing answers it any more: there was nothing kept.
    settings.PREVIEW_TOKEN_MAX_AGE = -1
    expired = get(client, PREVIEW, {"token": token}).json()
    assert expired["data"]["preview"] is None
    assert expired["errors"][0]["extensions"]["code"] == "PREVIEW_TOKEN_EXPIRED"

    # Also by POST, and for a token that never was valid.
    bad = signing.dumps({"id": "1"}, salt="something else")
    for response in (
        client.post(
            "/graphql/",
            {"query": PREVIEW, "variables": {"token": token}},
            content_type="application/json",
        ),
        get(client, PREVIEW, {"token": bad}),
    ):
        assert response["Cache-Control"] == "private, no-store"


SIZES = "query($id: String!) { page(urlPath: $id) { ... on ArticlePage { heroImage { %s } } } }"


def test_one_request_makes_only_a_few_new_renditions(graphql, settings, article):
    settings.GRAPHQL_MAX_NEW_RENDITIONS = 3
    image = article.hero_image
    fields = " ".join(f'w{n}: rendition(spec: "width-{n}") {{ width }}' for n in range(10, 15))
    body = graphql(SIZES % fields, {"id": "/library/harbour/"}, errors=True)
    assert body["errors"][0]["extensions"]["code"] == "TOO_MANY_RENDITIONS"
    assert image.renditions.count() == 3

    # Existing sizes are free: the three made before, again, with two new ones.
    fields = " ".join(f'w{n}: rendition(spec: "width-{n}") {{ width }}' for n in (10, 11, 12, 20))
    fields += " srcSet(widths: [10, 11, 12, 21])"
    body = graphql(SIZES % fields, {"id": "/library/harbour/"})
    assert body["data"]["page"]["heroImage"]["w20"]["width"] == 20
    assert image.renditions.count() == 5
