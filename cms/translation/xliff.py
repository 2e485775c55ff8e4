"""XLIFF 2.0 for CAT tools that prefer it to PO: the same entries, in and out.

A file holds one translation: <file original> is its wagtail-localize id, each <unit name> its
segment path (msgctxt). Inline HTML stays as escaped text, so tags are checked like in PO.
"""

import xml.etree.ElementTree as ET
from xml.parsers import expat

import polib

from .po import TRANSLATION_ID

NS = "urn:oasis:names:tc:xliff:document:2.0"
Q = f"{{{NS}}}"


class XliffError(ValueError):
    """The file is not XLIFF 2.0 as export_translations writes it."""

    def __init__(self, line: int, message: str):
        self.line = line
        super().__init__(message)


def to_xliff(po: polib.POFile) -> bytes:
    """An XLIFF 2.0 document with the entries of a PO file from export_po."""
    ET.register_namespace("", NS)
    root = ET.Element(
        f"{Q}xliff",
        {
            "version": "2.0",
            "srcLang": po.metadata.get("X-Source-Language", "en"),
            "trgLang": po.metadata.get("Language", ""),
        },
    )
    file = ET.SubElement(root, f"{Q}file", {"id": "f1", "original": po.metadata[TRANSLATION_ID]})
    for number, entry in enumerate((e for e in po if not e.obsolete), start=1):
        unit = ET.SubElement(file, f"{Q}unit", {"id": f"u{number}", "name": entry.msgctxt})
        if entry.comment:
            notes = ET.SubElement(unit, f"{Q}notes")
            ET.SubElement(notes, f"{Q}note").text = entry.comment
        segment = ET.SubElement(unit, f"{Q}segment")
        ET.SubElement(segment, f"{Q}source").text = entry.msgid
        if entry.msgstr:
            ET.SubElement(segment, f"{Q}target").text = entry.msgstr
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def parse_with_lines(data: bytes) -> tuple[ET.Element, dict[int, int]]:
    """The element tree and the line each element starts on (by id), which ElementTree drops.

    A document type declaration is refused: XLIFF has none, and it is what entity-expansion
    attacks ("billion laughs") need.
    """
    builder = ET.TreeBuilder()
    lines: dict[int, int] = {}
    parser = expat.ParserCreate(namespace_separator="}")

    def qualified(name: str) -> str:
        return "{" + name if "}" in name else name

    def start(tag: str, attributes: dict[str, str]) -> None:
        element = builder.start(qualified(tag), {qualified(k): v for k, v in attributes.items()})
        lines[id(element)] = parser.CurrentLineNumber

    def doctype(*_args: object) -> None:
        raise XliffError(parser.CurrentLineNumber, "a DTD (<!DOCTYPE>) is not allowed")

    parser.StartElementHandler = start
    parser.EndElementHandler = lambda tag: builder.end(qualified(tag))
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = doctype
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise XliffError(error.lineno, expat.errors.messages[error.code]) from None
    return builder.close(), lines


def from_xliff(data: bytes) -> tuple[polib.POFile, int]:
    """The PO entries of an XLIFF 2.0 document (entry.linenum: the line of its target) and the
    line of the element that holds the file's id and language."""
    root, lines = parse_with_lines(data)
    if root.tag != f"{Q}xliff" or root.get("version") != "2.0":
        raise XliffError(
            lines[id(root)],
            'the root element is not <xliff version="2.0"> in the XLIFF 2.0 namespace',
        )
    files = root.findall(f"{Q}file")
    if len(files) != 1:
        raise XliffError(lines[id(root)], f"expected one <file>, found {len(files)}")
    po = polib.POFile()
    if files[0].get("original"):
        po.metadata[TRANSLATION_ID] = files[0].get("original")
    if root.get("trgLang"):
        po.metadata["Language"] = root.get("trgLang")
    names: dict[str, int] = {}
    for unit in files[0].iter(f"{Q}unit"):
        line = lines[id(unit)]
        source = unit.find(f"{Q}segment/{Q}source")
        target = unit.find(f"{Q}segment/{Q}target")
        name = unit.get("name")
        if source is None or name is None:
            raise XliffError(line, f"unit {unit.get('id')} has no name or no <source>")
        if name in names:
            raise XliffError(line, f"unit name {name!r} is already defined on line {names[name]}")
        names[name] = line
        entry = polib.POEntry(
            msgctxt=name,
            msgid=source.text or "",
            msgstr=(target.text or "") if target is not None else "",
        )
        entry.linenum = lines[id(target)] if target is not None else line
        po.append(entry)
    return po, lines[id(files[0])]
