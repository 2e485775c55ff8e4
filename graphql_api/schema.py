"""The one GraphQL schema: each app contributes its query type, merged here."""

import strawberry
from django.conf import settings
from graphql import GraphQLError
from strawberry.extensions import MaxTokensLimiter
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext
from strawberry.utils.logging import StrawberryLogger
from strawberry_django.optimizer import DjangoOptimizerExtension

from .cms.blocks import BLOCK_TYPES
from .cms.mutations import CmsMutation
from .cms.queries import CmsQuery
from .cms.types import PAGE_TYPES
from .directory.impact import ImpactQuery
from .directory.mutations import DirectoryMutation
from .directory.queries import DirectoryQuery
from .directory.suggestions import SuggestionQuery
from .directory.types import ENTRY_TYPES
from .limits import ApiLimits, MaskUnexpectedErrors
from .preview import PreviewQuery
from .search import SearchQuery
from .text import RefuseUnstorableText
from .translation import TranslationQuery

Query = merge_types(
    "Query",
    (
        CmsQuery,
        DirectoryQuery,
        SuggestionQuery,
        SearchQuery,
        ImpactQuery,
        TranslationQuery,
        PreviewQuery,
    ),
)
Mutation = merge_types("Mutation", (DirectoryMutation, CmsMutation))


def is_client_error(error: GraphQLError) -> bool:
    """Syntax, validation, variables, limits and our ApiErrors; not an exception in our code."""
    return error.original_error is None or isinstance(error.original_error, GraphQLError)


class Schema(strawberry.Schema):
    """Client errors are logged as one INFO line (the default log level hides them), so a flood
    of bad queries cannot fill the log; only faults are ERROR, with their stack trace."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        for error in errors:
            if is_client_error(error):
                code = (error.extensions or {}).get("code") or "client error"
                StrawberryLogger.logger.info("%s: %.300s", code, error.message)
        faults = [error for error in errors if not is_client_error(error)]
        super().process_errors(faults, execution_context)


schema = Schema(
    query=Query,
    mutation=Mutation,
    # Concrete types reached only through interfaces must be listed to be in the schema.
    types=[*PAGE_TYPES, *BLOCK_TYPES, *ENTRY_TYPES],
    extensions=[
        DjangoOptimizerExtension,
        lambda: MaxTokensLimiter(max_token_count=settings.GRAPHQL_MAX_TOKENS),
        # Runs validation itself: depth, aliases and cost in linear time, error codes,
        # introspection switch, mutation rate.
        ApiLimits,
        RefuseUnstorableText,
        MaskUnexpectedErrors,
    ],
    config=StrawberryConfig(
        batching_config={"max_operations": settings.GRAPHQL_MAX_BATCH}
        if settings.GRAPHQL_MAX_BATCH
        else None
    ),
)
