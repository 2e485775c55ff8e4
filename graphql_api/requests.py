"""The shape of a GraphQL HTTP request, checked once before persisted queries, the response cache
and strawberry read it, so a malformed request is the client's error (HTTP 400, code
`BAD_REQUEST`) and never reaches code that assumes the shape (a 500).

A request is GET with `query`, `variables` and `extensions` (JSON text) and `operationName`, or a
POST with `Content-Type: application/json` whose body is one such object (a JSON array of them
only when batching is on). `query` and `operationName` are strings, `variables` and `extensions`
objects, `extensions.persistedQuery` an object with a `sha256Hash` string; each may be null or
absent. An unpaired surrogate (JSON's `\\ud800` escape) in the query text, operation name or
extensions is refused here: it cannot even be hashed. Text the database refuses in arguments
(NUL too) is refused with `BAD_USER_INPUT` by graphql_api/text.py.
"""

import json
from typing import Any

from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _

from .text import UNENCODABLE, has_refused_character


class BadRequest(Exception):
    """The request cannot be a GraphQL operation; the message tells the client why."""


def bad_request_response(message: str) -> JsonResponse:
    return JsonResponse(
        {"errors": [{"message": message, "extensions": {"code": "BAD_REQUEST"}}]}, status=400
    )


def decode_json(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except ValueError as error:  # also bytes that are not UTF-8
        raise BadRequest(_("The request is not valid JSON.")) from error


def operations_of(request: HttpRequest) -> tuple[list[Any], bool]:
    """The operation objects a request carries, as the client sent them; whether it is a batch."""
    if request.method == "GET":
        params: dict[str, Any] = {key: request.GET.get(key) for key in request.GET}
        for name in ("variables", "extensions"):
            if name in params:
                params[name] = decode_json(params[name])
        return [params], False
    if request.content_type != "application/json":
        raise BadRequest(
            _("Send a GraphQL request as GET or as POST with Content-Type: application/json.")
        )
    data = decode_json(request.body)
    return (data, True) if isinstance(data, list) else ([data], False)


def check_operation(params: Any) -> None:
    if not isinstance(params, dict):
        raise BadRequest(
            _("A GraphQL request is a JSON object with query, variables and operationName.")
        )
    for name in ("query", "operationName"):
        if not isinstance(params.get(name), str | None):
            raise BadRequest(_("“%(name)s” must be a string.") % {"name": name})
    for name in ("variables", "extensions"):
        if not isinstance(params.get(name), dict | None):
            raise BadRequest(_("“%(name)s” must be a JSON object.") % {"name": name})
    persisted = (params.get("extensions") or {}).get("persistedQuery")
    if persisted is not None and not (
        isinstance(persisted, dict) and isinstance(persisted.get("sha256Hash"), str)
    ):
        raise BadRequest(_("“extensions.persistedQuery” must have a sha256Hash string."))
    if not params.get("query") and persisted is None:
        raise BadRequest(_("The request has no GraphQL query."))
    # Hashed and keyed on before any argument is looked at; a surrogate cannot be encoded.
    texts = [params.get(name) for name in ("query", "operationName", "extensions")]
    if has_refused_character(texts, UNENCODABLE):
        raise BadRequest(
            _("The request contains an unpaired surrogate, which is not valid Unicode.")
        )


def check(request: HttpRequest, max_batch: int) -> None:
    """Raise BadRequest unless the request is well-formed; max_batch 0 means no batching."""
    operations, batched = operations_of(request)
    if batched:
        if not max_batch:
            raise BadRequest(_("Send one operation per request: batching is off."))
        if len(operations) > max_batch:
            raise BadRequest(
                _("At most %(max)s operations may be sent in one request.") % {"max": max_batch}
            )
    for params in operations:
        check_operation(params)
