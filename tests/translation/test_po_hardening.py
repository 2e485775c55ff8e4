"""Issue 13, import tools: damaged or hostile PO and XLIFF files are refused with
`file:line: reason`, and nothing from any file is applied."""

import io
import re

import polib
import pytest
from django.core.management import CommandError, call_command
from wagtail_localize.models import StringTranslation

from tests.translation.test_po import LATVIAN, article, export, fill  # noqa: F401 (fixture)

TITLE = "Social economy in Liepāja"


def refused(path, named=None) -> list[str]:
    """The problem lines of an import that must fail and leave every translation as it was."""
    before = StringTranslation.objects.count()
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_translations", str(path), stdout=io.StringIO(), stderr=err)
    assert StringTranslation.objects.count() == before
    lines = err.getvalue().splitlines()
    assert lines
    for line in lines:
        assert re.match(rf"{re.escape(str(named or path))}:\d+: \S", line), line
    return lines


@pytest.fixture
def po_path(article, tmp_path):  # noqa: F811 (the fixture imported above)
    files, _ = export(tmp_path)
    fill(files[0], LATVIAN)
    return files[0]


@pytest.mark.parametrize("cut", ["60%", "mid-string", "mid-character", "entry boundary"])
def test_a_truncated_po_file_is_refused(po_path, cut):
    data = po_path.read_bytes()
    if cut == "60%":
        end = len(data) * 6 // 10
    elif cut == "mid-string":
        end = data.index("kafejnīca nodarbina".encode()) + 4
    elif cut == "mid-character":
        end = data.rindex("ā".encode()) + 1
    else:  # a clean cut between two entries leaves a valid PO file: only the count tells
        end = data.rstrip(b"\n").rindex(b"\n\n") + 1
    po_path.write_bytes(data[:end])
    lines = refused(po_path)
    assert any("cut off" in line for line in lines), lines


def test_a_duplicate_entry_is_refused(po_path):
    text = po_path.read_text(encoding="utf-8")
    entry = next(e for e in polib.pofile(str(po_path)) if e.msgid == TITLE)
    po_path.write_text(text + "\n" + str(entry), encoding="utf-8")
    (line,) = refused(po_path)
    assert f"already defined on line {entry.linenum}" in line


def test_a_missing_language_header_is_refused(po_path):
    po = polib.pofile(str(po_path))
    del po.metadata["Language"]
    po.save(str(po_path))
    (line,) = refused(po_path)
    assert "the Language header is missing" in line


def test_a_translation_id_that_is_not_a_uuid_is_refused(po_path):
    fill(po_path, LATVIAN, **{"X-WagtailLocalize-TranslationID": "1 OR 1=1"})
    (line,) = refused(po_path)
    assert "'1 OR 1=1' is not a UUID" in line


def test_a_nul_byte_is_refused(po_path):
    fill(po_path, {**LATVIAN, TITLE: "Sociālā\x00 ekonomika"})
    entry = next(e for e in polib.pofile(str(po_path)) if e.msgid == TITLE)
    (line,) = refused(po_path)
    assert line.startswith(f"{po_path}:{entry.linenum}: ") and "U+0000 (NUL)" in line


def test_text_longer_than_its_field_is_refused(po_path):
    fill(po_path, {**LATVIAN, TITLE: "ā" * 256})
    entry = next(e for e in polib.pofile(str(po_path)) if e.msgid == TITLE)
    (line,) = refused(po_path)
    assert line.startswith(f"{po_path}:{entry.linenum}: ")
    assert "256 characters" in line and "255" in line


def test_a_bad_file_stops_the_good_ones_too(po_path, tmp_path):
    good = po_path.read_bytes()
    broken = po_path.with_name("broken.po")
    broken.write_bytes(good[: len(good) * 6 // 10])
    (line,) = refused(po_path.parent, named=broken)
    assert "cut off" in line


@pytest.fixture
def xliff_path(article, tmp_path):  # noqa: F811 (the fixture imported above)
    call_command(
        "export_translations",
        str(tmp_path),
        "--locale",
        "lv",
        "--format",
        "xliff",
        stdout=io.StringIO(),
    )
    (path,) = (tmp_path / "lv").glob("*.xlf")
    xml = path.read_text(encoding="utf-8")
    for source, target in LATVIAN.items():
        escaped = source.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        target = target.replace("<", "&lt;").replace(">", "&gt;")
        xml = xml.replace(
            f"<source>{escaped}</source>", f"<source>{escaped}</source>\n<target>{target}</target>"
        )
    path.write_text(xml, encoding="utf-8")
    return path


def line_of(path, text: str) -> int:
    return (
        path.read_text(encoding="utf-8")[: path.read_text(encoding="utf-8").index(text)].count("\n")
        + 1
    )


def test_a_truncated_xliff_file_is_refused(xliff_path):
    data = xliff_path.read_bytes()
    xliff_path.write_bytes(data[: len(data) * 6 // 10])
    (line,) = refused(xliff_path)
    assert "not a valid XLIFF 2.0 file" in line and "cut off" in line


def test_a_duplicate_xliff_unit_is_refused(xliff_path):
    xml = xliff_path.read_text(encoding="utf-8")
    start = xml.index("<unit ")
    unit = xml[start : xml.index("</unit>", start) + len("</unit>")]
    xliff_path.write_text(xml.replace("</file>", unit.replace('id="u', 'id="x') + "</file>"))
    (line,) = refused(xliff_path)
    assert "already defined on line" in line


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda xml: xml.replace(' trgLang="lv"', ""), "the Language header is missing"),
        (
            lambda xml: re.sub(r'original="[^"]+"', 'original="../../etc"', xml),
            "'../../etc' is not a UUID",
        ),
        (
            lambda xml: xml.replace("Sociālā ekonomika", "Sociālā&#0; ekonomika"),
            "reference to invalid character number",
        ),
        (
            lambda xml: xml.replace("Sociālā ekonomika", "Sociālā\x00 ekonomika"),
            "not well-formed (invalid token)",
        ),
    ],
)
def test_bad_xliff_files_are_refused(xliff_path, change, message):
    xliff_path.write_text(change(xliff_path.read_text(encoding="utf-8")), encoding="utf-8")
    (line,) = refused(xliff_path)
    assert message in line


def test_xliff_problems_name_the_line_of_the_target(xliff_path):
    long = "ā" * 256
    xml = xliff_path.read_text(encoding="utf-8")
    xliff_path.write_text(xml.replace(LATVIAN[TITLE], long), encoding="utf-8")
    (line,) = refused(xliff_path)
    assert line.startswith(f"{xliff_path}:{line_of(xliff_path, long)}: ")
    assert "256 characters" in line


def test_a_document_type_declaration_is_refused(xliff_path):
    # Entity expansion ("billion laughs") needs a DTD; an XLIFF file never has one.
    xml = xliff_path.read_text(encoding="utf-8")
    xml = xml.replace("<xliff ", '<!DOCTYPE xliff [<!ENTITY lol "lol">]>\n<xliff ', 1).replace(
        "Sociālā ekonomika", "&lol;"
    )
    xliff_path.write_text(xml, encoding="utf-8")
    (line,) = refused(xliff_path)
    assert "DTD" in line
