"""GET caching (Cache-Control, ETag/304, server cache, invalidation) and persisted queries."""

import hashlib
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.directory.factories import SocialEnterpriseFactory

pytestmark = pytest.mark.django_db

QUERY = '{ page(urlPath: "/") { title } }'


def get(client, query=QUERY, **params):
    extra = {k: v for k, v in params.items() if k.startswith("HTTP_")}
    data = {k: v for k, v in params.items() if not k.startswith("HTTP_")}
    if query is not None:
        data["query"] = query
    return client.get("/graphql/", data, **extra)


def test_anonymous_get_is_cached_with_headers_and_etag(client, home):
    first = get(client)
    assert first.status_code == 200
    assert first["X-Cache"] == "MISS"
    assert "max-age=60" in first["Cache-Control"]
    assert "stale-while-revalidate=300" in first["Cache-Control"]
    assert first["Cache-Control"].startswith("public")
    with CaptureQueriesContext(connection) as queries:
        second = get(client)
    assert second["X-Cache"] == "HIT"
    assert len(queries) == 0
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    not_modified = get(client, HTTP_IF_NONE_MATCH=first["ETag"])
    assert not_modified.status_code == 304
    assert not_modified.content == b""


def test_variables_and_language_are_part_of_the_key(client, home):
    query = "query($p: String!) { page(urlPath: $p) { title } }"
    a = get(client, query, variables=json.dumps({"p": "/"}))
    b = get(client, query, variables=json.dumps({"p": "/nothing/"}))
    assert a.json()["data"]["page"]["title"] == home.title
    assert b.json()["data"]["page"] is None
    assert b["X-Cache"] == "MISS"
    c = get(client, query, variables=json.dumps({"p": "/"}), HTTP_ACCEPT_LANGUAGE="lv")
    assert c["X-Cache"] == "MISS"


def test_publish_and_unpublish_invalidate(client, home):
    library = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=library, slug="a", title="Before")
    query = '{ page(urlPath: "/library/a/") { title } }'
    assert get(client, query).json()["data"]["page"]["title"] == "Before"
    assert get(client, query)["X-Cache"] == "HIT"
    article.title = "After"
    article.save_revision().publish()
    response = get(client, query)
    assert response["X-Cache"] == "MISS"
    assert response.json()["data"]["page"]["title"] == "After"
    article.unpublish()
    assert get(client, query).json()["data"]["page"] is None


def test_directory_changes_invalidate(client, db):
    entry = SocialEnterpriseFactory(name="Old name", slug="e")
    query = '{ socialEnterprise(slug: "e") { name } }'
    assert get(client, query).json()["data"]["socialEnterprise"]["name"] == "Old name"
    entry.name = "New name"
    entry.save_revision().publish()
    assert get(client, query).json()["data"]["socialEnterprise"]["name"] == "New name"


def test_errors_posts_and_logged_in_users_are_not_cached(client, admin_client, home):
    bad = get(client, "{ nothing }")
    assert "X-Cache" not in bad
    assert "public" not in bad.get("Cache-Control", "")
    post = client.post("/graphql/", {"query": QUERY}, content_type="application/json")
    assert "X-Cache" not in post
    private = get(admin_client)
    assert "X-Cache" not in private
    assert private["Cache-Control"] == "private, no-store"


def apq(query):
    return {
        "persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(query.encode()).hexdigest()}
    }


def test_automatic_persisted_queries(client, home):
    extensions = json.dumps(apq(QUERY))
    missing = get(client, None, extensions=extensions).json()
    assert missing["errors"][0]["message"] == "PersistedQueryNotFound"
    assert missing["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    registered = client.post(
        "/graphql/", {"query": QUERY, "extensions": apq(QUERY)}, content_type="application/json"
    )
    assert registered.json()["data"]["page"]["title"] == home.title
    by_hash = get(client, None, extensions=extensions)
    assert by_hash.json()["data"]["page"]["title"] == home.title
    assert get(client, None, extensions=extensions)["X-Cache"] == "HIT"
    post_by_hash = client.post(
        "/graphql/", {"extensions": apq(QUERY)}, content_type="application/json"
    )
    assert post_by_hash.json()["data"]["page"]["title"] == home.title
    mismatch = client.post(
        "/graphql/",
        {"query": "{ locales { code } }", "extensions": apq(QUERY)},
        content_type="application/json",
    )
    assert mismatch.status_code == 400
    assert mismatch.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_HASH_MISMATCH"


def test_only_registered_queries_in_production_mode(client, home, settings, tmp_path):
    allowed = "{ locales { code } }"
    registry = tmp_path / "queries.json"
    registry.write_text(json.dumps({hashlib.sha256(allowed.encode()).hexdigest(): allowed}))
    settings.GRAPHQL_PERSISTED_QUERIES_FILE = str(registry)
    settings.GRAPHQL_PERSISTED_QUERIES_ONLY = True
    ok = get(client, None, extensions=json.dumps(apq(allowed)))
    assert ok.json()["data"]["locales"][0]["code"] == "en"
    assert get(client, allowed).status_code == 200  # the text of a registered query is fine
    free = get(client).json()
    assert free["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_ALLOWED"
    unknown = client.post(
        "/graphql/", {"query": QUERY, "extensions": apq(QUERY)}, content_type="application/json"
    ).json()
    assert unknown["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_ALLOWED"
    not_registered = get(client, None, extensions=json.dumps(apq(QUERY))).json()
    assert not_registered["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"


def test_cors_allow_list(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://www.example.org"]
    allowed = client.options(
        "/graphql/",
        HTTP_ORIGIN="https://www.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert allowed["Access-Control-Allow-Origin"] == "https://www.example.org"
    other = client.options(
        "/graphql/", HTTP_ORIGIN="https://evil.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert "Access-Control-Allow-Origin" not in other
    admin = client.get("/admin/login/", HTTP_ORIGIN="https://www.example.org")
    assert "Access-Control-Allow-Origin" not in admin
