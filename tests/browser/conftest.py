"""Browser tests: the real Wagtail admin and the example frontend in headless Chromium.

Chromium comes from Debian (`apt-get install chromium`), driven by Playwright from PyPI; no
browser is downloaded. The frontend (examples/frontend) is built by `make frontend-build`, which
`make test` runs first. Screenshots of every step go to BROWSER_ARTIFACTS (var/browser-artifacts).
"""

import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from cms.demo.loader import DemoLoader

# Playwright's sync API keeps an event loop in this thread; Django's ORM refuses to run beside
# one unless told that the calls really are synchronous, which they are here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
FRONTEND = ROOT / "examples" / "frontend"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("BROWSER_ARTIFACTS", ROOT / "var" / "browser-artifacts"))
PASSWORD = "browser-test-password"
# The first request to a cold live server can take a few seconds; expect() waits 5 by default.
expect.set_options(timeout=15_000)


def pytest_collection_modifyitems(config, items):
    """Without Chromium these tests are skipped, unless REQUIRE_BROWSER_TESTS is set (CI)."""
    if Path(CHROMIUM).exists():
        return
    reason = f"no Chromium at {CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)"
    if os.environ.get("REQUIRE_BROWSER_TESTS"):
        raise pytest.UsageError(f"Browser tests are required here, but {reason}.")
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser(django_db_setup):
    from django.db import connections
    from playwright.sync_api import sync_playwright

    saved = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        # From here on the tests run in Playwright's greenlet, where Django opens new connection
        # objects; without the migrated data serialized at setup on them, serialized_rollback
        # would silently restore nothing after the first test's flush.
        for alias, contents in saved.items():
            connections[alias]._test_serialized_contents = contents
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def frontend(live_server):
    """The example frontend (Node) serving the live test server's content; yields its URL."""
    server = FRONTEND / "dist" / "server.js"
    if not server.exists():
        pytest.fail("The example frontend is not built: run `make frontend-build`.")
    port = free_port()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = open(ARTIFACTS / "frontend.log", "w")  # noqa: SIM115 (open for the session)
    process = subprocess.Popen(
        [shutil.which("node") or "node", str(server)],
        cwd=FRONTEND,
        env={**os.environ, "CMS_URL": live_server.url, "PORT": str(port), "HOST": "127.0.0.1"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"The frontend exited: see {log.name}")
            time.sleep(0.1)
    else:
        process.terminate()
        pytest.fail(f"The frontend did not listen on port {port} within 10 s: see {log.name}")
    yield url
    process.terminate()
    process.wait(timeout=10)
    log.close()


@pytest.fixture
def headless_frontend(frontend, settings):
    """Point the CMS's Preview and links at the running example frontend."""
    settings.HEADLESS_FRONTENDS = {"default": {"url": frontend, "label": "Example frontend"}}
    return frontend


@pytest.fixture
def demo(transactional_db):
    """The demo site (pages in several locales, directory), as `make run` loads it."""
    return DemoLoader(report=lambda *args: None).run()


@pytest.fixture
def user():
    """user(name, group): a staff member of one of the project's groups."""

    def make(username, group):
        person = User.objects.create_user(
            username, f"{username}@example.org", PASSWORD, first_name=username.title()
        )
        person.groups.add(Group.objects.get(name=group))
        return person

    return make


class Actor:
    """One person at one browser: their own context (cookies), page and screenshots."""

    def __init__(self, browser, base_url, shots, name):
        self.context = browser.new_context(
            base_url=base_url, viewport={"width": 1280, "height": 900}, locale="en-GB"
        )
        self.context.set_default_timeout(15_000)
        self.page = self.context.new_page()
        self.shots = shots
        self.name = name

    def shot(self, step: str):
        self.shots.count += 1
        self.page.wait_for_load_state("networkidle")
        path = self.shots.folder / f"{self.shots.count:02d}-{self.name}-{step}.png"
        self.page.screenshot(path=path, full_page=True)

    def log_in(self, username):
        page = self.page
        page.goto("/admin/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(r"/admin/$"))
        return self


class Shots:
    def __init__(self, folder: Path):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        self.folder = folder
        self.count = 0


@pytest.fixture
def actor(browser, live_server, request):
    """actor(name): a new browser context for one person; screenshots under the test's name."""
    shots = Shots(ARTIFACTS / request.node.name)
    made = []

    def make(name, base_url=None):
        person = Actor(browser, base_url or live_server.url, shots, name)
        made.append(person)
        return person

    yield make
    failed = getattr(request.node, "failed_call", False)
    for person in made:
        if failed:
            person.shot("at-failure")
        person.context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Remember a failed test body, so the actor fixture can photograph every page at failure."""
    report = yield
    if report.when == "call" and report.failed:
        item.failed_call = True
    return report
