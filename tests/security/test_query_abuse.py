"""Small anonymous queries that would cost a worker seconds or more are refused in milliseconds,
with a code, before any SQL."""

import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def refused(graphql, query, variables=None):
    graphql("{ locales { code } }")  # the process's first request imports and warms up
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        body = graphql(query, variables, errors=True)
        seconds = time.perf_counter() - started
    assert body["data"] is None, body
    assert len(queries) == 0, [q["sql"] for q in queries]
    return body["errors"][0], seconds


def fan_out(fragments=12, spreads=4, leaf="code"):
    """Fragments that each spread the next one `spreads` times: spreads^fragments when expanded."""
    parts = ["query { locales { ...F0 } }"]
    for i in range(fragments):
        body = " ".join([f"...F{i + 1}"] * spreads) if i < fragments - 1 else leaf
        parts.append(f"fragment F{i} on Locale {{ {body} }}")
    return "\n".join(parts)


def test_fragment_fan_out_is_refused_in_milliseconds(graphql):
    query = fan_out()
    assert len(query) < 700
    error, seconds = refused(graphql, query)
    assert error["extensions"]["code"] == "TOO_MANY_FIELDS"
    assert "4194305" in error["message"]  # 4^11 copies of `code` + locales, never expanded
    assert seconds < 0.5, seconds


def test_fan_out_of_aliases_is_counted_as_expanded(graphql):
    error, seconds = refused(graphql, fan_out(leaf="a: code"))
    assert error["extensions"]["code"] == "TOO_MANY_ALIASES"
    assert seconds < 0.5


def test_deep_fragments_count_their_depth(graphql):
    """Depth hidden in a chain of fragments is the depth of the expanded query."""
    fragments = [
        f"fragment R{i} on PolicyRecommendationPage {{ relatedRecommendations {{ ...R{i + 1} }} }}"
        for i in range(11)
    ]
    fragments.append("fragment R11 on PolicyRecommendationPage { title }")
    query = '{ page(urlPath: "/") { ... on PolicyRecommendationPage { ...R0 } } }\n' + "\n".join(
        fragments
    )
    error, _ = refused(graphql, query)
    assert error["extensions"]["code"] == "QUERY_TOO_DEEP"


def test_calendar_counts_its_occurrences(graphql):
    """Three aliases of calendar x occurrences once produced a 39 MB answer in 13 s."""
    aliases = " ".join(
        f'c{i}: calendar(startsAfter: "2027-01-01T00:00:00Z", startsBefore: "2028-01-01T00:00:00Z") '
        "{ startsAt event { occurrences(limit: 500) { startsAt endsAt } } }"
        for i in range(3)
    )
    query = f"query {{ {aliases} }}"
    error, _ = refused(graphql, query)
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"


def test_a_list_of_plain_objects_counts_each_item(graphql, settings):
    settings.GRAPHQL_MAX_COST = 100
    query = """
    query { calendar(startsAfter: "2027-01-01T00:00:00Z", startsBefore: "2027-02-01T00:00:00Z") { startsAt } }
    """
    error, _ = refused(graphql, query)
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert "501" in error["message"]  # 1 + 500 entries


def test_lists_inside_a_sliced_list_multiply(graphql, settings):
    """sitemap(limit) is the list itself: each entry's alternates count too."""
    settings.GRAPHQL_MAX_COST = 5000
    error, _ = refused(graphql, "{ sitemap(limit: 1000) { path alternates { locale path } } }")
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert "11001" in error["message"]  # 1 + 1000 * (1 + 10 alternates, one per locale)
