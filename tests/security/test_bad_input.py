"""Hostile or broken input is the client's error: a 400 or a GraphQL error with a code, never a
500, a masked internal error or a stack trace in the log; Wagtail's own page routes answer 404 or
send visitors to the frontend."""

import json
import logging
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction, Site

from directory.models import SocialEnterprise
from graphql_api.schema import schema
from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory, ImageFactory
from tests.directory.test_submission import SUBMIT, proposal

pytestmark = pytest.mark.django_db

QUERY = "{ locales { code } }"


def bad_request(response):
    assert response.status_code == 400, (response.status_code, response.content[:300])
    body = response.json()
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST", body
    assert body["errors"][0]["message"]
    return body


# --- malformed requests ----------------------------------------------------------------------

POST_BODIES = {
    "persisted query as a string": {"query": QUERY, "extensions": {"persistedQuery": "abc"}},
    "persisted query as a list": {"extensions": {"persistedQuery": ["abc"]}},
    "persisted query hash as an object": {
        "extensions": {"persistedQuery": {"version": 1, "sha256Hash": {"a": 1}}}
    },
    "extensions as a string": {"query": QUERY, "extensions": "{}"},
    "extensions as a list": {"query": QUERY, "extensions": [1]},
    "null body": None,
    "bare string body": "{ locales { code } }",
    "number body": 12,
    "variables as a string": {"query": QUERY, "variables": "{}"},
    "variables as a list": {"query": QUERY, "variables": [1, 2]},
    "variables as a number": {"query": QUERY, "variables": 3},
    "operationName as a number": {"query": QUERY, "operationName": 7},
    "operationName as a list": {"query": QUERY, "operationName": ["a"]},
    "query as a number": {"query": 1},
    "query as a list": {"query": [QUERY]},
    "query as an object": {"query": {"q": QUERY}},
    "no query": {"variables": {}},
    "batch when batching is off": [{"query": QUERY}, {"query": QUERY}],
    "lone surrogate in the query text": {"query": "{ locales { code } } # \ud800"},
    "lone surrogate in a persisted query": {
        "query": "{ locales { code } } # \udfff",
        "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}},
    },
}


@pytest.mark.parametrize("body", POST_BODIES.values(), ids=POST_BODIES.keys())
def test_malformed_post_bodies_are_client_errors(client, body):
    response = client.post("/graphql/", json.dumps(body), content_type="application/json")
    bad_request(response)


@pytest.mark.parametrize(
    ("payload", "content_type"),
    [
        (b"{not json", "application/json"),
        (b'{"query": "{ locales { code } }"', "application/json"),
        (b"\xff\xfe{}", "application/json"),
        (b'{"query": "{ locales { code } }"}', "text/plain"),
        (b"query=%7B+locales+%7B+code+%7D+%7D", "application/x-www-form-urlencoded"),
        (b'{"query": "{ locales { code } }"}', ""),
    ],
    ids=["invalid JSON", "truncated JSON", "not UTF-8", "text/plain", "form", "no content type"],
)
def test_unparseable_posts_are_client_errors(client, payload, content_type):
    response = client.generic("POST", "/graphql/", payload, content_type=content_type)
    bad_request(response)


GET_PARAMS = {
    "variables not JSON": {"query": QUERY, "variables": "{oops"},
    "variables a list": {"query": QUERY, "variables": "[1]"},
    "variables a string": {"query": QUERY, "variables": '"x"'},
    "extensions not JSON": {"query": QUERY, "extensions": "{oops"},
    "extensions a list": {"query": QUERY, "extensions": "[1]"},
    "persisted query a string": {"query": QUERY, "extensions": '{"persistedQuery": "abc"}'},
    "persisted query a list": {"extensions": '{"persistedQuery": [1]}'},
    "lone surrogate in extensions": {"extensions": '{"persistedQuery": {"sha256Hash": "\\ud800"}}'},
}


@pytest.mark.parametrize("params", GET_PARAMS.values(), ids=GET_PARAMS.keys())
def test_malformed_get_parameters_are_client_errors(client, params):
    bad_request(client.get("/graphql/", params))


def test_what_strawberry_refuses_later_has_a_code_too(client):
    mutation = SUBMIT.replace("mutation(", "mutation M(")
    bad_request(client.get("/graphql/", {"query": mutation, "variables": json.dumps(proposal())}))


def test_well_formed_requests_still_work(client, graphql):
    assert graphql(QUERY)["data"]["locales"]
    assert graphql(QUERY, method="get")["data"]["locales"]
    for extra in ({"variables": None, "operationName": None, "extensions": None}, {}):
        response = client.post(
            "/graphql/", json.dumps({"query": QUERY, **extra}), content_type="application/json"
        )
        assert response.status_code == 200, response.content
    response = client.post(
        "/graphql/",
        json.dumps({"query": QUERY}),
        content_type="application/json; charset=utf-8",
    )
    assert response.status_code == 200


def test_bad_request_messages_follow_accept_language(client):
    response = client.post(
        "/graphql/", b"{not json", content_type="application/json", HTTP_ACCEPT_LANGUAGE="de"
    )
    english = bad_request(client.post("/graphql/", b"{not json", content_type="application/json"))[
        "errors"
    ][0]["message"]
    assert bad_request(response)["errors"][0]["message"] != english


def test_batches_are_validated_item_by_item_when_batching_is_on(client, monkeypatch):
    # GRAPHQL_MAX_BATCH is read once, when the schema is built.
    monkeypatch.setattr(schema.config, "batching_config", {"max_operations": 3})
    for body in ([{"query": QUERY}, None], [{"query": QUERY}, {"variables": "x", "query": QUERY}]):
        response = client.post("/graphql/", json.dumps(body), content_type="application/json")
        bad_request(response)
    too_many = [{"query": QUERY}] * 4
    response = client.post("/graphql/", json.dumps(too_many), content_type="application/json")
    bad_request(response)


# --- characters the database refuses ---------------------------------------------------------

REFUSED = ["a\x00b", "a\ud800b", "\udc00"]


def refused_input(body):
    assert body["data"] is None, body
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT", body
    return error


@pytest.mark.parametrize("text", REFUSED, ids=["NUL", "high surrogate", "low surrogate"])
def test_refused_characters_in_variables_are_bad_user_input(graphql, text, settings):
    settings.GRAPHQL_MASK_ERRORS = True
    search = "query($q: String!) { search(query: $q) { totalCount } }"
    refused_input(graphql(search, {"q": text}, errors=True))
    directory = "query($f: SocialEnterpriseFilter) { socialEnterprises(filter: $f) { totalCount } }"
    refused_input(graphql(directory, {"f": {"search": text}}, errors=True))
    # Nested in a list inside an input object.
    refused_input(graphql(directory, {"f": {"countries": ["dk", text]}}, errors=True))
    refused_input(graphql(SUBMIT, proposal(name=f"Hear {text} me"), errors=True))
    refused_input(graphql(SUBMIT, proposal(sectors=["culture-media", text]), errors=True))
    assert not SocialEnterprise.objects.exists()


def test_refused_characters_in_get_variables_are_bad_user_input(graphql, settings):
    settings.GRAPHQL_MASK_ERRORS = True
    search = "query($q: String!) { search(query: $q) { totalCount } }"
    refused_input(graphql(search, {"q": "a\x00b"}, errors=True, method="get"))


@pytest.mark.parametrize(
    "literal", [r"a\u0000b", r"\u0000", '""" x \u0000 """'], ids=["escape", "alone", "block"]
)
def test_refused_characters_in_query_literals_are_bad_user_input(graphql, literal, settings):
    settings.GRAPHQL_MASK_ERRORS = True
    text = literal if literal.startswith('"""') else f'"{literal}"'
    refused_input(graphql(f"{{ search(query: {text}) {{ totalCount }} }}", errors=True))
    refused_input(
        graphql(
            f"{{ socialEnterprises(filter: {{ countries: [{text}] }}) {{ totalCount }} }}",
            errors=True,
        )
    )
    refused_input(
        graphql(
            f"mutation {{ submitDirectoryEntry(entry: {{ kind: SOCIAL_ENTERPRISE, name: {text}, "
            'shortDescription: "x", country: "dk", contactName: "M", '
            'contactEmail: "m@example.org" }) { accepted } }',
            errors=True,
        )
    )
    # A default value of a variable is a literal too.
    refused_input(
        graphql(
            f"query($q: String! = {text}) {{ search(query: $q) {{ totalCount }} }}", errors=True
        )
    )


def test_ordinary_text_still_reaches_the_resolvers(graphql):
    body = graphql("query($q: String!) { search(query: $q) { totalCount } }", {"q": "été ü 😀"})
    assert body["data"]["search"]["totalCount"] == 0


# --- logging --------------------------------------------------------------------------------


def records_of(caplog):
    return [r for r in caplog.records if r.name == "strawberry.execution"]


@pytest.mark.parametrize(
    "query",
    [
        '{ locales { code } page(urlPath: "/../") { title } }',
        "{ nope }",
        "{ locales { code ",
        '{ socialEnterprises(locale: "xx") { totalCount } }',
    ],
    ids=["our ApiError", "validation", "syntax", "unknown locale"],
)
def test_client_errors_are_logged_briefly(graphql, caplog, query):
    with caplog.at_level(logging.DEBUG, logger="strawberry.execution"):
        body = graphql(query, errors=True)
    assert body["errors"]
    records = records_of(caplog)
    assert len(records) == len(body["errors"]), records
    for record in records:
        assert record.levelno <= logging.WARNING
        assert not record.exc_info
        assert "Traceback" not in caplog.text


def test_a_load_of_refused_queries_leaves_the_error_log_small(graphql, caplog, settings):
    settings.GRAPHQL_MAX_DEPTH = 1
    deep = QUERY
    with caplog.at_level(logging.WARNING):
        for _ in range(50):
            graphql(deep, errors=True)
    assert sum(len(r.getMessage()) for r in caplog.records if r.levelno >= logging.ERROR) == 0
    assert len(caplog.text) < 50 * 300


def test_a_fault_in_a_resolver_is_still_an_error_with_its_trace(graphql, home, settings, caplog):
    settings.GRAPHQL_MASK_ERRORS = True
    library = ArticleIndexPageFactory(parent=home)
    image = ImageFactory()
    ArticlePageFactory(parent=library, slug="a", hero_image=image)
    image.file.storage.delete(image.file.name)
    query = '{ page(urlPath: "/library/a/") { ... on ArticlePage { heroImage { rendition(spec: "width-100") { url } } } } }'
    with caplog.at_level(logging.INFO, logger="strawberry.execution"):
        body = graphql(query, errors=True)
    assert body["errors"][0]["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    errors = [r for r in records_of(caplog) if r.levelno == logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info


# --- Wagtail's own page routes --------------------------------------------------------------


@pytest.fixture
def site_pages(home):
    library = ArticleIndexPageFactory(parent=home, slug="library")
    live = ArticlePageFactory(parent=library, slug="live")
    expired = ArticlePageFactory(parent=library, slug="expired")
    expired.expire_at = timezone.now() - timedelta(days=1)
    expired.save()
    draft = ArticlePageFactory(parent=library, slug="draft")
    draft.unpublish()
    private = ArticlePageFactory(parent=library, slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    secret = ArticlePageFactory(parent=library, slug="secret")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="pw")
    return {"library": library, "live": live}


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/", "/en/"),
        ("/library/", "/en/library/"),
        ("/library/live/", "/en/library/live/"),
    ],
)
def test_live_public_pages_redirect_to_the_frontend(client, site_pages, settings, path, target):
    settings.HEADLESS_FRONTENDS = {"web": {"url": "https://www.example.org/"}}
    response = client.get(path)
    assert response.status_code == 302, response.content[:300]
    assert response["Location"] == "https://www.example.org" + target


@pytest.mark.parametrize(
    "path",
    [
        "/library/expired/",
        "/library/draft/",
        "/library/private/",
        "/library/secret/",
        "/library/nothing-here/",
        "/wp-login.php",
        "/a/b/c/",
        # /_util/login/ stays: restricted documents and images send visitors there (cms/urls.py).
        "/_util/authenticate_with_password/1/1/",
    ],
)
def test_anything_else_is_a_short_404(client, site_pages, path):
    response = client.get(path)
    assert response.status_code == 404, (response.status_code, response.content[:300])
    assert len(response.content) < 500
    assert b"Traceback" not in response.content


def test_404_without_any_site(client):
    Site.objects.all().delete()
    response = client.get("/")
    assert response.status_code == 404


def test_documents_are_still_served(client):
    document = Document.objects.create(title="Plan", file=ContentFile(b"%PDF-1.4", "plan.pdf"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4"


def test_admin_page_urls_still_resolve(home):
    """Wagtail's admin builds "view live" links with the route's name."""
    assert home.url == "/"
