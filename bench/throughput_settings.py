"""Settings for bench/throughput.py: production settings plus a bare JSON view as the ceiling."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "throughput_urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
LOGGING = {"version": 1, "disable_existing_loggers": False}
