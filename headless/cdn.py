"""Optional CDN purges of the frontends' pages, with wagtail.contrib.frontend_cache's backends.

The app itself is not installed: its signal handlers would purge the CMS's own page URLs,
which no visitor requests from a headless site. We purge what frontends serve instead.
"""

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from .frontends import frontends_for
from .webhooks import in_background


def purge_paths(paths, language_code: str | None) -> list[str]:
    """Purge the frontend URLs of paths (e.g. `/lv/library/x/`) once the change commits."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return []
    urls = sorted(
        {f"{target.url}{path}" for target in frontends_for(language_code) for path in paths if path}
    )
    if urls:
        transaction.on_commit(lambda: in_background(purge_urls_from_cache, urls))
    return urls
