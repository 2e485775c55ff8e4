"""Production: refuses to start without SECRET_KEY; HTTPS is expected to end at a proxy."""

from .base import *  # noqa: F403
from .base import env_bool, require_secret_key

DEBUG = False
SECRET_KEY = require_secret_key()

# TLS ends at the reverse proxy, which sets X-Forwarded-Proto and redirects plain HTTP itself.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"  # Wagtail's preview panel is an iframe
SECURE_REFERRER_POLICY = "same-origin"

# Collected static files (admin CSS/JS) served by the app under a WSGI server (whitenoise),
# with content hashes in their names, compressed.
MIDDLEWARE = [*MIDDLEWARE]  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
# Collected static files with content hashes in their names, compressed (whitenoise).
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SILENCED_SYSTEM_CHECKS = [
    *SILENCED_SYSTEM_CHECKS,  # noqa: F405
    # The proxy provides the HTTPS redirect and HSTS; set the variables above to let Django do it.
    "security.W004",
    "security.W008",
    # SAMEORIGIN, not DENY: Wagtail's preview panel shows the page in a same-origin iframe.
    "security.W019",
]
