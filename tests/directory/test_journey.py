"""Start-up stage and journey entries, in date order, translated with their enterprise."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_localize.models import StringSegment, TranslationSource
from wagtail_localize.operations import TranslationCreator

from tests.directory.factories import JourneyEntryFactory, SocialEnterpriseFactory

pytestmark = pytest.mark.django_db

QUERY = """query($slug: String!, $locale: String) {
  socialEnterprise(slug: $slug, locale: $locale, fallbackLocales: []) {
    stage journey { date title text }
  }
}"""


def with_journey(slug="dog-daycare-lulea", steps=((2021, 9, "Business plan"), (2021, 3, "Idea"))):
    enterprise = SocialEnterpriseFactory(slug=slug, stage="start_up")
    for year, month, title in steps:
        JourneyEntryFactory(
            enterprise=enterprise, date=datetime.date(year, month, 1), title=title, text="…"
        )
    enterprise.save_revision().publish()
    return enterprise


def test_stage_and_journey_in_date_order(graphql):
    with_journey()
    data = graphql(QUERY, {"slug": "dog-daycare-lulea"})["data"]["socialEnterprise"]
    assert data["stage"] == "START_UP"
    assert [(step["date"], step["title"]) for step in data["journey"]] == [
        ("2021-03-01", "Idea"),
        ("2021-09-01", "Business plan"),
    ]


def test_journey_titles_are_translated_with_the_enterprise(graphql, locale):
    enterprise = with_journey()
    source, _ = TranslationSource.get_or_create_from_instance(enterprise)
    texts = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert {"Idea", "Business plan"} <= texts

    TranslationCreator(None, [locale("sv")]).create_translations(enterprise)
    swedish = enterprise.get_translation(locale("sv"))
    assert swedish.journey.count() == 2
    assert {entry.locale.language_code for entry in swedish.journey.all()} == {"sv"}


def test_journeys_cost_the_same_for_any_page_size(graphql):
    query = "{ socialEnterprises { results { name journey { title } } } }"

    def count():
        with CaptureQueriesContext(connection) as captured:
            graphql(query)
        return len(captured)

    with_journey("a")
    few = count()
    for slug in ("b", "c", "d"):
        with_journey(slug)
    assert count() == few
