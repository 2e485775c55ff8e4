"""The content locales, as configured in WAGTAIL_CONTENT_LANGUAGES."""

from django.conf import settings


def locale_codes() -> list[str]:
    """The configured content locales, default first (read each time: settings may grow)."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
