"""Test runs: fast hashing, media in a temporary folder, same database choice as everywhere."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="baltic-commons-media-"))
WAGTAILADMIN_BASE_URL = MEDIA_BASE_URL = "http://testserver"
# Each test run its own memory cache (tests clear it between tests); the tests of the shared
# cache start real multi-process servers with the production default (tests/security).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
