"""Persisted queries (Apollo APQ) and the response cache of anonymous GET queries.

Persisted queries: a client sends `extensions={"persistedQuery": {"version": 1, "sha256Hash":
"<hex>"}}` without the query; if the server knows the hash it runs the stored query, else it
answers `PersistedQueryNotFound` (code `PERSISTED_QUERY_NOT_FOUND`) and the client sends query
and hash together once, which registers it (in Django's cache). Hashes in the JSON file
`GRAPHQL_PERSISTED_QUERIES_FILE` (`{"<sha256>": "<query>"}`, e.g. from the frontend build) are
always known. With `GRAPHQL_PERSISTED_QUERIES_ONLY` on, only those registered hashes are run:
any other query is refused (`PERSISTED_QUERY_NOT_ALLOWED`) and nothing is registered.

Response cache: a GET query from an anonymous client (no session user, no Authorization
header) that succeeds is stored as bytes in Django's cache (Redis with REDIS_URL, else local
memory), keyed by query, variables, operation name, language of the messages and the content
*generation*. Any publish/unpublish (Wagtail's `page_published`, `page_unpublished`,
`published`, `unpublished`) and any save or delete of pages, directory entries, taxonomies,
snippets, images, documents, collections or view restrictions bumps the generation, so every
cached response is invalidated at once (coarse, documented in README). Entries also expire after
`GRAPHQL_CACHE_TIMEOUT` seconds, which bounds how long a page past its `expire_at` (no signal)
can be served. Responses carry `Cache-Control: public, max-age, stale-while-revalidate` and an
ETag; `If-None-Match` with it gets 304.
"""

import hashlib
import json
from collections.abc import Callable
from functools import cache as memoize
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.utils.translation import get_language
from wagtail.images.models import AbstractRendition

GENERATION_KEY = "graphql:generation"
INVALIDATING_APPS = {"cms", "directory", "wagtailcore", "wagtailimages", "wagtaildocs"}


# --- invalidation -------------------------------------------------------------------------


def generation() -> int:
    value: int | None = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def bump_generation(**_kwargs: Any) -> None:
    """Invalidate every cached response (the keys of the old generation are never read again)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def on_model_change(sender: type[Model], **kwargs: Any) -> None:
    # A rendition made while answering a query changes no answer; invalidating on it would let
    # any visitor empty the cache by asking for a new size.
    if sender._meta.app_label in INVALIDATING_APPS and not issubclass(sender, AbstractRendition):
        bump_generation()


def connect_signals() -> None:
    from wagtail.signals import page_published, page_unpublished, published, unpublished

    for signal in (page_published, page_unpublished, published, unpublished):
        signal.connect(bump_generation, dispatch_uid=f"graphql-cache-{id(signal)}")
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(on_model_change, dispatch_uid=f"graphql-cache-model-{id(signal)}")


# --- persisted queries ---------------------------------------------------------------------


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@memoize
def _registered_from_file(path: str) -> dict[str, str]:
    with open(path, encoding="utf-8") as file:
        queries: dict[str, str] = json.load(file)  # {"<sha256>": "<query>"}
        return queries


def registered_queries() -> dict[str, str]:
    path = settings.GRAPHQL_PERSISTED_QUERIES_FILE
    return _registered_from_file(str(path)) if path else {}


# A request's query, variables, operationName and extensions, as sent (JSON values).
Params = dict[str, Any]


def error_response(message: str, code: str, status: int = 200) -> JsonResponse:
    return JsonResponse(
        {"data": None, "errors": [{"message": message, "extensions": {"code": code}}]},
        status=status,
    )


def resolve_persisted(params: Params) -> tuple[Params, HttpResponse | None]:
    """Fill params["query"] from a persisted-query hash; an error response if it cannot be."""
    extensions = params.get("extensions")
    if isinstance(extensions, str):
        try:
            extensions = json.loads(extensions)
        except ValueError:
            return params, error_response("extensions is not valid JSON.", "BAD_REQUEST", 400)
    persisted = (extensions or {}).get("persistedQuery") if isinstance(extensions, dict) else None
    query = params.get("query")
    only = settings.GRAPHQL_PERSISTED_QUERIES_ONLY
    registered = registered_queries()
    if not persisted:
        if only and query and sha256(query) not in registered:
            return params, error_response(
                "Only registered persisted queries are accepted.", "PERSISTED_QUERY_NOT_ALLOWED"
            )
        return params, None
    digest = str(persisted.get("sha256Hash", "")).lower()
    if query:
        if sha256(query) != digest:
            return params, error_response(
                "provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH", 400
            )
        if only and digest not in registered:
            return params, error_response(
                "Only registered persisted queries are accepted.", "PERSISTED_QUERY_NOT_ALLOWED"
            )
        if not only:
            cache.set(f"graphql:apq:{digest}", query, timeout=settings.GRAPHQL_APQ_TIMEOUT)
        return params, None
    stored = registered.get(digest)
    if stored is None and not only:
        stored = cache.get(f"graphql:apq:{digest}")
    if stored is None:
        return params, error_response("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND")
    return {**params, "query": stored}, None


# --- response cache ------------------------------------------------------------------------


def is_anonymous(request: HttpRequest) -> bool:
    if request.META.get("HTTP_AUTHORIZATION"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        user = getattr(request, "user", None)
        return user is None or not user.is_authenticated
    return True


def cache_key(params: Params) -> str:
    variables = params.get("variables") or {}
    if isinstance(variables, str):
        try:
            variables = json.loads(variables)
        except ValueError:
            variables = variables  # strawberry answers the error; key on the raw text
    material = json.dumps(
        [
            params.get("query"),
            variables,
            params.get("operationName"),
            get_language(),
        ],
        sort_keys=True,
        default=str,
    )
    return f"graphql:response:{generation()}:{sha256(material)}"


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def cacheable_headers(response: HttpResponse, etag: str) -> HttpResponse:
    response["ETag"] = etag
    response["Cache-Control"] = (
        f"public, max-age={settings.GRAPHQL_CACHE_MAX_AGE}, "
        f"stale-while-revalidate={settings.GRAPHQL_CACHE_STALE_WHILE_REVALIDATE}"
    )
    response["Vary"] = "Accept-Language, Origin"
    return response


def from_cache(request: HttpRequest, key: str) -> HttpResponse | None:
    stored = cache.get(key)
    if stored is None:
        return None
    body, etag = stored
    if etag in {tag.strip() for tag in request.META.get("HTTP_IF_NONE_MATCH", "").split(",")}:
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(body, content_type="application/json")
    response["X-Cache"] = "HIT"
    return cacheable_headers(response, etag)


def store(request: HttpRequest, key: str, response: HttpResponseBase) -> HttpResponseBase:
    """Keep a successful response and mark it cacheable; errors are neither kept nor marked."""
    if (
        not isinstance(response, HttpResponse)  # a stream has no body to keep
        or response.status_code != 200
        or response.get("Content-Type", "") != "application/json"
    ):
        return response
    body = response.content
    if b'"errors"' in body and "errors" in json.loads(body):
        return response
    etag = etag_of(body)
    cache.set(key, (body, etag), timeout=settings.GRAPHQL_CACHE_TIMEOUT)
    response["X-Cache"] = "MISS"
    if etag in {tag.strip() for tag in request.META.get("HTTP_IF_NONE_MATCH", "").split(",")}:
        response = HttpResponse(status=304)
    return cacheable_headers(response, etag)


# --- answers that must not be kept anywhere ------------------------------------------------

PRIVATE = "graphql_private_answer"
NO_STORE = "private, no-store"


def never_store(request: HttpRequest) -> None:
    """The answer to this request shows what is not public (a draft behind a preview token):
    neither this cache nor a browser or CDN may keep it, whatever the method."""
    setattr(request, PRIVATE, True)


def is_private(request: HttpRequest) -> bool:
    return getattr(request, PRIVATE, False)


# --- the request path ----------------------------------------------------------------------


def request_params(request: HttpRequest) -> Params | None:
    """query, variables, operationName, extensions of a single-operation request, else None."""
    if request.method == "GET":
        return {key: request.GET.get(key) for key in request.GET}
    if request.method == "POST" and request.content_type == "application/json":
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            return None
        return data if isinstance(data, dict) else None
    return None


COMPLETED = "graphql_completed_params"


def replace_params(request: HttpRequest, params: Params) -> None:
    """Hand the (completed) parameters to strawberry's own request parsing: a GET's query string
    is replaced; a POST's body stays as sent and the view's decode_json answers with these."""
    if request.method == "GET":
        query_dict = request.GET.copy()
        query_dict["query"] = params["query"]
        # The stubs type GET as the immutable QueryDict Django starts with; this is a copy.
        request.GET = query_dict  # type: ignore[assignment]
    else:
        setattr(request, COMPLETED, params)


def completed_params(request: HttpRequest) -> Params | None:
    """The parameters replace_params completed for a POST, if any."""
    return getattr(request, COMPLETED, None)


def serve(request: HttpRequest, run: Callable[[HttpRequest], HttpResponseBase]) -> HttpResponseBase:
    """Persisted queries and the response cache around run(request) (strawberry's dispatch)."""
    params = request_params(request)
    if params is None:
        return run(request)
    completed, refusal = resolve_persisted(params)
    if refusal is not None:
        return refusal
    if completed is not params:
        replace_params(request, completed)
    cacheable = (
        request.method == "GET"
        and settings.GRAPHQL_CACHE_TIMEOUT > 0
        and bool(completed.get("query"))
        and is_anonymous(request)
    )
    if not cacheable:
        response = run(request)
        if is_private(request) or (request.method == "GET" and not is_anonymous(request)):
            response["Cache-Control"] = NO_STORE
        return response
    key = cache_key(completed)
    hit = from_cache(request, key)
    if hit is not None:
        return hit
    response = run(request)
    if is_private(request):
        response["Cache-Control"] = NO_STORE
        return response
    return store(request, key, response)
