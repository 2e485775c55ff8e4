"""Fault test: the mixed load while PostgreSQL restarts; errors while it is down, recovery by
itself afterwards, and the same data before and after.

    .venv/bin/python bench/fault.py [--seconds 30] [--down-at 8] [--down-for 6]

Never touches a shared server: it makes a private throw-away cluster (initdb in /tmp/pgfault,
on port FAULT_PG_PORT, else a free one, socket in /tmp, run as the `postgres` user when started
as root), loads the demo content, takes a checksum (row count and md5 of every row) of the
content tables, starts gunicorn on 127.0.0.1 (BENCH_PORT, else a free port) with persistent
connections (CONN_MAX_AGE=60, health checks on) and the response cache off, and sends POST
queries (bench/load.py's mix) while the cluster is stopped (`pg_ctl stop -m fast`) and started
again. Checks: no errors before the stop, errors while the database is down, none from two
seconds after it is back, an identical checksum afterwards. Prints a per-second timeline and exits non-zero if a check fails.
"""

import argparse
import glob
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import psycopg
from load import Load, report
from server import Gunicorn, chosen_port, environment, prepare

DATA = Path("/tmp/pgfault")
LOG = Path("/tmp/pgfault.log")
PGPORT = chosen_port("FAULT_PG_PORT")
DATABASE = "baltic_fault"
GRACE = 2.0  # seconds after the database is back by which every request must succeed
# Content the load reads; a restart must leave every row as it was.
TABLES = [
    "wagtailcore_page",
    "wagtailcore_revision",
    "wagtailcore_locale",
    "cms_articlepage",
    "cms_eventpage",
    "cms_policyrecommendationpage",
    "cms_teachingmaterialpage",
    "directory_socialenterprise",
    "directory_supportorganisation",
    "directory_indicatorvalue",
    "directory_country",
    "directory_sector",
]


def pgbin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise SystemExit(f"{name} not found: apt-get install postgresql")
    return found[-1]


def as_postgres(command: list[str], check=True):
    """Run a cluster command, as the postgres user when we are root (initdb refuses root)."""
    if os.geteuid() == 0:
        command = ["su", "postgres", "-c", shlex.join(command)]
    return subprocess.run(command, check=check, capture_output=True, text=True)


def pg_ctl(action: str, check=True):
    return as_postgres(
        [
            pgbin("pg_ctl"),
            "-D",
            str(DATA),
            "-o",
            f"-p {PGPORT} -k /tmp",
            "-l",
            str(LOG),
            "-w",
            *(["-m", "fast"] if action == "stop" else []),
            action,
        ],
        check=check,
    )


def create_cluster() -> None:
    if DATA.exists():
        pg_ctl("stop", check=False)
        shutil.rmtree(DATA)
    DATA.mkdir(mode=0o700)
    if os.geteuid() == 0:
        shutil.chown(DATA, "postgres", "postgres")
        LOG.touch()
        shutil.chown(LOG, "postgres", "postgres")
    as_postgres([pgbin("initdb"), "-D", str(DATA), "-U", "postgres", "--auth=trust"])
    pg_ctl("start")
    with psycopg.connect(f"host=127.0.0.1 port={PGPORT} user=postgres", autocommit=True) as db:
        db.execute(f"CREATE DATABASE {DATABASE}")


def checksum(url: str) -> dict:
    with psycopg.connect(url) as db:
        return {
            table: db.execute(
                f"SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                f"FROM {table} t"
            ).fetchone()
            for table in TABLES
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--down-at", type=float, default=8)
    parser.add_argument("--down-for", type=float, default=6)
    parser.add_argument("--max-requests", type=int, default=20000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    assert args.down_at + args.down_for + GRACE + 3 < args.seconds, "leave time to recover"

    url = f"postgres://postgres@127.0.0.1:{PGPORT}/{DATABASE}"
    workdir = Path(tempfile.mkdtemp(prefix="baltic-fault-"))
    create_cluster()
    server = None
    try:
        env = {
            **environment(workdir, url),
            "CONN_MAX_AGE": "60",
            "GRAPHQL_CACHE_TIMEOUT": "0",
        }
        prepare(env)
        before = checksum(url)
        server = Gunicorn(env)
        load = Load(server.port, args.seconds, args.max_requests, args.clients, methods=("POST",))
        runner = threading.Thread(target=load.run)
        runner.start()
        time.sleep(args.down_at)
        down_at = time.perf_counter() - load.start
        pg_ctl("stop")
        time.sleep(args.down_for)
        pg_ctl("start")
        up_at = time.perf_counter() - load.start
        runner.join()
        after = checksum(url)
    finally:
        if server is not None:
            server.stop()
        pg_ctl("stop", check=False)

    report(load, f"Mixed POST load through gunicorn on {server.address}, PostgreSQL restarted")
    print(f"database stopping at {down_at:.1f} s, back at {up_at:.1f} s")
    print("second  ok  errors")
    timeline = Counter()
    for at, _name, _method, kind, _s in load.results:
        timeline[int(at), kind == "ok"] += 1
    for second in range(int(load.elapsed) + 1):
        print(f"{second:>6} {timeline[second, True]:>3} {timeline[second, False]:>7}")

    def errors_between(start, end):
        rows = [r for r in load.results if start <= r[0] < end]
        return sum(1 for r in rows if r[3] != "ok"), len(rows)

    checks = []
    # Requests started within a second of the stop may still be running when it happens.
    failed_before, sent_before = errors_between(0, down_at - 1)
    checks.append(("no errors before the restart", failed_before == 0 and sent_before > 0))
    failed_down, _ = errors_between(down_at, up_at)
    checks.append(("errors while the database is down", failed_down > 0))
    failed_after, sent_after = errors_between(up_at + GRACE, load.elapsed + 1)
    checks.append((f"no errors from {GRACE:.0f} s after it is back", failed_after == 0))
    checks.append(("requests after it is back", sent_after > 0))
    first_ok = min((r[0] for r in load.results if r[0] >= up_at and r[3] == "ok"), default=None)
    if first_ok is not None:
        print(f"first success {first_ok - up_at:.2f} s after the database was back")
    checks.append(("same rows before and after (count and md5 per table)", before == after))
    for label, passed in checks:
        print(f"{'ok  ' if passed else 'FAIL'} {label}")
    print(f"{sum(count for count, _md5 in after.values())} rows in {len(TABLES)} tables checked")
    shutil.rmtree(workdir, ignore_errors=True)
    sys.exit(0 if all(passed for _label, passed in checks) else 1)


if __name__ == "__main__":
    main()
