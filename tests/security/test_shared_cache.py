"""Every worker serves the same truth: a real gunicorn with two workers, and a publish made by
another process (cron's publish_scheduled), reach every answer at once; with the embedded
default (files in CACHE_DIR) and with Redis."""

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from wagtail.models import Page, Site

from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory, HomePageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

QUERY = '{ page(urlPath: "/library/harbour/") { title } }'


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def shared_database(folder: Path) -> str:
    """A URL other processes can open, holding what this test wrote (SQLite: a copy of the
    in-memory test database in a file)."""
    if connection.vendor == "sqlite":
        path = folder / "db.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        return f"sqlite:///{path}"
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture
def redis_url(tmp_path):
    if shutil.which("redis-server") is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing: apt-get install redis-server")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    server = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(10)


def environment(database_url: str, cache: dict) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "shared-cache-test",
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1",
        **cache,
    }


def ask(port: int) -> tuple[str, str]:
    url = f"http://127.0.0.1:{port}/graphql/?" + urllib.parse.urlencode({"query": QUERY})
    with urllib.request.urlopen(url, timeout=10) as response:  # a new connection each time
        title = json.loads(response.read())["data"]["page"]["title"]
        return title, response.headers.get("X-Cache", "")


def answers(port: int, count: int = 24) -> list[tuple[str, str]]:
    return [ask(port) for _ in range(count)]


def run_case(tmp_path, cache: dict) -> None:
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.filter(is_default_site=True).update(root_page=home)
    library = ArticleIndexPageFactory(parent=home, slug="library")
    page = ArticlePageFactory(parent=library, slug="harbour", title="Old title")
    page.save_revision().publish()
    page.title = "New title"
    page.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))

    env = environment(shared_database(tmp_path), cache)
    port = free_port()
    log = open(tmp_path / "gunicorn.log", "wb")  # noqa: SIM115 (closed below)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                ask(port)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail(f"gunicorn did not answer; see {tmp_path / 'gunicorn.log'}")
                time.sleep(0.2)
        before = answers(port)
        assert {title for title, _ in before} == {"Old title"}
        assert "HIT" in {hit for _, hit in before}  # both workers answer from the cache

        subprocess.run(
            [sys.executable, "manage.py", "publish_scheduled"],
            cwd=settings.BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
        )
        after = answers(port)
        assert {title for title, _ in after} == {"New title"}, after
    finally:
        server.terminate()
        server.wait(20)
        log.close()


def test_every_worker_sees_a_publish_from_another_process(tmp_path):
    run_case(tmp_path, {"CACHE_DIR": str(tmp_path / "cache"), "REDIS_URL": ""})


def test_every_worker_sees_a_publish_from_another_process_with_redis(tmp_path, redis_url):
    run_case(tmp_path, {"REDIS_URL": redis_url})
