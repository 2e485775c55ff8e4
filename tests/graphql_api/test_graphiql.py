"""GraphiQL at /graphql/: served from our static files, only when GRAPHQL_IDE is on."""

import re
from urllib.parse import unquote

import pytest
from django.contrib.staticfiles import finders


def open_ide(client):
    return client.get("/graphql/", headers={"accept": "text/html"})


@pytest.mark.django_db
def test_graphiql_is_off_without_graphql_ide(client, settings):
    settings.GRAPHQL_IDE = False
    assert open_ide(client).status_code == 404


@pytest.mark.django_db
def test_graphiql_loads_every_file_from_our_static_files(client, settings):
    settings.GRAPHQL_IDE = True
    page = open_ide(client).content.decode()
    assert "GraphiQL" in page
    # Nothing from a CDN: every script and stylesheet is a static file of this project.
    files = [url for url in re.findall(r'(?:src|href)="([^"]+)"', page) if "data:" not in url]
    assert len(files) == 6
    assert all(url.startswith(settings.STATIC_URL) for url in files), files
    paths = [unquote(url.removeprefix(settings.STATIC_URL)) for url in files]
    missing = [path for path in paths if not finders.find(path)]
    assert not missing, f"{missing} not installed: run `make graphiql`"


@pytest.mark.django_db
def test_a_shared_graphiql_link_opens_graphiql(client, settings):
    """GraphiQL writes the query into the address (?q=); reloading it must not be a bad request."""
    settings.GRAPHQL_IDE = True
    response = client.get(
        "/graphql/?q=%7B%20locales%20%7B%20code%20%7D%20%7D", headers={"accept": "text/html"}
    )
    assert response.status_code == 200
    assert b"GraphiQL" in response.content
