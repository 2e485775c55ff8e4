"""import_directory / export_directory: validation row by row, all or nothing, exact round trip."""

import io

import pytest
from django.core.management import CommandError, call_command

from directory.models import SocialEnterprise, SupportOrganisation

pytestmark = pytest.mark.django_db

HEADER = "slug,name,short_description,country,city,latitude,longitude,sectors,target_groups,sdgs,languages,year_founded\n"


def write(tmp_path, text, name="entries.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_creates_drafts_and_publishes_on_request(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + "stop-over,Stop-over kafejnīca,Jaunieši vada kafejnīcu,LV,Liepa,57.36,25.41,food-catering;Education and training,youth-neet,8;10,lv;en,2020\n"
        + "hear-me-out,Hear me out,,dk,,,,culture-media,people-with-disabilities,3,da,\n",
    )
    call_command("import_directory", str(path), kind="enterprises")
    cafe = SocialEnterprise.objects.get(slug="stop-over")
    assert cafe.live is False
    assert cafe.latest_revision is not None

    call_command("import_directory", str(path), kind="enterprises", update=True, publish=True)
    cafe.refresh_from_db()
    assert cafe.live is True
    assert cafe.name == "Stop-over kafejnīca"
    assert sorted(cafe.sectors.values_list("slug", flat=True)) == ["education", "food-catering"]
    assert sorted(cafe.sdgs.values_list("number", flat=True)) == [8, 10]
    assert cafe.languages == ["lv", "en"]
    assert SocialEnterprise.objects.get(slug="hear-me-out").country.code == "DK"


def test_bad_rows_are_all_reported_and_nothing_is_written(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + "good,Good one,,LV,,,,,,,,\n"
        + "bad-lat,Bad latitude,,LV,,95,24,,,,,\n"
        + "bad-country,Nowhere,,XX,,,,,,,,\n"
        + "bad-sector,Unknown sector,,LV,,,,space-travel,,,,\n"
        + "bad-year,Bad year,,LV,,,,,,,,soon\n"
        + ",No slug,,LV,,,,,,,,\n",
    )
    err = io.StringIO()
    with pytest.raises(CommandError, match="5 problem"):
        call_command("import_directory", str(path), kind="enterprises", stderr=err)
    expected = [
        f"{path}:3: slug bad-lat: latitude: Ensure this value is less than or equal to 90.",
        f"{path}:4: slug bad-country: country: no country 'XX'",
        f"{path}:5: slug bad-sector: sectors: no sector 'space-travel'",
        f"{path}:6: slug bad-year: year_founded: 'soon' is not a whole number",
        f"{path}:7: slug ?: slug: required",
    ]
    lines = err.getvalue().splitlines()
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start)
    assert not SocialEnterprise.objects.exists()


def test_existing_slug_is_refused_without_update(tmp_path):
    path = write(tmp_path, HEADER + "cafe,Café,,LV,,,,,,,,\n")
    call_command("import_directory", str(path), kind="enterprises", publish=True)
    edited = SocialEnterprise.objects.get(slug="cafe")
    edited.name = "Edited by a curator"
    edited.save()
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_directory", str(path), kind="enterprises", stderr=err)
    assert "use --update" in err.getvalue()
    edited.refresh_from_db()
    assert edited.name == "Edited by a curator"


def test_update_without_publish_keeps_the_live_version(tmp_path):
    path = write(tmp_path, HEADER + "cafe,Café,,LV,,,,,,,,\n")
    call_command("import_directory", str(path), kind="enterprises", publish=True)
    changed = write(tmp_path, HEADER + "cafe,Café renamed,,LV,,,,,,,,\n", "changed.csv")
    call_command("import_directory", str(changed), kind="enterprises", update=True)
    cafe = SocialEnterprise.objects.get(slug="cafe")
    assert cafe.name == "Café"  # the live row is untouched
    assert cafe.latest_revision.as_object().name == "Café renamed"  # the change awaits review


def test_dry_run_writes_nothing(tmp_path, capsys):
    path = write(tmp_path, HEADER + "cafe,Café,,LV,,,,,,,,\n")
    call_command("import_directory", str(path), kind="enterprises", dry_run=True)
    assert "Would import 1 enterprises" in capsys.readouterr().out
    assert not SocialEnterprise.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,country\nX,LV\n", "lacks required column(s): slug"),
        ("slug,name,country,colour\nx,X,LV,red\n", "Unknown column(s): colour"),
    ],
)
def test_bad_header(tmp_path, content, message):
    path, err = write(tmp_path, content), io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_directory", str(path), kind="enterprises", stderr=err)
    assert err.getvalue().startswith(f"{path}:1: ") and message in err.getvalue()


def test_not_utf8_is_a_clear_error(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "x,Ærø Kaffe,,DK,,,,,,,,\n").encode("latin-1"))
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_directory", str(path), kind="enterprises", stderr=err)
    assert err.getvalue() == f"{path}:2: not UTF-8 (byte 0xc6); save it as UTF-8 CSV\n"


def test_utf8_round_trip_is_byte_exact(tmp_path):
    names = "ā č ė ļ ņ š ž õ ä ö ø å æ ł ż ß"
    source = write(
        tmp_path,
        "slug,name,short_description,organisation_type,services,country,city,countries_served,sectors,languages,verification_status\n"
        + f'baltic,"Baltic, {names}",Žąsų ūkis Łódź,network,networking;training,PL,Gdańsk,DK;EE;LV,education,pl;en,verified\n',
    )
    call_command("import_directory", str(source), kind="organisations", publish=True)
    first = tmp_path / "first.csv"
    call_command("export_directory", str(first), kind="organisations")
    SupportOrganisation.objects.all().delete()
    call_command("import_directory", str(first), kind="organisations", publish=True)
    second = tmp_path / "second.csv"
    call_command("export_directory", str(second), kind="organisations")

    assert first.read_bytes() == second.read_bytes()
    exported = first.read_text(encoding="utf-8")
    assert f"Baltic, {names}" in exported
    assert "Žąsų ūkis Łódź" in exported
    assert "DK;EE;LV" in exported


def test_import_into_another_locale(tmp_path):
    path = write(tmp_path, HEADER + "cafe,Kaffebaren,,DK,,,,food-catering,,,,\n")
    call_command("import_directory", str(path), kind="enterprises", locale="da", publish=True)
    cafe = SocialEnterprise.objects.get(slug="cafe")
    assert cafe.locale.language_code == "da"
    with pytest.raises(CommandError, match="Unknown locale 'xx'"):
        call_command("import_directory", str(path), kind="enterprises", locale="xx")


def test_import_reports_new_and_updated_counts(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("slug,name,country\nkafejnica,Kafejnīca,LV\n", encoding="utf-8")
    out = io.StringIO()
    call_command("import_directory", str(path), "--kind", "enterprises", stdout=out)
    assert "1 new, 0 updated" in out.getvalue()
    out = io.StringIO()
    call_command("import_directory", str(path), "--kind", "enterprises", "--update", stdout=out)
    assert "0 new, 0 updated, 1 unchanged" in out.getvalue()
    path.write_text("slug,name,country\nkafejnica,Kafejnīca Liepā,LV\n", encoding="utf-8")
    out = io.StringIO()
    call_command("import_directory", str(path), "--kind", "enterprises", "--update", stdout=out)
    assert "0 new, 1 updated, 0 unchanged" in out.getvalue()
