from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.locales import locale_codes
from directory.csv_io import KINDS, Importer, Refused
from directory.impact_csv import IndicatorValueImporter

VALUES = "indicator-values"


class Command(BaseCommand):
    help = (
        "Import social enterprises, support organisations or impact indicator values from a "
        "UTF-8 CSV file (columns in the README). Every row is checked first; if any is wrong, "
        "nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--kind", required=True, choices=[*sorted(KINDS), VALUES])
        parser.add_argument("--locale", default=settings.LANGUAGE_CODE)
        parser.add_argument("--dry-run", action="store_true", help="Check the file, write nothing.")
        parser.add_argument(
            "--update",
            action="store_true",
            help="Update entries whose slug exists (as a new revision) instead of refusing them.",
        )
        parser.add_argument(
            "--publish", action="store_true", help="Publish the entries (default: drafts)."
        )

    def handle(self, file, kind, locale, dry_run, update, publish, **options):
        codes = locale_codes()
        if locale not in codes:
            raise CommandError(f"Unknown locale {locale!r}; use one of {', '.join(codes)}.")
        if not file.exists():
            raise CommandError(f"{file} does not exist.")
        if kind == VALUES:
            importer = IndicatorValueImporter(locale, update=update, report=self.stdout.write)
        else:
            importer = Importer(
                kind, locale, update=update, publish=publish, report=self.stdout.write
            )
        try:
            created, updated, unchanged = importer.run(file, dry_run=dry_run)
        except Refused as error:
            for problem in error.problems:
                self.stderr.write(problem)
            raise CommandError(
                f"{len(error.problems)} problem(s); nothing was imported from {file}. Fix the "
                "file and run the command again."
            ) from None
        state = "published" if publish else "saved as drafts"
        verb = "Would import" if dry_run else "Imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {created + updated} {kind} from {file}: {created} new, {updated} updated, "
                f"{unchanged} unchanged" + ("" if dry_run or kind == VALUES else f", {state}") + "."
            )
        )
