"""PO files for translators working outside the admin, one file per object and locale.

Built on wagtail-localize's own PO export and import (msgctxt is its segment path, so the files
also work with its upload button), with what a bulk import needs on top: every file is checked
before anything is written, and the import is all or nothing.
"""

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import polib
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import DraftStateMixin
from wagtail_localize.models import StringSegment, Translation

TRANSLATION_ID = "X-WagtailLocalize-TranslationID"
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


def parse(path: Path) -> polib.POFile:
    """A PO file, or an XLIFF 2.0 file read as PO entries; ValueError if it is neither."""
    from .xliff import XliffError, from_xliff

    if path.suffix in XLIFF_SUFFIXES:
        try:
            return from_xliff(path.read_bytes())
        except XliffError as error:
            raise ValueError(f"not a valid XLIFF 2.0 file: {error}") from None
    try:
        return polib.pofile(str(path))
    except (OSError, ValueError) as error:
        raise ValueError(f"not a valid PO file: {error}") from None


@dataclass
class Upload:
    path: Path
    translation: Translation
    po: polib.POFile


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


def read(path: Path, locale: str | None) -> tuple[Upload | None, list[str]]:
    """Parse and check one file against the current source; returns it or its problems."""
    try:
        po = parse(path)
    except ValueError as error:
        return None, [f"{path}: {error}"]
    translation_id = po.metadata.get(TRANSLATION_ID)
    if not translation_id:
        return None, [
            f"{path}: the {TRANSLATION_ID} header is missing (a translation tool may have "
            "dropped it); export the file again with export_translations"
        ]
    translation = (
        Translation.objects.filter(uuid=translation_id, enabled=True)
        .select_related("source", "target_locale")
        .first()
    )
    if translation is None:
        return None, [
            f"{path}: no translation {translation_id} in the CMS (deleted or stopped?); "
            "export the file again"
        ]
    problems = []
    target = translation.target_locale.language_code
    language = po.metadata.get("Language")
    if language and language != target:
        problems.append(
            f"{path}: the file says Language: {language}, but it translates into {target}"
        )
    if locale and target != locale:
        problems.append(f"{path}: this file translates into {target}, not {locale}")
    current = set(
        StringSegment.objects.filter(source=translation.source).values_list(
            "context__path", "string__data"
        )
    )
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
        reason = changed_markup(entry.msgid, entry.msgstr)
        if reason:
            problems.append(f"{where}: {reason}")
    return Upload(path, translation, po), problems


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
            upload.translation.import_po(upload.po, user=user, tool_name="PO file")
            instance = upload.translation.source.get_source_instance()
            upload.translation.save_target(
                user=user, publish=publish or not isinstance(instance, DraftStateMixin)
            )
    return uploads
