"""Directory queries: filtered, faceted, paginated lists and single entries."""

from enum import Enum
from math import cos, radians, sin
from typing import Annotated

import strawberry
import strawberry_django
from django.conf import settings
from django.db.models import Count, F, FloatField, Q, QuerySet, Value
from django.db.models.functions import ACos, Cast, Cos, Greatest, Least, Radians, Sin
from django.utils.translation import gettext as _
from strawberry_django.pagination import NodeType
from wagtail.models import Locale

from directory import models
from directory.fields import filter_list_contains

from ..common import FALLBACK_DESCRIPTION, Listing, locale_chain, resolve_locale
from ..errors import ApiError
from .types import OrganisationType, Service, SocialEnterpriseType, SupportOrganisationType

EARTH_RADIUS_KM = 6371.0
KM_PER_DEGREE = 111.2
MAX_RADIUS_KM = 5000


@strawberry.input(description="A circle on the map: entries within radiusKm of the point.")
class NearInput:
    latitude: float = strawberry.field(description="Decimal degrees north, -90 to 90.")
    longitude: float = strawberry.field(description="Decimal degrees east, -180 to 180.")
    radius_km: float = strawberry.field(description=f"Radius in km, up to {MAX_RADIUS_KM}.")


@strawberry.input(description="Narrows a directory listing; all given conditions must hold.")
class DirectoryFilter:
    countries: list[str] | None = strawberry.field(
        default=None, description="ISO country codes; any of them."
    )
    sectors: list[str] | None = strawberry.field(default=None, description="Sector slugs; any.")
    target_groups: list[str] | None = strawberry.field(
        default=None, description="Target group slugs; any of them."
    )
    search: str | None = strawberry.field(
        default=None, description="Words that must all occur in the name or descriptions."
    )
    near: NearInput | None = strawberry.field(default=None, description="Only entries near here.")


@strawberry.input(description="Filters for social enterprises.")
class SocialEnterpriseFilter(DirectoryFilter):
    sdgs: list[int] | None = strawberry.field(default=None, description="SDG numbers; any.")
    legal_forms: list[str] | None = strawberry.field(
        default=None, description="Legal form slugs; any of them."
    )


@strawberry.input(description="Filters for support organisations.")
class SupportOrganisationFilter(DirectoryFilter):
    organisation_types: list[OrganisationType] | None = strawberry.field(
        default=None, description="Kinds of organisation; any of them."
    )
    services: list[Service] | None = strawberry.field(
        default=None, description="Services offered; all of them."
    )
    countries_served: list[str] | None = strawberry.field(
        default=None, description="ISO codes of countries served; any of them."
    )


@strawberry.enum(description="Orderings of directory listings.")
class DirectoryOrder(Enum):
    NAME = "name"
    NEWEST_FOUNDED = "newest_founded"
    DISTANCE = "distance"


@strawberry.type(name="FacetValue", description="How many entries of the listing have a value.")
class FacetValueType:
    value: str = strawberry.field(description="The value to filter by (code or slug).")
    label: str = strawberry.field(description="Its name in the requested locale.")
    count: int = strawberry.field(description="Entries matching the current filter with it.")


def facet_counts(queryset, relation, key) -> dict:
    """Entries of the filtered list per value of a taxonomy (a country code, a sector slug...).

    Many-to-many counts come from the link table, restricted to the filtered entries: each
    (entry, value) pair is there once, so no DISTINCT is needed.
    """
    field = queryset.model._meta.get_field(relation)
    if field.many_to_many:
        links = field.remote_field.through.objects.filter(
            **{f"{field.m2m_field_name()}__in": queryset.order_by().values("pk")}
        )
        path = f"{field.m2m_reverse_field_name()}__{key}"
    else:
        links = queryset.order_by().filter(**{f"{relation}__isnull": False})
        path = f"{relation}__{key}"
    return dict(links.values_list(path).annotate(count=Count("*")))


def labelled(counts: dict, model, key, locale) -> list[FacetValueType]:
    """Facet values with their names in locale (else English), most frequent first."""
    labels = {}
    rows = model.objects.filter(
        **{f"{key}__in": counts}, locale__language_code__in={locale, settings.LANGUAGE_CODE}
    ).values_list(key, "name", "locale__language_code")
    for value, name, code in rows:
        if code == locale or str(value) not in labels:
            labels[str(value)] = name
    return sorted(
        (
            FacetValueType(value=str(v), label=labels.get(str(v), str(v)), count=n)
            for v, n in counts.items()
        ),
        key=lambda facet: (-facet.count, facet.label),
    )


def taxonomy_facet(queryset, relation, model, key, locale) -> list[FacetValueType]:
    return labelled(facet_counts(queryset, relation, key), model, key, locale)


def choice_facet(queryset, field, choices) -> list[FacetValueType]:
    counts = queryset.order_by().values_list(field).annotate(count=Count("pk"))
    labels = dict(choices)
    return sorted(
        (FacetValueType(value=v, label=str(labels.get(v, v)), count=n) for v, n in counts),
        key=lambda facet: (-facet.count, facet.label),
    )


@strawberry.type(description="Filter counts shared by both directories.")
class DirectoryFacets:
    queryset: strawberry.Private[QuerySet]
    locale: strawberry.Private[str]
    country_counts: strawberry.Private[dict]

    @strawberry.field(description="Countries, with how many entries each.")
    def countries(self) -> list[FacetValueType]:
        return labelled(self.country_counts, models.Country, "code", self.locale)

    @strawberry.field(description="Sectors, with how many entries each.")
    def sectors(self) -> list[FacetValueType]:
        return taxonomy_facet(self.queryset, "sectors", models.Sector, "slug", self.locale)

    @strawberry.field(description="Target groups, with how many entries each.")
    def target_groups(self) -> list[FacetValueType]:
        return taxonomy_facet(
            self.queryset, "target_groups", models.TargetGroup, "slug", self.locale
        )

    @strawberry.field(description="Legal forms, with how many entries each (enterprises only).")
    def legal_forms(self) -> list[FacetValueType]:
        if self.queryset.model is not models.SocialEnterprise:
            return []
        return taxonomy_facet(self.queryset, "legal_form", models.LegalForm, "slug", self.locale)

    @strawberry.field(
        description="Organisation types, with how many entries each (support organisations only)."
    )
    def organisation_types(self) -> list[FacetValueType]:
        if self.queryset.model is not models.SupportOrganisation:
            return []
        return choice_facet(
            self.queryset, "organisation_type", models.SupportOrganisation.Type.choices
        )


@strawberry.type(description="One page of directory entries, with filter counts.")
class DirectoryListing(Listing[NodeType]):
    locale_code: strawberry.Private[str] = settings.LANGUAGE_CODE
    counts_by_country: strawberry.Private[dict | None] = None

    @classmethod
    def resolve_paginated(cls, queryset, *, info, pagination=None, **kwargs):
        listing = super().resolve_paginated(queryset, info=info, pagination=pagination, **kwargs)
        listing.locale_code = resolve_locale(kwargs.get("locale"))
        return listing

    @strawberry.field(
        description="Counts per country, sector, target group... for the whole filtered list "
        "(not only this page), so frontends can show them beside the filters."
    )
    def facets(self) -> DirectoryFacets:
        return DirectoryFacets(
            queryset=self.queryset, locale=self.locale_code, country_counts=self.country_counts()
        )

    def country_counts(self) -> dict:
        """Entries per country code, counted once: the country facet and the total."""
        if self.counts_by_country is None:
            self.counts_by_country = facet_counts(self.queryset, "country", "code")
        return self.counts_by_country

    def get_total_count(self) -> int:
        # Every entry has a country, so the country counts add up to the total: one query
        # over the filtered list serves both.
        return sum(self.country_counts().values())


def near_filter(queryset, near: NearInput):
    """Entries within the circle, annotated with distance_km (bounding box first, then trig)."""
    if not (-90 <= near.latitude <= 90 and -180 <= near.longitude <= 180):
        raise ApiError(
            _("near: latitude must be -90 to 90 and longitude -180 to 180."), "INVALID_NEAR"
        )
    if not 0 < near.radius_km <= MAX_RADIUS_KM:
        raise ApiError(
            _("near.radiusKm must be above 0 and at most %(max)s.") % {"max": MAX_RADIUS_KM},
            "INVALID_NEAR",
        )
    here_lat, here_lon = radians(near.latitude), radians(near.longitude)
    dlat = near.radius_km / KM_PER_DEGREE
    dlon = near.radius_km / (KM_PER_DEGREE * max(cos(here_lat), 0.01))
    lat = Radians(Cast("latitude", FloatField()))
    lon = Radians(Cast("longitude", FloatField()))
    cosine = Sin(lat) * Value(sin(here_lat)) + Cos(lat) * Value(cos(here_lat)) * Cos(
        lon - Value(here_lon)
    )
    # Rounding can push the cosine a hair past 1, where ACos is undefined.
    distance = ACos(Least(Greatest(cosine, Value(-1.0)), Value(1.0))) * Value(EARTH_RADIUS_KM)
    return (
        queryset.filter(
            latitude__range=(near.latitude - dlat, near.latitude + dlat),
            longitude__range=(near.longitude - dlon, near.longitude + dlon),
        )
        .annotate(distance_km=distance)
        .filter(distance_km__lte=near.radius_km)
    )


def any_of(queryset, relation, key, values):
    """Entries linked through a many-to-many relation to any of the values (looked up by key).

    Filters on the link table alone, so the database can hash it instead of joining the
    entries table twice, and no entry comes out twice.
    """
    if not values:
        return queryset
    field = queryset.model._meta.get_field(relation)
    # Ids as literals, not a join: the planner then estimates the match from column statistics.
    ids = list(
        field.related_model.objects.filter(**{f"{key}__in": values}).values_list("pk", flat=True)
    )
    linked = field.remote_field.through.objects.filter(
        **{f"{field.m2m_reverse_field_name()}__in": ids}
    )
    return queryset.filter(pk__in=linked.values(field.m2m_field_name()))


def directory_queryset(model, locale, filter_, order):
    """Visible entries of model in locale, filtered and ordered as asked."""
    locale_id = Locale.objects.get(language_code=resolve_locale(locale)).pk
    queryset = models.visible_entries(model.objects.filter(locale_id=locale_id))
    if filter_ is not None:
        if filter_.countries:
            codes = [code.upper() for code in filter_.countries]
            ids = list(models.Country.objects.filter(code__in=codes).values_list("pk", flat=True))
            queryset = queryset.filter(country_id__in=ids)
        queryset = any_of(queryset, "sectors", "slug", filter_.sectors)
        queryset = any_of(queryset, "target_groups", "slug", filter_.target_groups)
        for word in (filter_.search or "").split():
            queryset = queryset.filter(
                Q(name__icontains=word)
                | Q(short_description__icontains=word)
                | Q(description__icontains=word)
            )
        if filter_.near is not None:
            queryset = near_filter(queryset, filter_.near)
        if isinstance(filter_, SocialEnterpriseFilter):
            queryset = any_of(queryset, "sdgs", "number", filter_.sdgs)
            if filter_.legal_forms:
                queryset = queryset.filter(legal_form__slug__in=filter_.legal_forms)
        if isinstance(filter_, SupportOrganisationFilter):
            if filter_.organisation_types:
                types = [kind.value for kind in filter_.organisation_types]
                queryset = queryset.filter(organisation_type__in=types)
            for service in filter_.services or []:
                queryset = filter_list_contains(queryset, "services", service.value)
            served = [code.upper() for code in filter_.countries_served or []]
            queryset = any_of(queryset, "countries_served", "code", served)
    if order is DirectoryOrder.DISTANCE:
        if filter_ is None or filter_.near is None:
            raise ApiError(_("order: DISTANCE needs filter.near."), "INVALID_ORDER")
        return queryset.order_by("distance_km", "name")
    if order is DirectoryOrder.NEWEST_FOUNDED:
        return queryset.order_by(F("year_founded").desc(nulls_last=True), "name")
    return queryset.order_by("name", "pk")


def entry_by_slug(model, slug, locale, fallback_locales):
    """The published entry in the first locale of the chain that has one."""
    chain = locale_chain(locale, fallback_locales)
    found = {
        entry.locale.language_code: entry
        for entry in models.visible_entries(
            model.objects.filter(slug=slug, locale__language_code__in=chain)
        ).select_related("locale")
    }
    return next((found[code] for code in chain if code in found), None)


LocaleArg = Annotated[
    str | None, strawberry.argument(description="Locale code; the default locale if omitted.")
]
FallbackArg = Annotated[list[str] | None, strawberry.argument(description=FALLBACK_DESCRIPTION)]


@strawberry.type
class DirectoryQuery:
    @strawberry_django.offset_paginated(
        DirectoryListing[SocialEnterpriseType],
        description="Published social enterprises, filtered, ordered and counted by facet.",
    )
    def social_enterprises(
        self,
        locale: LocaleArg = None,
        filter: SocialEnterpriseFilter | None = None,
        order: DirectoryOrder = DirectoryOrder.NAME,
    ) -> list[SocialEnterpriseType]:
        return directory_queryset(models.SocialEnterprise, locale, filter, order)

    @strawberry_django.offset_paginated(
        DirectoryListing[SupportOrganisationType],
        description="Published support organisations, filtered, ordered and counted by facet.",
    )
    def support_organisations(
        self,
        locale: LocaleArg = None,
        filter: SupportOrganisationFilter | None = None,
        order: DirectoryOrder = DirectoryOrder.NAME,
    ) -> list[SupportOrganisationType]:
        return directory_queryset(models.SupportOrganisation, locale, filter, order)

    @strawberry_django.field(description="A published social enterprise by slug, or null.")
    def social_enterprise(
        self, slug: str, locale: LocaleArg = None, fallback_locales: FallbackArg = None
    ) -> SocialEnterpriseType | None:
        return entry_by_slug(models.SocialEnterprise, slug, locale, fallback_locales)

    @strawberry_django.field(description="A published support organisation by slug, or null.")
    def support_organisation(
        self, slug: str, locale: LocaleArg = None, fallback_locales: FallbackArg = None
    ) -> SupportOrganisationType | None:
        return entry_by_slug(models.SupportOrganisation, slug, locale, fallback_locales)
