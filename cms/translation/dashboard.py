"""The translators' dashboard in the admin, and the e-mail that tells them a translation went
stale. Per locale: pages (optionally one section) and directory entries by translation state,
linked to the translation editor; statuses come from status.py in a constant number of queries."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation as i18n
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from core.locales import locale_codes
from directory.models import SocialEnterprise, SupportOrganisation

from . import status

STATES = {
    "missing": gettext_lazy("Missing"),
    "in_progress": gettext_lazy("In progress"),
    "machine": gettext_lazy("Machine translated"),
    "stale": gettext_lazy("Stale"),
    "complete": gettext_lazy("Complete"),
}


def may_translate(user) -> bool:
    return user.has_perm("wagtail_localize.submit_translation")


def rows_for(queryset, locale: str, edit_url) -> list[dict]:
    objects = list(queryset)
    statuses = status.translation_statuses(objects)
    rows = []
    for obj in objects:
        found = next((s for s in statuses.get(obj.pk, []) if s.locale == locale), None)
        if found is None or found.is_source:
            continue
        rows.append(
            {
                "title": str(obj),
                "state": found.state,
                "state_label": STATES[found.state],
                "url": edit_url(found.object_id) if found.object_id else None,
            }
        )
    return rows


def dashboard(request):
    if not may_translate(request.user):
        raise PermissionDenied
    codes = locale_codes()[1:]
    locale = request.GET.get("locale")
    if locale not in codes:
        locale = codes[0]
    sections = list(
        Page.objects.filter(depth=3, locale__language_code=locale_codes()[0]).order_by("path")
    )
    section = next((s for s in sections if str(s.pk) == request.GET.get("section")), None)
    pages = Page.objects.filter(depth__gt=2, locale__language_code=locale_codes()[0])
    if section:
        pages = pages.filter(path__startswith=section.path)
    groups = [
        (
            _("Pages"),
            rows_for(
                pages.order_by("path"),
                locale,
                lambda pk: reverse("wagtailadmin_pages:edit", args=[pk]),
            ),
        )
    ]
    for model in (SocialEnterprise, SupportOrganisation):
        viewset = model.snippet_viewset
        groups.append(
            (
                model._meta.verbose_name_plural.capitalize(),
                rows_for(
                    model.objects.filter(locale__language_code=locale_codes()[0]).order_by("name"),
                    locale,
                    lambda pk, viewset=viewset: reverse(viewset.get_url_name("edit"), args=[pk]),
                ),
            )
        )
    counts = {
        state: sum(1 for _title, rows in groups for row in rows if row["state"] == state)
        for state in STATES
    }
    return render(
        request,
        "cms/translation_dashboard.html",
        {
            "locales": [(code, dict(settings.WAGTAIL_CONTENT_LANGUAGES)[code]) for code in codes],
            "current_locale": locale,
            "sections": sections,
            "section": section,
            "groups": groups,
            "counts": [(STATES[state], count) for state, count in counts.items()],
        },
    )


def notify_stale_translations(instance) -> None:
    """Tell the people who translated instance into each locale that it changed."""
    translations = Translation.objects.filter(
        source__object_id=instance.translation_key,
        source__locale=instance.locale,
        enabled=True,
    ).select_related("target_locale", "source")
    for translation in translations:
        translator_ids = (
            StringTranslation.objects.filter(
                locale=translation.target_locale,
                context__object_id=instance.translation_key,
                last_translated_by__isnull=False,
            )
            .values_list("last_translated_by", flat=True)
            .distinct()
        )
        users = get_user_model().objects.filter(pk__in=translator_ids, is_active=True)
        for user in users.exclude(email=""):
            language = getattr(getattr(user, "wagtail_userprofile", None), "preferred_language", "")
            with i18n.override(language or settings.LANGUAGE_CODE):
                send_mail(
                    _("Translation needs an update: %(object)s") % {"object": instance},
                    _(
                        "'%(object)s' was published again. Your %(locale)s translation is now "
                        "stale; its changed text waits for you in the translation editor:\n"
                        "%(url)s"
                    )
                    % {
                        "object": instance,
                        "locale": translation.target_locale.get_display_name(),
                        "url": settings.WAGTAILADMIN_BASE_URL
                        + reverse("cms_translation_dashboard")
                        + f"?locale={translation.target_locale.language_code}",
                    },
                    None,
                    [user.email],
                )
