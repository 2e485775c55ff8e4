"""GraphiQL at /graphql/ works without the internet: every file it needs comes from the CMS."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_graphiql_runs_a_query_with_no_network_beyond_the_cms(actor, live_server, settings):
    # As `make run` has them (config.settings.dev); the view reads them per request.
    settings.DEBUG = settings.GRAPHQL_IDE = settings.GRAPHQL_INTROSPECTION = True
    developer = actor("developer")
    page = developer.page
    cms = urlsplit(live_server.url).netloc
    elsewhere, page_errors = [], []

    def only_the_cms(route):
        if urlsplit(route.request.url).netloc == cms:
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    developer.context.route("**/*", only_the_cms)
    page.on("websocket", lambda socket: elsewhere.append(socket.url))
    page.on("pageerror", lambda error: page_errors.append(str(error)))

    page.goto("/graphql/")
    editor = page.locator(".graphiql-query-editor .CodeMirror")
    expect(editor).to_be_visible()
    # The schema arrived by introspection: the documentation explorer lists the root type.
    page.get_by_role("button", name="Show Documentation Explorer").click()
    expect(page.locator(".graphiql-doc-explorer")).to_contain_text("Query")
    developer.shot("loaded")

    editor.click()
    page.keyboard.press("Control+A")
    # insert_text, not type(): GraphiQL would close each brace typed a second time.
    page.keyboard.insert_text("{ locales { code } }")
    page.get_by_role("button", name="Execute query (Ctrl-Enter)").click()
    expect(page.locator(".graphiql-response")).to_contain_text('"lv"')
    developer.shot("result")

    # GraphiQL keeps the query in the address (?q=), so a reload or a shared link shows it.
    page.reload()
    expect(editor).to_contain_text("locales")

    assert elsewhere == []
    assert page_errors == []
