"""Compile locales/<lang>/LC_MESSAGES/*.po into the django.mo and djangojs.mo Django reads,
without GNU gettext.

django.po holds the project's own strings (`make messages` updates it). Any other PO file in the
same folder, such as wagtail.po (translations a third-party package lacks), is merged in; when two
files translate the same message, django.po wins. Files named <package>.djangojs.po hold strings
of the admin's JavaScript and go into djangojs.mo. As with msgfmt, fuzzy and empty
translations are left out, and nothing is written unless every file is sound: a syntax error, a
duplicate message or a translation whose placeholders differ from the original stops the command
with the file and line.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.translation.po_files import PoFileError, read_po

MAIN_FILE = "django.po"
JS_SUFFIX = ".djangojs.po"


class Command(BaseCommand):
    help = (
        "Compile each locales/<lang>/LC_MESSAGES/ folder's PO files (django.po and any other "
        "*.po, django.po winning on duplicates) into django.mo, and *.djangojs.po into "
        "djangojs.mo. Needs no GNU gettext."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--path",
            action="append",
            type=Path,
            help="A folder of <lang>/LC_MESSAGES/ folders (default: every LOCALE_PATHS entry).",
        )
        parser.add_argument(
            "--locale", "-l", action="append", help="Only this language (repeatable)."
        )

    def handle(self, *args, path=None, locale=None, **options):
        roots = path or [Path(p) for p in settings.LOCALE_PATHS]
        folders = [
            folder
            for root in roots
            for folder in sorted(Path(root).glob("*/LC_MESSAGES"))
            if folder.is_dir() and (not locale or folder.parent.name in locale)
        ]
        # Read and check everything first, so a broken file leaves every .mo as it was.
        try:
            catalogues = [
                (folder / f"{domain}.mo", *merge(files))
                for folder in folders
                for domain, files in by_domain(folder).items()
                if files
            ]
        except PoFileError as error:
            raise CommandError(f"Cannot compile the locales: {error}") from None
        for target, catalogue, counts in catalogues:
            catalogue.save_as_mofile(str(target))
            if options["verbosity"] >= 1:
                sources = ", ".join(f"{name} {count}" for name, count in counts.items())
                self.stdout.write(
                    f"{target.parent.parent.name}: compiled {len(catalogue)} messages "
                    f"({sources}) into {target}"
                )
        if not catalogues and options["verbosity"] >= 1:
            self.stdout.write("No PO files found.")


def by_domain(folder: Path) -> dict[str, list[Path]]:
    """The folder's PO files per gettext domain, django.po last so that it wins."""
    files = sorted(folder.glob("*.po"), key=lambda f: (f.name == MAIN_FILE, f.name))
    return {
        "django": [f for f in files if not f.name.endswith(JS_SUFFIX)],
        "djangojs": [f for f in files if f.name.endswith(JS_SUFFIX)],
    }


def merge(files: list[Path]):
    """One catalogue of the files' translated messages, and how many each file gave."""
    merged: dict[tuple, polib.POEntry] = {}
    counts = {}
    metadata: dict[str, str] = {}
    for po_path in files:  # django.po last, so its translations replace the others'
        po = read_po(po_path)
        entries = po.translated_entries()
        counts[po_path.name] = len(entries)
        for entry in entries:
            merged[(entry.msgctxt, entry.msgid)] = entry
        if po.metadata and (po_path.name == MAIN_FILE or not metadata):
            metadata = dict(po.metadata)
    catalogue = polib.POFile(encoding="utf-8")
    catalogue.metadata = {**metadata, "Content-Type": "text/plain; charset=UTF-8"}
    catalogue.extend(merged.values())
    return catalogue, counts
