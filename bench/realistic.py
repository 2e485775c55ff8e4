"""Benchmark on a realistic PostgreSQL data set: SQL per request, in-process latency, req/s.

    .venv/bin/python bench/realistic.py [--pages 2000] [--entries 100000] [--seconds 5] [--reuse]

Seeds the database named by BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/
baltic_commons_bench; its name must end in "_bench", as it is dropped and created afresh unless
--reuse finds it seeded; DATABASE_URL is never used): the demo
content, then --pages article and event pages with bodies and images spread over the demo's
locales (en, da, lv, sv; each page's versions share a translation key), and --entries social
enterprises (bulk_create). Then, for a fixed set of representative GraphQL queries, it prints
SQL queries per request and p50/p95 latency in-process (Django test client, POST, no response
cache), and requests/second through gunicorn (2 workers) with the response cache off and on,
next to a bare Django JSON view (bench/throughput.py drives the server).
"""

import argparse
import datetime
import os
import random
import secrets
import statistics
import subprocess
import sys
import time
import urllib.parse
import uuid
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/baltic_commons_bench"
WORKDIR = ROOT / "var" / "bench"
LOCALES = ["en", "da", "lv", "sv"]

QUERIES = {
    "page by path": '{ page(urlPath: "/library/bench-article-777/", locale: "da") { title path '
    "seoTitle translations { locale path } ... on ArticlePage { intro readingTime "
    "heroImage { url width height } topics { name } body { __typename "
    "... on RichTextBlock { html } ... on ImageBlock { image { url } caption } } } } }",
    "50-article listing": '{ articles(locale: "en", pagination: {limit: 50}) { totalCount '
    "results { title path intro readingTime publicationDate topics { name } "
    "heroImage { url width height } translations { locale path } } } }",
    "event calendar month": '{ events(locale: "en", startsAfter: "2026-03-01T00:00:00Z", '
    'startsBefore: "2026-04-01T00:00:00Z", order: START_ASC, pagination: {limit: 50}) '
    "{ totalCount results { title path startsAt endsAt city venueName country { name } } } }",
    "enterprises + facets": '{ socialEnterprises(filter: {countries: ["LV", "LT"], sectors: '
    '["food-catering"]}, pagination: {limit: 20}) { totalCount results { name slug city '
    "country { name } sectors { name } } facets { countries { value count } "
    "sectors { value count } targetGroups { value count } } } }",
    "full-text search": '{ search(query: "bakery Liepaja", locale: "en", pagination: '
    "{limit: 20}) { totalCount results { score highlight item { __typename "
    "... on Page { title path } ... on SocialEnterprise { name slug } } } } }",
}

WORDS = [
    "cooperative",
    "social",
    "enterprise",
    "bakery",
    "repair",
    "workshop",
    "garden",
    "circular",
    "economy",
    "inclusion",
    "employment",
    "training",
    "funding",
    "region",
    "harbour",
    "youth",
    "volunteers",
    "housing",
    "energy",
    "community",
    "market",
    "procurement",
    "impact",
    "measurement",
    "mentoring",
    "network",
    "Baltic",
    "Sea",
    "Liepāja",
    "Gdańsk",
    "Tartu",
]


def database_env(url):
    return {
        **os.environ,
        "DATABASE_URL": url,
        "PYTHONPATH": f"{ROOT}:{ROOT / 'bench'}",
        "MEDIA_ROOT": str(WORKDIR / "media"),
        "STATIC_ROOT": str(WORKDIR / "static"),
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
    }


def recreate_database(url):
    import psycopg

    parsed = urllib.parse.urlparse(url)
    name = parsed.path.lstrip("/")
    admin = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def progress(text, started):
    print(f"  {text} ({time.perf_counter() - started:.0f} s)", flush=True)


def paragraph(rng, words):
    return "<p>" + " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + ".</p>"


def body(rng, images):
    blocks = [{"type": "heading", "value": {"text": " ".join(rng.sample(WORDS, 3))}}]
    for n in range(rng.randint(3, 6)):
        blocks.append({"type": "paragraph", "value": paragraph(rng, rng.randint(40, 120))})
        if n == 1:
            image = rng.choice(images)
            blocks.append(
                {
                    "type": "image",
                    "value": {"image": image.pk, "alt_text": image.title, "caption": "A photo"},
                }
            )
    return [{**block, "id": str(uuid.uuid4())} for block in blocks]


def seed_images(count, started):
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    from cms.demo.media import placeholder_png

    Image = get_image_model()
    colors = ["#0b5394", "#38761d", "#990000", "#b45f06", "#741b47", "#134f5c"]
    images = []
    for n in range(count):
        png = placeholder_png(f"Bench photo {n}", colors[n % len(colors)], (800, 450))
        image = Image(title=f"Bench photo {n}", file=ImageFile(BytesIO(png), f"bench-{n}.png"))
        image.save()
        images.append(image)
    progress(f"{count} images", started)
    return images


def seed_pages(total, started):
    """total article and event pages (3:1) spread over LOCALES under the demo's indexes."""
    from wagtail.models import Locale

    from cms import models
    from directory.models import Country

    rng = random.Random(2014)
    images = seed_images(40, started)
    per_locale = total // len(LOCALES)
    articles = per_locale * 3 // 4
    created = 0
    source = Locale.objects.get(language_code="en")
    library_en = models.ArticleIndexPage.objects.get(locale=source, slug="library")
    events_en = models.EventIndexPage.objects.get(locale=source, slug="events")
    for code in LOCALES:
        locale = Locale.objects.get(language_code=code)
        library = library_en.get_translation(locale)
        events = events_en.get_translation(locale)
        topics = list(models.Topic.objects.filter(locale=locale))
        countries = list(Country.objects.filter(locale=locale))
        for n in range(per_locale):
            common = {
                "intro": paragraph(rng, 25)[3:-4],
                "body": body(rng, images),
                "translation_key": uuid.uuid5(uuid.NAMESPACE_URL, f"bench-page-{n}"),
                "locale": locale,
                "live": True,
                "first_published_at": datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC),
            }
            if n < articles:
                page = models.ArticlePage(
                    title=f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {n}",
                    slug=f"bench-article-{n}",
                    hero_image=rng.choice(images),
                    publication_date=datetime.date(2024, 1, 1)
                    + datetime.timedelta(days=rng.randint(0, 700)),
                    **common,
                )
                if topics:
                    page.topics = rng.sample(topics, min(2, len(topics)))
                library.add_child(instance=page)
            else:
                starts = datetime.datetime(2025, 1, 1, 9, tzinfo=datetime.UTC) + datetime.timedelta(
                    days=rng.randint(0, 900), hours=rng.randint(0, 8)
                )
                city = rng.choice(["Riga", "Liepāja", "Tallinn", "Gdańsk", "Turku", "Malmö"])
                page = models.EventPage(
                    title=f"{city} {rng.choice(WORDS)} meetup {n}",
                    slug=f"bench-event-{n}",
                    starts_at=starts,
                    ends_at=starts + datetime.timedelta(hours=3),
                    venue_name=f"{city} hall",
                    city=city,
                    country=rng.choice(countries) if countries else None,
                    **common,
                )
                events.add_child(instance=page)
            created += 1
            if created % 250 == 0:
                progress(f"{created:,}/{per_locale * len(LOCALES):,} pages", started)
    return created


def seed(args, url):
    env = database_env(url)
    manage = [sys.executable, "manage.py"]
    started = time.perf_counter()
    print(f"Seeding {url.rsplit('/', 1)[-1]}: demo, {args.pages:,} pages, {args.entries:,} entries")
    for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
        subprocess.run(
            manage + command,
            cwd=ROOT,
            env={**env, "DJANGO_SETTINGS_MODULE": "throughput_settings"},
            check=True,
            capture_output=True,
        )
        progress(" ".join(command[:1]), started)
    import directory_listing
    from django.db import connection, transaction

    with transaction.atomic():
        seed_pages(args.pages, started)
    directory_listing.seed(args.entries)
    progress("seeded", started)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def seeded(args):
    from django.db import connection
    from django.db.utils import DatabaseError

    from cms.models import ArticlePage
    from directory.models import SocialEnterprise

    try:
        return (
            SocialEnterprise.objects.count() >= args.entries
            and ArticlePage.objects.filter(slug__startswith="bench-").count() > 0
        )
    except DatabaseError:
        connection.close()
        return False


def measure_in_process(runs):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()  # allows the test client's host
    client = Client()
    rows = {}
    for name, query in QUERIES.items():
        with CaptureQueriesContext(connection) as captured:
            response = client.post("/graphql/", {"query": query}, content_type="application/json")
        body = response.json()
        assert "errors" not in body, (name, body)
        sql = len(captured)
        timings = []
        for _ in range(runs):
            start = time.perf_counter()
            client.post("/graphql/", {"query": query}, content_type="application/json")
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        rows[name] = (sql, statistics.median(timings), p95)
        print(f"  {name}: {sql} SQL, p50 {rows[name][1]:.1f} ms", flush=True)
    return rows


def measure_servers(url, seconds, clients):
    import throughput

    env = {**database_env(url), "DJANGO_SETTINGS_MODULE": "throughput_settings"}
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    rates = {}
    for label, timeout in (("no cache", 0), ("cache", 300)):
        with throughput.start_server(env, timeout) as server:
            rates[("bare Django JSON view", label)] = throughput.drive(
                server.port, "/bench/bare/", seconds, clients
            )
            for name, query in QUERIES.items():
                path = "/graphql/?" + urllib.parse.urlencode({"query": query})
                body = throughput.checked(server.port, path)
                assert "errors" not in body, (name, body)
                rates[(name, label)] = throughput.drive(server.port, path, seconds, clients)
                print(f"  {name}, {label}: {rates[(name, label)][0]:.0f} req/s", flush=True)
    return rates


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20, help="in-process requests per query")
    parser.add_argument("--seconds", type=float, default=5, help="load per query and server")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--reuse", action="store_true", help="keep an already seeded database")
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    if not url.startswith("postgres"):
        raise SystemExit("This benchmark needs PostgreSQL: BENCH_DATABASE_URL=postgres://...")
    if not urllib.parse.urlparse(url).path.endswith("_bench"):
        raise SystemExit("BENCH_DATABASE_URL must name a database ending in _bench (dropped).")
    os.environ.update(database_env(url))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    os.environ["MEDIA_ROOT"] = str(WORKDIR / "media")
    import django

    django.setup()
    from django.conf import settings

    settings.MEDIA_ROOT = WORKDIR / "media"  # the servers' media, not the test settings' temp dir
    if not (args.reuse and seeded(args)):
        from django.db import connection

        connection.close()
        recreate_database(url)
        seed(args, url)
    from cms.models import ArticlePage, EventPage
    from directory.models import SocialEnterprise

    counts = (
        ArticlePage.objects.count() + EventPage.objects.count(),
        SocialEnterprise.objects.count(),
    )
    print(f"Data: {counts[0]:,} article and event pages, {counts[1]:,} social enterprises")
    print("In-process (Django test client, POST, no response cache):")
    in_process = measure_in_process(args.runs)
    print(f"Through gunicorn (2 workers, {args.clients} client processes, {args.seconds:g} s):")
    rates = measure_servers(url, args.seconds, args.clients)
    print()
    header = f"{'query':<22} {'SQL':>4} {'p50 ms':>7} {'p95 ms':>7} {'req/s':>8} {'cached':>8}"
    print(header)
    print("-" * len(header))
    bare = (rates[("bare Django JSON view", "no cache")], rates[("bare Django JSON view", "cache")])
    print(
        f"{'bare Django JSON view':<22} {0:>4} {'':>7} {'':>7} {bare[0][0]:>8.0f} {bare[1][0]:>8.0f}"
    )
    for name in QUERIES:
        sql, p50, p95 = in_process[name]
        plain, cached = rates[(name, "no cache")], rates[(name, "cache")]
        errors = plain[1] + cached[1]
        note = f"  {errors} errors" if errors else ""
        print(
            f"{name:<22} {sql:>4} {p50:>7.1f} {p95:>7.1f} {plain[0]:>8.0f} {cached[0]:>8.0f}{note}"
        )


if __name__ == "__main__":
    main()
