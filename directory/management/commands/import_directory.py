from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from directory.csv_io import KINDS, Importer
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
        codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
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
            with file.open(encoding="utf-8-sig", newline="") as lines:
                created, updated = importer.run(lines, dry_run=dry_run)
        except UnicodeDecodeError as error:
            raise CommandError(f"{file} is not UTF-8 ({error}). Save it as UTF-8 CSV.") from None
        except ValueError as error:
            raise CommandError(f"Nothing was imported from {file}:\n{error}") from None
        state = "published" if publish else "saved as drafts"
        verb = "Would import" if dry_run else "Imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {created + updated} {kind} from {file}: {created} new, {updated} updated"
                + ("" if dry_run or kind == VALUES else f", {state}")
                + "."
            )
        )
