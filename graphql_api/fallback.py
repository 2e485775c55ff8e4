"""Listings with fallback, in the API: the chain of locales a request asks for, and the
arguments every listing takes. The SQL is core.visibility.best_versions."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any, TypeVar

import strawberry
from django.db import connections
from django.db.models import F, OrderBy
from django.db.models.functions import Collate
from wagtail.models import Locale

from core.visibility import Chain, best_versions, per_request

from .common import FALLBACK_DESCRIPTION, locale_chain, resolve_locale

T = TypeVar("T")

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


@cache
def icu_collations(alias: str) -> frozenset[str]:
    """The ICU collations the PostgreSQL server has (none on SQLite)."""
    connection = connections[alias]
    if connection.vendor != "postgresql":
        return frozenset()
    with connection.cursor() as cursor:
        cursor.execute("SELECT collname FROM pg_collation WHERE collname LIKE '%%-x-icu'")
        return frozenset(name for (name,) in cursor.fetchall())


def by_name(code: str, field: str = "name", alias: str = "default") -> OrderBy:
    """Order by name in the reader's alphabet: Latvian č after c, Danish æ ø å after z,
    Estonian š z ž after s. PostgreSQL's ICU collations; SQLite compares code points (é and č
    after z, capitals before small letters), which is fine for development."""
    collation = f"{code}-x-icu"
    if collation in icu_collations(alias):
        return Collate(F(field), collation).asc()
    return F(field).asc()


def chain_for(
    locale: str | None, fallback_locales: list[str] | None = None, fallback: bool = True
) -> Chain:
    codes = locale_chain(locale, fallback_locales) if fallback else [resolve_locale(locale)]
    ids = locale_ids()
    found = [code for code in codes if code in ids]
    return Chain(tuple(found), tuple(ids[code] for code in found))


def mark(obj: T, chain: Chain) -> T:
    """A single object found through the chain, marked as listings mark theirs."""
    if obj is not None:
        marked: Any = obj  # a model instance; these are the attributes listings annotate
        marked.reader_locale = chain.requested
        marked.is_fallback = marked.locale_id != chain.ids[0]
    return obj


__all__ = [
    "Chain",
    "Fallback",
    "FallbackLocales",
    "best_versions",
    "by_name",
    "chain_for",
    "mark",
]
