"""The demo site loads, serves through the API, and a second run keeps editors' changes."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale

from cms.models import (
    ArticleIndexPage,
    ArticlePage,
    EventIndexPage,
    EventPage,
    HomePage,
    PolicyRecommendationIndexPage,
    PolicyRecommendationPage,
    RecommendationGroup,
    TeachingMaterialIndexPage,
    Topic,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(capsys):
    call_command("load_demo")
    return capsys.readouterr().out


def test_demo_site_is_served_in_every_language(demo, graphql):
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
    assert [t["locale"] for t in data["home"]["translations"]] == sorted(
        ["da", "de", "et", "fi", "lv", "lt", "nb", "pl", "sv"]
    )
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


SECTIONS = {
    ArticleIndexPage: ("/library/", "Library"),
    PolicyRecommendationIndexPage: ("/recommendations/", "Policy recommendations"),
    TeachingMaterialIndexPage: ("/teaching-materials/", "Teaching materials"),
    EventIndexPage: ("/events/", "Events"),
}


def test_every_locale_has_a_live_home_and_the_four_section_pages(demo, graphql):
    english_titles = {title for _path, title in SECTIONS.values()}
    for code, _name in settings.PLATFORM_LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        home = HomePage.objects.live().get(locale=locale)
        sections = {type(page.specific): page for page in home.get_children().live()}
        assert set(SECTIONS) <= set(sections), code
        for model, (path, _title) in SECTIONS.items():
            page = graphql(
                "query($path: String!, $locale: String!) { page(urlPath: $path, locale: $locale, "
                "fallbackLocales: []) { locale title intro } }",
                {"path": path, "locale": code},
            )["data"]["page"]
            assert page["locale"] == code, (code, path)
            assert page["title"] == sections[model].title
            assert page["intro"]
            if code != "en":
                # Translated, not English text under another locale.
                assert page["title"] not in english_titles or code in ("da", "nb"), page
    # Titles a reader would look for, in a few languages.
    titles = dict(ArticleIndexPage.objects.values_list("locale__language_code", "title"))
    assert titles["de"] == "Bibliothek"
    assert titles["fi"] == "Kirjasto"
    assert titles["pl"] == "Biblioteka"


def test_topics_and_recommendation_groups_are_named_in_every_language(demo):
    every = sorted(code for code, _name in settings.PLATFORM_LANGUAGES)
    for model in (Topic, RecommendationGroup):
        for source in model.objects.filter(locale__language_code="en"):
            names = dict(
                model.objects.filter(translation_key=source.translation_key).values_list(
                    "locale__language_code", "name"
                )
            )
            assert sorted(names) == every, source
    topic = Topic.objects.get(slug="impact-measurement", locale__language_code="de")
    assert topic.name == "Wirkungsmessung"
