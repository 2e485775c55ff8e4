"""Each page type round-trips through /graphql/, in the right locale, with its translations."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from directory.models import Country
from tests.cms.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    AuthorFactory,
    DocumentFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ImageFactory,
    PolicyRecommendationIndexPageFactory,
    PolicyRecommendationPageFactory,
    RecommendationGroupFactory,
    TeachingMaterialIndexPageFactory,
    TeachingMaterialPageFactory,
    TopicFactory,
    translate,
)
from tests.directory.factories import ProjectFactory

pytestmark = pytest.mark.django_db

PAGE_FIELDS = """
    __typename id title slug urlPath path locale seoTitle searchDescription
    firstPublishedAt lastPublishedAt intro readingTime
    translations { locale urlPath path }
"""


def page_query(fragment):
    return (
        "query($path: String!, $locale: String) { page(urlPath: $path, locale: $locale) { "
        + PAGE_FIELDS
        + fragment
        + " } }"
    )


def test_home_page_is_found_at_slash(graphql, home):
    home.save_revision().publish()
    data = graphql(page_query(""), {"path": "/"})["data"]["page"]
    assert data["__typename"] == "HomePage"
    assert data["urlPath"] == "/"
    assert data["path"] == "/en/"
    assert data["locale"] == "en"
    assert data["id"] == str(home.pk)
    assert data["firstPublishedAt"] is not None


def test_article_round_trips(graphql, home):
    library = ArticleIndexPageFactory(parent=home)
    image = ImageFactory(title="Harbour", file__width=640, file__height=480)
    topic = TopicFactory(name="Impact measurement", slug="impact-measurement")
    author = AuthorFactory(name="SENBS editorial team", organisation="Involved NGO")
    article = ArticlePageFactory(
        parent=library,
        title="Measuring social impact",
        slug="impact",
        seo_title="Impact | Baltic Commons",
        search_description="How to measure",
        hero_image=image,
        publication_date=datetime.date(2022, 5, 4),
        body__0__paragraph__value="<p>" + "word " * 450 + "</p>",
    )
    article.topics.add(topic)
    article.authors.add(author)
    article.save_revision().publish()

    data = graphql(
        page_query(
            "... on ArticlePage { publicationDate heroImage { title width height url alt } "
            "topics { name slug } authors { name organisation } }"
        ),
        {"path": "library/impact", "locale": "en"},
    )["data"]["page"]

    assert data["__typename"] == "ArticlePage"
    assert data["title"] == "Measuring social impact"
    assert data["urlPath"] == "/library/impact/"
    assert data["seoTitle"] == "Impact | Baltic Commons"
    assert data["searchDescription"] == "How to measure"
    assert data["publicationDate"] == "2022-05-04"
    assert data["heroImage"]["title"] == "Harbour"
    assert data["heroImage"]["width"] == 640
    assert data["heroImage"]["url"].startswith("http://testserver/images/")
    assert data["heroImage"]["alt"] == "Harbour"
    assert data["topics"] == [{"name": "Impact measurement", "slug": "impact-measurement"}]
    assert data["authors"] == [{"name": "SENBS editorial team", "organisation": "Involved NGO"}]
    # 4 words of intro + 450 of body at 200 words a minute.
    assert data["readingTime"] == 3


def test_policy_recommendation_round_trips(graphql, home):
    index = PolicyRecommendationIndexPageFactory(parent=home)
    group = RecommendationGroupFactory(name="Financing", slug="financing")
    project = ProjectFactory(name="SEMPRE Accelerators", slug="sempre-accelerators")
    other = PolicyRecommendationPageFactory(parent=index, title="Micro-grants", number=7)
    rec = PolicyRecommendationPageFactory(
        parent=index,
        title="Blend public and private funds",
        slug="blend",
        number=8,
        group=group,
        source_project=project,
        governance_levels=["national", "eu"],
        target_audience="Ministries and managing authorities",
        summary="Combine grants with loans.",
    )
    rec.related_recommendations.create(related=other)
    rec.save_revision().publish()

    data = graphql(
        page_query(
            "... on PolicyRecommendationPage { number summary targetAudience governanceLevels "
            "group { name slug } sourceProject { name slug startYear endYear programme } "
            "relatedRecommendations { title number } }"
        ),
        {"path": "/recommendations/blend/"},
    )["data"]["page"]
    assert data["number"] == 8
    assert data["summary"] == "Combine grants with loans."
    assert data["targetAudience"] == "Ministries and managing authorities"
    assert data["governanceLevels"] == ["NATIONAL", "EU"]
    assert data["group"] == {"name": "Financing", "slug": "financing"}
    assert data["sourceProject"]["name"] == "SEMPRE Accelerators"
    assert data["sourceProject"]["startYear"] == 2019
    assert data["relatedRecommendations"] == [{"title": "Micro-grants", "number": 7}]


def test_teaching_material_round_trips(graphql, home):
    index = TeachingMaterialIndexPageFactory(parent=home)
    document = DocumentFactory(title="SEMPRE handbook (pocket)", file_size=2048)
    material = TeachingMaterialPageFactory(
        parent=index,
        slug="handbook",
        resource_type="handbook",
        educational_level="advanced",
        audiences=["trainer", "official"],
        time_required_minutes=90,
        licence="CC-BY-SA-4.0",
        languages=["en", "lv", "da"],
        learning_outcomes=[
            {"type": "outcome", "value": "Plan a start-up budget"},
            {"type": "outcome", "value": "Pick impact indicators"},
        ],
    )
    material.attachments.create(document=document, language="lv", edition="pocket")
    material.save_revision().publish()

    data = graphql(
        page_query(
            "... on TeachingMaterialPage { resourceType educationalLevel audiences timeRequired "
            "timeRequiredMinutes licence licenceUrl isAccessibleForFree languages learningOutcomes "
            "files { language edition document { title url fileSize fileExtension } } }"
        ),
        {"path": "/teaching-materials/handbook/"},
    )["data"]["page"]
    assert data["resourceType"] == "HANDBOOK"
    assert data["educationalLevel"] == "ADVANCED"
    assert data["audiences"] == ["TRAINER", "OFFICIAL"]
    assert data["timeRequired"] == "PT1H30M"
    assert data["timeRequiredMinutes"] == 90
    assert data["licence"] == "CC-BY-SA-4.0"
    assert data["licenceUrl"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert data["isAccessibleForFree"] is True
    assert data["languages"] == ["en", "lv", "da"]
    assert data["learningOutcomes"] == ["Plan a start-up budget", "Pick impact indicators"]
    [file] = data["files"]
    assert file["language"] == "lv"
    assert file["edition"] == "pocket"
    assert file["document"]["title"] == "SEMPRE handbook (pocket)"
    assert file["document"]["url"].startswith("http://testserver/documents/")
    assert file["document"]["fileSize"] == 2048


def test_event_round_trips_in_its_time_zone(graphql, home):
    index = EventIndexPageFactory(parent=home)
    warsaw = ZoneInfo("Europe/Warsaw")
    EventPageFactory(
        parent=index,
        slug="senbs-gdansk",
        starts_at=datetime.datetime(2022, 1, 24, 10, 0, tzinfo=warsaw),
        ends_at=datetime.datetime(2022, 1, 24, 16, 0, tzinfo=warsaw),
        time_zone="Europe/Warsaw",
        attendance_mode="mixed",
        status="scheduled",
        venue_name="Baltic Institute",
        city="Gdańsk",
        online_url="https://example.org/meet",
        organiser="Baltic Institute for European and Regional Affairs",
    )
    data = graphql(
        page_query(
            "... on EventPage { startsAt endsAt allDay timeZone attendanceMode status venueName "
            "city onlineUrl organiser country { code name } }"
        ),
        {"path": "/events/senbs-gdansk/"},
    )["data"]["page"]
    assert data["startsAt"] == "2022-01-24T10:00:00+01:00"
    assert data["endsAt"] == "2022-01-24T16:00:00+01:00"
    assert data["timeZone"] == "Europe/Warsaw"
    assert data["attendanceMode"] == "MIXED"
    assert data["status"] == "SCHEDULED"
    assert data["city"] == "Gdańsk"
    assert data["country"] == {"code": "PL", "name": "Poland"}


def test_locale_selects_the_translation_and_lists_the_others(graphql, home):
    library = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=library, slug="impact", title="Impact")
    translate(home, "lv", title="Sākums")
    translate(library, "lv", title="Bibliotēka")
    translate(article, "lv", title="Ietekme")
    translate(home, "da", title="Forside")
    translate(library, "da", title="Bibliotek")
    translate(article, "da", title="Effekt")

    lv = graphql(page_query(""), {"path": "/library/impact/", "locale": "lv"})["data"]["page"]
    assert lv["title"] == "Ietekme"
    assert lv["locale"] == "lv"
    assert lv["path"] == "/lv/library/impact/"
    assert lv["translations"] == [
        {"locale": "da", "urlPath": "/library/impact/", "path": "/da/library/impact/"},
        {"locale": "en", "urlPath": "/library/impact/", "path": "/en/library/impact/"},
    ]
    en = graphql(page_query(""), {"path": "/library/impact/"})["data"]["page"]
    assert en["title"] == "Impact"
    assert [t["locale"] for t in en["translations"]] == ["da", "lv"]
    # Without fallbacks, a locale without that page gives null, not another language's page.
    query = (
        'query($path: String!) { page(urlPath: $path, locale: "sv", fallbackLocales: []) '
        "{ title } }"
    )
    assert graphql(query, {"path": "/library/impact/"})["data"]["page"] is None


def test_linked_snippets_follow_the_page_locale(graphql, home, locale):
    library = ArticleIndexPageFactory(parent=home)
    topic = TopicFactory(name="Social finance", slug="social-finance")
    danish_topic = topic.copy_for_translation(locale("da"))
    danish_topic.name = "Social finansiering"
    danish_topic.save()
    article = ArticlePageFactory(parent=library, slug="finance")
    article.topics.add(topic)
    article.save_revision().publish()
    translate(home, "da")
    translate(library, "da")
    translate(article, "da", title="Finansiering")

    data = graphql('{ articles(locale: "da") { results { title topics { name slug } } } }')["data"][
        "articles"
    ]["results"]
    assert data == [
        {
            "title": "Finansiering",
            "topics": [{"name": "Social finansiering", "slug": "social-finance"}],
        }
    ]


def test_country_of_event_in_page_locale(graphql, home, locale):
    index = EventIndexPageFactory(parent=home)
    # The Latvian name comes from the seed migration (CLDR).
    latvia = Country.objects.get(code="LV", locale=locale("en"))
    event = EventPageFactory(parent=index, slug="riga", country=latvia, city="Rīga")
    translate(home, "lv")
    translate(index, "lv")
    translate(event, "lv", title="Tikšanās Rīgā")
    data = graphql(
        '{ page(urlPath: "/events/riga/", locale: "lv") { ... on EventPage { country { code name } } } }'
    )
    assert data["data"]["page"]["country"] == {"code": "LV", "name": "Latvija"}


def test_locales_lists_the_ten_content_languages(graphql, db):
    data = graphql("{ locales { code name nativeName isDefault } }")["data"]["locales"]
    assert [item["code"] for item in data] == [
        "en",
        "da",
        "de",
        "et",
        "fi",
        "lv",
        "lt",
        "nb",
        "pl",
        "sv",
    ]
    assert data[0] == {"code": "en", "name": "English", "nativeName": "English", "isDefault": True}
    assert {"code": "lv", "name": "Latvian", "nativeName": "latviešu", "isDefault": False} in data


def test_get_requests_are_served(graphql, home):
    data = graphql('{ page(urlPath: "/") { title } }', method="get")
    assert data["data"]["page"]["title"] == home.title


def test_related_recommendations_follow_the_page_locale(graphql, home):
    index = PolicyRecommendationIndexPageFactory(parent=home)
    first = PolicyRecommendationPageFactory(parent=index, slug="one", title="One")
    second = PolicyRecommendationPageFactory(parent=index, slug="two", title="Two")
    untranslated = PolicyRecommendationPageFactory(parent=index, title="Three")
    first.related_recommendations.create(related=second)
    first.related_recommendations.create(related=untranslated)
    first.save_revision().publish()
    translate(home, "lv")
    translate(index, "lv")
    translate(second, "lv", title="Divi")
    translate(first, "lv", title="Viens")

    query = '{ page(urlPath: "/recommendations/one/", locale: "lv") { ... on PolicyRecommendationPage { relatedRecommendations { title locale } } } }'
    related = graphql(query)["data"]["page"]["relatedRecommendations"]
    assert related == [{"title": "Divi", "locale": "lv"}]


def test_teaching_material_file_in_the_readers_language_with_fallback(graphql, home):
    index = TeachingMaterialIndexPageFactory(parent=home, slug="teaching-materials")
    material = TeachingMaterialPageFactory(parent=index, slug="handbook")
    for language, edition in [("en", "full"), ("sv", "full"), ("pl", "pocket"), ("ru", "full")]:
        document = DocumentFactory(title=f"Handbook {language} {edition}")
        material.attachments.create(document=document, language=language, edition=edition)
    material.save_revision().publish()
    query = """query($language: String!, $edition: String, $fallback: [String!]) {
      page(urlPath: "/teaching-materials/handbook/") { ... on TeachingMaterialPage {
        file(language: $language, edition: $edition, fallbackLanguages: $fallback) {
          language edition document { title fileSize } } } } }"""

    def title(**variables):
        found = graphql(query, variables)["data"]["page"]["file"]
        return found and found["document"]["title"]

    assert title(language="ru") == "Handbook ru full"
    # Norwegian readers get Danish or Swedish before English (the platform's chain).
    assert title(language="nb") == "Handbook sv full"
    assert title(language="lv") == "Handbook en full"
    assert title(language="lv", edition="pocket") is None
    assert title(language="lv", edition="pocket", fallback=["pl"]) == "Handbook pl pocket"
    assert title(language="de", fallback=[]) is None
