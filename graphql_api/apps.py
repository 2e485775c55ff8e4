from django.apps import AppConfig


class GraphqlApiConfig(AppConfig):
    """The GraphQL schema served at /graphql/."""

    name = "graphql_api"
    verbose_name = "GraphQL API"

    def ready(self) -> None:
        from .cache import connect_signals

        connect_signals()
