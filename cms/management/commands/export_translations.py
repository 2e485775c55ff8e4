from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.translation.po import export
from graphql_api.common import locale_codes


class Command(BaseCommand):
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
                    f'Unknown locale "{code}". Use one of: {", ".join(locale_codes())}.'
                )
        written = export(locale, out_dir, source, options["format"])
        for path in written:
            self.stdout.write(f"  {path}")
        if not written:
            self.stdout.write(
                f"Nothing is being translated into {locale}: use Translate in the admin first."
            )
        else:
            kind = "XLIFF" if options["format"] == "xliff" else "PO"
            self.stdout.write(self.style.SUCCESS(f"{kind} files exported: {len(written)}."))
