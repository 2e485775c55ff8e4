"""Local development: DEBUG on, GraphiQL on, an insecure key that never leaves a laptop."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
# base.py derived these from its own DEBUG, off unless the environment says otherwise; without
# deriving them again `make run` had no GraphiQL schema (introspection off) and masked errors.
GRAPHQL_IDE = env_bool("GRAPHQL_IDE", DEBUG)
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", DEBUG)
GRAPHQL_FIELD_SUGGESTIONS = env_bool("GRAPHQL_FIELD_SUGGESTIONS", DEBUG)
GRAPHQL_MASK_ERRORS = env_bool("GRAPHQL_MASK_ERRORS", not DEBUG)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
