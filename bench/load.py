"""A bounded load test: a mixed GraphQL load through gunicorn on loopback, errors and latency.

    .venv/bin/python bench/load.py [--seconds 20] [--max-requests 20000] [--clients 4]

Loads the demo content into a throw-away SQLite file (or DATABASE_URL), starts gunicorn
(production settings, 2 workers) on 127.0.0.1 only, and has a few client threads send a mix of
queries (page by path, listings, the event calendar, the directory with facets, search,
autocomplete; POST, which is never cached, and cacheable GET) until the time is up or the
request budget is spent. Prints requests, errors by kind and p50/p95 latency, overall and per
query, and exits non-zero if any request failed. bench/fault.py runs the same load while
PostgreSQL restarts.
"""

import argparse
import http.client
import json
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"  # loopback only: never point this at another machine
PORT = 8797

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


def request(name, method, timeout=10.0):
    """One request; returns (kind, seconds): kind is "ok" or the kind of error."""
    query = QUERIES[name]
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, PORT, timeout=timeout)
    try:
        if method == "GET":
            connection.request("GET", "/graphql/?" + urllib.parse.urlencode({"query": query}))
        else:
            body = json.dumps({"query": query})
            connection.request(
                "POST", "/graphql/", body=body, headers={"Content-Type": "application/json"}
            )
        response = connection.getresponse()
        payload = response.read()
        if response.status != 200:
            kind = f"HTTP {response.status}"
        else:
            errors = json.loads(payload).get("errors")
            kind = f"GraphQL {errors[0].get('extensions', {}).get('code')}" if errors else "ok"
    except TimeoutError:
        kind = "timeout"
    except ConnectionRefusedError:
        kind = "connection refused"
    except (ConnectionError, http.client.HTTPException, OSError) as error:
        kind = type(error).__name__
    except ValueError:
        kind = "invalid JSON"
    finally:
        connection.close()
    return kind, time.perf_counter() - started


class Load:
    """Client threads sending the query mix until the deadline or the request budget."""

    def __init__(self, seconds, max_requests, clients, methods=("POST", "GET")):
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
            kind, seconds = request(name, method)
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


def environment(workdir: Path, database_url: str | None = None) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "throughput_settings",
        "PYTHONPATH": f"{ROOT}:{ROOT / 'bench'}",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
    }
    if database_url:
        env["DATABASE_URL"] = database_url
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'db.sqlite3'}")
    return env


def prepare(env) -> None:
    """Migrate and load the demo content."""
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, capture_output=True)


def start_server(env, workers=2):
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "cms.wsgi",
            f"--workers={workers}",
            f"--bind={HOST}:{PORT}",
            "--pythonpath=bench",
            "--log-level=warning",
            "--timeout=30",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    for _ in range(150):
        if request("page by path", "POST", timeout=2)[0] == "ok":
            return process
        time.sleep(0.1)
    stop_server(process)
    raise SystemExit("gunicorn did not start")


def stop_server(process) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--max-requests", type=int, default=20000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="baltic-load-"))
    env = environment(workdir)
    prepare(env)
    server = start_server(env)
    try:
        load = Load(args.seconds, args.max_requests, args.clients).run()
    finally:
        stop_server(server)
    errors = report(load, f"Mixed GraphQL load, gunicorn 2 workers on {HOST}:{PORT}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
