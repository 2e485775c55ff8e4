"""Impact indicators: seeded standards, values kept as entered and flagged, and summaries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import Country, ImpactIndicator, IndicatorValue
from tests.directory.factories import (
    IndicatorValueFactory,
    ProjectFactory,
    SocialEnterpriseFactory,
    directory_taxonomy,
)

pytestmark = pytest.mark.django_db


def indicator(code):
    return ImpactIndicator.objects.get(code=code, locale__language_code="en")


def test_standard_indicators_are_seeded():
    codes = set(
        ImpactIndicator.objects.filter(locale__language_code="en").values_list("code", flat=True)
    )
    assert codes == {
        "OI8869",
        "OI6213",
        "OI4038",
        "PI3687",
        "PI3527",
        "CO05",
        "CO08",
        "NEW-COMPANIES",
        "NEW-COMPANIES-MIXED",
    }
    assert indicator("CO05").scheme == "erdf"
    assert sorted(goal.number for goal in indicator("OI6213").sdgs.all()) == [5, 8]


def test_parts_that_do_not_add_up_are_kept_and_flagged(graphql):
    # The East-Middle Sweden platform's target table: 10 men + 15 women, 24 new companies.
    project = ProjectFactory(slug="east-middle-sweden", name="Plattformen Östra Mellansverige")
    IndicatorValueFactory(
        indicator_code="NEW-COMPANIES",
        project=project,
        total=24,
        men=10,
        women=15,
        target=24,
        period_start=datetime.date(2008, 1, 1),
        period_end=datetime.date(2010, 12, 31),
    )
    IndicatorValueFactory(
        project=project,
        total=300,
        men=130,
        women=170,
        period_start=datetime.date(2008, 1, 1),
        period_end=datetime.date(2010, 12, 31),
    )
    value = IndicatorValue.objects.get(indicator__code="NEW-COMPANIES")
    assert (value.total, value.men, value.women, value.inconsistent) == (24, 10, 15, True)

    entry = SocialEnterpriseFactory(slug="hub")
    entry.source_projects.add(project)
    entry.save_revision().publish()
    query = """{ socialEnterprise(slug: "hub") { sourceProjects { slug impact {
        indicator { code name scheme sdgs } total women men target consistent } } } }"""
    (found,) = graphql(query)["data"]["socialEnterprise"]["sourceProjects"]
    assert found["impact"] == [
        {
            "indicator": {
                "code": "NEW-COMPANIES",
                "name": "New companies",
                "scheme": "CUSTOM",
                "sdgs": [8],
            },
            "total": 24.0,
            "women": 15.0,
            "men": 10.0,
            "target": 24.0,
            "consistent": False,
        },
        {
            "indicator": {
                "code": "PI3687",
                "name": "Jobs created at supported enterprises",
                "scheme": "IRIS_PLUS",
                "sdgs": [8],
            },
            "total": 300.0,
            "women": 170.0,
            "men": 130.0,
            "target": None,
            "consistent": True,
        },
    ]


def test_admin_lists_inconsistent_values(admin_client):
    project = ProjectFactory()
    IndicatorValueFactory(indicator_code="CO05", project=project, total=5, women=1, men=1)
    response = admin_client.get(
        "/admin/snippets/directory/indicatorvalue/", {"inconsistent": "true"}
    )
    assert response.status_code == 200
    assert "CO05" in response.content.decode()


def test_value_edited_on_its_own_refuses_bad_input(admin_client):
    project = ProjectFactory()
    response = admin_client.post(
        "/admin/snippets/directory/indicatorvalue/add/",
        {
            "indicator": indicator("CO05").pk,
            "project": project.pk,
            "period_start": "2022-12-31",
            "period_end": "2022-01-01",
            "total": "-3",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "The period cannot end before it starts." in html
    assert "Figures cannot be negative." in html
    assert not IndicatorValue.objects.exists()


SUMMARY = """query($countries: [String!], $sectors: [String!]) {
  impactSummary(indicator: "PI3687", locale: "lv", countries: $countries, sectors: $sectors) {
    indicator { code } total women men other entries verifiedEntries values inconsistentValues
  }
}"""


def with_value(slug, country="LV", sectors=(), verified=True, **figures):
    entry = SocialEnterpriseFactory(
        slug=slug, country=directory_taxonomy(Country, code=country), sectors=list(sectors)
    )
    IndicatorValueFactory(enterprise=entry, verified=verified, **figures)
    entry.save_revision().publish()
    return entry


def test_summary_adds_up_across_entries_once_per_entry(graphql, locale):
    cafe = with_value("cafe-liepa", total=6, women=4, men=2)
    with_value("dog-daycare", country="SE", verified=False, total=3, women=2, men=2)
    with_value("pskov", country="RU", total=50, women=25, men=25)
    # A translation carries a copy of the values; it must not count twice.
    danish = cafe.copy_for_translation(locale("da"))
    danish.save()
    danish.save_revision().publish()

    data = graphql(SUMMARY)["data"]["impactSummary"]
    assert data == {
        "indicator": {"code": "PI3687"},
        "total": 9.0,
        "women": 6.0,
        "men": 4.0,
        "other": 0.0,
        "entries": 2,
        "verifiedEntries": 1,
        "values": 2,
        "inconsistentValues": 1,
    }
    latvia = graphql(SUMMARY, {"countries": ["lv"]})["data"]["impactSummary"]
    assert (latvia["total"], latvia["entries"]) == (6.0, 1)


def test_unknown_indicator_is_a_clear_error(graphql):
    body = graphql('{ impactSummary(indicator: "XX1") { total } }', errors=True)
    assert body["errors"][0]["extensions"]["code"] == "UNKNOWN_INDICATOR"


def test_impact_on_listings_costs_the_same_for_any_page_size(graphql):
    query = "{ socialEnterprises { results { impact { total indicator { name } } } } }"

    def count():
        with CaptureQueriesContext(connection) as captured:
            graphql(query)
        return len(captured)

    with_value("a", total=1)
    few = count()
    for slug in ("b", "c", "d"):
        with_value(slug, total=1)
    assert count() == few


VALUES_CSV = """owner_kind,owner_slug,indicator,period_start,period_end,total,women,men,other,baseline,target,evidence_url,verified,method_note
enterprise,cafe-liepa,OI8869,2022-01-01,2022-12-31,6,4,2,,,,https://example.org/report,yes,Ziņojums: ā ē ī ū ļ ņ ķ ģ š ž č
project,east-middle-sweden,NEW-COMPANIES,2008-01-01,2010-12-31,24,15,10,,,24,,no,
"""


def run_import(tmp_path, text, *args):
    import io

    from django.core.management import call_command

    path = tmp_path / "values.csv"
    path.write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(
            "import_directory",
            str(path),
            "--kind",
            "indicator-values",
            *args,
            stdout=out,
            stderr=err,
        )
    finally:
        run_import.stderr = err.getvalue()
    return out.getvalue()


def test_indicator_values_round_trip_through_csv(tmp_path):
    import io

    from django.core.management import call_command

    SocialEnterpriseFactory(slug="cafe-liepa")
    ProjectFactory(slug="east-middle-sweden")
    assert "2 new, 0 updated" in run_import(tmp_path, VALUES_CSV)
    flagged = IndicatorValue.objects.get(project__slug="east-middle-sweden")
    assert flagged.inconsistent and flagged.total == 24

    out = io.StringIO()
    call_command("export_directory", "--kind", "indicator-values", stdout=out)
    assert out.getvalue().replace("\r\n", "\n").splitlines() == [
        line.replace(",6,4,2,", ",6.00,4.00,2.00,").replace(
            ",24,15,10,,,24,", ",24.00,15.00,10.00,,,24.00,"
        )
        for line in VALUES_CSV.splitlines()
    ]
    # Importing the same file again changes nothing; a changed figure needs --update.
    from django.core.management import CommandError

    assert "0 new, 0 updated, 2 unchanged" in run_import(tmp_path, VALUES_CSV)
    changed = VALUES_CSV.replace(",6,4,2,", ",7,4,2,")
    with pytest.raises(CommandError, match="nothing was imported"):
        run_import(tmp_path, changed)
    assert "0 new, 1 updated, 1 unchanged" in run_import(tmp_path, changed, "--update")
    assert IndicatorValue.objects.count() == 2


def test_bad_value_rows_are_reported_and_nothing_is_written(tmp_path):
    from django.core.management import CommandError

    SocialEnterpriseFactory(slug="cafe-liepa")
    bad = VALUES_CSV + (
        "enterprise,no-such,OI8869,2022-01-01,2022-12-31,1,,,,,,,no,\n"
        "enterprise,cafe-liepa,XX1,2022-01-01,2022-12-31,1,,,,,,,maybe,\n"
        "enterprise,cafe-liepa,CO05,2022-12-31,2022-01-01,-1,,,,,,,no,\n"
    )
    with pytest.raises(CommandError, match="4 problem"):
        run_import(tmp_path, bad)
    message = run_import.stderr
    path = tmp_path / "values.csv"
    assert (
        f"{path}:3: project east-middle-sweden: owner_slug: no project 'east-middle-sweden'"
        in message
    )
    assert f"{path}:4: enterprise no-such: owner_slug: no social enterprise 'no-such'" in message
    assert f"{path}:5: enterprise cafe-liepa: indicator: no impact indicator 'XX1'" in message
    assert "verified: 'maybe' is not yes or no" in message
    assert f"{path}:6: enterprise cafe-liepa:" in message
    assert "Figures cannot be negative." in message
    assert not IndicatorValue.objects.exists()
