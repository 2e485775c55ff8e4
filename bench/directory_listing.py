"""Benchmark: the social enterprise directory at scale (default 100,000 entries).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/baltic_commons .venv/bin/python bench/directory_listing.py
    .venv/bin/python bench/directory_listing.py --entries 20000     # SQLite, smaller

Builds a throw-away test database, bulk-loads enterprises with sectors, target groups and SDGs,
then prints SQL queries and p50/p95 latency (in-process, Django test client) per query.
"""

import argparse
import os
import random
import statistics
import sys
import time
import uuid
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

FIELDS = (
    "totalCount results { name city country { code name } sectors { name } targetGroups { name } }"
)
FACETS = "facets { countries { value count } sectors { value count } targetGroups { value count } }"
QUERIES = {
    "filtered page + facets": '{ socialEnterprises(filter: {countries: ["LV", "LT"], sectors: ["food-catering"]}, '
    f"pagination: {{limit: 20}}) {{ {FIELDS} {FACETS} }} }}",
    "all, page 50 + facets": f"{{ socialEnterprises(pagination: {{offset: 1000, limit: 20}}) {{ {FIELDS} {FACETS} }} }}",
    # Swedish has no entries of its own: every one falls back to English, through the
    # anti-join of core.visibility.best_versions; side by side with the two above.
    "filtered page + facets, sv fallback": '{ socialEnterprises(locale: "sv", filter: {countries: ["LV", "LT"], sectors: ["food-catering"]}, '
    f"pagination: {{limit: 20}}) {{ {FIELDS} {FACETS} }} }}",
    "all, page 50 + facets, sv fallback": f'{{ socialEnterprises(locale: "sv", pagination: {{offset: 1000, limit: 20}}) {{ {FIELDS} {FACETS} }} }}',
    "text search page": f'{{ socialEnterprises(filter: {{search: "bakery"}}, pagination: {{limit: 20}}) {{ {FIELDS} }} }}',
    "near Riga 50 km": "{ socialEnterprises(filter: {near: {latitude: 56.95, longitude: 24.1, radiusKm: 50}}, "
    f"order: DISTANCE, pagination: {{limit: 20}}) {{ {FIELDS} }} }}",
    "by slug": '{ socialEnterprise(slug: "enterprise-777") { name sectors { name } translations { locale } } }',
    "full-text search": '{ search(query: "bakery Liepaja", pagination: {limit: 20}) { totalCount '
    "results { score highlight item { ... on SocialEnterprise { name slug } } } } }",
    "autocomplete (typo)": '{ autocomplete(query: "Liepja bakery") { name slug score } }',
    "autocomplete (prefix)": '{ autocomplete(query: "Riga bak") { name slug score } }',
}
WORDS = [
    "bakery",
    "café",
    "repair",
    "garden",
    "workshop",
    "studio",
    "laundry",
    "print",
    "care",
    "shop",
]
CITIES = {
    "LV": [("Riga", 56.95, 24.1), ("Liepāja", 56.5, 21.01), ("Daugavpils", 55.87, 26.53)],
    "LT": [("Vilnius", 54.69, 25.28), ("Kaunas", 54.9, 23.9)],
    "EE": [("Tallinn", 59.44, 24.75), ("Tartu", 58.38, 26.72)],
    "DK": [("Aarhus", 56.16, 10.2), ("Odense", 55.4, 10.39)],
    "SE": [("Luleå", 65.58, 22.15), ("Malmö", 55.6, 13.0)],
    "PL": [("Gdańsk", 54.35, 18.65), ("Szczecin", 53.43, 14.55)],
    "FI": [("Turku", 60.45, 22.27)],
    "DE": [("Kiel", 54.32, 10.14), ("Rostock", 54.09, 12.1)],
}


def seed(count, batch=5000):
    from wagtail.models import Locale

    from directory.models import (
        Country,
        Sector,
        SocialEnterprise,
        SustainableDevelopmentGoal,
        TargetGroup,
    )

    rng = random.Random(2014)
    english = Locale.objects.get(language_code="en")
    countries = {c.code: c for c in Country.objects.filter(locale=english)}
    sectors = list(Sector.objects.filter(locale=english))
    groups = list(TargetGroup.objects.filter(locale=english))
    goals = list(SustainableDevelopmentGoal.objects.filter(locale=english))
    links = {
        "sectors": (SocialEnterprise.sectors.through, "sector_id", sectors),
        "target_groups": (SocialEnterprise.target_groups.through, "targetgroup_id", groups),
        "sdgs": (SocialEnterprise.sdgs.through, "sustainabledevelopmentgoal_id", goals),
    }
    started = time.perf_counter()
    for start in range(0, count, batch):
        entries = []
        for n in range(start, min(start + batch, count)):
            code = rng.choice(list(CITIES))
            city, lat, lon = rng.choice(CITIES[code])
            word = rng.choice(WORDS)
            entries.append(
                SocialEnterprise(
                    name=f"{city} {word} {n}",
                    slug=f"enterprise-{n}",
                    short_description=f"A {word} in {city} that employs people from its target groups.",
                    country=countries[code],
                    city=city,
                    latitude=round(lat + rng.uniform(-0.3, 0.3), 5),
                    longitude=round(lon + rng.uniform(-0.3, 0.3), 5),
                    locale=english,
                    translation_key=uuid.uuid4(),
                    live=True,
                    year_founded=rng.randint(1990, 2025),
                )
            )
        created = SocialEnterprise.objects.bulk_create(entries)
        for through, column, choices in links.values():
            rows = [
                through(socialenterprise_id=entry.pk, **{column: choice.pk})
                for entry in created
                for choice in rng.sample(choices, rng.randint(1, 2))
            ]
            through.objects.bulk_create(rows)
        done = min(start + batch, count)
        print(
            f"  seeded {done:,}/{count:,} enterprises ({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    # bulk_create sends no post_save: compute the stored search documents in one statement.
    from search.engine import update_search_documents

    update_search_documents(SocialEnterprise)
    print(f"  search documents stored ({time.perf_counter() - started:.0f} s)", flush=True)
    # A live database has fresh statistics and a visibility map (autovacuum keeps them).
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def measure(client, query, runs):
    with CaptureQueriesContext(connection) as captured:
        response = client.post("/graphql/", {"query": query}, content_type="application/json")
    assert "errors" not in response.json(), response.json()
    sql = len(captured)  # now: later requests reset the query log it reads from
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        client.post("/graphql/", {"query": query}, content_type="application/json")
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return sql, statistics.median(timings), timings[max(0, int(len(timings) * 0.95) - 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--test-database", help="name of the throw-away database (default: Django's test_<name>)"
    )
    args = parser.parse_args()
    if args.test_database:
        connection.settings_dict["TEST"]["NAME"] = args.test_database
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        print(f"{connection.vendor}: seeding {args.entries:,} social enterprises...")
        seed(args.entries)
        client = Client()
        print(f"{'query':<26} {'SQL':>4} {'p50 ms':>8} {'p95 ms':>8}")
        for name, query in QUERIES.items():
            sql, p50, p95 = measure(client, query, args.runs)
            print(f"{name:<26} {sql:>4} {p50:>8.1f} {p95:>8.1f}", flush=True)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    main()
