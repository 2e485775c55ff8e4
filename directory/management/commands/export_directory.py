from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from directory import impact_csv
from directory.csv_io import KINDS, export_rows, write_csv

VALUES = "indicator-values"


class Command(BaseCommand):
    help = (
        "Export social enterprises, support organisations or impact indicator values as UTF-8 "
        "CSV (import's format)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, nargs="?", help="Output file (default: stdout).")
        parser.add_argument("--kind", required=True, choices=[*sorted(KINDS), VALUES])
        parser.add_argument("--locale", default=settings.LANGUAGE_CODE)
        parser.add_argument(
            "--include-drafts", action="store_true", help="Also entries that are not live."
        )

    def handle(self, file, kind, locale, include_drafts, **options):
        if kind == VALUES:
            rows = impact_csv.export_rows()
        else:
            rows = export_rows(kind, locale, include_drafts=include_drafts)
        if file is None:
            write_csv(self.stdout, rows)
            return
        with file.open("w", encoding="utf-8", newline="") as out:
            count = write_csv(out, rows)
        self.stdout.write(f"Wrote {count - 1} {kind} to {file}.")
