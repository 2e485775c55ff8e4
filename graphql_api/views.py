from django.conf import settings
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from strawberry.django.views import GraphQLView

from cms.visibility import request_scope

from . import cache
from .schema import schema


class ApiView(GraphQLView):
    """The GraphQL endpoint; each request shares its look-ups (see cms.visibility)."""

    def dispatch(self, request, *args, **kwargs):
        size = max(int(request.META.get("CONTENT_LENGTH") or 0), len(request.META["QUERY_STRING"]))
        if size > settings.GRAPHQL_MAX_BODY_BYTES:
            message = _("The request is larger than %(max)s bytes.") % {
                "max": settings.GRAPHQL_MAX_BODY_BYTES
            }
            return JsonResponse(
                {"errors": [{"message": message, "extensions": {"code": "REQUEST_TOO_LARGE"}}]},
                status=413,
            )
        with request_scope():
            # Persisted queries and the response cache (graphql_api/cache.py).
            run = super().dispatch
            return cache.serve(request, lambda req: run(req, *args, **kwargs))


# No cookie-authenticated mutations exist, so CSRF tokens would only get in frontends' way.
graphql_view = csrf_exempt(
    ApiView.as_view(schema=schema, graphql_ide="graphiql" if settings.DEBUG else None)
)
