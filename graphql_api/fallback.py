"""Listings with fallback: every locale is a whole site.

A listing in a locale shows each object (one `translation_key`) once, in the first locale of the
chain that has it visible: the requested locale, then the fallback locales (`fallbackLocales`
or LOCALE_FALLBACKS), then the default. It is one WHERE clause on the model's table, so counts,
facets, ordering and pagination work on the merged set in SQL, with no extra query:

    locale = requested
    OR (locale = fallback 1 AND NOT EXISTS (visible row, same key, in requested))
    OR (locale = fallback 2 AND NOT EXISTS (visible row, same key, in requested or fallback 1))

The NOT EXISTS is an anti-join on the (translation_key, locale) index Wagtail's
TranslatableMixin keeps unique. A draft, private or expired translation is not visible, so it
never hides a published fallback; the fallback itself passes the same visibility rules.
Each row is annotated with `is_fallback` and the `reader_locale` (frontend paths stay in the
reader's site: a fallback page is served there by `page(urlPath, locale)`'s own fallback).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

import strawberry
from django.db.models import BooleanField, Case, Exists, OuterRef, Q, QuerySet, Value, When
from wagtail.models import Locale

from cms.visibility import per_request

from .common import FALLBACK_DESCRIPTION, locale_chain, resolve_locale

# The arguments every listing takes.
FallbackLocales = Annotated[list[str] | None, strawberry.argument(description=FALLBACK_DESCRIPTION)]
Fallback = Annotated[
    bool,
    strawberry.argument(
        description="Fill the listing with objects that have no visible version in `locale` "
        "from the fallback locales (each item says which with `locale` and `isFallback`). "
        "false: only what exists in `locale`."
    ),
]


@dataclass(frozen=True)
class Chain:
    """Locales to take objects from, in order of preference."""

    codes: tuple[str, ...]
    ids: tuple[int, ...]

    @property
    def requested(self) -> str:
        return self.codes[0]


def locale_ids() -> dict[str, int]:
    return per_request(
        "locale ids", lambda: dict(Locale.objects.values_list("language_code", "pk"))
    )


def chain_for(
    locale: str | None, fallback_locales: list[str] | None = None, fallback: bool = True
) -> Chain:
    codes = locale_chain(locale, fallback_locales) if fallback else [resolve_locale(locale)]
    ids = locale_ids()
    found = [code for code in codes if code in ids]
    return Chain(tuple(found), tuple(ids[code] for code in found))


def best_versions(
    queryset: QuerySet,
    chain: Chain,
    visible: Callable[[QuerySet], QuerySet],
    within: Callable[[str], Q] | None = None,
) -> QuerySet:
    """queryset's visible rows, each object once, in the first locale of the chain that has it.

    `visible` filters a queryset of the model to what the public may see; `within(code)` adds
    a condition a row of that locale must meet (pages: under the locale's home page)."""
    model = queryset.model
    condition = Q()
    for position, (code, locale_id) in enumerate(zip(chain.codes, chain.ids, strict=True)):
        mine = Q(locale_id=locale_id)
        if within is not None:
            mine &= within(code)
        if position:
            earlier = visible(
                model._default_manager.filter(
                    locale_id__in=chain.ids[:position], translation_key=OuterRef("translation_key")
                )
            )
            mine &= ~Exists(earlier)
        condition |= mine
    if not chain.ids:
        return queryset.none()
    return visible(queryset.filter(condition)).annotate(
        is_fallback=Case(
            When(locale_id=chain.ids[0], then=Value(False)),
            default=Value(True),
            output_field=BooleanField(),
        ),
        reader_locale=Value(chain.requested),
    )


def mark(obj, chain: Chain):
    """A single object found through the chain, marked as listings mark theirs."""
    if obj is not None:
        obj.reader_locale = chain.requested
        obj.is_fallback = obj.locale_id != chain.ids[0]
    return obj
