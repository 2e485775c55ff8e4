"""The demo site loads, serves through the API, and a second run keeps editors' changes."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from cms.models import ArticlePage, EventPage, PolicyRecommendationPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(capsys):
    call_command("load_demo")
    return capsys.readouterr().out


def test_demo_site_is_served_in_four_languages(demo, graphql):
    assert "Log in at http://127.0.0.1:8000/admin/ as admin / baltic-commons" in demo
    assert get_user_model().objects.get(username="admin").is_superuser

    data = graphql(
        '{ home: page(urlPath: "/") { __typename translations { locale } } '
        "recs: policyRecommendations(pagination: {limit: 20}) { totalCount results { number group { slug } } } "
        "events { results { title country { code } } } "
        "materials: teachingMaterials { results { files { document { url } } } } "
        'lv: articles(locale: "lv") { totalCount results { topics { name } } } }'
    )["data"]
    assert data["home"]["__typename"] == "HomePage"
    assert [t["locale"] for t in data["home"]["translations"]] == ["da", "lv", "sv"]
    assert data["recs"]["totalCount"] == 8
    assert [r["number"] for r in data["recs"]["results"]] == list(range(1, 9))
    assert {r["group"]["slug"] for r in data["recs"]["results"]} == {
        "informal-support",
        "infrastructure-capacity-building",
        "policy-interplay",
        "financing",
    }
    gdansk = next(e for e in data["events"]["results"] if "Gda" in e["title"])
    assert gdansk["country"] == {"code": "PL"}
    assert any(m["files"] for m in data["materials"]["results"])
    assert data["lv"]["totalCount"] >= 2
    # Latvian articles name their topics in Latvian.
    assert any(
        "ā" in t["name"] or "ī" in t["name"] for a in data["lv"]["results"] for t in a["topics"]
    )


def test_every_block_type_appears_in_the_demo(demo):
    used = {
        block.block_type
        for model in (ArticlePage, PolicyRecommendationPage, EventPage)
        for page in model.objects.all()
        for block in page.body
    }
    from cms.models import TeachingMaterialPage

    used |= {block.block_type for page in TeachingMaterialPage.objects.all() for block in page.body}
    assert used == {
        "heading",
        "paragraph",
        "image",
        "quote",
        "embed",
        "document",
        "call_to_action",
        "key_figure",
        "table",
        "faq",
    }


def test_second_run_keeps_editor_changes(demo, capsys):
    article = ArticlePage.objects.filter(locale__language_code="en").first()
    article.title = "Edited by an editor"
    article.save_revision().publish()
    pages_before = ArticlePage.objects.count()

    call_command("load_demo")
    out = capsys.readouterr().out
    assert "0 objects created" in out
    assert "password was left as is" in out
    article.refresh_from_db()
    assert article.title == "Edited by an editor"
    assert ArticlePage.objects.count() == pages_before


def test_demo_directory(demo, graphql):
    data = graphql(
        "{ en: socialEnterprises { totalCount results { sourceProjects { slug } } } "
        'lv: socialEnterprises(locale: "lv", fallback: false) { totalCount results { name locale } } '
        "orgs: supportOrganisations { totalCount facets { countries { value } } } }"
    )["data"]
    assert data["en"]["totalCount"] == 8
    assert all(
        r["sourceProjects"] == [{"slug": "sempre-accelerators"}] for r in data["en"]["results"]
    )
    assert data["lv"]["totalCount"] >= 3
    assert all(r["locale"] == "lv" for r in data["lv"]["results"])
    assert data["orgs"]["totalCount"] == 5
    assert {c["value"] for c in data["orgs"]["facets"]["countries"]} == {
        "PL",
        "DK",
        "LT",
        "LV",
        "EE",
    }


def test_demo_impact_keeps_the_platforms_figures_as_written(demo, graphql):
    data = graphql(
        '{ impactSummary(indicator: "OI8869") { total entries verifiedEntries } '
        'socialEnterprise(slug: "stop-over-coffee-liepa") { stage impact { total } } }'
    )["data"]
    assert data["impactSummary"] == {"total": 5.0, "entries": 2, "verifiedEntries": 0}
    assert data["socialEnterprise"] == {"stage": "START_UP", "impact": [{"total": 3.0}]}
    from directory.models import IndicatorValue

    new_companies = IndicatorValue.objects.get(
        project__slug="east-middle-sweden", indicator__code="NEW-COMPANIES"
    )
    # 10 men + 15 women against 24 in the decision: kept, and flagged.
    assert (new_companies.total, new_companies.men, new_companies.women) == (24, 10, 15)
    assert new_companies.inconsistent
