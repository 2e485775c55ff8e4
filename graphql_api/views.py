from typing import Any

from cross_web import HTTPException
from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.http.response import HttpResponseBase
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from strawberry.django.views import GraphQLView
from strawberry.types.unset import UNSET

from core.visibility import request_scope

from . import cache
from .requests import BadRequest, bad_request_response, check
from .schema import schema


class ApiView(GraphQLView):
    """The GraphQL endpoint; each request shares its look-ups (see core.visibility)."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        # Decided per request (Django makes a view instance per request), so that a settings
        # override reaches the URLconf's view; the page is templates/graphql/graphiql.html.
        self.graphql_ide = "graphiql" if settings.GRAPHQL_IDE else None
        size = max(int(request.META.get("CONTENT_LENGTH") or 0), len(request.META["QUERY_STRING"]))
        if size > settings.GRAPHQL_MAX_BODY_BYTES:
            message = _("The request is larger than %(max)s bytes.") % {
                "max": settings.GRAPHQL_MAX_BODY_BYTES
            }
            return JsonResponse(
                {"errors": [{"message": message, "extensions": {"code": "REQUEST_TOO_LARGE"}}]},
                status=413,
            )
        # The IDE's page (a GET without a query, even with the ?q= of a shared GraphiQL link)
        # or its 404 is strawberry's to answer; other methods get strawberry's 405.
        ide_page = self.should_render_graphql_ide(self.request_adapter_class(request))
        if request.method == "POST" or (request.method == "GET" and request.GET and not ide_page):
            batching = self.schema.config.batching_config
            try:
                check(request, batching["max_operations"] if batching else 0)
            except BadRequest as error:
                return bad_request_response(str(error))
        with request_scope():
            # Persisted queries and the response cache (graphql_api/cache.py).
            run = super().dispatch
            return cache.serve(request, lambda req: run(req, *args, **kwargs))

    def decode_json(self, data: str | bytes) -> object:
        # A POST whose persisted query graphql_api/cache.py completed: strawberry reads these
        # parameters instead of the body as sent (decode_json is the view's documented hook;
        # for a JSON POST it decodes only the body).
        completed = cache.completed_params(self.request)
        if completed is not None and self.request.method == "POST":
            return completed
        return super().decode_json(data)

    def run(
        self, request: HttpRequest, context: Any = UNSET, root_value: Any = UNSET
    ) -> HttpResponseBase:
        # What check() lets through strawberry may still refuse (a mutation sent with GET, an
        # unknown operationName): answer those with a code too, not as plain text.
        try:
            return super().run(request, context, root_value)
        except HTTPException as error:
            if error.status_code != 400:
                raise
            return bad_request_response(error.reason)


# No cookie-authenticated mutations exist, so CSRF tokens would only get in frontends' way.
graphql_view = csrf_exempt(ApiView.as_view(schema=schema))
