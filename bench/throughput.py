"""Requests per second through gunicorn (2 workers) on loopback, with and without the cache.

    .venv/bin/python bench/throughput.py [--seconds 5] [--clients 4]

Loads the demo content into a throw-away SQLite file (or DATABASE_URL), starts gunicorn with
the production settings twice (GRAPHQL_CACHE_TIMEOUT=0 and the default) on 127.0.0.1
(BENCH_PORT, else a free port), and drives each GET query for a fixed time from client
processes, next to a bare Django JSON view. The client processes share the machine with the server, so figures are a lower bound.
"""

import argparse
import json
import multiprocessing
import statistics
import tempfile
import time
import urllib.parse
from pathlib import Path

from server import Gunicorn, environment, prepare, send

QUERIES = {
    "page by path": '{ page(urlPath: "/library/", locale: "en") { title path '
    "translations { locale path } ... on ArticleIndexPage { intro } } }",
    "50 articles": "{ articles(pagination: {limit: 50}) { totalCount results { title path intro "
    "readingTime topics { name } heroImage { url } } } }",
    "event calendar": '{ events(startsAfter: "2020-01-01T00:00:00Z", pagination: {limit: 50}) '
    "{ results { title startsAt endsAt city country { name } } } }",
    "enterprises + facets": '{ socialEnterprises(filter: {countries: ["LV"]}, pagination: '
    "{limit: 20}) { totalCount results { name city sectors { name } } facets { countries "
    "{ value count } sectors { value count } } } }",
    "full-text search": '{ search(query: "social enterprise", pagination: {limit: 20}) '
    "{ totalCount results { score highlight item { ... on Page { title path } "
    "... on SocialEnterprise { name } } } } }",
}


def worker(port, path, seconds, queue):
    done, errors, latencies = 0, 0, []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        response = send(port, "GET", path)
        errors += response.status != 200
        latencies.append(response.seconds)
        done += 1
    queue.put((done, errors, latencies))


def drive(port, path, seconds, clients):
    queue = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=worker, args=(port, path, seconds, queue))
        for _ in range(clients)
    ]
    for process in processes:
        process.start()
    results = [queue.get() for _ in processes]
    for process in processes:
        process.join()
    done = sum(r[0] for r in results)
    errors = sum(r[1] for r in results)
    latencies = sorted(x for r in results for x in r[2])
    p50 = statistics.median(latencies) * 1000 if latencies else 0
    return done / seconds, errors, p50


def start_server(env, cache_timeout) -> Gunicorn:
    return Gunicorn({**env, "GRAPHQL_CACHE_TIMEOUT": str(cache_timeout)})


def checked(port, path) -> dict:
    """The decoded JSON of one GET, to check a query works before timing it."""
    return json.loads(send(port, "GET", path).body)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="baltic-throughput-"))
    env = environment(workdir)
    prepare(env, static=True)
    rows = []
    for label, timeout in (("no cache", 0), ("cache", 300)):
        with start_server(env, timeout) as server:
            bare = drive(server.port, "/bench/bare/", args.seconds, args.clients)
            rows.append(("bare Django JSON view", label, *bare))
            for name, query in QUERIES.items():
                path = "/graphql/?" + urllib.parse.urlencode({"query": query})
                body = checked(server.port, path)
                assert "errors" not in body, (name, body)
                rows.append((name, label, *drive(server.port, path, args.seconds, args.clients)))
    print(f"gunicorn 2 workers, {args.clients} client processes, {args.seconds:.0f} s each, GET")
    print(f"{'query':<24} {'server cache':<13} {'req/s':>8} {'p50 ms':>8} {'errors':>7}")
    for name, label, rate, errors, p50 in rows:
        print(f"{name:<24} {label:<13} {rate:>8.0f} {p50:>8.1f} {errors:>7}")


if __name__ == "__main__":
    main()
