"""`search` and `autocomplete`: full-text search over pages and directory entries."""

from typing import Annotated, TypeAlias, Union, cast

import strawberry
from django.conf import settings
from django.utils.translation import gettext as _
from strawberry_django.pagination import OffsetPaginationInfo, OffsetPaginationInput

from directory.models import DirectoryEntry
from search import engine
from search.models import Searchable

from .batching import attach_batch
from .cms.types import PAGE_TYPES
from .common import validate_pagination
from .directory.types import ENTRY_TYPES
from .errors import ApiError
from .fallback import Fallback, FallbackLocales, chain_for, mark
from .kinds import ENTRY_KINDS, kind_enum, kind_value, type_name


def searchable_kinds() -> list[type[Searchable]]:
    """The searchable models (search.engine's registry), each of which needs a GraphQL type."""
    kinds = list(engine.searchable_models().values())
    untyped = [model.__name__ for model in kinds if type_name(model) is None]
    if untyped:
        raise LookupError(
            f"Searchable without a GraphQL type: {', '.join(untyped)}; register one with "
            "graphql_api.kinds.page_type or entry_type"
        )
    return kinds


# Enums and unions made from the registered kinds at import are no type mypy can check (the
# aliases are Any to it).
SearchableType: TypeAlias = kind_enum(  # type: ignore[valid-type]
    "SearchableType", searchable_kinds(), "What search and autocomplete can look for."
)
DIRECTORY_KINDS = [SearchableType(kind_value(model)) for model in ENTRY_KINDS]

SearchItem: TypeAlias = Annotated[  # type: ignore[valid-type]
    Union[tuple([*PAGE_TYPES, *ENTRY_TYPES])],  # noqa: UP007 (a union built from a list)
    strawberry.union(
        "SearchItem",
        description="A page (any page type; query common fields with `... on Page`) or a "
        "directory entry.",
    ),
]


@strawberry.type(description="One search result.")
class SearchHit:
    score: float = strawberry.field(description="Relevance; higher is better.")
    highlight: str = strawberry.field(
        description="HTML-escaped excerpt with the matching words in `<mark>` elements."
    )
    item: SearchItem = strawberry.field(description="The matching page or directory entry.")
    locale: str = strawberry.field(
        description="Locale code of the matching version; another than the one asked for when "
        "`isFallback`."
    )
    is_fallback: bool = strawberry.field(
        description="Whether the hit is from a fallback locale because the requested locale has "
        "no published version of it (`locale` says which)."
    )


@strawberry.type(description="One page of search results, best first.")
class SearchResults:
    total_count: int = strawberry.field(description="Number of matches in all pages.")
    page_info: OffsetPaginationInfo = strawberry.field(description="The offset and limit applied.")
    results: list[SearchHit] = strawberry.field(description="The matches of this page.")


@strawberry.type(description="A directory entry whose name matches what was typed so far.")
class AutocompleteSuggestion:
    name: str = strawberry.field(description="Name of the entry.")
    slug: str = strawberry.field(description="Slug, for `socialEnterprise`/`supportOrganisation`.")
    type: SearchableType = strawberry.field(description="Which directory it is in.")
    score: float = strawberry.field(description="Closeness; prefix matches come first.")
    locale: str = strawberry.field(
        description="Locale code of the entry's version; another than the one asked for when "
        "`isFallback`."
    )
    is_fallback: bool = strawberry.field(
        description="Whether the entry is from a fallback locale because the requested locale "
        "has no published version of it (`locale` says which)."
    )


def check_query(query: str) -> str:
    query = query.strip()
    if not query or len(query) > engine.MAX_QUERY_LENGTH:
        raise ApiError(
            _("query must have between 1 and %(max)s characters.")
            % {"max": engine.MAX_QUERY_LENGTH},
            "INVALID_SEARCH",
        )
    return query


@strawberry.type
class SearchQuery:
    @strawberry.field(
        description="Full-text search over published pages and directory entries in one "
        "locale, each object once: where the locale has no published version of it, the one "
        "in the first fallback locale that has (as listings). Case and accents are ignored; "
        "each version is matched in its own language's rules where the database has them (see "
        "README). Supports quoted phrases, `or` and `-word`."
    )
    def search(
        self,
        query: Annotated[str, strawberry.argument(description="The words to look for.")],
        locale: Annotated[
            str | None, strawberry.argument(description="Locale code; default locale if omitted.")
        ] = None,
        types: Annotated[
            list[SearchableType] | None,
            strawberry.argument(description="Only these kinds; all if omitted."),
        ] = None,
        pagination: OffsetPaginationInput | None = None,
        fallback_locales: FallbackLocales = None,
        fallback: Fallback = True,
    ) -> SearchResults:
        text = check_query(query)
        chain = chain_for(locale, fallback_locales, fallback)
        validate_pagination(pagination)
        offset = pagination.offset if pagination and pagination.offset else 0
        limit = settings.STRAWBERRY_DJANGO["PAGINATION_DEFAULT_LIMIT"]
        if pagination and pagination.limit not in (None, strawberry.UNSET):
            limit = pagination.limit
        kinds = [kind.value for kind in (types or SearchableType)]
        result = engine.search(text, chain, list(dict.fromkeys(kinds)), offset, limit)
        by_model: dict[type[Searchable], list[Searchable]] = {}
        for hit in result.hits:
            by_model.setdefault(type(hit.obj), []).append(mark(hit.obj, chain))
        for objects in by_model.values():
            attach_batch(objects)
        return SearchResults(
            total_count=result.total_count,
            page_info=OffsetPaginationInfo(offset=offset, limit=limit),
            results=[
                SearchHit(
                    score=hit.score,
                    highlight=hit.highlight,
                    item=hit.obj,
                    locale=hit.obj.locale.language_code,
                    is_fallback=getattr(hit.obj, "is_fallback", False),  # mark() set it
                )
                for hit in result.hits
            ],
        )

    @strawberry.field(
        description="Directory entries for a search box as the user types: names starting "
        "with the text (or a word in them; case and accents ignored), and on PostgreSQL names "
        "close to it (typos). Each entry once, falling back as `search` does."
    )
    def autocomplete(
        self,
        query: str,
        locale: str | None = None,
        types: Annotated[
            list[SearchableType] | None,
            strawberry.argument(description="SOCIAL_ENTERPRISE and/or SUPPORT_ORGANISATION."),
        ] = None,
        limit: Annotated[int, strawberry.argument(description="At most 20.")] = 10,
        fallback_locales: FallbackLocales = None,
        fallback: Fallback = True,
    ) -> list[AutocompleteSuggestion]:
        text = check_query(query)
        chain = chain_for(locale, fallback_locales, fallback)
        if not 1 <= limit <= 20:
            raise ApiError(_("limit must be between 1 and 20."), "INVALID_PAGINATION")
        wanted = types or DIRECTORY_KINDS
        if any(kind not in DIRECTORY_KINDS for kind in wanted):
            raise ApiError(
                _("autocomplete covers SOCIAL_ENTERPRISE and SUPPORT_ORGANISATION only."),
                "INVALID_SEARCH",
            )
        kinds = list(dict.fromkeys(kind.value for kind in wanted))
        # The kinds are directory kinds (checked above): every match is a directory entry.
        completions = [
            (kind, cast(DirectoryEntry, entry), score)
            for kind, entry, score in engine.autocomplete(text, chain, kinds, limit)
        ]
        return [
            AutocompleteSuggestion(
                name=entry.name,
                slug=entry.slug,
                type=SearchableType(kind),
                score=score,
                locale=entry.locale.language_code,
                is_fallback=getattr(mark(entry, chain), "is_fallback", False),  # mark() sets it
            )
            for kind, entry, score in completions
        ]
