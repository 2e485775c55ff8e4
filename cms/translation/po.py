"""PO files for translators working outside the admin, one file per object and locale.

Built on wagtail-localize's own PO export and import (msgctxt is its segment path, so the files
also work with its upload button), with what a bulk import needs on top: every file is checked
before anything is written, and the import is all or nothing.
"""

import re
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import polib
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Model
from django.utils.text import slugify
from wagtail.blocks import ListBlock
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin
from wagtail_localize.models import StringSegment, Translation

from cms.translation.po_files import PoFileError, read_po
from core.plain_text import control_character

TRANSLATION_ID = "X-WagtailLocalize-TranslationID"
# How many entries the export wrote: a PO file cut between two entries is still valid PO.
ENTRY_COUNT = "X-Entry-Count"
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdf]|%[sdf]|\{\w*\}")
XLIFF_SUFFIXES = {".xlf", ".xliff"}
UUID = re.compile(r"\.?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class PoError(Exception):
    """One or more files cannot be imported; the message lists every problem."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("\n".join(problems))


def translations_into(locale: str, source: str | None = None):
    """The enabled translations into a locale (optionally only from one source locale)."""
    queryset = Translation.objects.filter(target_locale__language_code=locale, enabled=True)
    if source:
        queryset = queryset.filter(source__locale__language_code=source)
    return queryset.select_related("source__locale", "target_locale").order_by("pk")


def file_name(translation, suffix: str = "po") -> str:
    """Stable and readable: model, the object's slug (or id), and the translation's id."""
    instance = translation.source.get_source_instance()
    label = slugify(getattr(instance, "slug", "") or str(instance.pk))[:50]
    return f"{instance._meta.model_name}-{label}-{str(translation.uuid)[:8]}.{suffix}"


def export_po(translation) -> polib.POFile:
    """wagtail-localize's PO file, with a Language header and readable comments."""
    po = translation.export_po()
    po.metadata["Language"] = translation.target_locale.language_code
    po.metadata["X-Source-Language"] = translation.source.locale.language_code
    po.metadata["Project-Id-Version"] = "Baltic Commons"
    po.metadata[ENTRY_COUNT] = str(len(po))
    for entry in po:
        # msgctxt is an internal path; translators get the object and the field instead.
        entry.comment = f"{translation.source.object_repr}: {UUID.sub('', entry.msgctxt)}"
    return po


def export(
    locale: str, out_dir: Path, source: str | None = None, file_format: str = "po"
) -> list[Path]:
    """Write one file (PO or XLIFF 2.0) per translation into out_dir/<locale>/."""
    from .xliff import to_xliff

    folder = out_dir / locale
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for translation in translations_into(locale, source):
        po = export_po(translation)
        if file_format == "xliff":
            path = folder / file_name(translation, "xlf")
            path.write_bytes(to_xliff(po))
        else:
            path = folder / file_name(translation)
            po.save(str(path))
        written.append(path)
    return written


class FileProblem(ValueError):
    """A file that cannot be read at all, and the line where that shows."""

    def __init__(self, line: int, reason: str):
        self.line = line
        super().__init__(reason)


def last_line(data: bytes) -> int:
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


def cut_off(line: int, data: bytes) -> str:
    """A hint when a problem is on the file's last line: that is how a truncated file looks."""
    return " (the file ends here: it may be cut off)" if line >= last_line(data) else ""


def parse(path: Path) -> tuple[polib.POFile, int]:
    """A PO file, or an XLIFF 2.0 file read as PO entries, and the line of its header;
    FileProblem if it is neither."""
    from .xliff import XliffError, from_xliff

    data = path.read_bytes()
    if path.suffix in XLIFF_SUFFIXES:
        try:
            return from_xliff(data)
        except XliffError as error:
            reason = f"not a valid XLIFF 2.0 file: {error}{cut_off(error.line, data)}"
            raise FileProblem(error.line, reason) from None
    # compile_locales' reader: polib alone accepts a string cut in the middle.
    try:
        po = read_po(path)
    except PoFileError as error:
        line = int(error.line) if str(error.line).isdigit() else 1
        raise FileProblem(
            line, f"not a valid PO file: {error.problem}{cut_off(line, data)}"
        ) from None
    header = re.search(rb'^msgid ""', data, re.MULTILINE)
    return po, data[: header.start()].count(b"\n") + 1 if header else 1


@dataclass
class Upload:
    path: Path
    translation: Translation
    po: polib.POFile
    header_line: int


def changed_markup(msgid: str, msgstr: str) -> str | None:
    """Why msgstr breaks msgid's HTML tags or placeholders, if it does."""
    for pattern, what in ((TAG, "HTML tags"), (PLACEHOLDER, "placeholders")):
        expected, found = Counter(pattern.findall(msgid)), Counter(pattern.findall(msgstr))
        if expected != found:
            missing = list((expected - found).elements())
            extra = list((found - expected).elements())
            detail = "; ".join(
                part
                for part in (
                    f"missing {' '.join(missing)}" if missing else "",
                    f"unexpected {' '.join(extra)}" if extra else "",
                )
                if part
            )
            return f"the translation changes the {what} of the source ({detail})"
    return None


def max_length(model: type[Model], field_path: str) -> int | None:
    """The most characters the field at a wagtail-localize field path holds, if it has a limit
    (model fields, StreamField blocks such as CharBlock, fields of inline child objects)."""
    names = field_path.split(".")
    try:
        field = model._meta.get_field(names[0])
        if isinstance(field, StreamField):
            block = field.stream_block
            for name in names[1:]:
                block = (
                    block.child_block if isinstance(block, ListBlock) else block.child_blocks[name]
                )
            return getattr(getattr(block, "field", None), "max_length", None)
        if field.one_to_many and len(names) > 1:
            # A one-to-many relation always has its related model.
            return max_length(field.related_model, ".".join(names[1:]))  # type: ignore[arg-type]
    except (FieldDoesNotExist, KeyError, AttributeError):
        return None
    return getattr(field, "max_length", None)


def header_problems(path: Path, po: polib.POFile, line: int) -> tuple[str | None, list[str]]:
    """The translation id the headers name, if usable, and what is wrong with the headers."""
    where = f"{path}:{line}"
    problems = []
    if not po.metadata.get("Language"):
        problems.append(
            f"{where}: the Language header is missing (the locale the file translates into); "
            "export the file again with export_translations"
        )
    translation_id = po.metadata.get(TRANSLATION_ID)
    if not translation_id:
        problems.append(
            f"{where}: the {TRANSLATION_ID} header is missing (a translation tool may have "
            "dropped it); export the file again with export_translations"
        )
        return None, problems
    try:
        uuid.UUID(translation_id)
    except ValueError:
        problems.append(f"{where}: the {TRANSLATION_ID} header {translation_id!r} is not a UUID")
        return None, problems
    return translation_id, problems


def truncation(path: Path, po: polib.POFile, current: set[tuple[str, str]]) -> list[str]:
    """A PO file that lost entries at its end (XLIFF cannot: its root element would not close)."""
    data = path.read_bytes()
    where = f"{path}:{last_line(data)}"
    entries = [e for e in po if not e.obsolete]
    expected = po.metadata.get(ENTRY_COUNT)
    if expected is not None:
        if expected.strip() != str(len(entries)):
            return [
                f"{where}: the file has {len(entries)} entries, its {ENTRY_COUNT} header says "
                f"{expected}: it is cut off or entries were deleted; export it again"
            ]
        return []
    # Files exported before the header existed: every segment of the source must be there.
    missing = current - {(e.msgctxt, e.msgid) for e in entries}
    if missing:
        return [
            f"{where}: {len(missing)} segment(s) of the source have no entry: the file may be "
            "cut off, or the source changed since the export; export it again"
        ]
    return []


def read(path: Path, locale: str | None) -> tuple[Upload | None, list[str]]:
    """Parse and check one file against the current source; returns it or its problems."""
    try:
        po, header_line = parse(path)
    except FileProblem as error:
        return None, [f"{path}:{error.line}: {error}"]
    translation_id, problems = header_problems(path, po, header_line)
    if translation_id is None:
        return None, problems
    translation = (
        Translation.objects.filter(uuid=translation_id, enabled=True)
        .select_related("source", "target_locale")
        .first()
    )
    if translation is None:
        return None, [
            *problems,
            f"{path}:{header_line}: no translation {translation_id} in the CMS (deleted or "
            "stopped?); export the file again",
        ]
    target = translation.target_locale.language_code
    language = po.metadata.get("Language")
    if language and language != target:
        problems.append(
            f"{path}:{header_line}: the file says Language: {language}, but it translates into "
            f"{target}"
        )
    if locale and target != locale:
        problems.append(f"{path}:{header_line}: this file translates into {target}, not {locale}")
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "context", "string"
    )
    current = {(s.context.path, s.string.data) for s in segments}
    instance = translation.source.as_instance()
    limits = {
        s.context.path: max_length(type(instance), s.context.get_field_path(instance))
        for s in segments
    }
    if path.suffix not in XLIFF_SUFFIXES:
        problems += truncation(path, po, current)
    for entry in po:
        if entry.obsolete or not entry.msgstr:
            continue
        where = f"{path}:{entry.linenum}"
        if (entry.msgctxt, entry.msgid) not in current:
            problems.append(
                f'{where}: msgid "{entry.msgid[:60]}" is no longer in the source (it changed '
                "since the export); export again and carry the translation over"
            )
            continue
        limit = limits.get(entry.msgctxt)
        reason = (
            f"the translation {control}" if (control := control_character(entry.msgstr)) else None
        )
        if reason is None and limit and len(entry.msgstr) > limit:
            field = UUID.sub("", entry.msgctxt)
            reason = (
                f"the translation is {len(entry.msgstr)} characters long; {field} holds at most "
                f"{limit}"
            )
        reason = reason or changed_markup(entry.msgid, entry.msgstr)
        if reason:
            problems.append(f"{where}: {reason}")
    return Upload(path, translation, po, header_line), problems


def po_files(target: Path) -> list[Path]:
    if target.is_dir():
        return sorted(p for p in target.rglob("*") if p.suffix in {".po", *XLIFF_SUFFIXES})
    return [target]


def import_files(target: Path, locale: str | None = None, publish: bool = False, user=None):
    """Check every file, then apply all of them in one transaction; raises PoError otherwise.

    Targets are saved as drafts (they go through moderation) unless publish is set; snippets
    without drafts are saved as they are. Returns the uploads applied.
    """
    paths = po_files(target)
    if not paths:
        raise PoError([f"{target}: no .po or .xlf files found"])
    uploads, problems = [], []
    for path in paths:
        upload, found = read(path, locale)
        problems += found
        if upload:
            uploads.append(upload)
    if problems:
        raise PoError(problems)
    with transaction.atomic():
        for upload in uploads:
            try:
                # A savepoint each, so that one refusal does not hide the next file's.
                with transaction.atomic():
                    apply(upload, publish, user)
            except (ValidationError, DatabaseError) as error:
                problems.append(f"{upload.path}:{upload.header_line}: the CMS refused it ({error})")
        if problems:
            transaction.set_rollback(True)
    if problems:
        raise PoError(problems)
    return uploads


def apply(upload: Upload, publish: bool, user) -> None:
    upload.translation.import_po(upload.po, user=user, tool_name="PO file")
    instance = upload.translation.source.get_source_instance()
    upload.translation.save_target(
        user=user, publish=publish or not isinstance(instance, DraftStateMixin)
    )
