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

import re
import string
from collections import Counter
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

MAIN_FILE = "django.po"
JS_SUFFIX = ".djangojs.po"
# A PO line outside comments: a keyword and a quoted string, or a continued string.
QUOTED = r'"(?:[^"\\]|\\.)*"'
PO_LINE = re.compile(rf"^\s*(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?{QUOTED}\s*$")
PERCENT_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[#0 +-]*(?:\d+|\*)?(?:\.\d+)?([a-zA-Z%])")


class PoFileError(Exception):
    def __init__(self, path, line, problem):
        # Kept apart as well, for callers that print `file:line: reason` (import_translations).
        self.path, self.line, self.problem = path, line, problem
        super().__init__(f"{path}, line {line}: {problem}")


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
    metadata = {}
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


def read_po(path: Path) -> polib.POFile:
    """The parsed file, or PoFileError naming the line (polib lets some broken lines pass)."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PoFileError(path, line, "not valid UTF-8") from None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and not PO_LINE.match(line):
            raise PoFileError(path, number, f"not a keyword and a quoted string: {stripped!r}")
    try:
        po = polib.pofile(text, encoding="utf-8", wrapwidth=0)
    except (OSError, ValueError) as error:
        # polib says "Syntax error in po file <path> (line N)[: detail]".
        match = re.search(r"\(line (\d+)\)(?::\s*(.*))?", str(error))
        line, detail = match.groups() if match else ("?", str(error))
        problem = f"syntax error: {detail}" if detail else "syntax error"
        raise PoFileError(path, line, problem) from None
    seen = {}
    for entry in po:
        if entry.obsolete:
            continue
        key = (entry.msgctxt, entry.msgid)
        if key in seen:
            raise PoFileError(
                path, entry.linenum, f"{entry.msgid!r} is already defined on line {seen[key]}"
            )
        seen[key] = entry.linenum
        if entry.translated():
            check_placeholders(path, entry)
    return po


def check_placeholders(path: Path, entry: polib.POEntry) -> None:
    """A translation must use the original's placeholders, or formatting it would fail."""
    if "python-format" in entry.flags:
        extract = percent_placeholders
    elif "python-brace-format" in entry.flags:
        extract = brace_placeholders
    else:
        return
    try:
        wanted = extract(entry.msgid)
        originals = wanted | extract(entry.msgid_plural or "")
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for translation in translations:
            found = extract(translation)
            # Plural forms may leave the count out; a single message keeps every placeholder.
            wrong = not set(found) <= set(originals) if entry.msgid_plural else found != wanted
            if wrong:
                raise PoFileError(
                    path,
                    entry.linenum,
                    f"the translation of {entry.msgid!r} has placeholders "
                    f"{sorted(found.elements())}, the original {sorted(wanted.elements())}",
                )
    except ValueError as error:
        raise PoFileError(path, entry.linenum, f"bad placeholder: {error}") from None


def percent_placeholders(text: str) -> Counter:
    return Counter(
        f"%({name})" if name else f"%{kind}"
        for name, kind in PERCENT_PLACEHOLDER.findall(text)
        if kind != "%"
    )


def brace_placeholders(text: str) -> Counter:
    return Counter(
        "{" + name + "}"
        for _literal, name, _spec, _conversion in string.Formatter().parse(text)
        if name is not None
    )
