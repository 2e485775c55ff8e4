import csv
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from cms.management.base import EditorCommand
from directory import impact_csv
from directory.csv_io import KINDS, export_rows

VALUES = "indicator-values"


class Command(EditorCommand):
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
            rows = list(impact_csv.export_rows())
        else:
            rows = list(export_rows(kind, locale, include_drafts=include_drafts))
        if file is None:
            csv.writer(self.stdout).writerows(rows)
            return
        with file.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows(rows)
        self.stdout.write(
            _("Wrote %(count)s %(kind)s to %(path)s.")
            % {"count": len(rows) - 1, "kind": kind, "path": file}
        )
