"""Refusals before any SQL, with error codes; introspection, suggestions and masking by setting."""

import json
import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory, ImageFactory

pytestmark = pytest.mark.django_db


def refused(graphql, query, variables=None):
    with CaptureQueriesContext(connection) as queries:
        body = graphql(query, variables, errors=True)
    assert body["data"] is None, body
    assert len(queries) == 0, [q["sql"] for q in queries]
    return body["errors"][0]


def test_cost_counts_list_fields_by_their_limit(graphql, settings):
    settings.GRAPHQL_MAX_COST = 1200
    query = (
        "query($n: Int) { articles(pagination: {limit: $n}) { results { title topics { name } } } }"
    )
    error = refused(graphql, query, {"n": 100})
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    # 1 + 100 * (results, the page itself: 1, + topics, a list of at most 20: 1 + 20 * 1)
    assert "2201" in error["message"]
    # Fewer items per list fit.
    assert "errors" not in graphql(query, {"n": 50}, errors=True)


def test_cost_without_limit_uses_the_default_page_size(graphql, settings):
    settings.GRAPHQL_MAX_COST = 800
    query = "{ a: articles { results { topics { name } } } b: articles { results { topics { name } } } }"
    error = refused(graphql, query)  # 2 * (1 + 20 * (1 + 20)) = 842
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"


def test_cost_follows_fragments_and_limit_arguments(graphql, settings):
    settings.GRAPHQL_MAX_COST = 10
    query = """
    query { ...F }
    fragment F on Query { autocomplete(query: "ab", limit: 20) { name } socialEnterprises(pagination: {limit: 5}) { results { country { name } } } }
    """
    error = refused(graphql, query)
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ('{ page(urlPath: "/") { title ', "GRAPHQL_PARSE_FAILED"),
        ("{ nothing }", "GRAPHQL_VALIDATION_FAILED"),
        (
            "{ " + " ".join(f"a{i}: locales {{ code }}" for i in range(16)) + " }",
            "TOO_MANY_ALIASES",
        ),
        ("{ locales { " + "code " * 2100 + "} }", "TOO_MANY_TOKENS"),
    ],
)
def test_every_limit_has_a_code(graphql, query, code):
    assert refused(graphql, query)["extensions"]["code"] == code


def test_depth_limit_has_a_code(graphql):
    nested = "title"
    for _ in range(10):
        nested = f"relatedRecommendations {{ {nested} }}"
    error = refused(
        graphql, f'{{ page(urlPath: "/") {{ ... on PolicyRecommendationPage {{ {nested} }} }} }}'
    )
    assert error["extensions"]["code"] == "QUERY_TOO_DEEP"


def test_introspection_and_suggestions_follow_settings(graphql, settings):
    settings.GRAPHQL_INTROSPECTION = False
    settings.GRAPHQL_FIELD_SUGGESTIONS = False
    error = refused(graphql, "{ __schema { types { name } } }")
    assert error["extensions"]["code"] == "INTROSPECTION_DISABLED"
    error = refused(graphql, "{ locales { cod } }")
    assert "Did you mean" not in error["message"]
    settings.GRAPHQL_INTROSPECTION = True
    settings.GRAPHQL_FIELD_SUGGESTIONS = True
    assert graphql("{ __schema { queryType { name } } }")["data"]
    assert "Did you mean" in refused(graphql, "{ locales { cod } }")["message"]


def test_unexpected_errors_are_masked_and_logged(graphql, home, settings, caplog):
    settings.GRAPHQL_MASK_ERRORS = True
    library = ArticleIndexPageFactory(parent=home)
    image = ImageFactory()
    ArticlePageFactory(parent=library, slug="a", hero_image=image)
    image.file.storage.delete(image.file.name)  # a real failure: the original is gone
    query = '{ page(urlPath: "/library/a/") { ... on ArticlePage { heroImage { rendition(spec: "width-100") { url } } } } }'
    with caplog.at_level(logging.ERROR):
        body = graphql(query, errors=True)
    error = body["errors"][0]
    assert error["message"] == "Internal server error."
    assert error["extensions"] == {"code": "INTERNAL_SERVER_ERROR"}
    assert "Traceback" not in json.dumps(body)
    assert any(record.exc_info or "Error" in record.getMessage() for record in caplog.records)
    # Our own errors keep their message and code.
    bad = graphql('{ page(urlPath: "/../") { title } }', errors=True)
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_PATH"


def test_request_body_size_is_limited(client, settings):
    settings.GRAPHQL_MAX_BODY_BYTES = 1000
    payload = json.dumps({"query": "{ locales { code } }", "variables": {"x": "y" * 2000}})
    response = client.post("/graphql/", payload, content_type="application/json")
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"
    response = client.get("/graphql/", {"query": "{ locales { code } }" + " " * 2000})
    assert response.status_code == 413


def test_batched_requests_are_refused_by_default(client):
    payload = json.dumps([{"query": "{ locales { code } }"}] * 2)
    response = client.post("/graphql/", payload, content_type="application/json")
    assert response.status_code == 400


def test_mutations_are_rate_limited_per_client(graphql, settings):
    from tests.directory.test_submission import SUBMIT, proposal

    settings.GRAPHQL_MUTATIONS_PER_MINUTE = 2
    settings.DIRECTORY_SUBMISSIONS_PER_HOUR = 100
    codes = []
    for n in range(3):
        body = graphql(SUBMIT, proposal(name=f"Entry {n}"), errors=True)
        codes.append((body.get("errors") or [{}])[0].get("extensions", {}).get("code"))
    assert codes == [None, None, "RATE_LIMITED"]


def test_cost_with_odd_variables_is_left_to_validation(graphql):
    query = "query($p: OffsetPaginationInput) { articles(pagination: $p) { totalCount } }"
    body = graphql(query, {"p": "not an object"}, errors=True)
    assert body["errors"][0]["message"] != "Internal server error."
