"""The one GraphQL schema: each app contributes its query type, merged here."""

import strawberry
from django.conf import settings
from strawberry.extensions import MaxTokensLimiter
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types
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

schema = strawberry.Schema(
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
        MaskUnexpectedErrors,
    ],
    config=StrawberryConfig(
        batching_config={"max_operations": settings.GRAPHQL_MAX_BATCH}
        if settings.GRAPHQL_MAX_BATCH
        else None
    ),
)
