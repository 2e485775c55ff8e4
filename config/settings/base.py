"""Settings shared by every environment; what differs per deployment comes from the environment."""

import json
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_json(name: str, default):
    """Read a JSON environment variable; a typo stops start-up with the variable's name."""
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return json.loads(value)
    except json.JSONDecodeError as error:
        raise ImproperlyConfigured(f"{name} is not valid JSON: {error}") from error


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "directory",
    "graphql_api",
    "headless",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "cms.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "strawberry_django",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions (it reads the admin user's language), before common.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite next to the code by default; DATABASE_URL=postgres://... selects PostgreSQL (psycopg 3).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        # A kept connection is checked before each request reuses it, so a database restart
        # costs the requests made while it is down and none after (bench/fault.py).
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the platform's ten content languages. English is the default source language;
# LANGUAGE_CODE must match the first Locale row that Wagtail creates.
LANGUAGE_CODE = "en"
PLATFORM_LANGUAGES = [
    ("en", "English"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("lv", "Latviešu"),
    ("lt", "Lietuvių"),
    ("nb", "Norsk bokmål"),
    ("pl", "Polski"),
    ("sv", "Svenska"),
]
# More content languages (e.g. Russian or Icelandic) come from the environment as
# code:name pairs, EXTRA_CONTENT_LANGUAGES="ru:Русский,is:Íslenska"; then run
# `manage.py add_locale ru` once (README, "Adding a language").
EXTRA_CONTENT_LANGUAGES = [
    tuple(item.split(":", 1)) if ":" in item else (item, item)
    for item in env_list("EXTRA_CONTENT_LANGUAGES")
]
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [*PLATFORM_LANGUAGES, *EXTRA_CONTENT_LANGUAGES]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# When something is not published in a locale, the API tries these locales next, then the
# default one. Scandinavian readers read each other's languages; Finland is bilingual.
LOCALE_FALLBACKS = {
    "nb": ["da", "sv"],
    "da": ["nb", "sv"],
    "sv": ["nb", "da"],
    "fi": ["sv"],
}
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Riga"
# Our own catalogues (e.g. wagtail-localize's admin strings in Danish/Latvian) win over app ones.
LOCALE_PATHS = [BASE_DIR / "locales"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Uploads on the filesystem (MEDIA_ROOT) or, with MEDIA_STORAGE=s3, in an S3-compatible bucket
# through django-storages (AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL, AWS_S3_CUSTOM_DOMAIN and
# credentials from the environment). With SERVE_MEDIA the app's /media/ serves renditions of
# public images only; originals go through views that check collection view restrictions
# (cms/media.py), so a web server or CDN in front must not serve MEDIA_ROOT itself.
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "filesystem")
SERVE_MEDIA = env_bool("SERVE_MEDIA", MEDIA_STORAGE == "filesystem")
STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage"}
    if MEDIA_STORAGE == "s3"
    else {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if MEDIA_STORAGE == "s3":
    AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    # The bucket holds files of view-restricted collections: no ACL is sent, so objects stay
    # private (never public-read), and every URL the storage gives out (renditions in the API and
    # the admin) carries a signature that expires. Documents and original images are streamed
    # by the app's checked views (WAGTAILDOCS_SERVE_METHOD below, cms/media.py), never linked.
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_QUERYSTRING_EXPIRE = int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "3600"))
    # On a custom domain (a CDN) django-storages signs URLs only with CloudFront keys; unsigned,
    # the CDN would have to read the bucket for anyone, private files included.
    AWS_CLOUDFRONT_KEY_ID = os.environ.get("AWS_CLOUDFRONT_KEY_ID") or None
    AWS_CLOUDFRONT_KEY = os.environ.get("AWS_CLOUDFRONT_KEY") or None
    if AWS_S3_CUSTOM_DOMAIN and not (AWS_CLOUDFRONT_KEY_ID and AWS_CLOUDFRONT_KEY):
        raise ImproperlyConfigured(
            "AWS_S3_CUSTOM_DOMAIN needs AWS_CLOUDFRONT_KEY_ID and AWS_CLOUDFRONT_KEY (a CloudFront "
            "key pair) so that file URLs are signed; without them the domain would serve files "
            "of view-restricted collections to anyone. Unset AWS_S3_CUSTOM_DOMAIN to use "
            "signed bucket URLs."
        )

# Wagtail
WAGTAIL_SITE_NAME = "Baltic Commons"
# Absolute URLs in the API (documents, images, admin links) start here.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Where the API's media and document links point (a CDN in front of /media/, say). Taken from
# configuration, never from a request's Host header: answers are cached and shared.
MEDIA_BASE_URL = os.environ.get("MEDIA_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
# Documents are streamed by /documents/<id>/<name>, which checks the collection's view
# restrictions on every request; "redirect" would hand out the storage URL (on S3 a signed URL
# anyone could reuse until it expires) and "direct" would link it without any check.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Offline by default (no network here); EMBED_FINDER=oembed asks the providers themselves.
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed"}
    if os.environ.get("EMBED_FINDER") == "oembed"
    else {"class": "cms.embeds.OfflineEmbedFinder"}
]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILLOCALIZE_JOBS = {"BACKEND": "wagtail_localize.tasks.ImmediateBackend"}
# wagtail-localize publishes a new translation at once when its source is live; translations
# start as drafts here so they go through moderation like any other edit.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# "Machine translate" in the translation editor. The default works offline (our glossary of
# social-economy terms); set MACHINE_TRANSLATOR to deepl, google or libretranslate with their
# credentials for a real service, or to "none" to hide the button.
MACHINE_TRANSLATOR = os.environ.get("MACHINE_TRANSLATOR", "glossary")
MACHINE_TRANSLATORS = {
    "glossary": {"CLASS": "cms.translation.machine.GlossaryTranslator", "OPTIONS": {}},
    "deepl": {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ.get("DEEPL_AUTH_KEY", "")},
    },
    "google": {
        "CLASS": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        "OPTIONS": {
            "CREDENTIALS_PATH": os.environ.get("GOOGLE_APPLICATION_CREDENTIALS", ""),
            "PROJECT_ID": os.environ.get("GOOGLE_CLOUD_PROJECT", ""),
        },
    },
    "libretranslate": {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ.get("LIBRETRANSLATE_URL", ""),
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    },
}
if MACHINE_TRANSLATOR not in {*MACHINE_TRANSLATORS, "none"}:
    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATOR={MACHINE_TRANSLATOR!r} is not one of "
        f"{', '.join([*MACHINE_TRANSLATORS, 'none'])}."
    )
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = MACHINE_TRANSLATORS.get(MACHINE_TRANSLATOR)

# strawberry-django: the API refuses (rather than clamps) limits above this; see graphql_api.
STRAWBERRY_DJANGO = {
    "PAGINATION_DEFAULT_LIMIT": 20,
    "PAGINATION_MAX_LIMIT": 100,
    "FIELD_DESCRIPTION_FROM_HELP_TEXT": True,
    "TYPE_DESCRIPTION_FROM_MODEL_DOCSTRING": True,
}
GRAPHQL_MAX_LIMIT = 100

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}


# Headless frontends (JSON in the environment): name -> base URL, or name -> {"url", "label",
# "locales" (codes it serves; all if omitted), "preview_path", "webhook_url", "webhook_secret"}.
# The admin's Preview offers each frontend serving the object's locale; publish events go to
# every frontend with a webhook_url. See README "Headless frontends".
HEADLESS_FRONTENDS = env_json(
    "HEADLESS_FRONTENDS",
    {"default": {"url": os.environ.get("FRONTEND_URL", "http://localhost:3000")}},
)
# Seconds a preview link stays valid.
PREVIEW_TOKEN_MAX_AGE = int(os.environ.get("PREVIEW_TOKEN_MAX_AGE", "600"))
# Webhooks: per-request timeout, attempts before giving up, first retry delay (then x4 each time),
# and whether to send right after the change commits (in a background thread) or leave all
# sending to `manage.py deliver_webhooks`.
WEBHOOK_TIMEOUT = float(os.environ.get("WEBHOOK_TIMEOUT", "5"))
WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("WEBHOOK_MAX_ATTEMPTS", "6"))
WEBHOOK_RETRY_DELAY = int(os.environ.get("WEBHOOK_RETRY_DELAY", "30"))
WEBHOOK_SEND_IN_BACKGROUND = env_bool("WEBHOOK_SEND_IN_BACKGROUND", True)
# Optional CDN purges of the frontends' URLs on publish, unpublish, move and delete, with
# wagtail.contrib.frontend_cache backends (JSON), e.g. {"cloudflare": {"BACKEND":
# "wagtail.contrib.frontend_cache.backends.CloudflareBackend", "BEARER_TOKEN": "...",
# "ZONEID": "..."}}. Empty: no purges. See headless/cdn.py.
WAGTAILFRONTENDCACHE = env_json("WAGTAILFRONTENDCACHE", {})
# Our purge URLs already carry the page's own locale; do not multiply them into every language.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []


def require_secret_key() -> str:
    """Return SECRET_KEY from the environment or stop with a message saying how to set it."""
    if not SECRET_KEY:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Generate one with "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'` "
            "and export it as SECRET_KEY before starting the production settings."
        )
    return SECRET_KEY


# GraphQL limits (strawberry validation rules; a query over them is refused before any SQL).
GRAPHQL_MAX_DEPTH = int(os.environ.get("GRAPHQL_MAX_DEPTH", "10"))
GRAPHQL_MAX_ALIASES = int(os.environ.get("GRAPHQL_MAX_ALIASES", "15"))
GRAPHQL_MAX_TOKENS = int(os.environ.get("GRAPHQL_MAX_TOKENS", "2000"))
# Hardening of the public endpoint (graphql_api/limits.py): query cost (list fields count by
# their limit), introspection and "did you mean" hints (off in production), masked unexpected
# errors (logged), operations per batched request (0: batching off), request body size, and
# mutations per client address and minute.
GRAPHQL_MAX_COST = int(os.environ.get("GRAPHQL_MAX_COST", "20000"))
# Field selections of a query once its fragments are expanded (a query that repeats fields
# through fragments spreading each other is refused at once).
GRAPHQL_MAX_FIELDS = int(os.environ.get("GRAPHQL_MAX_FIELDS", "2000"))
# Image sizes one request may make that did not exist before (existing ones are free).
GRAPHQL_MAX_NEW_RENDITIONS = int(os.environ.get("GRAPHQL_MAX_NEW_RENDITIONS", "10"))
# GraphiQL at /graphql/ for browsers, from our static files (graphql_api/graphiql/package.json).
GRAPHQL_IDE = env_bool("GRAPHQL_IDE", DEBUG)
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", DEBUG)
GRAPHQL_FIELD_SUGGESTIONS = env_bool("GRAPHQL_FIELD_SUGGESTIONS", DEBUG)
GRAPHQL_MASK_ERRORS = env_bool("GRAPHQL_MASK_ERRORS", not DEBUG)
GRAPHQL_MAX_BATCH = int(os.environ.get("GRAPHQL_MAX_BATCH", "0"))
GRAPHQL_MAX_BODY_BYTES = int(os.environ.get("GRAPHQL_MAX_BODY_BYTES", "100000"))
GRAPHQL_MUTATIONS_PER_MINUTE = int(os.environ.get("GRAPHQL_MUTATIONS_PER_MINUTE", "30"))
# Caching of anonymous GET queries (graphql_api/cache.py): seconds browsers/CDNs may reuse a
# response, serve it stale while revalidating, and keep it server side (0: no server cache).
GRAPHQL_CACHE_MAX_AGE = int(os.environ.get("GRAPHQL_CACHE_MAX_AGE", "60"))
GRAPHQL_CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("GRAPHQL_CACHE_SWR", "300"))
GRAPHQL_CACHE_TIMEOUT = int(os.environ.get("GRAPHQL_CACHE_TIMEOUT", "300"))
# Persisted queries: a JSON file {"<sha256>": "<query>"} of registered queries, whether only
# those are accepted (production allow-list), and how long automatically persisted ones live.
GRAPHQL_PERSISTED_QUERIES_FILE = os.environ.get("GRAPHQL_PERSISTED_QUERIES_FILE", "")
GRAPHQL_PERSISTED_QUERIES_ONLY = env_bool("GRAPHQL_PERSISTED_QUERIES_ONLY", False)
GRAPHQL_APQ_TIMEOUT = int(os.environ.get("GRAPHQL_APQ_TIMEOUT", str(30 * 24 * 3600)))

# Django's cache holds the response cache, its invalidation, persisted queries and rate
# limits, so every process must see the same one: a publish in one worker, or by cron's
# publish_scheduled, must reach all workers at once. Redis when REDIS_URL is set (several
# machines); otherwise files in CACHE_DIR, shared by the processes of one machine.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_DIR = Path(os.environ.get("CACHE_DIR", BASE_DIR / "var" / "cache"))
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(CACHE_DIR),
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }
}

# CORS for browser frontends on other origins: only the GraphQL endpoint, only these origins.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/graphql/?$"
CORS_PREFLIGHT_MAX_AGE = 86400

# Public directory submissions: per client address and hour. Behind a proxy, set
# USE_X_FORWARDED_FOR so the limit applies to visitors, not to the proxy.
DIRECTORY_SUBMISSIONS_PER_HOUR = int(os.environ.get("DIRECTORY_SUBMISSIONS_PER_HOUR", "5"))
# Public event proposals: per client address and hour, and how many days ahead of the start.
EVENT_SUBMISSIONS_PER_HOUR = int(os.environ.get("EVENT_SUBMISSIONS_PER_HOUR", "5"))
EVENT_SUBMISSION_MIN_DAYS_AHEAD = int(os.environ.get("EVENT_SUBMISSION_MIN_DAYS_AHEAD", "7"))
USE_X_FORWARDED_FOR = env_bool("USE_X_FORWARDED_FOR", False)

# The directory's covering indexes (INCLUDE columns) speed up PostgreSQL; SQLite builds them
# without the extra columns, which is fine.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
