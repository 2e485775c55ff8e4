from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from cms.management.base import EditorCommand
from directory.csv_io import KINDS, Importer
from directory.impact_csv import IndicatorValueImporter

VALUES = "indicator-values"


class Command(EditorCommand):
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
            raise CommandError(
                _('Unknown locale "%(code)s". Use one of: %(codes)s.')
                % {"code": locale, "codes": ", ".join(codes)}
            )
        if not file.exists():
            raise CommandError(_("%(path)s does not exist.") % {"path": file})
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
            raise CommandError(
                _("%(path)s is not UTF-8 (%(error)s). Save it as UTF-8 CSV.")
                % {"path": file, "error": error}
            ) from None
        except ValueError as error:
            raise CommandError(
                _("Nothing was imported from %(path)s:") % {"path": file} + f"\n{error}"
            ) from None
        if dry_run:
            done = _(
                "Would import %(count)s %(kind)s from %(path)s: %(new)s new, %(updated)s updated."
            )
        elif kind == VALUES:
            done = _("Imported %(count)s %(kind)s from %(path)s: %(new)s new, %(updated)s updated.")
        elif publish:
            done = _(
                "Imported %(count)s %(kind)s from %(path)s: %(new)s new, %(updated)s updated, "
                "published."
            )
        else:
            done = _(
                "Imported %(count)s %(kind)s from %(path)s: %(new)s new, %(updated)s updated, "
                "saved as drafts."
            )
        counts = {"count": created + updated, "new": created, "updated": updated}
        self.stdout.write(self.style.SUCCESS(done % {**counts, "kind": kind, "path": file}))
