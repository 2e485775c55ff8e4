"""Reading PO files strictly: the checks compile_locales, the translation importer and the
coverage report share (polib alone lets a string cut in the middle pass)."""

import re
import string
from collections import Counter
from pathlib import Path

import polib

# A PO line outside comments: a keyword and a quoted string, or a continued string.
QUOTED = r'"(?:[^"\\]|\\.)*"'
PO_LINE = re.compile(rf"^\s*(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?{QUOTED}\s*$")
PERCENT_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[#0 +-]*(?:\d+|\*)?(?:\.\d+)?([a-zA-Z%])")


class PoFileError(Exception):
    def __init__(self, path: Path, line: int | str, problem: str) -> None:
        # Kept apart as well, for callers that print `file:line: reason` (import_translations).
        self.path, self.line, self.problem = path, line, problem
        super().__init__(f"{path}, line {line}: {problem}")


def read_po(path: Path) -> polib.POFile:
    """The parsed file, or PoFileError naming the line (polib lets some broken lines pass)."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PoFileError(path, line, "not valid UTF-8") from None
    for number, text_line in enumerate(text.splitlines(), start=1):
        stripped = text_line.strip()
        if stripped and not stripped.startswith("#") and not PO_LINE.match(text_line):
            raise PoFileError(path, number, f"not a keyword and a quoted string: {stripped!r}")
    try:
        po = polib.pofile(text, encoding="utf-8", wrapwidth=0)
    except (OSError, ValueError) as error:
        # polib says "Syntax error in po file <path> (line N)[: detail]".
        match = re.search(r"\(line (\d+)\)(?::\s*(.*))?", str(error))
        where, detail = match.groups() if match else ("?", str(error))
        problem = f"syntax error: {detail}" if detail else "syntax error"
        raise PoFileError(path, where, problem) from None
    seen: dict[tuple[str | None, str], int] = {}
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
