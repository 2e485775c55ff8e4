from django.conf import settings
from django.urls import include, path, re_path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from cms import serving
from cms.account import AccountView
from cms.ical import events_ics
from cms.media import serve_document, serve_media, serve_original_image
from cms.translation.views import UpdateTranslationsView
from graphql_api.views import graphql_view

# Headless: /graphql/ and /admin/ stay outside i18n_patterns; resolvers take an explicit locale.
urlpatterns = [
    # Replaces wagtail-localize's sync view (same path) so only publishers can publish with it.
    path(
        "admin/localize/update/<int:translation_source_id>/",
        require_admin_access(UpdateTranslationsView.as_view()),
    ),
    # Replaces Wagtail's account settings (same path and name) so names are optional.
    path(
        "admin/account/",
        never_cache(require_admin_access(AccountView.as_view())),
        name="wagtailadmin_account",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document URL (its reverse() still names it), answered through our wrapper.
    re_path(r"^documents/(\d+)/(.*)$", serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path("graphql/", graphql_view, name="graphql"),
    path("events.ics", events_ics, name="events_ics"),
    # Originals of images, checked against their collection's view restrictions like documents.
    path("images/<int:image_id>/<str:filename>", serve_original_image, name="image_original"),
    # Uploads from MEDIA_ROOT (SERVE_MEDIA, read per request): only public renditions, see
    # cms/media.py. Always routed, so no environment falls back to serving MEDIA_ROOT unchecked.
    path("media/<path:path>", serve_media, name="media"),
    # Wagtail's front-end login (/_util/login/), the one route of wagtail.urls kept: its document
    # and image checks send visitors of login- or group-restricted collections there, and
    # reverse it by name even when WAGTAIL_FRONTEND_LOGIN_URL is set.
    *[route for route in wagtail_urls.urlpatterns if route.name == "wagtailcore_login"],
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Last: Wagtail's page route, sending visitors to the frontend (cms/serving.py).
urlpatterns += [serving.page_route]
