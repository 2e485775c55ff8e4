"""CSV import and export of directory entries: one row per entry, `;` between several values.

Countries are ISO codes; sectors, target groups, legal forms and projects are slugs (or names);
SDGs are numbers. Every row is validated before anything is written, and all rows are written in
one transaction, so an import either applies whole or not at all.
"""

import codecs
import csv
import datetime
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TextIO

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Model, Q
from wagtail.models import Locale

from core.plain_text import control_character

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


class Refused(Exception):
    """The file cannot be imported; one `file:line: reason` per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


# Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection,
# OWASP); anonymous submissions put such text in entries, so exports must not hand it over raw.
FORMULA_START = frozenset("=+-@\t\r")


def neutralise(cell: str) -> str:
    """The cell with a leading ' if a spreadsheet would read it as a formula.

    Quotes already in front count as part of the value: "'=x" becomes "''=x", so restore()
    gives back exactly what was stored.
    """
    return f"'{cell}" if cell.lstrip("'")[:1] in FORMULA_START else cell


def restore(cell: str) -> str:
    """The value neutralise() was given."""
    return cell[1:] if cell[:1] == "'" and cell[1:].lstrip("'")[:1] in FORMULA_START else cell


def write_csv(out: TextIO, rows: Iterable[list[str]]) -> int:
    """Write rows as CSV that spreadsheets show as text; returns how many rows were written."""
    writer = csv.writer(out)
    count = 0
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
        count += 1
    return count


def looks_like_utf16(data: bytes) -> bool:
    """UTF-16 (Excel's "Unicode text"), with or without a byte-order mark.

    Without the mark the bytes are valid UTF-8, so decoding alone would let it through as text
    with a NUL after every letter: CSV text is mostly ASCII, which UTF-16 pads with zero bytes.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    sample = data[:4096]
    return max(sample[0::2].count(0), sample[1::2].count(0)) > len(sample) // 4


def decode(data: bytes, name: str) -> str:
    """The text of a UTF-8 file (a byte-order mark is allowed), or Refused naming the line."""
    if looks_like_utf16(data):
        raise Refused(
            [f'{name}:1: the file is UTF-16, not UTF-8; save it as "CSV UTF-8" and import again']
        )
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        line = body[: error.start].count(b"\n") + 1
        raise Refused(
            [f"{name}:{line}: not UTF-8 (byte 0x{body[error.start]:02x}); save it as UTF-8 CSV"]
        ) from None


def records(text: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """(line where it starts, cells) per record; Refused at the first one CSV cannot read."""
    reader = csv.reader(io.StringIO(text, newline=""))
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            # The parser is mid-cell: whatever follows would be misread, so stop here.
            reason = (
                f"a cell is longer than {csv.field_size_limit():,} characters"
                if "field larger than field limit" in str(error)
                else f"not valid CSV ({error})"
            )
            raise Refused([f"{name}:{reader.line_num}: {reason}; the rest was not read"]) from None
        if cells:  # blank lines separate nothing in CSV
            yield start, cells


class Importer:
    """Validates every row of a CSV file, then writes them all or nothing."""

    def __init__(self, kind, locale_code, *, update=False, publish=False, report=print):
        self.model, self.columns = KINDS[kind]
        self.locale = Locale.objects.get(language_code=locale_code)
        self.default_locale = Locale.get_default()
        self.update = update
        self.publish = publish
        self.report = report

    def run(self, path: Path, *, dry_run: bool = False) -> tuple[int, int, int]:
        """Return (created, updated, unchanged); raise Refused listing every problem.

        The rows are written in one transaction, each in a savepoint so that a row the database
        refuses is reported like any other; with dry_run, or any problem, it is rolled back, so
        a dry run finds exactly what the real run would refuse.
        """
        name = str(path)
        rows = records(decode(path.read_bytes(), name), name)
        try:
            line, header = next(rows)
        except StopIteration:
            raise Refused([f"{name}:1: the file is empty"]) from None
        self.check_header(header, f"{name}:{line}")
        prepared, problems = [], []
        seen = set()
        try:
            for count, (number, cells) in enumerate(rows, start=1):
                row = dict(zip(header, (restore(cell) for cell in cells), strict=False))
                where = f"{name}:{number}: {self.row_label(row)}"
                try:
                    self.check_cells(header, cells, row)
                    key = self.row_key(row)
                    if key in seen:
                        raise RowError(f"{self.key_name}: {key!r} appears twice in the file")
                    seen.add(key)
                    prepared.append((where, *self.prepare(row)))
                except RowError as error:
                    problems.append(f"{where}: {error}")
                if count % 500 == 0:
                    self.report(f"  checked {count} rows...")
        except Refused as unreadable:
            problems += unreadable.problems
        # Counted before saving: afterwards every row has a primary key.
        counts = self.summarise(prepared)
        with transaction.atomic():
            for where, entry, many, changed in prepared:
                if not changed:
                    continue
                try:
                    with transaction.atomic():
                        self.save(entry, many)
                except (DatabaseError, ValidationError) as error:
                    problems.append(f"{where}: the database refused it ({error})")
            if problems or dry_run:
                transaction.set_rollback(True)
        if problems:
            raise Refused(problems)
        return counts

    def check_header(self, header: list[str], where: str) -> None:
        known = [c.name for c in self.columns]
        missing = [c.name for c in self.columns if c.required and c.name not in header]
        if missing:
            raise Refused([f"{where}: The header lacks required column(s): {', '.join(missing)}."])
        unknown = set(header) - set(known)
        if unknown:
            raise Refused(
                [
                    f"{where}: Unknown column(s): {', '.join(sorted(unknown))}. "
                    f"Known: {', '.join(known)}."
                ]
            )
        twice = sorted(column for column in set(header) if header.count(column) > 1)
        if twice:
            raise Refused([f"{where}: Column(s) named twice: {', '.join(twice)}."])

    @staticmethod
    def check_cells(header: list[str], cells: list[str], row: dict[str, str]) -> None:
        """Refuse rows whose cells cannot be matched to columns, or hold what cannot be stored."""
        if len(cells) != len(header):
            raise RowError(
                f"{len(cells)} cells, but the header has {len(header)} columns "
                "(a comma in a value that is not in quotes?)"
            )
        # Before any look-up: PostgreSQL refuses a NUL even as a query parameter.
        problems = [
            f"{column}: {reason}"
            for column, text in row.items()
            if (reason := control_character(text))
        ]
        if problems:
            raise RowError("; ".join(problems))

    key_name = "slug"

    @staticmethod
    def row_key(row):
        return row.get("slug")

    @staticmethod
    def row_label(row):
        return f"slug {row.get('slug') or '?'}"

    @staticmethod
    def summarise(prepared) -> tuple[int, int, int]:
        created = sum(1 for _where, entry, _many, _changed in prepared if entry.pk is None)
        changed = sum(1 for *_rest, changed in prepared if changed)
        return created, changed - created, len(prepared) - changed

    def prepare(self, row):
        """(entry, many, changed): the entry (new or existing) with the row's values, validated
        but not saved, and whether that changes what is stored."""
        existing = self.model.objects.filter(slug=row["slug"], locale=self.locale).first()
        entry = existing or self.model(locale=self.locale)
        given = [c for c in self.columns if c.name in row]
        # What the admin shows: a pending draft, if any, is what an update would replace.
        before = self.current(existing.get_latest_revision_as_object(), given) if existing else {}
        many = {}
        problems = []
        for column in given:
            text = (row[column.name] or "").strip()
            if not text and self.model._meta.get_field(column.name).has_default():
                before.pop(column.name, None)
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
        if existing is None:
            return entry, many, True
        after = self.current(entry, [c for c in given if c.name in before], many)
        published = existing.live and not existing.has_unpublished_changes
        changed = after != before or (self.publish and not published)
        if changed and not self.update:
            raise RowError("an entry with this slug exists; use --update to change it")
        return entry, many, changed

    @staticmethod
    def current(
        obj: Model, columns: list[Column], many: dict[str, list[Model]] | None = None
    ) -> dict[str, Any]:
        """The values of columns on obj, comparable with those of another version of it."""
        values: dict[str, Any] = {}
        for column in columns:
            if column.kind == "many":
                items = many[column.name] if many is not None else getattr(obj, column.name).all()
                values[column.name] = {item.pk for item in items}
            else:
                value = getattr(obj, column.name)
                values[column.name] = value.pk if isinstance(value, Model) else value
        return values

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
