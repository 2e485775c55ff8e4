from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from cms.management.base import EditorCommand
from cms.translation.po import export
from core.locales import locale_codes


class Command(EditorCommand):
    help = (
        "Write one PO file per object being translated into a locale (pages and snippets "
        "submitted with Translate), into OUT_DIR/<locale>/."
    )

    def add_arguments(self, parser):
        parser.add_argument("out_dir", type=Path)
        parser.add_argument("--locale", required=True, help="Target locale code, e.g. lv.")
        parser.add_argument("--source", help="Only translations from this source locale.")
        parser.add_argument(
            "--format", choices=["po", "xliff"], default="po", help="PO (default) or XLIFF 2.0."
        )

    def handle(self, out_dir, locale, source, **options):
        for code in filter(None, (locale, source)):
            if code not in locale_codes():
                raise CommandError(
                    _('Unknown locale "%(code)s". Use one of: %(codes)s.')
                    % {"code": code, "codes": ", ".join(locale_codes())}
                )
        written = export(locale, out_dir, source, options["format"])
        for path in written:
            self.stdout.write(f"  {path}")
        if not written:
            self.stdout.write(
                _("Nothing is being translated into %(locale)s: use Translate in the admin first.")
                % {"locale": locale}
            )
        else:
            kind = "XLIFF" if options["format"] == "xliff" else "PO"
            self.stdout.write(
                self.style.SUCCESS(
                    _("%(kind)s files exported: %(count)s.") % {"kind": kind, "count": len(written)}
                )
            )
