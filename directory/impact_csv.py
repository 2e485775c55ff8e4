"""CSV import and export of impact indicator values, with the directory import's checks: every
row validated first, one transaction, nothing written when any row is wrong."""

from django.core.exceptions import ValidationError

from . import models
from .csv_io import Column, Importer, RowError, write

OWNERS = {
    "enterprise": models.SocialEnterprise,
    "organisation": models.SupportOrganisation,
    "project": models.Project,
}
FIGURES = ["total", "women", "men", "other", "baseline", "target"]
COLUMNS = [
    Column("owner_kind", required=True),
    Column("owner_slug", required=True),
    Column("indicator", "fk", models.ImpactIndicator, key="code", required=True),
    Column("period_start", "date", required=True),
    Column("period_end", "date", required=True),
    *[Column(name, "decimal") for name in FIGURES],
    Column("evidence_url"),
    Column("verified", "bool"),
    Column("method_note"),
]


class IndicatorValueImporter(Importer):
    """Rows are values, matched by owner, indicator and period (re-importing updates them)."""

    key_name = "value"

    def __init__(self, locale_code, *, update=False, report=print):
        super().__init__("enterprises", locale_code, update=update, report=report)
        self.model, self.columns = models.IndicatorValue, COLUMNS

    @staticmethod
    def row_key(row):
        return tuple(
            row.get(name)
            for name in ("owner_kind", "owner_slug", "indicator", "period_start", "period_end")
        )

    @staticmethod
    def row_label(row):
        return f"{row.get('owner_kind') or '?'} {row.get('owner_slug') or '?'}"

    def owner(self, row):
        kind = (row.get("owner_kind") or "").strip()
        if kind not in OWNERS:
            raise RowError(f"owner_kind: {kind!r} is not one of {', '.join(OWNERS)}")
        model = OWNERS[kind]
        slug = (row.get("owner_slug") or "").strip()
        found = sorted(
            model.objects.filter(slug=slug, locale__in=[self.locale, self.default_locale]),
            key=lambda row: row.locale_id != self.locale.pk,
        )
        if not found:
            raise RowError(f"owner_slug: no {model._meta.verbose_name} {slug!r}")
        return kind, found[0]

    def prepare(self, row):
        kind, owner = self.owner(row)
        values, problems = {}, []
        for column in self.columns[2:]:
            try:
                values[column.name] = self.read(column, (row.get(column.name) or "").strip())
            except RowError as error:
                problems.append(f"{column.name}: {error}")
        if problems:
            raise RowError("; ".join(problems))
        match = {kind: owner, **{k: values[k] for k in ("indicator", "period_start", "period_end")}}
        existing = models.IndicatorValue.objects.filter(**match).first()
        value = existing or models.IndicatorValue(**{kind: owner})
        before = self.current(value, self.columns[2:]) if existing else {}
        values["verified"] = bool(values["verified"])
        for name, content in values.items():
            setattr(value, name, content)
        try:
            value.full_clean()
        except ValidationError as error:
            raise RowError(
                "; ".join(f"{f}: {' '.join(m)}" for f, m in error.message_dict.items())
            ) from None
        if existing is None:
            return value, {}, True
        changed = self.current(value, self.columns[2:]) != before
        if changed and not self.update:
            raise RowError(
                "this owner already has a different value for that indicator and period; "
                "use --update"
            )
        return value, {}, changed

    def save(self, value, many):
        value.save()


def export_rows():
    """Header and rows of every value, owners by slug (the same in every locale)."""
    yield [column.name for column in COLUMNS]
    queryset = models.IndicatorValue.objects.select_related(
        "indicator", "enterprise", "organisation", "project"
    ).order_by("pk")
    seen = set()
    for value in queryset:
        kind = next(k for k in OWNERS if getattr(value, f"{k}_id"))
        owner = getattr(value, kind)
        # Translations of an entry carry copies of its values: one row per entry.
        key = (kind, owner.slug, value.indicator.code, value.period_start, value.period_end)
        if key in seen:
            continue
        seen.add(key)
        yield [
            kind,
            owner.slug,
            value.indicator.code,
            *[write(column, getattr(value, column.name)) for column in COLUMNS[3:]],
        ]
