from django.conf import settings
from django.views.decorators.csrf import csrf_exempt
from strawberry.django.views import GraphQLView

from cms.visibility import request_scope

from .schema import schema


class ApiView(GraphQLView):
    """The GraphQL endpoint; each request shares its look-ups (see cms.visibility)."""

    def dispatch(self, request, *args, **kwargs):
        with request_scope():
            return super().dispatch(request, *args, **kwargs)


# No cookie-authenticated mutations exist, so CSRF tokens would only get in frontends' way.
graphql_view = csrf_exempt(
    ApiView.as_view(schema=schema, graphql_ide="graphiql" if settings.DEBUG else None)
)
