"""Requests per second through gunicorn (2 workers) on loopback, with and without the cache.

    .venv/bin/python bench/throughput.py [--seconds 5] [--clients 4]

Loads the demo content into a throw-away SQLite file (or DATABASE_URL), starts gunicorn with
the production settings twice (GRAPHQL_CACHE_TIMEOUT=0 and the default), and drives each GET
query for a fixed time from client processes on 127.0.0.1, next to a bare Django JSON view.
The client processes share the machine with the server, so figures are a lower bound.
"""

import argparse
import http.client
import json
import multiprocessing
import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PORT = 8799

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


def worker(path, seconds, queue):
    done, errors, latencies = 0, 0, []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        started = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors += 1
        except OSError:
            errors += 1
        finally:
            connection.close()
        latencies.append(time.perf_counter() - started)
        done += 1
    queue.put((done, errors, latencies))


def drive(path, seconds, clients):
    queue = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=worker, args=(path, seconds, queue)) for _ in range(clients)
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


def start_server(env, cache_timeout):
    server_env = {**env, "GRAPHQL_CACHE_TIMEOUT": str(cache_timeout)}
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "cms.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{PORT}",
            "--pythonpath=bench",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=server_env,
        start_new_session=True,
    )
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=1)
            connection.request("GET", "/bench/bare/")
            connection.getresponse().read()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("gunicorn did not start")


def stop_server(process):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="baltic-throughput-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "throughput_settings",
        "PYTHONPATH": f"{ROOT}:{ROOT / 'bench'}",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'db.sqlite3'}")
    manage = [sys.executable, "manage.py"]
    for command in (
        ["migrate", "--noinput", "-v0"],
        ["load_demo"],
        ["collectstatic", "--noinput", "-v0"],
    ):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, capture_output=True)
    rows = []
    for label, timeout in (("no cache", 0), ("cache", 300)):
        server = start_server(env, timeout)
        try:
            bare = drive("/bench/bare/", args.seconds, args.clients)
            rows.append(("bare Django JSON view", label, *bare))
            for name, query in QUERIES.items():
                path = "/graphql/?" + urllib.parse.urlencode({"query": query})
                with urllib_check(path) as body:
                    assert "errors" not in body, (name, body)
                rows.append((name, label, *drive(path, args.seconds, args.clients)))
        finally:
            stop_server(server)
    print(f"gunicorn 2 workers, {args.clients} client processes, {args.seconds:.0f} s each, GET")
    print(f"{'query':<24} {'server cache':<13} {'req/s':>8} {'p50 ms':>8} {'errors':>7}")
    for name, label, rate, errors, p50 in rows:
        print(f"{name:<24} {label:<13} {rate:>8.0f} {p50:>8.1f} {errors:>7}")


class urllib_check:
    """The decoded JSON of one GET, to check a query works before timing it."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
        connection.request("GET", self.path)
        body = json.loads(connection.getresponse().read())
        connection.close()
        return body

    def __exit__(self, *exc):
        return False


if __name__ == "__main__":
    main()
