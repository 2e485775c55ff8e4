"""Directory queries: filtered, faceted, paginated lists and single entries."""

from enum import Enum
from math import cos, radians, sin
from typing import Annotated, Any, NamedTuple, TypeVar, cast

import strawberry
import strawberry_django
from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import (
    F,
    Field,
    FloatField,
    ForeignObjectRel,
    ManyToManyField,
    Model,
    Q,
    QuerySet,
    Value,
)
from django.db.models.functions import ACos, Cast, Cos, Greatest, Least, Radians, Sin
from django.utils.translation import gettext as _
from strawberry.types import Info
from strawberry_django.pagination import OffsetPaginationInput
from wagtail.models import Locale

from core.fields import filter_list_contains
from directory import models

from ..common import FALLBACK_DESCRIPTION, Listing, NodeType
from ..errors import ApiError
from ..fallback import Fallback, FallbackLocales, best_versions, by_name, chain_for, mark
from .types import (
    CountryType,
    OrganisationType,
    SectorType,
    Service,
    SocialEnterpriseType,
    SupportOrganisationType,
    TargetGroupType,
)

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
    include_suspended_countries: bool = strawberry.field(
        default=False,
        description="Also list entries in countries whose cooperation is suspended (Belarus "
        "and Russia since 2022); left out by default, from results and facets alike.",
    )


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


# Facets by GraphQL field name: (model field, key of the value, taxonomy model or None).
# A taxonomy facet counts entries per code or slug and labels them with the taxonomy's names;
# a choice facet counts a column's values and labels them with the choices.
M = TypeVar("M", bound=Model)
E = TypeVar("E", bound=models.DirectoryEntry)
T = TypeVar("T", bound=Model)

FACETS: dict[str, tuple[str, str | None, type[Model] | None]] = {
    "countries": ("country", "code", models.Country),
    "sectors": ("sectors", "slug", models.Sector),
    "targetGroups": ("target_groups", "slug", models.TargetGroup),
    "legalForms": ("legal_form", "slug", models.LegalForm),
    "organisationTypes": ("organisation_type", None, None),
}


def facets_of(model: type[Model]) -> list[str]:
    """The facets that apply to a directory model (legal forms and types belong to one each)."""
    names = {field.name for field in model._meta.get_fields()}
    return [name for name, (field, _key, _taxonomy) in FACETS.items() if field in names]


def requested_facets(info: Info) -> set[str]:
    """The facets the query selects under `facets` (fragments included)."""

    def walk(selections: list[Any], inside: bool) -> None:
        for selection in selections:
            name = getattr(selection, "name", None)
            if inside and name in FACETS:
                wanted.add(name)
            walk(selection.selections, inside or name == "facets")

    wanted: set[str] = set()
    for field in info.selected_fields:
        walk(field.selections, False)
    return wanted


def column_of(field: Field[Any, Any] | ForeignObjectRel) -> str:
    """The database column of a link table's field."""
    assert isinstance(field, Field) and field.column is not None
    return field.column


def facet_branches(
    connection: BaseDatabaseWrapper, model: type[Model], facets: list[str], locale_count: int
) -> tuple[list[str], list[str]]:
    """(attnames the filtered entries must carry, SELECTs of a UNION ALL over them).

    Rows are (facet, value, count, label, locale code): counts have no label, labels no count.
    Many-to-many counts come from the link table joined to the filtered ids: each
    (entry, value) pair is there once, so no DISTINCT is needed.
    """
    quote = connection.ops.quote_name
    locale_table = quote(Locale._meta.db_table)
    carried: list[str] = []
    counts: list[str] = []
    labels: list[str] = []
    for facet in facets:
        relation, key, taxonomy = FACETS[facet]
        field = model._meta.get_field(relation)
        assert isinstance(field, Field)  # a field of the entry, not a reverse relation
        if not field.many_to_many:
            carried.append(field.attname)
            column = f"f{len(carried)}"
        if taxonomy is None:
            counts.append(
                f"SELECT '{facet}', f.{column}, COUNT(*), NULL, NULL FROM filtered f "
                f"GROUP BY f.{column}"
            )
            continue
        assert key is not None  # taxonomies are keyed by code or slug
        terms = quote(taxonomy._meta.db_table)
        if isinstance(field, ManyToManyField):
            assert field.remote_field.through is not None  # set once the models are loaded
            through = field.remote_field.through._meta
            entry = quote(column_of(through.get_field(field.m2m_field_name())))
            term = quote(column_of(through.get_field(field.m2m_reverse_field_name())))
            joins = (
                f"JOIN {quote(through.db_table)} l ON l.{entry} = f.id "
                f"JOIN {terms} t ON t.id = l.{term}"
            )
        else:
            joins = f"JOIN {terms} t ON t.id = f.{column}"
        counts.append(
            f"SELECT '{facet}', t.{quote(key)}, COUNT(*), NULL, NULL FROM filtered f {joins} "
            f"GROUP BY t.{quote(key)}"
        )
        labels.append(
            f"SELECT '{facet}', t.{quote(key)}, NULL, t.name, loc.language_code "
            f"FROM {terms} t JOIN {locale_table} loc ON loc.id = t.locale_id "
            f"WHERE loc.language_code IN ({', '.join(['%s'] * locale_count)})"
        )
    return carried, counts + labels


# {facet: {value: count or label}}
FacetCounts = dict[str, dict[str, int]]
FacetLabels = dict[str, dict[str, str]]


class FacetSummary(NamedTuple):
    """The total of a filtered list, and per facet the count and the label of each value."""

    total: int
    counts: FacetCounts
    labels: FacetLabels


def facet_summary(queryset: QuerySet[Any], facets: list[str], locales: list[str]) -> FacetSummary:
    """(total, {facet: {value: count}}, {facet: {value: label}}) of the filtered list.

    One query on every database: the filtered entries are selected once (a CTE, which
    PostgreSQL materialises because several facets read it), the total and each facet are
    counted over them, and the taxonomies' names in locales (preferred first) come along.
    """
    model = queryset.model
    connection = connections[queryset.db]
    carried, branches = facet_branches(connection, model, facets, len(locales))
    filtered = queryset.order_by().values("pk", *carried)
    try:
        filtered_sql, params = filtered.query.get_compiler(filtered.db).as_sql()
    except EmptyResultSet:  # a filter no entry can match, e.g. an unknown country code
        return FacetSummary(0, {facet: {} for facet in facets}, {facet: {} for facet in facets})
    columns = "".join(f", f{n}" for n in range(1, len(carried) + 1))
    total_sql = "SELECT '', '', COUNT(*), CAST(NULL AS TEXT), CAST(NULL AS TEXT) FROM filtered"
    sql = f"WITH filtered (id{columns}) AS ({filtered_sql}) " + " UNION ALL ".join(
        [total_sql, *branches]
    )
    label_params = [code for branch in branches if "%s" in branch for code in locales]
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *label_params])
        rows = cursor.fetchall()
    total = 0
    counts: FacetCounts = {facet: {} for facet in facets}
    labels: FacetLabels = {facet: {} for facet in facets}
    preference = {code: position for position, code in enumerate(locales)}
    ranked: dict[tuple[str, str], int] = {}
    for facet, value, count, label, code in rows:
        if not facet:
            total = count
        elif count is not None:
            counts[facet][str(value)] = count
        elif preference[code] < ranked.get((facet, str(value)), len(locales)):
            ranked[facet, str(value)] = preference[code]
            labels[facet][str(value)] = label
    for facet in facets:
        relation, _key, taxonomy = FACETS[facet]
        if taxonomy is None:
            choices = model._meta.get_field(relation).choices
            labels[facet] = {value: str(label) for value, label in choices}
    return FacetSummary(total, counts, labels)


def facet_values(counts: dict[str, int], labels: dict[str, str]) -> list[FacetValueType]:
    """Facet values with their labels, most frequent first."""
    return sorted(
        (FacetValueType(value=v, label=labels.get(v, v), count=n) for v, n in counts.items()),
        key=lambda facet: (-facet.count, facet.label),
    )


@strawberry.type(description="Filter counts shared by both directories.")
class DirectoryFacets:
    listing: strawberry.Private["DirectoryListing[Any]"]

    @strawberry.field(description="Countries, with how many entries each.")
    def countries(self) -> list[FacetValueType]:
        return self.listing.facet("countries")

    @strawberry.field(description="Sectors, with how many entries each.")
    def sectors(self) -> list[FacetValueType]:
        return self.listing.facet("sectors")

    @strawberry.field(description="Target groups, with how many entries each.")
    def target_groups(self) -> list[FacetValueType]:
        return self.listing.facet("targetGroups")

    @strawberry.field(description="Legal forms, with how many entries each (enterprises only).")
    def legal_forms(self) -> list[FacetValueType]:
        return self.listing.facet("legalForms")

    @strawberry.field(
        description="Organisation types, with how many entries each (support organisations only)."
    )
    def organisation_types(self) -> list[FacetValueType]:
        return self.listing.facet("organisationTypes")


@strawberry.type(description="One page of directory entries, with filter counts.")
class DirectoryListing(Listing[NodeType]):
    label_locales: strawberry.Private[tuple[str, ...]] = (settings.LANGUAGE_CODE,)
    wanted_facets: strawberry.Private[set[str] | None] = None
    summary: strawberry.Private[FacetSummary | None] = None

    @classmethod
    def resolve_paginated(
        cls,
        queryset: QuerySet[Any],
        *,
        info: Info,
        pagination: OffsetPaginationInput | None = None,
        **kwargs: Any,
    ) -> "DirectoryListing[NodeType]":
        listing = super().resolve_paginated(queryset, info=info, pagination=pagination, **kwargs)
        # Facet labels in the reader's language, else the chain's next, as the entries are.
        listing.label_locales = chain_for(
            kwargs.get("locale"), kwargs.get("fallback_locales")
        ).codes
        listing.wanted_facets = requested_facets(info)
        return listing

    @strawberry.field(
        description="Counts per country, sector, target group... for the whole filtered list "
        "(not only this page), so frontends can show them beside the filters."
    )
    def facets(self) -> DirectoryFacets:
        return DirectoryFacets(listing=self)

    def get_summary(self, facet: str | None = None) -> FacetSummary:
        """The total and the facets the query asks for, all counted by one query."""
        assert self.queryset is not None  # a listing is made from its queryset
        if self.summary is None or (facet is not None and facet not in self.summary.counts):
            applicable = facets_of(self.queryset.model)
            wanted = (self.wanted_facets or set()) | {facet}
            locales = list(self.label_locales)
            self.summary = facet_summary(
                self.queryset, [name for name in applicable if name in wanted], locales
            )
        return self.summary

    def facet(self, name: str) -> list[FacetValueType]:
        assert self.queryset is not None  # a listing is made from its queryset
        if name not in facets_of(self.queryset.model):
            return []
        _total, counts, labels = self.get_summary(name)
        return facet_values(counts[name], labels[name])

    def get_total_count(self) -> int:
        return self.get_summary().total

    def get_paginated_queryset(self) -> QuerySet[Any] | None:
        """The page through a subquery that picks its ids from the filtered ids and names alone
        (index-only on PostgreSQL: walking the name index, or sorting from the listing index),
        so only the page's rows are read in full."""
        page = super().get_paginated_queryset()
        if not isinstance(page, QuerySet) or self.queryset is None:
            return page  # none, or the rows the optimizer already prefetched (a list)
        return self.queryset.filter(pk__in=page.values("pk"))


def near_filter(queryset: QuerySet[M], near: NearInput) -> QuerySet[M]:
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
    near_by = (
        queryset.filter(
            latitude__range=(near.latitude - dlat, near.latitude + dlat),
            longitude__range=(near.longitude - dlon, near.longitude + dlon),
        )
        .annotate(distance_km=distance)
        .filter(distance_km__lte=near.radius_km)
    )
    # django-stubs' plugin loses the model type of a generic queryset through annotate().
    return cast("QuerySet[M]", near_by)


def any_of(
    queryset: QuerySet[M], relation: str, key: str, values: list[str] | list[int] | None
) -> QuerySet[M]:
    """Entries linked through a many-to-many relation to any of the values (looked up by key).

    Filters on the link table alone, so the database can hash it instead of joining the
    entries table twice, and no entry comes out twice.
    """
    if not values:
        return queryset
    field = queryset.model._meta.get_field(relation)
    assert isinstance(field, ManyToManyField)  # ParentalManyToManyField is one too
    # Ids as literals, not a join: the planner then estimates the match from column statistics.
    terms = field.remote_field.model._default_manager
    ids = list(terms.filter(**{f"{key}__in": values}).values_list("pk", flat=True))
    assert field.remote_field.through is not None  # set once the models are loaded
    linked = field.remote_field.through._default_manager.filter(
        **{f"{field.m2m_reverse_field_name()}__in": ids}
    )
    return queryset.filter(pk__in=linked.values(field.m2m_field_name()))


def directory_queryset(
    model: type[E],
    locale: str | None,
    filter_: DirectoryFilter | None,
    order: DirectoryOrder,
    fallback_locales: list[str] | None = None,
    fallback: bool = True,
) -> QuerySet[E]:
    """Visible entries of model in locale (each entry once: in the first locale of the chain
    that has it, see graphql_api/fallback.py), filtered and ordered as asked."""
    chain = chain_for(locale, fallback_locales, fallback)
    queryset = best_versions(model.objects.all(), chain, models.visible_entries)
    if filter_ is None or not filter_.include_suspended_countries:
        # A subquery in the same statement: no extra round trip, entries without a country stay.
        suspended = models.Country.objects.filter(cooperation=models.Country.Cooperation.SUSPENDED)
        queryset = queryset.exclude(country__in=suspended)
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
        return queryset.order_by("distance_km", by_name(chain.requested))
    if order is DirectoryOrder.NEWEST_FOUNDED:
        return queryset.order_by(F("year_founded").desc(nulls_last=True), by_name(chain.requested))
    return queryset.order_by(by_name(chain.requested), "pk")


def entry_by_slug(
    model: type[E], slug: str, locale: str | None, fallback_locales: list[str] | None
) -> E | None:
    """The published entry in the first locale of the chain that has one."""
    chain = chain_for(locale, fallback_locales)
    found = {
        entry.locale_id: entry
        for entry in models.visible_entries(
            model.objects.filter(slug=slug, locale_id__in=chain.ids)
        ).select_related("locale")
    }
    return mark(next((found[i] for i in chain.ids if i in found), None), chain)


def terms_in_locale(
    model: type[T], locale: str | None, fallback_locales: list[str] | None = None
) -> QuerySet[T]:
    """Every term of a taxonomy, in the first locale of the chain where it is translated (the
    default one at the latest), by name."""
    chain = chain_for(locale, fallback_locales)
    terms = best_versions(model._default_manager.all(), chain, lambda terms: terms)
    return terms.order_by(by_name(chain.requested), "pk")


LocaleArg = Annotated[
    str | None, strawberry.argument(description="Locale code; the default locale if omitted.")
]
FallbackArg = Annotated[list[str] | None, strawberry.argument(description=FALLBACK_DESCRIPTION)]


# The resolvers below return querysets (and model instances), which strawberry-django resolves
# into the GraphQL types they declare; hence their `type: ignore[return-value]`.
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
        fallback_locales: FallbackLocales = None,
        fallback: Fallback = True,
    ) -> list[SocialEnterpriseType]:
        return directory_queryset(  # type: ignore[return-value]
            models.SocialEnterprise, locale, filter, order, fallback_locales, fallback
        )

    @strawberry_django.offset_paginated(
        DirectoryListing[SupportOrganisationType],
        description="Published support organisations, filtered, ordered and counted by facet.",
    )
    def support_organisations(
        self,
        locale: LocaleArg = None,
        filter: SupportOrganisationFilter | None = None,
        order: DirectoryOrder = DirectoryOrder.NAME,
        fallback_locales: FallbackLocales = None,
        fallback: Fallback = True,
    ) -> list[SupportOrganisationType]:
        return directory_queryset(  # type: ignore[return-value]
            models.SupportOrganisation, locale, filter, order, fallback_locales, fallback
        )

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

    @strawberry_django.field(
        description="Every country entries can be in, named in the locale (English where it has "
        "no name yet), by name: the choices of a country filter or a submission form."
    )
    def countries(
        self,
        locale: LocaleArg = None,
        include_suspended: Annotated[
            bool,
            strawberry.argument(description="Also countries whose cooperation is suspended."),
        ] = False,
    ) -> list[CountryType]:
        countries = terms_in_locale(models.Country, locale)
        if not include_suspended:
            countries = countries.exclude(cooperation=models.Country.Cooperation.SUSPENDED)
        return countries  # type: ignore[return-value]

    @strawberry_django.field(
        description="Every sector, named in the locale (English where it has no name yet), by name."
    )
    def sectors(self, locale: LocaleArg = None) -> list[SectorType]:
        return terms_in_locale(models.Sector, locale)  # type: ignore[return-value]

    @strawberry_django.field(
        description="Every target group, named in the locale (English where it has no name yet), "
        "by name."
    )
    def target_groups(self, locale: LocaleArg = None) -> list[TargetGroupType]:
        return terms_in_locale(models.TargetGroup, locale)  # type: ignore[return-value]
