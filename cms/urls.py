from django.conf import settings
from django.urls import include, path
from django.views.decorators.cache import never_cache
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from cms import serving
from cms.account import AccountView
from cms.ical import events_ics
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
    path("documents/", include(wagtaildocs_urls)),
    path("graphql/", graphql_view, name="graphql"),
    path("events.ics", events_ics, name="events_ics"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

elif settings.SERVE_MEDIA:
    # make serve without a web server in front: uploads from MEDIA_ROOT (static: whitenoise).
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

# Last: Wagtail's page route, sending visitors to the frontend (cms/serving.py).
urlpatterns += [serving.page_route]
