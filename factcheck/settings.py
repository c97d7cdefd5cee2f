"""Settings for the claim tracker, read from environment variables (12-factor).

Every variable is documented in `.env.example`. `make run` keeps the defaults for
serving on this machine in `var/local.env`, which only `manage.py` reads (so a
deployment's gunicorn and the test suite never see them); without `DEBUG` a missing
`SECRET_KEY` stops start-up.
"""

import ipaddress
import os
import sys
from datetime import timedelta
from pathlib import Path

import csp.utils
import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_file(name: str) -> str:
    """The stripped contents of the file `name` points at (relative to the project), or ""."""
    if not env_str(name):
        return ""
    path = BASE_DIR / env_str(name)
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as error:
        raise ImproperlyConfigured(
            f"{name} points at {path}, which cannot be read: {error}."
        ) from None


DEBUG = env_bool("DEBUG", False)

# The environment first, else a file: `make run` creates var/secret_key once.
SECRET_KEY = env_str("SECRET_KEY") or env_file("SECRET_KEY_FILE")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable, or "
            "SECRET_KEY_FILE to a file holding it (`make run` creates var/secret_key and "
            "uses it), or DEBUG=1 for local development only."
        )
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "corsheaders",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "axes",
    "csp",
    "sources",
    "claims",
    "extraction",
    "pages",
    "apikeys",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # A NUL in the address: 400 (404 in the path) before any view or query sees it.
    "factcheck.middleware.RefuseNullCharactersMiddleware",
    "django.middleware.common.CommonMiddleware",
    # ETag and 304 for every GET (pages and API), so polling clients re-read nothing.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Anonymous pages from the shared cache (factcheck/cache.py): inside the session,
    # CSRF and ConditionalGet middleware, which see every reply, cached or not.
    "factcheck.cache.PageCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # A database that is down or too slow: 503 with Retry-After instead of a 500.
    "factcheck.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a lockout into the 429 response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "factcheck.context_processors.site",
            ],
        },
    },
]

if not env_str("DATABASE_URL"):
    (BASE_DIR / "var").mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
# Timeouts (docs/operations.md#database-timeouts), in seconds: a database that does
# not answer makes a request fail (a 503) instead of holding a worker for ever.
DB_CONNECT_TIMEOUT = env_int("DB_CONNECT_TIMEOUT", 5)
# Management commands (migrate, seed_bench, restore) may run long statements; what
# serves requests (gunicorn, runserver, Celery workers, the tests) gets the web limit.
_COMMAND = Path(sys.argv[0]).name in ("manage.py", "django-admin") and sys.argv[1:2] != [
    "runserver"
]
DB_STATEMENT_TIMEOUT = env_int(
    "DB_COMMAND_STATEMENT_TIMEOUT" if _COMMAND else "DB_STATEMENT_TIMEOUT", 0 if _COMMAND else 30
)
# The exports' one query reads every matching claim: it gets a limit of its own.
EXPORT_STATEMENT_TIMEOUT = env_int("EXPORT_STATEMENT_TIMEOUT", 300)
# SQLite: how long a write waits for another's lock before "database is locked".
SQLITE_BUSY_TIMEOUT = env_int("SQLITE_BUSY_TIMEOUT", 5)
# Facet counts that a GROUP BY must make (claims.facets) share this many milliseconds
# per request; a facet not counted in time is reported as timed out.
FACET_TIME_LIMIT_MS = env_int("FACET_TIME_LIMIT_MS", 200)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["OPTIONS"] = {
        "connect_timeout": DB_CONNECT_TIMEOUT,
        **(
            {"options": f"-c statement_timeout={DB_STATEMENT_TIMEOUT * 1000}"}
            if DB_STATEMENT_TIMEOUT
            else {}
        ),
        **DATABASES["default"].get("OPTIONS", {}),
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "timeout": SQLITE_BUSY_TIMEOUT,
        **DATABASES["default"].get("OPTIONS", {}),
    }
# A read replica (docs/deployment.md#a-read-replica): anonymous readers' requests
# read from it; writes, signed-in staff and a browser that has just written (for
# REPLICA_PIN_SECONDS) use the primary. Tests mirror it onto the test database.
DATABASE_REPLICA_URL = env_str("DATABASE_REPLICA_URL")
REPLICA_PIN_SECONDS = env_int("REPLICA_PIN_SECONDS", 10)
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL,
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
    if DATABASES["replica"]["ENGINE"] != DATABASES["default"]["ENGINE"]:
        raise ImproperlyConfigured("DATABASE_REPLICA_URL must name the same kind of database.")
    DATABASES["replica"]["OPTIONS"] = {**DATABASES["default"].get("OPTIONS", {})}
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["factcheck.db_router.PrimaryReplicaRouter"]
    MIDDLEWARE.insert(0, "factcheck.db_router.PrimaryPinMiddleware")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# AxesStandaloneBackend first: it refuses a locked-out login before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# Archived copies of imported documents. Nothing serves MEDIA_URL: readers download a
# copy through the sources app's view, always as an attachment (a stored page must
# never run in our origin).
MEDIA_ROOT = BASE_DIR / env_str("MEDIA_ROOT", "var/media")
MEDIA_URL = "media/"
# Importing a source from a URL (sources/fetching.py): the largest body accepted, the
# wait for a connection and for each read, and for the whole fetch, in seconds.
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_MB", 20) * 1024 * 1024
IMPORT_TIMEOUT = env_int("IMPORT_TIMEOUT", 10)
IMPORT_DEADLINE = env_int("IMPORT_DEADLINE", 30)
# Fetching from loopback addresses: only for tests that serve pages on 127.0.0.1.
IMPORT_ALLOW_LOOPBACK = False

# Background jobs (Celery, factcheck/celery.py): feeds polled and their items imported,
# suggestions computed for new sources. Without a broker (the default, and `make run`)
# each job runs in-process when it is sent, so nothing else needs to be running.
CELERY_TASK_ALWAYS_EAGER = not env_str("CELERY_BROKER_URL")
# In-process, a message sent by mistake stays in memory: Celery's own default broker
# would be a RabbitMQ on localhost.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL") or "memory://"
CELERY_TASK_IGNORE_RESULT = True
# A job is acknowledged once done, so that one lost with its worker runs again (every
# job is safe to run twice); a fetch is bounded by IMPORT_DEADLINE, a job by these.
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 5 * 60
CELERY_TASK_TIME_LIMIT = 6 * 60
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_TIMEZONE = TIME_ZONE
# How often the worker's scheduler (`-B`) looks for feeds that are due, in seconds.
CELERY_BEAT_SCHEDULE = {
    "poll-due-feeds": {
        "task": "sources.tasks.poll_due_feeds",
        "schedule": env_int("FEED_POLL_SECONDS", 300),
    },
    # Catches up on imported sources whose suggestions were never computed.
    "suggest-missing": {"task": "extraction.tasks.suggest_missing", "schedule": 15 * 60},
}
# Sent the id of each source imported from a feed: its suggestions, for the inbox.
SOURCE_IMPORTED_TASK = "extraction.tasks.suggest_for_source"

# The fact-checking organisation: the `author` of every ClaimReview.
FACTCHECK_ORG_NAME = env_str("FACTCHECK_ORG_NAME", "Open Claims Desk")
FACTCHECK_ORG_URL = env_str("FACTCHECK_ORG_URL", "https://claims.example.org/")
# Absolute URLs (API `url`, feeds, ClaimReview) are built from the request;
# SITE_URL overrides that for off-request use (exports from the command line).
SITE_URL = env_str("SITE_URL", "").rstrip("/")

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Staff keep their session; newsrooms send an API key (apikeys/), which gives
    # a higher rate and nothing else: the API stays read-only for them.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "apikeys.authentication.APIKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "claims.api.base.AnonThrottle",
        "claims.api.base.APIKeyThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_ANON_RATE", "120/minute"),
        # A key's own rate, when an editor set one, replaces this.
        "apikey": env_str("API_KEY_RATE", "1200/minute"),
        # Searches of the public claim list (/claims/?q=) per client address.
        "search": env_str("SEARCH_RATE", "30/minute"),
    },
    # Errors as JSON: Django's request errors too (a 500 is JSON through handler500).
    "EXCEPTION_HANDLER": "claims.api.base.api_exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + (["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
}

# Whole-set exports (claims/api/export_slots.py): at most EXPORT_MAX_CONCURRENT at once
# and EXPORT_MAX_PER_CLIENT per client address (0: no cap), counted in Django's cache,
# so across every worker when the cache is shared (Redis), per process otherwise.
# Beyond them: 429 with Retry-After EXPORT_RETRY_AFTER. A slot is refreshed while its
# export streams and expires EXPORT_SLOT_TIMEOUT seconds after a worker died holding it.
EXPORT_MAX_CONCURRENT = env_int("EXPORT_MAX_CONCURRENT", 2)
EXPORT_MAX_PER_CLIENT = env_int("EXPORT_MAX_PER_CLIENT", 1)
EXPORT_SLOT_TIMEOUT = env_int("EXPORT_SLOT_TIMEOUT", 120)
EXPORT_RETRY_AFTER = env_int("EXPORT_RETRY_AFTER", 30)
if (
    min(EXPORT_MAX_CONCURRENT, EXPORT_MAX_PER_CLIENT) < 0
    or min(EXPORT_SLOT_TIMEOUT, EXPORT_RETRY_AFTER) < 1
):
    raise ImproperlyConfigured(
        "EXPORT_MAX_CONCURRENT and EXPORT_MAX_PER_CLIENT must be 0 or more, "
        "EXPORT_SLOT_TIMEOUT and EXPORT_RETRY_AFTER 1 or more."
    )

SPECTACULAR_SETTINGS = {
    "TITLE": "Claim tracker API",
    "DESCRIPTION": "Read-only access to published fact-checks: claims, speakers, "
    "sources, topics, ClaimReview markup and the public corrections log.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # One name per choice set: ratings appear as rating, old_rating and new_rating.
    "ENUM_NAME_OVERRIDES": {
        "RatingEnum": "claims.models.Claim.Rating",
        "SpeakerKindEnum": "claims.models.Speaker.Kind",
        "SourceKindEnum": "sources.models.Source.Kind",
    },
}

# Newsroom data-viz pages on any origin may read the API, never write to it.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

# Production security: without DEBUG, `manage.py check --deploy` passes with the
# defaults below. Behind a TLS-terminating proxy set SECURE_PROXY_SSL_HEADER
# (e.g. HTTP_X_FORWARDED_PROTO) so that requests it forwarded as https are seen as
# such; SECURE_SSL_REDIRECT=0 leaves the redirect to the proxy. See docs/operations.md.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# Health checks come over plain http from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if env_str("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = (env_str("SECURE_PROXY_SSL_HEADER"), "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = env_str("REFERRER_POLICY") or "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"


def csp_directives(policy: str) -> dict[str, list[str] | bool]:
    """A Content-Security-Policy header value as django-csp's DIRECTIVES."""
    directives: dict[str, list[str] | bool] = {}
    for part in filter(str.strip, policy.split(";")):
        name, *sources = part.split()
        # django-csp would drop an unknown directive without a word.
        if name.lower() not in csp.utils.DEFAULT_DIRECTIVES:
            raise ImproperlyConfigured(f"CONTENT_SECURITY_POLICY: unknown directive {name!r}.")
        directives[name.lower()] = sources or True
    return directives


# Content-Security-Policy (django-csp). No inline scripts or styles of our own; JSON-LD
# blocks are data and need no allowance. `style-src-attr` lets the admin's few style=""
# attributes through. CONTENT_SECURITY_POLICY in the environment replaces the whole
# policy; CONTENT_SECURITY_POLICY_REPORT_ONLY=1 sends it as `…-Report-Only` instead.
_CSP = {
    "DIRECTIVES": csp_directives(env_str("CONTENT_SECURITY_POLICY"))
    or {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
if env_bool("CONTENT_SECURITY_POLICY_REPORT_ONLY", False):
    CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_REPORT_ONLY = None, _CSP
else:
    CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP, None
# django-permissions-policy: every feature listed here is refused to every origin.
PERMISSIONS_POLICY = {
    feature: [] for feature in ("camera", "geolocation", "microphone", "payment", "usb")
}

# Login protection (django-axes, factcheck/logins.py), for LOGIN_COOLOFF_MINUTES:
# an account is locked at one address after LOGIN_FAILURE_LIMIT failures there (so
# neither a colleague's typos nor a stranger guessing at a known username from
# elsewhere locks anyone else out), and an address is locked for every account once
# it has failed for LOGIN_ACCOUNTS_PER_ADDRESS different usernames.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
LOGIN_ACCOUNTS_PER_ADDRESS = env_int("LOGIN_ACCOUNTS_PER_ADDRESS", 10)
AXES_HANDLER = "factcheck.logins.LoginProtectionHandler"
AXES_LOCKOUT_CALLABLE = "factcheck.logins.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "factcheck.middleware.client_ip"
# Its start-up banner would be printed by every management command.
AXES_VERBOSE = False
# Behind a proxy (factcheck.middleware.client_ip): the addresses or networks of the
# proxies whose X-Forwarded-For is believed; empty (the default) believes none and uses
# REMOTE_ADDR. CLIENT_IP_HEADER: the META key of that header, if not X-Forwarded-For.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES: {_proxy!r} is not an IP address or network."
        ) from None
CLIENT_IP_HEADER = env_str("CLIENT_IP_HEADER") or "HTTP_X_FORWARDED_FOR"

# The shared cache (docs/operations.md#caching-and-throttling): throttle counts, export
# slots, facet counts and anonymous pages. Redis when REDIS_URL is set, so that every
# worker and machine shares them; else each process has its own (`make run` needs no
# Redis). Pages are kept PAGE_CACHE_SECONDS, under a content version the services bump
# (factcheck/cache.py); off by default without Redis, as a local-memory cache cannot
# hear of a change saved in another process. HTTP_CACHE_MAX_AGE: the max-age browsers
# and CDNs are given (0: they revalidate every time, with the ETag).
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # django-redis, failing soft when Redis is down (factcheck/cache_outage.py).
            "BACKEND": "factcheck.cache_outage.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "factcheck"),
            # Short: a Redis that does not answer costs each process one wait per
            # CACHE_RETRY_SECONDS, never a reader's request more than this.
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300 if REDIS_URL else 0)
HTTP_CACHE_MAX_AGE = env_int("HTTP_CACHE_MAX_AGE", 0)
if PAGE_CACHE_SECONDS < 0 or HTTP_CACHE_MAX_AGE < 0:
    raise ImproperlyConfigured("PAGE_CACHE_SECONDS and HTTP_CACHE_MAX_AGE must be 0 or more.")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}
