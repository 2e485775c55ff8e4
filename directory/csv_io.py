"""CSV import and export of directory entries: one row per entry, `;` between several values.

Countries are ISO codes; sectors, target groups, legal forms and projects are slugs (or names);
SDGs are numbers. Every row is validated before anything is written, and all rows are written in
one transaction, so an import either applies whole or not at all.
"""

import csv
import datetime
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from wagtail.models import Locale

from . import models

SEPARATOR = ";"


class RowError(Exception):
    """A value in a row that cannot be used."""


@dataclass(frozen=True)
class Column:
    """One CSV column: the model field it fills and how its text is read and written."""

    name: str
    kind: str = "text"  # text | int | decimal | date | bool | country | many | fk | list
    model: type | None = None
    key: str = "slug"
    required: bool = False


COMMON_HEAD = [
    Column("slug", required=True),
    Column("name", required=True),
    Column("short_description"),
    Column("description"),
]
PLACE = [
    Column("country", "country", required=True),
    Column("region"),
    Column("city"),
    Column("address"),
    Column("latitude", "decimal"),
    Column("longitude", "decimal"),
    Column("website"),
    Column("email"),
    Column("phone"),
]
FOCUS = [
    Column("sectors", "many", models.Sector),
    Column("target_groups", "many", models.TargetGroup),
    Column("languages", "list"),
]
REVIEW = [
    Column("source_projects", "many", models.Project),
    Column("verification_status"),
    Column("last_reviewed", "date"),
]

KINDS = {
    "enterprises": (
        models.SocialEnterprise,
        [
            *COMMON_HEAD,
            *PLACE,
            *FOCUS,
            Column("sdgs", "many", models.SustainableDevelopmentGoal, key="number"),
            Column("legal_form", "fk", models.LegalForm),
            Column("year_founded", "int"),
            Column("employees"),
            Column("employees_from_target_groups", "int"),
            Column("offers"),
            Column("seeks"),
            *REVIEW,
        ],
    ),
    "organisations": (
        models.SupportOrganisation,
        [
            *COMMON_HEAD,
            Column("organisation_type"),
            Column("services", "list"),
            *PLACE,
            Column("countries_served", "many", models.Country, key="code"),
            *FOCUS,
            *REVIEW,
        ],
    ),
}


def split(text: str) -> list[str]:
    return [part.strip() for part in text.split(SEPARATOR) if part.strip()]


class Importer:
    """Validates every row of a CSV file, then writes them all or nothing."""

    def __init__(self, kind, locale_code, *, update=False, publish=False, report=print):
        self.model, self.columns = KINDS[kind]
        self.locale = Locale.objects.get(language_code=locale_code)
        self.default_locale = Locale.get_default()
        self.update = update
        self.publish = publish
        self.report = report

    def run(self, lines, *, dry_run=False):
        """Return (created, updated); raise ValueError listing every bad row."""
        reader = csv.DictReader(lines)
        missing = [
            c.name for c in self.columns if c.required and c.name not in (reader.fieldnames or [])
        ]
        if missing:
            raise ValueError(f"The header lacks required column(s): {', '.join(missing)}.")
        unknown = set(reader.fieldnames) - {c.name for c in self.columns}
        if unknown:
            raise ValueError(
                f"Unknown column(s): {', '.join(sorted(unknown))}. "
                f"Known: {', '.join(c.name for c in self.columns)}."
            )
        prepared, errors = [], []
        seen = set()
        for number, row in enumerate(reader, start=2):  # line 1 is the header
            try:
                key = self.row_key(row)
                if key in seen:
                    raise RowError(f"{self.key_name}: {key!r} appears twice in the file")
                seen.add(key)
                prepared.append(self.prepare(row))
            except RowError as error:
                errors.append(f"line {number} ({self.row_label(row)}): {error}")
            if (number - 1) % 500 == 0:
                self.report(f"  checked {number - 1} rows...")
        if errors:
            raise ValueError("\n".join(errors))
        # Counted before saving: afterwards every row has a primary key.
        counts = self.summarise(prepared)
        if not dry_run:
            with transaction.atomic():
                for entry, many in prepared:
                    self.save(entry, many)
        return counts

    key_name = "slug"

    @staticmethod
    def row_key(row):
        return row.get("slug")

    @staticmethod
    def row_label(row):
        return f"slug {row.get('slug') or '?'}"

    @staticmethod
    def summarise(prepared):
        created = sum(1 for entry, _ in prepared if entry.pk is None)
        return created, len(prepared) - created

    def prepare(self, row):
        """The entry (new or existing) with the row's values, validated but not saved."""
        existing = self.model.objects.filter(slug=row["slug"], locale=self.locale).first()
        if existing and not self.update:
            raise RowError("an entry with this slug exists; use --update to change it")
        entry = existing or self.model(locale=self.locale)
        many = {}
        problems = []
        for column in self.columns:
            if column.name not in row:
                continue
            text = (row[column.name] or "").strip()
            if not text and self.model._meta.get_field(column.name).has_default():
                continue  # an empty cell keeps the field's default (or current) value
            try:
                value = self.read(column, text)
            except RowError as error:
                problems.append(f"{column.name}: {error}")
                continue
            if column.kind == "many":
                many[column.name] = value
            else:
                setattr(entry, column.name, value)
        try:
            entry.full_clean(
                exclude=["translation_key", "locale", "latest_revision", "live_revision"]
            )
        except ValidationError as error:
            problems += [
                f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
            ]
        if problems:
            raise RowError("; ".join(problems))
        return entry, many

    def read(self, column, text):
        if column.required and not text:
            raise RowError("required")
        if column.kind == "text":
            return text
        if column.kind == "list":
            return split(text)
        if not text:
            return [] if column.kind == "many" else None
        if column.kind == "int":
            try:
                return int(text)
            except ValueError:
                raise RowError(f"{text!r} is not a whole number") from None
        if column.kind == "decimal":
            try:
                return Decimal(text.replace(",", "."))
            except InvalidOperation:
                raise RowError(f"{text!r} is not a number") from None
        if column.kind == "date":
            try:
                return datetime.date.fromisoformat(text)
            except ValueError:
                raise RowError(f"{text!r} is not a date like 2024-05-31") from None
        if column.kind == "bool":
            answers = {
                "yes": True,
                "true": True,
                "1": True,
                "no": False,
                "false": False,
                "0": False,
            }
            if text.lower() not in answers:
                raise RowError(f"{text!r} is not yes or no")
            return answers[text.lower()]
        if column.kind == "country":
            return self.lookup(models.Country, "code", text.upper())
        if column.kind == "fk":
            return self.lookup(column.model, column.key, text)
        return [self.lookup(column.model, column.key, part) for part in split(text)]

    def lookup(self, model, key, value):
        """A taxonomy row by its code, number or slug (or its name), preferring the locale."""
        label = model._meta.verbose_name
        if key == "code":
            match = Q(code=value.upper())
        elif key == "number":
            if not value.isdigit():
                raise RowError(f"{value!r} is not a {label} number")
            match = Q(number=int(value))
        else:
            match = Q(slug=value) | Q(name__iexact=value)
        rows = list(model.objects.filter(match, locale__in=[self.locale, self.default_locale]))
        if not rows:
            raise RowError(f"no {label} {value!r}; add it in the admin first or fix the spelling")
        rows.sort(key=lambda row: row.locale_id != self.locale.pk)
        return rows[0]

    def save(self, entry, many):
        if entry.pk is None:
            entry.live = False
            entry.save()
        for name, values in many.items():
            getattr(entry, name).set(values)
        revision = entry.save_revision()
        if self.publish:
            revision.publish()


def export_rows(kind, locale_code, *, include_drafts=False):
    """Header and rows of every entry of a kind in a locale (live ones unless include_drafts)."""
    model, columns = KINDS[kind]
    queryset = model.objects.filter(locale__language_code=locale_code).order_by("slug")
    if not include_drafts:
        queryset = models.visible_entries(queryset)
    fk_names = [c.name for c in columns if c.kind in {"country", "fk"}]
    many_names = [c.name for c in columns if c.kind == "many"]
    queryset = queryset.select_related(*fk_names).prefetch_related(*many_names)
    yield [column.name for column in columns]
    for entry in queryset:
        yield [write(column, getattr(entry, column.name)) for column in columns]


def write(column, value):
    if value is None:
        return ""
    if column.kind == "bool":
        return "yes" if value else "no"
    if column.kind == "list":
        return SEPARATOR.join(value)
    if column.kind == "country":
        return value.code
    if column.kind == "fk":
        return getattr(value, column.key)
    if column.kind == "many":
        return SEPARATOR.join(sorted(str(getattr(item, column.key)) for item in value.all()))
    return str(value)
