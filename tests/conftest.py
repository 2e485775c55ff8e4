import json
import os

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from tests.cms.factories import HomePageFactory

# Commands that editors run answer in the terminal's language (cms.management.base); the tests
# read their English, whatever the developer's LANG.
os.environ["LANGUAGE"] = "en"


def pytest_sessionstart(session):
    """Tests read the compiled catalogues: build them from locales/*.po as `make locales` does,
    before any test loads a translation."""
    call_command("compile_locales", verbosity=0)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests last, after pytest-django's ordering: their live server and Playwright stay
    up for the rest of the session and would share the in-memory SQLite database with the
    transactional tests' own threads (tests/headless), which then find tables locked."""
    items.sort(key=lambda item: item.nodeid.startswith("tests/browser/"))


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits and cached look-ups must not leak from one test into the next."""
    cache.clear()


@pytest.fixture
def graphql(client):
    """Run a query through the real /graphql/ endpoint; returns the decoded JSON response.

    By default a response with errors fails the test; pass errors=True to get them back.
    """

    def run(query, variables=None, *, errors=False, method="post"):
        if method == "get":
            params = {"query": query}
            if variables:
                params["variables"] = json.dumps(variables)
            response = client.get("/graphql/", params)
        else:
            payload = {"query": query, "variables": variables or {}}
            response = client.post("/graphql/", payload, content_type="application/json")
        assert response.status_code == 200, response.content
        body = response.json()
        if not errors:
            assert "errors" not in body, body.get("errors")
        return body

    return run


@pytest.fixture
def locale(db):
    """Locale by language code (all ten exist after migrations)."""
    return lambda code: Locale.objects.get(language_code=code)


@pytest.fixture
def home(db):
    """An English home page that the default site serves."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.filter(is_default_site=True).update(root_page=home)
    return home
