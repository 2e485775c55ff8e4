"""Wagtail's page route in a headless CMS: nothing is rendered here (there are no page
templates), so a visitor who reaches a page's CMS address (an admin "View live" link, an old
bookmark) is sent to the frontend that shows it, and anything else is a short 404.

It replaces `wagtail.urls`: its route keeps Wagtail's name and pattern (`wagtail_serve`), so
`Page.url` and the admin's links still work. Wagtail's other front-end views there (the password
form and login of private pages) need templates a headless CMS lacks, and private pages are
never shown here anyway; documents keep their own URLs (`documents/`).
"""

from django.http import HttpRequest, HttpResponse, HttpResponseNotFound, HttpResponseRedirect
from django.urls import re_path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Site
from wagtail.urls import serve_pattern

from core.visibility import frontend_path, visible_pages
from headless.frontends import frontends_for


def not_found() -> HttpResponse:
    return HttpResponseNotFound(
        _("Not found. The pages of this site are shown by its frontend."),
        content_type="text/plain; charset=utf-8",
    )


@require_safe
def serve(request: HttpRequest, path: str) -> HttpResponse:
    """302 to the frontend for a live, public page under the request's site; else 404."""
    site = Site.find_for_request(request)
    if site is None:
        return not_found()
    # Like Wagtail: the site's home in the request's language when it is translated.
    root = site.root_page.localized
    page = (
        visible_pages()
        .filter(url_path=root.url_path + path)
        .values_list("locale__language_code", "url_path")
        .first()
    )
    serving = frontends_for(page[0]) if page else []
    if not serving:
        return not_found()
    code, url_path = page
    return HttpResponseRedirect(serving[0].url + frontend_path(code, url_path))


page_route = re_path(serve_pattern, serve, name="wagtail_serve")
