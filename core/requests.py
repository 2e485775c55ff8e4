"""Who is asking, and how often: the client's address and per-client rate counters."""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The client's address (behind a proxy, USE_X_FORWARDED_FOR reads the proxy's header;
    the proxy must set X-Forwarded-For, see README)."""
    meta = request.META
    forwarded = meta.get("HTTP_X_FORWARDED_FOR", "") if settings.USE_X_FORWARDED_FOR else ""
    return forwarded.split(",")[0].strip() or meta.get("REMOTE_ADDR", "unknown")


def over_rate(bucket: str, request: HttpRequest, limit: int, seconds: int) -> bool:
    """Count one more hit of the client in bucket; whether it went over limit per seconds."""
    key = f"rate:{bucket}:{client_ip(request)}"
    cache.add(key, 0, timeout=seconds)
    try:
        return cache.incr(key) > limit
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        return limit < 1
