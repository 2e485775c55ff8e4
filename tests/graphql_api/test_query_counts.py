"""SQL query counts of listings do not grow with the number of items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import RelatedRecommendation
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
    TopicFactory,
    translate,
)
from tests.directory.factories import ProjectFactory, SocialEnterpriseFactory

pytestmark = pytest.mark.django_db

LISTING = """
{ articles(pagination: {limit: 50}) { totalCount results {
    id title urlPath path locale intro readingTime publicationDate
    heroImage { url width height alt }
    topics { name slug }
    authors { name }
    translations { locale path }
    body {
      __typename id
      ... on RichTextBlock { html }
      ... on ImageBlock { alt image { url title } }
      ... on DocumentBlock { document { url title } }
      ... on CallToActionBlock { href }
    }
} } }
"""


def build_library(home, count):
    library = ArticleIndexPageFactory(parent=home)
    translate(home, "lv")
    translate(library, "lv")
    topics = [TopicFactory() for _ in range(3)]
    author = AuthorFactory()
    document = DocumentFactory()
    for n in range(count):
        image = ImageFactory()
        article = ArticlePageFactory(
            parent=library,
            hero_image=image,
            body__0__paragraph__value=f'<p><a linktype="page" id="{library.pk}">x</a></p>',
            body__1__image__image=image,
            body__2__document__document=document,
            body__3__call_to_action__page=home,
            body__3__call_to_action__url="",
        )
        article.topics.set(topics[: 1 + n % 3])
        article.authors.add(author)
        article.save()
        if n % 2:
            translate(article, "lv")


def count_queries(graphql, expected_results):
    with CaptureQueriesContext(connection) as queries:
        data = graphql(LISTING)["data"]["articles"]
    assert len(data["results"]) == expected_results
    assert all(len(item["body"]) == 4 for item in data["results"])
    return len(queries)


@pytest.mark.parametrize("count", [5, 50])
def test_article_listing_runs_in_constant_queries(graphql, home, count):
    build_library(home, count)
    queries = count_queries(graphql, count)
    # Locale ids (for the fallback chain), page view restrictions, count, articles, topics,
    # authors, collection restrictions, hero images (those in public collections),
    # translations, body images, body documents, linked pages.
    assert queries == 12


def queries_for(graphql, query):
    with CaptureQueriesContext(connection) as queries:
        graphql(query)
    return len(queries)


def test_event_and_recommendation_listings_do_not_grow_with_items(graphql, home, locale):
    events = EventIndexPageFactory(parent=home)
    recommendations = PolicyRecommendationIndexPageFactory(parent=home)
    group = RecommendationGroupFactory()
    project = ProjectFactory()
    event_query = "{ events { results { title startsAt country { code name } } } }"
    rec_query = (
        "{ policyRecommendations { results { title group { name } sourceProject { name } "
        "governanceLevels relatedRecommendations { title } } } }"
    )
    counts = []
    for _ in range(2):
        for _ in range(3):
            EventPageFactory(parent=events)
            rec = PolicyRecommendationPageFactory(
                parent=recommendations, group=group, source_project=project
            )
            RelatedRecommendation.objects.create(page=rec, related=rec)
        counts.append((queries_for(graphql, event_query), queries_for(graphql, rec_query)))
    assert counts[0] == counts[1]
    data = graphql(rec_query)["data"]["policyRecommendations"]["results"]
    assert all(item["relatedRecommendations"] == [{"title": item["title"]}] for item in data)


SEARCH = """
{ search(query: "zebra", locale: "lv", pagination: {limit: 100}) { totalCount results {
    score highlight locale isFallback
    item {
      __typename
      ... on Page { title path locale isFallback translations { locale path } }
      ... on ArticlePage { topics { name } heroImage { url } }
      ... on SocialEnterprise { name slug locale isFallback sectors { name } }
    }
} } }
"""


@pytest.mark.parametrize("count", [5, 50])
def test_search_runs_in_constant_queries(graphql, home, locale, count):
    library = ArticleIndexPageFactory(parent=home)
    translate(home, "lv")
    translate(library, "lv")
    topic = TopicFactory()
    for n in range(count):
        article = ArticlePageFactory(parent=library, title=f"Zebra {n}", hero_image=ImageFactory())
        article.topics.add(topic)
        article.save()
        entry = SocialEnterpriseFactory(name=f"Zebra enterprise {n}")
        if n % 2:
            translate(article, "lv", title=f"Zebra lv {n}")
            latvian = entry.copy_for_translation(locale("lv"))
            latvian.name = f"Zebra uzņēmums {n}"
            latvian.live = True
            latvian.save()
    with CaptureQueriesContext(connection) as queries:
        data = graphql(SEARCH)["data"]["search"]
    assert data["totalCount"] == len(data["results"]) == 2 * count
    assert sum(hit["isFallback"] for hit in data["results"]) == count + count % 2
    # Locale ids, page view restrictions, the page of hits with their count, entries, pages,
    # highlights (SQLite: one query per index, pages' and entries'; PostgreSQL: one), sectors,
    # translations, topics and their Latvian versions, collection restrictions, hero images.
    assert len(queries) == (13 if connection.vendor == "sqlite" else 12)
