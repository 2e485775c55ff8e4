"""Bad arguments give a GraphQL error with a clear message and a code, and no data."""

import pytest

pytestmark = pytest.mark.django_db


def error_of(graphql, query):
    body = graphql(query, errors=True)
    [error] = body["errors"]
    return error["message"], error["extensions"]["code"]


@pytest.mark.parametrize(
    "query",
    [
        '{ page(urlPath: "/", locale: "xx") { title } }',
        '{ articles(locale: "english") { totalCount } }',
        '{ events(locale: "EN") { totalCount } }',
        '{ pages(locale: "ru") { totalCount } }',
    ],
)
def test_unknown_locale(graphql, home, query):
    message, code = error_of(graphql, query)
    assert code == "UNKNOWN_LOCALE"
    assert "Unknown locale" in message
    assert "en, da, de, et, fi, lv, lt, nb, pl, sv" in message


@pytest.mark.parametrize(
    ("pagination", "expected"),
    [
        ("{limit: -1}", "pagination.limit must be between 0 and 100"),
        ("{limit: 101}", "pagination.limit must be between 0 and 100"),
        ("{offset: -5, limit: 10}", "pagination.offset must be 0 or more"),
    ],
)
def test_bad_pagination(graphql, home, pagination, expected):
    for field in ("articles", "policyRecommendations", "teachingMaterials", "events", "pages"):
        message, code = error_of(
            graphql, f"{{ {field}(pagination: {pagination}) {{ totalCount }} }}"
        )
        assert code == "INVALID_PAGINATION"
        assert expected in message


def test_limit_of_100_is_accepted(graphql, home):
    body = graphql("{ articles(pagination: {limit: 100}) { totalCount } }")
    assert body["data"]["articles"]["totalCount"] == 0


@pytest.mark.parametrize("path", ["/../admin/", "/library/../", "/a?b/"])
def test_bad_url_path(graphql, home, path):
    message, code = error_of(graphql, f'{{ page(urlPath: "{path}") {{ title }} }}')
    assert code == "INVALID_PATH"
    assert path in message


@pytest.mark.parametrize(
    "spec", ["fill-99999x1", "original", "fill-10x10|jpegquality-1", "width-0"]
)
def test_unbounded_image_specs_are_refused(graphql, home, spec):
    from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory, ImageFactory

    library = ArticleIndexPageFactory(parent=home)
    image = ImageFactory()
    ArticlePageFactory(parent=library, slug="a", hero_image=image)
    query = f'{{ page(urlPath: "/library/a/") {{ ... on ArticlePage {{ heroImage {{ rendition(spec: "{spec}") {{ url }} }} }} }} }}'
    body = graphql(query, errors=True)
    assert body["errors"][0]["extensions"]["code"] == "INVALID_IMAGE_SPEC"
    assert "Unsupported image spec" in body["errors"][0]["message"]


def test_too_deep_query_is_refused(graphql, db):
    nested = "title"
    for _ in range(10):
        nested = f"relatedRecommendations {{ {nested} }}"
    body = graphql(
        f'{{ page(urlPath: "/") {{ ... on PolicyRecommendationPage {{ {nested} }} }} }}',
        errors=True,
    )
    assert body["data"] is None
    assert "more than the 10 allowed" in body["errors"][0]["message"]
    assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_DEEP"
