"""Impact indicators in the API: values on entries and projects, and summaries across the
directory."""

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, NamedTuple, TypeAlias

import strawberry
import strawberry_django
from django.conf import settings
from django.db.models import Model
from django.utils.translation import gettext as _
from wagtail.models import Locale

from directory import models

from ..batching import Loader, load_for
from ..common import resolve_locale
from ..errors import ApiError
from ..localized import choices_enum

# Enums made from Django choices at import are no class mypy can check (the alias is Any to it).
IndicatorScheme: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.ImpactIndicator.Scheme, "IndicatorScheme", "Where an indicator is defined."
)


@strawberry.type(name="ImpactIndicator", description="A measure of social impact.")
class ImpactIndicatorType:
    code: str = strawberry.field(description="The scheme's code, e.g. `OI8869`, `CO05`.")
    scheme: IndicatorScheme = strawberry.field(description="IRIS+, ERDF or custom.")
    unit: str = strawberry.field(description="What is counted, e.g. people or %.")
    name: str = strawberry.field(description="Name in the requested locale.")
    definition: str = strawberry.field(description="What exactly is measured.")
    sdgs: list[int] = strawberry.field(description="Numbers of the related SDGs.")


@strawberry.type(name="IndicatorValue", description="Figures for one indicator and period.")
class IndicatorValueType:
    indicator: ImpactIndicatorType = strawberry.field(description="The indicator.")
    period_start: date = strawberry.field(description="First day of the period.")
    period_end: date = strawberry.field(description="Last day of the period.")
    total: float | None = strawberry.field(description="Total, as entered.")
    women: float | None = strawberry.field(description="Of which women.")
    men: float | None = strawberry.field(description="Of which men.")
    other: float | None = strawberry.field(description="Of which other or unknown.")
    baseline: float | None = strawberry.field(description="Value before the work began.")
    target: float | None = strawberry.field(description="Value aimed for.")
    evidence_url: str = strawberry.field(description="Where the figures can be checked.")
    verified: bool = strawberry.field(description="Whether a curator has verified them.")
    method_note: str = strawberry.field(description="How the figures were collected.")
    consistent: bool = strawberry.field(
        description="False when women, men and other/unknown do not add up to the total. "
        "Figures are never corrected: they are shown as entered, with this flag."
    )


def number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def indicators_in(
    locale_ids: Iterable[int], indicators: Iterable[models.ImpactIndicator]
) -> dict[tuple[int, int], ImpactIndicatorType]:
    """{(indicator pk, locale id): ImpactIndicatorType}, each in that locale if translated."""
    keys = {indicator.translation_key for indicator in indicators}
    versions = {
        (row.translation_key, row.locale_id): row
        for row in models.ImpactIndicator.objects.filter(
            translation_key__in=keys, locale_id__in=locale_ids
        )
    }
    result: dict[tuple[int, int], ImpactIndicatorType] = {}
    for indicator in indicators:
        goals = sorted(goal.number for goal in indicator.sdgs.all())
        for locale_id in locale_ids:
            shown = versions.get((indicator.translation_key, locale_id), indicator)
            result[indicator.pk, locale_id] = ImpactIndicatorType(
                code=indicator.code,
                scheme=IndicatorScheme(indicator.scheme),
                unit=shown.unit,
                name=shown.name,
                definition=shown.definition,
                sdgs=goals,
            )
    return result


def value_type(value: models.IndicatorValue, indicator: ImpactIndicatorType) -> IndicatorValueType:
    return IndicatorValueType(
        indicator=indicator,
        period_start=value.period_start,
        period_end=value.period_end,
        total=number(value.total),
        women=number(value.women),
        men=number(value.men),
        other=number(value.other),
        baseline=number(value.baseline),
        target=number(value.target),
        evidence_url=value.evidence_url,
        verified=value.verified,
        method_note=value.method_note,
        consistent=not value.inconsistent,
    )


def impact_loader(owner_field: str) -> Loader:
    """A batch loader of the values of entries or projects (owner_field on IndicatorValue)."""

    def load(owners: list[Any]) -> dict[int, list[IndicatorValueType]]:
        values = list(
            models.IndicatorValue.objects.filter(**{f"{owner_field}__in": owners})
            .select_related("indicator")
            .prefetch_related("indicator__sdgs")
        )
        locale_of = {owner.pk: owner.locale_id for owner in owners}
        indicators = {value.indicator.pk: value.indicator for value in values}
        shown = indicators_in(set(locale_of.values()), indicators.values())
        by_owner: dict[int, list[IndicatorValueType]] = defaultdict(list)
        for value in values:
            owner = getattr(value, f"{owner_field}_id")
            indicator = shown[value.indicator_id, locale_of[owner]]
            by_owner[owner].append(value_type(value, indicator))
        return by_owner

    return load


def impact_of(root: Model, owner_field: str) -> list[IndicatorValueType]:
    values: list[IndicatorValueType] | None = load_for(
        root, f"impact:{owner_field}", impact_loader(owner_field)
    )
    return values or []


IMPACT_DESCRIPTION = "Impact indicator values, oldest period first."


@strawberry.type(
    name="ImpactSummary",
    description="An indicator's figures added up across published directory entries.",
)
class ImpactSummaryType:
    indicator: ImpactIndicatorType = strawberry.field(description="The indicator.")
    total: float = strawberry.field(description="Sum of the totals.")
    women: float = strawberry.field(description="Sum of the figures for women.")
    men: float = strawberry.field(description="Sum of the figures for men.")
    other: float = strawberry.field(description="Sum of the figures for other or unknown.")
    entries: int = strawberry.field(description="Entries contributing at least one value.")
    verified_entries: int = strawberry.field(
        description="Entries whose contributing values are all verified."
    )
    values: int = strawberry.field(description="Values added up (one per entry and period).")
    inconsistent_values: int = strawberry.field(
        description="Values whose parts do not add up to their total (summed as entered)."
    )


class ValueRow(NamedTuple):
    """The columns of an indicator value that a summary adds up."""

    entry_key: str
    locale: str
    period_start: date
    period_end: date
    total: Decimal | None
    women: Decimal | None
    men: Decimal | None
    other: Decimal | None
    verified: bool
    inconsistent: bool


def summarise(
    code: str,
    locale: str,
    countries: list[str] | None,
    sectors: list[str] | None,
    period_from: date | None,
    period_to: date | None,
    include_suspended: bool,
) -> ImpactSummaryType:
    """Sums over the values of visible entries (each entry counted once across its locales)."""
    indicator = models.ImpactIndicator.objects.filter(code=code).order_by("pk").first()
    if indicator is None:
        raise ApiError(_('Unknown indicator "%(code)s".') % {"code": code}, "UNKNOWN_INDICATOR")
    rows: list[ValueRow] = []
    owners: tuple[tuple[str, type[models.DirectoryEntry]], ...] = (
        ("enterprise", models.SocialEnterprise),
        ("organisation", models.SupportOrganisation),
    )
    for owner, model in owners:
        entries = models.visible_entries(model.objects.all())
        if not include_suspended:
            entries = entries.exclude(country__cooperation=models.Country.Cooperation.SUSPENDED)
        if countries:
            entries = entries.filter(country__code__in=[c.upper() for c in countries])
        if sectors:
            entries = entries.filter(sectors__slug__in=sectors)
        values = models.IndicatorValue.objects.filter(
            indicator__code=code, **{f"{owner}__in": entries.values("pk")}
        )
        if period_from:
            values = values.filter(period_start__gte=period_from)
        if period_to:
            values = values.filter(period_end__lte=period_to)
        rows += (
            ValueRow(*row)
            for row in values.values_list(
                f"{owner}__translation_key",
                f"{owner}__locale__language_code",
                "period_start",
                "period_end",
                "total",
                "women",
                "men",
                "other",
                "verified",
                "inconsistent",
            )
        )
    # Translations carry copies of their entry's values: keep one per entry and period,
    # the default locale's if there is one.
    chosen: dict[tuple[str, date, date], ValueRow] = {}
    for row in sorted(rows, key=lambda r: r.locale != settings.LANGUAGE_CODE):
        chosen.setdefault((row.entry_key, row.period_start, row.period_end), row)
    picked = chosen.values()
    entry_keys = {row.entry_key for row in picked}
    unverified = {row.entry_key for row in picked if not row.verified}
    locale_id = Locale.objects.get(language_code=locale).pk
    shown = indicators_in([locale_id], [indicator])

    def total_of(figure: str) -> float:
        figures = (getattr(row, figure) for row in picked)
        return float(sum(value for value in figures if value is not None))

    return ImpactSummaryType(
        indicator=next(iter(shown.values())),
        total=total_of("total"),
        women=total_of("women"),
        men=total_of("men"),
        other=total_of("other"),
        entries=len(entry_keys),
        verified_entries=len(entry_keys - unverified),
        values=len(picked),
        inconsistent_values=sum(1 for row in picked if row.inconsistent),
    )


@strawberry.type
class ImpactQuery:
    @strawberry_django.field(
        description="An indicator's totals and gender split across published enterprises and "
        "support organisations, with how many entries contribute and how many are verified."
    )
    def impact_summary(
        self,
        indicator: Annotated[str, strawberry.argument(description="Indicator code, e.g. PI3687.")],
        locale: Annotated[
            str | None, strawberry.argument(description="Locale for the indicator's name.")
        ] = None,
        countries: Annotated[
            list[str] | None, strawberry.argument(description="ISO country codes; any of them.")
        ] = None,
        sectors: Annotated[
            list[str] | None, strawberry.argument(description="Sector slugs; any of them.")
        ] = None,
        period_from: Annotated[
            date | None, strawberry.argument(description="Only values starting on or after.")
        ] = None,
        period_to: Annotated[
            date | None, strawberry.argument(description="Only values ending on or before.")
        ] = None,
        include_suspended_countries: Annotated[
            bool,
            strawberry.argument(description="Also count entries in suspended countries."),
        ] = False,
    ) -> ImpactSummaryType:
        return summarise(
            indicator,
            resolve_locale(locale),
            countries,
            sectors,
            period_from,
            period_to,
            include_suspended_countries,
        )
