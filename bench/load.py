"""A bounded load test: a mixed GraphQL load through gunicorn on loopback, errors and latency.

    .venv/bin/python bench/load.py [--seconds 20] [--max-requests 20000] [--clients 4]

Loads the demo content into a throw-away SQLite file (or DATABASE_URL), starts gunicorn
(production settings, 2 workers) on 127.0.0.1 only (port BENCH_PORT, else a free one; see
bench/server.py), and has a few client threads send a mix of queries (page by path, listings,
the event calendar, the directory with facets, search, autocomplete; POST, which is never
cached, and cacheable GET) until the time is up or the request budget is spent. Prints requests, errors by kind and p50/p95 latency, overall and per
query, and exits non-zero if any request failed. bench/fault.py runs the same load while
PostgreSQL restarts, bench/abuse.py beside an abuse mix.
"""

import argparse
import json
import shutil
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from pathlib import Path

from server import Gunicorn, Response, environment, prepare, send

QUERIES = {
    "page by path": '{ page(urlPath: "/library/", locale: "en") { title path '
    "translations { locale path } ... on ArticleIndexPage { intro } } }",
    "page in lv": '{ page(urlPath: "/", locale: "lv") { title path body { __typename } } }',
    "20 articles": "{ articles(pagination: {limit: 20}) { totalCount results { title path intro "
    "readingTime topics { name } heroImage { url } } } }",
    "pages": "{ pages(pagination: {limit: 50}) { totalCount results { __typename title path } } }",
    "event calendar": '{ events(startsAfter: "2020-01-01T00:00:00Z", pagination: {limit: 50}) '
    "{ results { title startsAt endsAt city country { name } } } }",
    "enterprises + facets": '{ socialEnterprises(filter: {countries: ["LV"]}, pagination: '
    "{limit: 20}) { totalCount results { name city sectors { name } } facets { countries "
    "{ value count } sectors { value count } } } }",
    "organisations": "{ supportOrganisations(pagination: {limit: 20}) { totalCount results "
    "{ name countriesServed { code } } } }",
    "full-text search": '{ search(query: "social enterprise", pagination: {limit: 20}) '
    "{ totalCount results { score highlight item { ... on Page { title path } "
    "... on SocialEnterprise { name } } } } }",
    "autocomplete": '{ autocomplete(query: "soc") { name slug type } }',
}


def graphql(
    port: int,
    method: str,
    payload: dict,
    headers: dict[str, str] | None = None,
    timeout: float = 10.0,
) -> Response:
    """A GraphQL request: `payload` as JSON by POST, or its members in the query string by GET."""
    if method == "GET":
        fields = {k: v if isinstance(v, str) else json.dumps(v) for k, v in payload.items()}
        path = "/graphql/?" + urllib.parse.urlencode(fields)
        return send(port, "GET", path, headers=headers, timeout=timeout)
    headers = {"Content-Type": "application/json", **(headers or {})}
    return send(port, "POST", "/graphql/", json.dumps(payload), headers, timeout)


def request(port: int, name: str, method: str, timeout: float = 10.0) -> tuple[str, float]:
    """One query of the mix; returns (kind, seconds): kind is "ok" or the kind of error."""
    response = graphql(port, method, {"query": QUERIES[name]}, timeout=timeout)
    return classify(response), response.seconds


def classify(response: Response) -> str:
    """The outcome: "ok", else the network error, HTTP status, invalid JSON or GraphQL code."""
    if response.error:
        return response.error
    if response.status != 200:
        return f"HTTP {response.status}"
    try:
        errors = json.loads(response.body).get("errors")
    except (ValueError, AttributeError):
        return "invalid JSON"
    return f"GraphQL {errors[0].get('extensions', {}).get('code')}" if errors else "ok"


class Load:
    """Client threads sending the query mix until the deadline or the request budget."""

    def __init__(self, port, seconds, max_requests, clients, methods=("POST", "GET")):
        self.port = port
        self.seconds, self.max_requests, self.clients = seconds, max_requests, clients
        self.mix = [(name, method) for name in QUERIES for method in methods]
        self.lock = threading.Lock()
        self.sent = 0
        self.results = []  # (start offset in s, query, method, kind, seconds)
        self.start = time.perf_counter()

    def client(self, number, start, deadline):
        turn = number
        while time.perf_counter() < deadline:
            with self.lock:
                if self.sent >= self.max_requests:
                    return
                self.sent += 1
            name, method = self.mix[turn % len(self.mix)]
            turn += 1
            at = time.perf_counter() - start
            kind, seconds = request(self.port, name, method)
            with self.lock:
                self.results.append((at, name, method, kind, seconds))
            if kind != "ok":
                time.sleep(0.05)  # don't spin on a server that is down

    def run(self):
        self.start = start = time.perf_counter()
        deadline = start + self.seconds
        threads = [
            threading.Thread(target=self.client, args=(n, start, deadline))
            for n in range(self.clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.elapsed = time.perf_counter() - start
        return self


def percentile(values, fraction):
    values = sorted(values)
    if not values:
        return 0.0
    return values[min(len(values) - 1, round(fraction * (len(values) - 1)))]


def report(load, title):
    results = load.results
    errors = Counter(kind for _at, _name, _method, kind, _s in results if kind != "ok")
    ok = [s for _at, _name, _method, kind, s in results if kind == "ok"]
    print(title)
    print(
        f"{len(results)} requests in {load.elapsed:.1f} s ({len(results) / load.elapsed:.0f}/s), "
        f"{load.clients} clients, {sum(errors.values())} errors"
    )
    for kind, count in errors.most_common():
        print(f"  error {kind}: {count}")
    print(
        f"latency of successful requests: p50 {percentile(ok, 0.5) * 1000:.1f} ms, "
        f"p95 {percentile(ok, 0.95) * 1000:.1f} ms"
    )
    by_query = defaultdict(list)
    for _at, name, method, kind, seconds in results:
        by_query[name, method].append((kind, seconds))
    print(f"{'query':<22} {'method':<6} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8}")
    for (name, method), rows in sorted(by_query.items()):
        times = [s for kind, s in rows if kind == "ok"]
        failed = sum(1 for kind, _s in rows if kind != "ok")
        print(
            f"{name:<22} {method:<6} {len(rows):>8} {failed:>6} "
            f"{percentile(times, 0.5) * 1000:>8.1f} {percentile(times, 0.95) * 1000:>8.1f}"
        )
    return errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--max-requests", type=int, default=20000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="baltic-load-"))
    env = environment(workdir)
    prepare(env)
    with Gunicorn(env) as server:
        load = Load(server.port, args.seconds, args.max_requests, args.clients).run()
    shutil.rmtree(workdir, ignore_errors=True)
    errors = report(load, f"Mixed GraphQL load, gunicorn 2 workers on {server.address}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
