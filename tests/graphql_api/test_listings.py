"""Typed listings: filters, ordering and offset pagination."""

import datetime

import pytest
from django.utils import timezone

from tests.cms.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    PolicyRecommendationIndexPageFactory,
    PolicyRecommendationPageFactory,
    RecommendationGroupFactory,
    TeachingMaterialIndexPageFactory,
    TeachingMaterialPageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def test_articles_newest_first_with_pagination_and_topic_filter(graphql, home):
    library = ArticleIndexPageFactory(parent=home)
    finance = TopicFactory(slug="social-finance")
    for day in range(1, 6):
        article = ArticlePageFactory(
            parent=library, title=f"Day {day}", publication_date=datetime.date(2022, 1, day)
        )
        if day % 2:
            article.topics.add(finance)
            article.save_revision().publish()

    page = graphql(
        "{ articles(pagination: {offset: 1, limit: 2}) { totalCount pageInfo { offset limit } "
        "results { title } } }"
    )["data"]["articles"]
    assert page["totalCount"] == 5
    assert page["pageInfo"] == {"offset": 1, "limit": 2}
    assert [item["title"] for item in page["results"]] == ["Day 4", "Day 3"]

    filtered = graphql('{ articles(topic: "social-finance") { totalCount results { title } } }')
    assert [a["title"] for a in filtered["data"]["articles"]["results"]] == [
        "Day 5",
        "Day 3",
        "Day 1",
    ]


def test_policy_recommendations_filter_by_group_and_level(graphql, home):
    index = PolicyRecommendationIndexPageFactory(parent=home)
    financing = RecommendationGroupFactory(slug="financing", sort_order=4)
    informal = RecommendationGroupFactory(slug="informal-support", sort_order=1)
    PolicyRecommendationPageFactory(
        parent=index, title="Loans", number=8, group=financing, governance_levels=["eu"]
    )
    PolicyRecommendationPageFactory(
        parent=index, title="Networks", number=1, group=informal, governance_levels=["local"]
    )
    PolicyRecommendationPageFactory(
        parent=index, title="Mentors", number=2, group=informal, governance_levels=["local", "eu"]
    )

    def titles(args):
        query = f"{{ policyRecommendations{args} {{ results {{ title }} }} }}"
        return [r["title"] for r in graphql(query)["data"]["policyRecommendations"]["results"]]

    assert titles("") == ["Networks", "Mentors", "Loans"]
    assert titles('(group: "financing")') == ["Loans"]
    assert titles("(governanceLevel: EU)") == ["Mentors", "Loans"]
    assert titles("(governanceLevel: NATIONAL)") == []


def test_teaching_materials_filter(graphql, home):
    index = TeachingMaterialIndexPageFactory(parent=home)
    TeachingMaterialPageFactory(parent=index, title="Course", resource_type="course")
    TeachingMaterialPageFactory(
        parent=index, title="Guide", resource_type="guide", educational_level="introductory"
    )
    data = graphql("{ teachingMaterials(resourceType: GUIDE) { totalCount results { title } } }")
    assert data["data"]["teachingMaterials"]["results"] == [{"title": "Guide"}]
    data = graphql("{ teachingMaterials(educationalLevel: INTERMEDIATE) { results { title } } }")
    assert data["data"]["teachingMaterials"]["results"] == [{"title": "Course"}]


def test_events_upcoming_first_and_filters(graphql, home, locale):
    index = EventIndexPageFactory(parent=home)
    now = timezone.now()
    day = datetime.timedelta(days=1)
    from directory.models import Country

    lithuania = Country.objects.get(code="LT", locale=locale("en"))
    EventPageFactory(parent=index, title="Past", starts_at=now - 10 * day)
    EventPageFactory(parent=index, title="Long past", starts_at=now - 100 * day)
    EventPageFactory(parent=index, title="Later", starts_at=now + 20 * day)
    EventPageFactory(
        parent=index,
        title="Soon",
        starts_at=now + 2 * day,
        country=lithuania,
        attendance_mode="online",
        online_url="https://example.org/live",
    )

    def titles(args=""):
        query = f"{{ events{args} {{ totalCount results {{ title }} }} }}"
        return [e["title"] for e in graphql(query)["data"]["events"]["results"]]

    assert titles() == ["Soon", "Later", "Past", "Long past"]
    assert titles("(order: START_ASC)") == ["Long past", "Past", "Soon", "Later"]
    assert titles('(country: "lt")') == ["Soon"]
    assert titles("(attendanceMode: ONLINE)") == ["Soon"]
    after = (now - day).isoformat()
    before = (now + 10 * day).isoformat()
    assert titles(f'(startsAfter: "{after}", startsBefore: "{before}")') == ["Soon"]


def test_pages_lists_every_kind_and_filters_by_content_type(graphql, home):
    library = ArticleIndexPageFactory(parent=home)
    ArticlePageFactory(parent=library, title="One")
    events = EventIndexPageFactory(parent=home)
    EventPageFactory(parent=events, title="Two")

    data = graphql("{ pages { totalCount results { __typename title } } }")["data"]["pages"]
    assert data["totalCount"] == 5
    assert [r["__typename"] for r in data["results"]] == [
        "HomePage",
        "ArticleIndexPage",
        "ArticlePage",
        "EventIndexPage",
        "EventPage",
    ]
    only = graphql(
        "{ pages(contentType: EVENT) { totalCount results { ... on EventPage { title startsAt } } } }"
    )
    assert only["data"]["pages"]["totalCount"] == 1
    assert only["data"]["pages"]["results"][0]["title"] == "Two"
