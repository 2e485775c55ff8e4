"""Abuse test: the load test's normal mix quiet, then beside an abuse mix; latency and statuses.

    .venv/bin/python bench/abuse.py [--seconds 20] [--clients 4] [--abuse-count 200]
                                    [--abuse-interval 1]

Loads the demo content into a throw-away SQLite file (or DATABASE_URL) and starts gunicorn
(production settings, 2 workers) on 127.0.0.1 only (BENCH_PORT, else a free port; see
bench/server.py). After a short warm-up, bench/load.py's normal mix runs alone for --seconds
(p50/p95), then again for --seconds while a separate process sends the abuse mix: one thread per
case, each a loop of at most --abuse-count requests started at most every --abuse-interval
seconds, until the normal load ends (so an abuse request as cheap as a normal one adds a few
requests a second, not a queue: what slows the normal mix is the cost of the abuse). The cases:

- fragment fan-out: 12 named fragments on Locale, each spreading the next four times;
- calendar x3: three aliases of a year of `calendar` with `occurrences(limit: 500)` per entry;
- image renditions: `rendition(spec: "width-N")` on articles' hero images, N new every time;
- forged host: the normal "20 articles" query with `Host: 127.0.0.1:6666` and
  `X-Forwarded-Proto: https`, by GET (cacheable) and POST;
- preview by GET: `preview(token: "garbage")` (and garbage that changes, past any cache);
- malformed bodies: null, a bare string, `extensions.persistedQuery` as a string, `variables`
  as a list, a NUL byte in a string argument (in the query text and in a variable);
- big sitemap: `sitemap` with the largest `limit` the server still accepts (found by bisection
  before the run), i.e. just under the cost limit.

Prints normal p50/p95 quiet and under abuse with their ratio, per abuse case (and variant) the
requests, its own p50, HTTP statuses and GraphQL error codes, and the tracebacks the server
logged meanwhile. Then asks the normal queries again with the real Host to see whether the
forged one leaked into what others get (a poisoned cache). Exits non-zero if the normal p95
under abuse is 2x the quiet one or more, if any request got a 5xx or no answer at all, if a
normal query failed, or if the forged host leaked.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from load import QUERIES, Load, graphql, percentile
from server import HOST, Gunicorn, Response, environment, prepare, send

FORGED_HOST = f"{HOST}:6666"
# In an answer to someone else, either means a forged request's headers were cached or kept.
LEAKS = (FORGED_HOST.encode(), f"https://{HOST}".encode())
ABUSE_TIMEOUT = 40.0  # beyond gunicorn's 30 s worker timeout: a killed worker shows as no answer
MAX_P95_RATIO = 2.0
EXCEPTION_LINE = re.compile(r"^[\w.]+(Error|Exception): ")
SITEMAP = "{ sitemap(limit: %d) { urlPath path lastmod alternates { locale path } } }"


def fan_out(fragments: int = 12, spreads: int = 4) -> str:
    """Fragments that each spread the next one `spreads` times: spreads^fragments when expanded."""
    parts = ["query { locales { ...F0 } }"]
    for i in range(fragments):
        body = " ".join([f"...F{i + 1}"] * spreads) if i < fragments - 1 else "code"
        parts.append(f"fragment F{i} on Locale {{ {body} }}")
    return "\n".join(parts)


def calendar_year() -> str:
    start = datetime.now(UTC).replace(microsecond=0)
    after, before = start.isoformat(), (start + timedelta(days=365)).isoformat()
    aliases = " ".join(
        f'c{i}: calendar(startsAfter: "{after}", startsBefore: "{before}") '
        "{ startsAt event { occurrences(limit: 500) { startsAt } } }"
        for i in range(3)
    )
    return f"query {{ {aliases} }}"


RENDITIONS_PER_REQUEST = 5
MAX_WIDTH = 3000  # graphql_api/common.py's MAX_RENDITION_SIZE: wider is refused, not rendered


def renditions(i: int) -> str:
    """Hero images of 20 articles, each in RENDITIONS_PER_REQUEST widths no request asked before."""
    widths = [
        (i * RENDITIONS_PER_REQUEST + k) % MAX_WIDTH + 1 for k in range(RENDITIONS_PER_REQUEST)
    ]
    aliases = " ".join(f'w{w}: rendition(spec: "width-{w}") {{ url width }}' for w in widths)
    return (
        f"{{ articles(pagination: {{limit: 20}}) {{ results {{ heroImage {{ {aliases} }} }} }} }}"
    )


JSON = {"Content-Type": "application/json"}
LOCALES = "{ locales { code } }"
NUL_IN_QUERY = '{ page(urlPath: "/\\u0000/", locale: "en") { title } }'  # GraphQL's \u escape
MALFORMED: list[tuple[str, str]] = [
    ("null", "null"),
    ("bare string", json.dumps("{ locales { code } }")),
    (
        "persistedQuery string",
        json.dumps({"query": LOCALES, "extensions": {"persistedQuery": "x"}}),
    ),
    ("variables list", json.dumps({"query": LOCALES, "variables": [1, 2]})),
    ("NUL in query", json.dumps({"query": NUL_IN_QUERY})),
    (
        "NUL in variable",
        json.dumps(
            {
                "query": "query ($q: String!) { search(query: $q) { totalCount } }",
                "variables": {"q": "social\x00enterprise"},
            }
        ),
    ),
]


Case = Callable[[int, int], tuple[str, Response]]  # (port, i) -> (variant, response)


def abuse_cases(sitemap_limit: int) -> dict[str, Case]:
    """Case name -> its i-th request to the server on a port, with the variant it sent."""
    forged = {"Host": FORGED_HOST, "X-Forwarded-Proto": "https"}

    def post(query: str) -> Case:
        return lambda port, _i: ("", graphql(port, "POST", {"query": query}, timeout=ABUSE_TIMEOUT))

    def rendition(port: int, i: int) -> tuple[str, Response]:
        return "", graphql(port, "POST", {"query": renditions(i)}, timeout=ABUSE_TIMEOUT)

    def forged_host(port: int, i: int) -> tuple[str, Response]:
        method = ("GET", "POST")[i % 2]
        query = {"query": QUERIES["20 articles"]}
        return method, graphql(port, method, query, forged, ABUSE_TIMEOUT)

    def preview(port: int, i: int) -> tuple[str, Response]:
        token = "garbage" if i % 2 == 0 else f"garbage-{i}"
        query = f'{{ preview(token: "{token}") {{ __typename }} }}'
        return "", graphql(port, "GET", {"query": query}, timeout=ABUSE_TIMEOUT)

    def malformed(port: int, i: int) -> tuple[str, Response]:
        variant, body = MALFORMED[i % len(MALFORMED)]
        return variant, send(port, "POST", "/graphql/", body, JSON, ABUSE_TIMEOUT)

    return {
        "fragment fan-out": post(fan_out()),
        "calendar x3 aliases": post(calendar_year()),
        "image renditions": rendition,
        "forged Host + proto": forged_host,
        "preview by GET": preview,
        "malformed bodies": malformed,
        "big sitemap": post(SITEMAP % sitemap_limit),
    }


def outcome(response: Response) -> tuple[str, str, float, bool]:
    """(HTTP status or network error, first GraphQL error code or "data", seconds, whether the
    forged host appears in the body)."""
    status = str(response.status) if response.status is not None else response.error or "?"
    code = "-"
    if response.status is not None and len(response.body) < 5_000_000:
        try:
            errors = json.loads(response.body).get("errors")
        except (ValueError, AttributeError):
            errors = None
            code = "not JSON"
        else:
            code = (
                (errors[0].get("extensions") or {}).get("code") or "no code" if errors else "data"
            )
    return status, code, response.seconds, FORGED_HOST.encode() in response.body


def run_abuse(port, seconds, count, interval, sitemap_limit, queue) -> None:
    """The abuse mix in this (separate) process: a bounded loop per case, then the outcomes."""
    cases = abuse_cases(sitemap_limit)
    results: dict[str, list] = defaultdict(list)
    deadline = time.perf_counter() + seconds

    def loop(name: str) -> None:
        for i in range(count):
            started = time.perf_counter()
            if started >= deadline:
                return
            variant, response = cases[name](port, i)
            results[f"{name}: {variant}" if variant else name].append(outcome(response))
            time.sleep(max(0.0, interval - (time.perf_counter() - started)))

    threads = [threading.Thread(target=loop, args=(name,)) for name in cases]
    queue.put("started")
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    queue.put(dict(results))


def largest_sitemap_limit(port: int) -> int:
    """The largest sitemap limit answered without errors: doubling, then bisection."""

    def accepted(limit: int) -> bool:
        response = graphql(port, "POST", {"query": SITEMAP % limit}, timeout=ABUSE_TIMEOUT)
        return response.status == 200 and "errors" not in json.loads(response.body)

    if not accepted(1):
        return 1
    low, high = 1, 2
    while accepted(high):
        low, high = high, high * 2
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if accepted(middle) else (low, middle)
    return low


def leaked_host(port: int, rounds: int = 4) -> tuple[Counter, int]:
    """Normal queries with the real Host, several times (each worker has its own cache): which
    answers carry the forged host or scheme, by query and method, out of how many."""
    leaked: Counter = Counter()
    asked = 0
    for name in QUERIES:
        for method in ("GET", "POST"):
            for _ in range(rounds):
                body = graphql(port, method, {"query": QUERIES[name]}).body
                if any(marker in body for marker in LEAKS):
                    leaked[f"{name} {method}"] += 1
                asked += 1
    return leaked, asked


def latencies(load: Load, name: str | None = None) -> list[float]:
    return [s for _at, n, _m, kind, s in load.results if kind == "ok" and name in (None, n)]


def report(
    quiet: Load, abused: Load, outcomes: dict[str, list], leak: tuple[Counter, int], log: Path
) -> bool:
    """Print the tables and checks; True if every check passed."""
    print(f"\nNormal mix, {quiet.clients} clients, POST and GET, {quiet.seconds:g} s each")
    header = (
        f"{'query':<22} {'n':>4} {'quiet p50':>9} {'p95':>7} {'n':>4} {'abuse p50':>9} {'p95':>7} "
        f"{'p95 ratio':>9}"
    )
    print(header)
    print("-" * len(header))
    ratios = {}
    for name in [None, *QUERIES]:
        before, during = latencies(quiet, name), latencies(abused, name)
        p95s = percentile(before, 0.95), percentile(during, 0.95)
        ratios[name] = p95s[1] / p95s[0] if p95s[0] and during else None
        ratio = f"{ratios[name]:>8.2f}x" if ratios[name] is not None else f"{'-':>9}"
        print(
            f"{name or 'all':<22} {len(before):>4} {percentile(before, 0.5) * 1000:>9.1f} "
            f"{p95s[0] * 1000:>7.1f} {len(during):>4} {percentile(during, 0.5) * 1000:>9.1f} "
            f"{p95s[1] * 1000:>7.1f} {ratio}"
        )
    normal_errors = Counter(
        kind for load in (quiet, abused) for *_r, kind, _s in load.results if kind != "ok"
    )
    print(
        f"requests: {len(quiet.results)} quiet, {len(abused.results)} under abuse; "
        f"errors: {dict(normal_errors) or 'none'}"
    )

    print("\nAbuse mix (each case its own thread, in a separate process)")
    header = f"{'case: variant':<40} {'sent':>5} {'p50 ms':>8}  {'statuses':<16} GraphQL codes"
    print(header)
    print("-" * (len(header) + 20))
    failures = Counter()
    for name, rows in sorted(outcomes.items()):
        statuses = Counter(status for status, _code, _s, _echo in rows)
        codes = Counter(code for _status, code, _s, _echo in rows)
        echoed = sum(echo for *_r, echo in rows)
        failures[name] = sum(
            count
            for status, count in statuses.items()
            if not status.isdigit() or int(status) >= 500
        )
        p50 = percentile([s for _st, _c, s, _e in rows], 0.5) * 1000
        print(
            f"{name:<40} {len(rows):>5} {p50:>8.1f}  {format_counts(statuses):<16} "
            f"{format_counts(codes)}" + (f"; {FORGED_HOST} in {echoed} answers" if echoed else "")
        )

    checks = [
        (
            f"normal p95 under abuse below {MAX_P95_RATIO:g}x quiet ({ratios[None] or 0:.2f}x)",
            ratios[None] is not None and ratios[None] < MAX_P95_RATIO,
        ),
        ("no 5xx and no dropped connection in the abuse mix", not sum(failures.values())),
        ("no error in the normal mix", not normal_errors),
        (
            f"forged host not in normal answers ({leak[0].total()} of {leak[1]}"
            + "".join(f"; {query}: {count}" for query, count in leak[0].most_common())
            + ")",
            not leak[0],
        ),
    ]
    print(f"\nserver log: {server_errors(log)}\n")
    for label, passed in checks:
        print(f"{'ok  ' if passed else 'FAIL'} {label}")
    for name, count in failures.items():
        if count:
            print(f"     {name}: {count} answers 5xx or none")
    return all(passed for _label, passed in checks)


def server_errors(log: Path) -> str:
    """How many tracebacks the server logged, and its most frequent exception lines."""
    text = log.read_text(errors="replace")
    exceptions = Counter(
        line[:90] for line in text.splitlines() if EXCEPTION_LINE.match(line)
    ).most_common(5)
    summary = "; ".join(f"{count}x {line}" for line, count in exceptions)
    return f"{text.count('Traceback (most recent call last)')} tracebacks" + (
        f", most often: {summary}" if summary else ""
    )


def format_counts(counts: Counter) -> str:
    return " ".join(f"{key}x{count}" for key, count in counts.most_common())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20, help="quiet, then under abuse")
    parser.add_argument("--max-requests", type=int, default=20000, help="normal, per phase")
    parser.add_argument("--clients", type=int, default=4, help="normal client threads")
    parser.add_argument("--abuse-count", type=int, default=200, help="requests per case at most")
    parser.add_argument("--abuse-interval", type=float, default=1.0, help="s between a case's")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="baltic-abuse-"))
    env = environment(workdir)
    print("migrating and loading the demo content", flush=True)
    prepare(env)
    spawn = multiprocessing.get_context("spawn")
    log = workdir / "server.log"
    with Gunicorn(env, log=log) as server:
        database = env["DATABASE_URL"].split(":")[0]
        print(f"gunicorn 2 workers on {server.address}, {database}; warming up", flush=True)
        Load(server.port, min(3.0, args.seconds), args.max_requests, args.clients).run()
        sitemap_limit = largest_sitemap_limit(server.port)
        print(f"big sitemap: limit {sitemap_limit}, the largest the server accepts", flush=True)
        print(f"normal mix alone for {args.seconds:g} s", flush=True)
        quiet = Load(server.port, args.seconds, args.max_requests, args.clients).run()
        queue = spawn.Queue()
        abuser = spawn.Process(
            target=run_abuse,
            args=(
                server.port,
                args.seconds,
                args.abuse_count,
                args.abuse_interval,
                sitemap_limit,
                queue,
            ),
        )
        abuser.start()
        assert queue.get(timeout=60) == "started"
        print(f"normal mix beside the abuse mix for {args.seconds:g} s", flush=True)
        abused = Load(server.port, args.seconds, args.max_requests, args.clients).run()
        outcomes = queue.get(timeout=ABUSE_TIMEOUT * 2)
        abuser.join()
        leak = leaked_host(server.port)
    passed = report(quiet, abused, outcomes, leak, log)
    shutil.rmtree(workdir, ignore_errors=True)
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
