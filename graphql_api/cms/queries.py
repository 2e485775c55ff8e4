from collections import defaultdict
from datetime import datetime, timedelta
from enum import Enum
from functools import reduce
from operator import or_
from typing import Annotated, TypeAlias, cast
from zoneinfo import ZoneInfo

import strawberry
import strawberry_django
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, F, Q, Subquery, Value, When
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext as _
from strawberry.types import Info
from wagtail.models import Page
from wagtail.query import PageQuerySet

from cms import models
from cms.models.pages import MAX_OCCURRENCES, Occurrence
from core.fields import filter_list_contains
from core.locales import locale_codes
from core.visibility import frontend_path, relative_url_path, site_home, visible_pages, within_site

from ..batching import attach_batch
from ..common import (
    FALLBACK_DESCRIPTION,
    Listing,
    LocaleType,
    resolve_locale,
)
from ..cost import ListSize
from ..errors import ApiError
from ..fallback import Fallback, FallbackLocales, best_versions, chain_for, mark
from ..kinds import PAGE_KINDS, kind_enum, kind_value
from .types import (
    ArticlePageType,
    AttendanceMode,
    CalendarEntryType,
    EducationalLevel,
    EventPageType,
    GovernanceLevel,
    PageInterface,
    PolicyRecommendationPageType,
    ResourceType,
    SitemapEntryType,
    TeachingMaterialPageType,
    load_translations,
)

# The sitemap protocol's limit per file; a page of the default size fits the cost limit.
SITEMAP_MAX = 50_000
SITEMAP_DEFAULT = 1000


# An enum made from the registered kinds at import is no class mypy can check (Any to it).
PageKind: TypeAlias = kind_enum(  # type: ignore[valid-type]
    "PageKind", PAGE_KINDS, "The page models, for filtering mixed page listings."
)


def of_page_kinds() -> Q:
    """Pages of the kinds that have a GraphQL type (every page the API can return)."""
    by_app: defaultdict[str, list[str]] = defaultdict(list)
    for model in PAGE_KINDS:
        by_app[model._meta.app_label].append(kind_value(model))
    return reduce(
        or_,
        (
            Q(content_type__app_label=app, content_type__model__in=names)
            for app, names in by_app.items()
        ),
    )


@strawberry.enum(description="Orderings of the event calendar.")
class EventOrder(Enum):
    UPCOMING_FIRST = "upcoming_first"
    START_ASC = "start_asc"
    START_DESC = "start_desc"


def normalise_url_path(url_path: str) -> str:
    """ "library/impact" -> "/library/impact/"; refuses anything that is not a plain path."""
    parts = [part for part in url_path.strip().split("/") if part]
    if any(part in {".", ".."} or "?" in part or "#" in part for part in parts):
        raise ApiError(
            _('"%(path)s" is not a page path such as "/library/".') % {"path": url_path},
            "INVALID_PATH",
        )
    return "/" + "".join(f"{part}/" for part in parts)


def in_locale(
    model: type[Page],
    locale: str | None,
    fallback_locales: list[str] | None = None,
    fallback: bool = True,
) -> PageQuerySet:
    """Visible pages of one model in the site of a locale (the default if none given), each
    page once: where the locale has none, its version in the first fallback locale that has
    one (see graphql_api/fallback.py)."""
    chain = chain_for(locale, fallback_locales, fallback)
    return best_versions(model.objects.all(), chain, visible_pages, within_site)


# The resolvers below return querysets (and model instances), which strawberry-django resolves
# into the GraphQL types they declare; hence their `type: ignore[no-any-return]` (Wagtail's
# page querysets and pages are Any to mypy).
@strawberry.type
class CmsQuery:
    @strawberry_django.field(description="The configured content locales, default first.")
    def locales(self) -> list[LocaleType]:
        return [LocaleType.from_code(code) for code in locale_codes()]

    @strawberry_django.field(
        description="The published page at a path in a locale, e.g. urlPath `/library/impact/` "
        "and locale `lv` for the frontend path `/lv/library/impact/`. When the locale has no "
        "published page there, the fallback locales are tried in order; null if none has one."
    )
    def page(
        self,
        info: Info,
        url_path: Annotated[
            str, strawberry.argument(description="Path under the locale's home, `/` for it.")
        ],
        locale: Annotated[
            str | None,
            strawberry.argument(description="Locale code; the default locale if omitted."),
        ] = None,
        fallback_locales: Annotated[
            list[str] | None, strawberry.argument(description=FALLBACK_DESCRIPTION)
        ] = None,
    ) -> PageInterface | None:
        path = normalise_url_path(url_path)
        chain = chain_for(locale, fallback_locales)
        for code in chain.codes:
            home_path = site_home(code).values("url_path")[:1]
            found = (
                visible_pages(Page.objects.filter(locale__language_code=code))
                .alias(wanted=Concat(Subquery(home_path), Value(path[1:])))
                .filter(url_path=F("wanted"))
                .specific()
                .first()
            )
            if found is not None:
                return mark(found, chain)  # type: ignore[no-any-return]
        return None

    @strawberry_django.offset_paginated(
        Listing[PageInterface],
        description="Published pages of any kind, in tree order.",
        # Mixed page types come from .specific(), which the optimizer's only() would undo.
        disable_optimization=True,
    )
    def pages(
        self,
        locale: str | None = None,
        fallback_locales: FallbackLocales = None,
        fallback: Fallback = True,
        content_type: Annotated[
            PageKind | None, strawberry.argument(description="Only pages of this kind.")
        ] = None,
    ) -> list[PageInterface]:
        queryset = in_locale(Page, locale, fallback_locales, fallback).filter(of_page_kinds())
        if content_type is not None:
            [model] = [model for model in PAGE_KINDS if kind_value(model) == content_type.value]
            queryset = queryset.filter(content_type=ContentType.objects.get_for_model(model))
        return queryset.order_by("path").specific()  # type: ignore[no-any-return]

    @strawberry_django.offset_paginated(
        Listing[ArticlePageType], description="Library articles, newest first."
    )
    def articles(
        self,
        locale: str | None = None,
        fallback_locales: FallbackLocales = None,
        fallback: Fallback = True,
        topic: Annotated[str | None, strawberry.argument(description="Topic slug.")] = None,
    ) -> list[ArticlePageType]:
        queryset = in_locale(models.ArticlePage, locale, fallback_locales, fallback)
        if topic:
            queryset = queryset.filter(topics__slug=topic).distinct()
        return queryset.order_by("-publication_date", "-pk")  # type: ignore[no-any-return]

    @strawberry_django.offset_paginated(
        Listing[PolicyRecommendationPageType],
        description="Policy recommendations by group and number.",
    )
    def policy_recommendations(
        self,
        locale: str | None = None,
        fallback_locales: FallbackLocales = None,
        fallback: Fallback = True,
        group: Annotated[str | None, strawberry.argument(description="Group slug.")] = None,
        governance_level: Annotated[
            GovernanceLevel | None,
            strawberry.argument(description="Only recommendations addressing this level."),
        ] = None,
    ) -> list[PolicyRecommendationPageType]:
        queryset = in_locale(models.PolicyRecommendationPage, locale, fallback_locales, fallback)
        if group:
            queryset = queryset.filter(group__slug=group)
        if governance_level is not None:
            queryset = filter_list_contains(queryset, "governance_levels", governance_level.value)
        return queryset.order_by(  # type: ignore[no-any-return]
            F("group__sort_order").asc(nulls_last=True), "number", "title"
        )

    @strawberry_django.offset_paginated(
        Listing[TeachingMaterialPageType], description="Teaching materials, newest first."
    )
    def teaching_materials(
        self,
        locale: str | None = None,
        fallback_locales: FallbackLocales = None,
        fallback: Fallback = True,
        resource_type: ResourceType | None = None,
        educational_level: EducationalLevel | None = None,
    ) -> list[TeachingMaterialPageType]:
        queryset = in_locale(models.TeachingMaterialPage, locale, fallback_locales, fallback)
        if resource_type is not None:
            queryset = queryset.filter(resource_type=resource_type.value)
        if educational_level is not None:
            queryset = queryset.filter(educational_level=educational_level.value)
        return queryset.order_by("-first_published_at", "-pk")  # type: ignore[no-any-return]

    @strawberry_django.offset_paginated(
        Listing[EventPageType],
        description="Calendar entries; by default upcoming ones first (soonest first), "
        "then past ones (latest first).",
    )
    def events(
        self,
        locale: str | None = None,
        fallback_locales: FallbackLocales = None,
        fallback: Fallback = True,
        starts_after: Annotated[
            datetime | None,
            strawberry.argument(
                description="Only events (or recurring events' last occurrences) ending at or "
                "after this moment."
            ),
        ] = None,
        starts_before: Annotated[
            datetime | None,
            strawberry.argument(description="Only events starting before this moment."),
        ] = None,
        country: Annotated[
            str | None,
            strawberry.argument(description="ISO 3166-1 alpha-2 code of the venue's country."),
        ] = None,
        attendance_mode: AttendanceMode | None = None,
        order: EventOrder = EventOrder.UPCOMING_FIRST,
    ) -> list[EventPageType]:
        queryset = in_locale(models.EventPage, locale, fallback_locales, fallback)
        if starts_after is not None:
            # Recurring events count until their last occurrence ends.
            queryset = queryset.filter(last_ends_at__gte=starts_after)
        if starts_before is not None:
            queryset = queryset.filter(starts_at__lt=starts_before)
        if country:
            queryset = queryset.filter(country__code=country.upper())
        if attendance_mode is not None:
            queryset = queryset.filter(attendance_mode=attendance_mode.value)
        if order is EventOrder.START_ASC:
            queryset = queryset.order_by("starts_at", "pk")
        elif order is EventOrder.START_DESC:
            queryset = queryset.order_by("-starts_at", "-pk")
        else:
            upcoming = Q(last_ends_at__gte=timezone.now())
            queryset = queryset.alias(
                is_past=Case(When(upcoming, then=Value(0)), default=Value(1)),
                upcoming_start=Case(When(upcoming, then=F("starts_at"))),
            ).order_by("is_past", F("upcoming_start").asc(nulls_last=True), "-starts_at", "pk")
        return queryset  # type: ignore[no-any-return]

    @strawberry_django.field(
        description="Every occurrence of published events in a time range, soonest first, with "
        "repeating events expanded (for calendar month and week views). At most 500.",
        disable_optimization=True,
        directives=[ListSize(assumed_size=MAX_OCCURRENCES)],
    )
    def calendar(
        self,
        starts_after: Annotated[
            datetime, strawberry.argument(description="Occurrences ending after this moment.")
        ],
        starts_before: Annotated[
            datetime, strawberry.argument(description="Occurrences starting before this moment.")
        ],
        locale: str | None = None,
        country: Annotated[
            str | None,
            strawberry.argument(description="ISO 3166-1 alpha-2 code of the venue's country."),
        ] = None,
        fallback_locales: FallbackLocales = None,
        fallback: Fallback = True,
    ) -> list[CalendarEntryType]:
        if starts_before <= starts_after or starts_before - starts_after > timedelta(days=400):
            raise ApiError(
                _("Ask for a range of at most 400 days, with startsBefore after startsAfter."),
                "INVALID_RANGE",
            )
        events = in_locale(models.EventPage, locale, fallback_locales, fallback).filter(
            starts_at__lt=starts_before, last_ends_at__gt=starts_after
        )
        if country:
            events = events.filter(country__code=country.upper())
        entries = []
        # One batch: nested look-ups (translations, taxonomies) run once for all events.
        for event in attach_batch(events.select_related("country", "event_type", "locale")):
            zone = ZoneInfo(event.time_zone)
            try:
                found = event.occurrences()
            except ValueError:
                found = [Occurrence(event.starts_at, event.ends_at)]
            entries += [
                CalendarEntryType(
                    event=event, starts_at=start.astimezone(zone), ends_at=end.astimezone(zone)
                )
                for start, end in found
                if end > starts_after and start < starts_before
            ]
        # `event` holds the EventPage that strawberry resolves as EventPageType.
        entries.sort(key=lambda entry: (entry.starts_at, cast(models.EventPage, entry.event).pk))
        return entries[:MAX_OCCURRENCES]

    @strawberry_django.field(
        description="Published pages of a locale with their last modification and their "
        "versions in other locales, in tree order: what a multilingual sitemap with hreflang "
        "needs. `limit` pages from `offset` (ask again with a larger offset for more).",
        disable_optimization=True,
    )
    def sitemap(
        self,
        locale: str | None = None,
        fallback_locales: FallbackLocales = None,
        fallback: Fallback = True,
        offset: Annotated[int, strawberry.argument(description="Pages to skip.")] = 0,
        limit: Annotated[
            int,
            strawberry.argument(description=f"At most this many (1-{SITEMAP_MAX:,})."),
        ] = SITEMAP_DEFAULT,
    ) -> list[SitemapEntryType]:
        if not 1 <= limit <= SITEMAP_MAX or offset < 0:
            raise ApiError(
                _("limit must be between 1 and %(max)s, offset 0 or more.") % {"max": SITEMAP_MAX},
                "INVALID_PAGINATION",
            )
        code = resolve_locale(locale)
        pages = list(
            in_locale(Page, code, fallback_locales, fallback)
            .filter(of_page_kinds())
            .order_by("path")
            .only("pk", "url_path", "last_published_at", "translation_key", "locale_id")[
                offset : offset + limit
            ]
        )
        alternates = load_translations(pages)
        return [
            SitemapEntryType(
                url_path=relative_url_path(page.url_path),
                path=frontend_path(code, page.url_path),
                lastmod=page.last_published_at,
                alternates=alternates.get(page.pk, []),
            )
            for page in pages
        ]
