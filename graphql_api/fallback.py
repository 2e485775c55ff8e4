"""Listings with fallback, in the API: the chain of locales a request asks for, and the
arguments every listing takes. The SQL is cms.visibility.best_versions."""

from __future__ import annotations

from typing import Annotated

import strawberry
from wagtail.models import Locale

from cms.visibility import Chain, best_versions, per_request

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


def mark(obj, chain: Chain):
    """A single object found through the chain, marked as listings mark theirs."""
    if obj is not None:
        obj.reader_locale = chain.requested
        obj.is_fallback = obj.locale_id != chain.ids[0]
    return obj


__all__ = ["Chain", "Fallback", "FallbackLocales", "best_versions", "chain_for", "mark"]
