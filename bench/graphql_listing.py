"""Benchmark: SQL queries and in-process latency of representative GraphQL queries.

Run with `make bench` (SQLite) or `DATABASE_URL=postgres://... make bench`. It builds a throw-away
test database, seeds it with factories, and prints one row per query and data-set size.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)

FULL_LISTING = (
    "{{ articles(pagination: {{limit: {limit}}}) {{ totalCount results {{ title intro readingTime "
    "heroImage {{ url width height }} topics {{ name }} authors {{ name }} "
    "translations {{ locale path }} body {{ __typename ... on RichTextBlock {{ html }} "
    "... on ImageBlock {{ image {{ url }} }} }} }} }} }}"
)
QUERIES = {
    "page by path": '{ page(urlPath: "/library/") { title translations { locale } } }',
    "5 articles, full": FULL_LISTING.format(limit=5),
    "50 articles, full": FULL_LISTING.format(limit=50),
    "50 articles, titles": "{ articles(pagination: {limit: 50}) { results { title path } } }",
    "20 events": "{ events(pagination: {limit: 20}) { results { title startsAt country { name } } } }",
}
RUNS = 30
ARTICLES = 50


def seed():
    from wagtail.models import Page, Site

    from tests.cms.factories import EventIndexPageFactory, EventPageFactory, HomePageFactory
    from tests.graphql_api.test_query_counts import build_library

    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.filter(is_default_site=True).update(root_page=home)
    build_library(home, ARTICLES)
    events = EventIndexPageFactory(parent=home)
    for _ in range(20):
        EventPageFactory(parent=events)


def measure(client, query):
    timings = []
    with CaptureQueriesContext(connection) as captured:
        client.post("/graphql/", {"query": query}, content_type="application/json")
    sql = len(captured)
    for _ in range(RUNS):
        start = time.perf_counter()
        response = client.post("/graphql/", {"query": query}, content_type="application/json")
        timings.append((time.perf_counter() - start) * 1000)
        assert "errors" not in response.json(), response.json()
    timings.sort()
    return sql, statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        seed()
        client = Client()
        print(
            f"{connection.vendor}: {ARTICLES} articles (half translated), 20 events; {RUNS} runs each"
        )
        print(f"{'query':<22} {'SQL':>4} {'p50 ms':>8} {'p95 ms':>8}")
        for name, query in QUERIES.items():
            sql, p50, p95 = measure(client, query)
            print(f"{name:<22} {sql:>4} {p50:>8.1f} {p95:>8.1f}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    main()
