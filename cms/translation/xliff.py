"""XLIFF 2.0 for CAT tools that prefer it to PO: the same entries, in and out.

A file holds one translation: <file original> is its wagtail-localize id, each <unit name> its
segment path (msgctxt). Inline HTML stays as escaped text, so tags are checked like in PO.
"""

import xml.etree.ElementTree as ET

import polib

from .po import TRANSLATION_ID

NS = "urn:oasis:names:tc:xliff:document:2.0"
Q = f"{{{NS}}}"


class XliffError(ValueError):
    """The file is not XLIFF 2.0 as export_translations writes it."""


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


def from_xliff(data: bytes) -> polib.POFile:
    """The PO entries of an XLIFF 2.0 document; where they came from is in entry.linenum."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise XliffError(str(error)) from None
    if root.tag != f"{Q}xliff" or root.get("version") != "2.0":
        raise XliffError('the root element is not <xliff version="2.0"> in the XLIFF 2.0 namespace')
    files = root.findall(f"{Q}file")
    if len(files) != 1:
        raise XliffError(f"expected one <file>, found {len(files)}")
    po = polib.POFile()
    if files[0].get("original"):
        po.metadata[TRANSLATION_ID] = files[0].get("original")
    if root.get("trgLang"):
        po.metadata["Language"] = root.get("trgLang")
    for unit in files[0].iter(f"{Q}unit"):
        source = unit.find(f"{Q}segment/{Q}source")
        target = unit.find(f"{Q}segment/{Q}target")
        if source is None or unit.get("name") is None:
            raise XliffError(f"unit {unit.get('id')} has no name or no <source>")
        entry = polib.POEntry(
            msgctxt=unit.get("name"),
            msgid=source.text or "",
            msgstr=(target.text or "") if target is not None else "",
        )
        entry.linenum = f"unit {unit.get('id')}"
        po.append(entry)
    return po
