"""What the outside world may see of the page tree: live, public, unexpired pages only.

Every API path that returns pages (lookups, listings, translations, links inside bodies and
rich text) goes through `visible_pages`, so a draft or private page cannot leak by one of them.
Images and documents in view-restricted collections are withheld the same way
(`public_collections_q` for querysets, `is_public_media` for an object already fetched).
"""

import datetime
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from django.db.models import BooleanField, Case, Model, Q, QuerySet, Subquery, Value, When
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, Site
from wagtail.query import PageQuerySet

_request_cache: ContextVar[dict[str, Any] | None] = ContextVar(
    "baltic_commons_request_cache", default=None
)

T = TypeVar("T")
M = TypeVar("M", bound=Model)


@contextmanager
def request_scope() -> Iterator[None]:
    """Share look-ups (view restrictions, linked pages) for the duration of one API request."""
    token = _request_cache.set({})
    try:
        yield
    finally:
        _request_cache.reset(token)


def per_request(key: str, compute: Callable[[], T]) -> T:
    """compute() once per request scope (every time outside one)."""
    cache = _request_cache.get()
    if cache is None:
        return compute()
    if key not in cache:
        cache[key] = compute()
    found: T = cache[key]
    return found


def in_schedule_q(now: datetime.datetime | None = None) -> Q:
    """Live rows whose go-live time has come and whose expiry has not.

    `publish_scheduled` flips `live` on time only when cron runs it; this keeps the API exact
    in between, so an expired page disappears at once.
    """
    now = now or timezone.now()
    return (Q(go_live_at__isnull=True) | Q(go_live_at__lte=now)) & (
        Q(expire_at__isnull=True) | Q(expire_at__gt=now)
    )


def visible_pages(queryset: PageQuerySet | None = None) -> PageQuerySet:
    """Filter pages to those that are live, not view-restricted and inside their schedule."""
    queryset = Page.objects.all() if queryset is None else queryset
    # private_q() reads every view restriction; once per request is enough.
    private = per_request("private_q", queryset.private_q)
    return queryset.filter(live=True).exclude(private).filter(in_schedule_q())


def site_home(code: str) -> QuerySet[Page]:
    """The default site's root page in a locale: that locale's home page (a queryset)."""
    root_key = Site.objects.filter(is_default_site=True).values("root_page__translation_key")
    home: QuerySet[Page] = Page.objects.filter(
        translation_key=Subquery(root_key[:1]), locale__language_code=code
    )
    return home


def within_site(code: str) -> Q:
    """Pages in the site of a locale: under its home page."""
    return Q(path__startswith=Subquery(site_home(code).values("path")[:1]))


def relative_url_path(url_path: str) -> str:
    """Drop the site root's slug from Wagtail's url_path: "/home-lv/library/" -> "/library/"."""
    parts = url_path.strip("/").split("/", 1)
    return "/" + parts[1] + "/" if len(parts) > 1 and parts[1] else "/"


def frontend_path(language_code: str, url_path: str) -> str:
    """The path a frontend serves a page at: /<locale>/<path under the locale's home>."""
    return f"/{language_code}{relative_url_path(url_path)}"


def page_paths(page_ids: Iterable[int | str]) -> dict[int, str]:
    """Frontend paths of the visible pages among page_ids (missing ids are not visible)."""
    wanted = {int(pk) for pk in page_ids}
    known: dict[int, str | None] = per_request("page_paths", dict)
    missing = wanted - known.keys()
    if missing:
        rows = visible_pages(Page.objects.filter(id__in=missing)).values_list(
            "id", "locale__language_code", "url_path"
        )
        found = {pk: frontend_path(code, url_path) for pk, code, url_path in rows}
        known.update({pk: found.get(pk) for pk in missing})
    return {pk: path for pk in wanted if (path := known[pk])}


def restricted_collection_ids() -> set[int]:
    """Collections under a view restriction (restrictions cover sub-collections), per request."""

    def compute() -> set[int]:
        q = Q()
        for path in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
            q |= Q(path__startswith=path)
        return set(Collection.objects.filter(q).values_list("pk", flat=True)) if q else set()

    return per_request("restricted_collection_ids", compute)


def public_collections_q() -> Q:
    """Media in collections that are not view-restricted."""
    restricted = restricted_collection_ids()
    return ~Q(collection_id__in=restricted) if restricted else Q()


def is_public_media(obj: Any) -> bool:
    """Whether an image or document may be shown: it is not in a view-restricted collection."""
    return obj is not None and obj.collection_id not in restricted_collection_ids()


def public_media(obj: M | None) -> M | None:
    """obj if it may be shown, else None (for image and document foreign keys)."""
    return obj if is_public_media(obj) else None


@dataclass(frozen=True)
class Chain:
    """Locales to take objects from, in order of preference."""

    codes: tuple[str, ...]
    ids: tuple[int, ...]

    @property
    def requested(self) -> str:
        return self.codes[0]


def best_versions(
    queryset: QuerySet[M],
    chain: Chain,
    visible: Callable[[QuerySet[M]], QuerySet[M]],
    within: Callable[[str], Q] | None = None,
) -> QuerySet[M]:
    """queryset's visible rows, each object once, in the first locale of the chain that has it.

    Listings with fallback make every locale a whole site. A listing in a locale shows each
    object (one `translation_key`) once, in the first locale of the chain that has it visible:
    the requested locale, then its fallback locales, then the default. It is one WHERE clause on
    the model's table, so counts, facets, ordering and pagination work on the merged set in SQL,
    with no extra query:

        locale IN (requested, fallback 1, fallback 2)
        AND NOT (locale = fallback 1 AND key IN (keys of visible rows in requested))
        AND NOT (locale = fallback 2 AND key IN (keys of visible rows in requested or fb 1))

    A draft, private or expired translation is not visible, so it never hides a published
    fallback; the fallback itself passes the same visibility rules. Rows are annotated with
    `is_fallback` and the `reader_locale` (frontend paths stay in the reader's site).

    `visible` filters a queryset of the model to what the public may see; `within(code)` adds a
    condition a row of that locale must meet (pages: under the locale's home page)."""
    model = queryset.model
    # One range on the locale column that indexes can serve, and per fallback locale a hashed
    # subplan of the earlier locales' keys (uncorrelated: a correlated NOT EXISTS inside the
    # condition was probed per row, 9x slower on 100,000 entries).
    condition = Q(locale_id__in=chain.ids)
    for position, (code, locale_id) in enumerate(zip(chain.codes, chain.ids, strict=True)):
        if within is not None:
            condition &= ~Q(locale_id=locale_id) | within(code)
        if position:
            earlier = visible(model._default_manager.filter(locale_id__in=chain.ids[:position]))
            condition &= ~(
                Q(locale_id=locale_id) & Q(translation_key__in=earlier.values("translation_key"))
            )
    if not chain.ids:
        return queryset.none()
    merged = visible(queryset.filter(condition)).annotate(
        is_fallback=Case(
            When(locale_id=chain.ids[0], then=Value(False)),
            default=Value(True),
            output_field=BooleanField(),
        ),
        reader_locale=Value(chain.requested),
    )
    # django-stubs' plugin loses the model type of a generic queryset through annotate().
    return cast("QuerySet[M]", merged)
