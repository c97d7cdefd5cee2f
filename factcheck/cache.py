"""The shared cache (issue 14): anonymous pages and API reads, kept under a site-wide
content version, and the per-client search throttle.

- **Content version.** One number in the cache, part of every cached page's key. The
  services bump it when a claim is saved, published, unpublished or corrected, when
  evidence changes and when a revision is approved; `post_save`/`post_delete` bump it
  for what is edited outside the services (sources, publishers, speakers, topics, and
  deletions in the admin). The bump runs when the transaction commits: a request that
  read the old rows before then computed its key from the old version too, so no old
  page is ever stored under the new one. A correction is on the next request.
- **What is cached.** Anonymous GET and HEAD only (no session or messages cookie, so
  never staff), status 200, not streamed, no cookie set, no CSRF token, no
  `Cache-Control` of the view's own (a draft preview says `private, no-store`), never
  the admin or `/healthz`. Pages through `PageCacheMiddleware`; the API through
  `PublicAPIMixin` (claims/api/base.py), after its throttles, with the same functions;
  and, in front of Django, `CachedPagesApp` (the WSGI application) answers a page's
  `GET` from its stored reply without running Django at all.
- **Redis down**: served uncached, never a 500 (factcheck/cache_outage.py).
- **Headers.** `Cache-Control: public, max-age=HTTP_CACHE_MAX_AGE` (0 by default: a CDN
  keeps the page but asks again, with the ETag of ConditionalGetMiddleware, and gets a
  304 from our cache) and `Vary: Cookie` on pages, which differ for staff.

`PAGE_CACHE_SECONDS` is how long an entry lives; 0 switches the page cache off, the
default without `REDIS_URL`: a local-memory cache is one per process, and a bump in the
process that saved a claim would not reach the others.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.http.cookie import parse_cookie
from django.utils.cache import patch_cache_control, patch_vary_headers
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

# A module, not its function: factcheck.middleware is still loading when the API's
# throttles are imported through it.
from factcheck import middleware
from factcheck.cache_outage import CACHE_ERRORS, FailOpenThrottle, cache_failed, cache_usable

logger = logging.getLogger(__name__)

CONTENT_VERSION_KEY = "content-version"
PAGE_KEY_PREFIX = "page"
# Never cached, whoever asks: the editors' side and the load balancer's probe.
UNCACHED_PATHS = ("/admin/", "/healthz")
# Headers a stored response keeps (the outer middleware adds the rest on every reply).
_DROPPED_HEADERS = {"set-cookie", "date", "cache-control", "expires"}
# django.contrib.messages' cookie: a message waits for this reader.
MESSAGES_COOKIE = CookieStorage.cookie_name


# --- The content version ---------------------------------------------------------


def content_version() -> int:
    """The current content version. A missing number (first start, Redis restarted or
    evicted it) starts from the clock, never from a value an old page was stored under."""
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        cache.add(CONTENT_VERSION_KEY, time.time_ns(), None)
        version = cache.get(CONTENT_VERSION_KEY) or time.time_ns()
    return version


def _bump() -> None:
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:
        cache.set(CONTENT_VERSION_KEY, time.time_ns(), None)
    except Exception:
        logger.exception("The content version could not be bumped: cached pages may be stale.")


def bump_content_version() -> None:
    """What readers see has changed: every cached page is dropped once the current
    transaction commits (at once outside one)."""
    transaction.on_commit(_bump)


def _bump_on_signal(sender, **kwargs) -> None:
    bump_content_version()


# Changed outside the services (the admin's plain forms, deletions, commands): a signal
# is the one place every path passes through. They only drop cached pages, no rule.
SIGNALLED_MODELS = {
    "sources.Source": (post_save, post_delete),
    "sources.Publisher": (post_save, post_delete),
    "claims.Speaker": (post_save, post_delete),
    "claims.Topic": (post_save, post_delete),
    "claims.Claim": (post_delete,),
    "claims.Evidence": (post_delete,),
    "claims.Correction": (post_delete,),
}


def connect_signals() -> None:
    """Called from `ClaimsConfig.ready()`."""
    for model, signals in SIGNALLED_MODELS.items():
        for signal in signals:
            signal.connect(_bump_on_signal, sender=model, dispatch_uid=f"content-version:{model}")


# --- Which requests and responses are cached ------------------------------------


def page_cache_enabled() -> bool:
    return settings.PAGE_CACHE_SECONDS > 0


def is_cacheable_request(request) -> bool:
    """An anonymous GET or HEAD outside the admin: no session (staff always have one)
    and no pending messages."""
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(UNCACHED_PATHS)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
    )


def is_cacheable_response(request, response) -> bool:
    session = getattr(request, "session", None)
    cache_control = response.get("Cache-Control", "").lower()
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Set-Cookie")
        # The page holds a CSRF token (a form that posts): its cookie must go with it.
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (session is not None and session.modified)
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


def page_key(request, *, vary: tuple[str, ...] = ()) -> str | None:
    """The entry of this address (scheme, host, path and query) at the current content
    version; `vary`: request headers the answer depends on (the API's Accept). None
    when the cache cannot be reached."""
    parts = [request.scheme, request.get_host(), request.get_full_path()]
    parts += [request.META.get(header, "") for header in vary]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    if not cache_usable():
        return None
    try:
        version = content_version()
    except CACHE_ERRORS:
        cache_failed("page cache")
        return None
    return f"{PAGE_KEY_PREFIX}:{version}:{digest}"


def cached_response(key: str) -> HttpResponse | None:
    try:
        stored = cache.get(key)
    except CACHE_ERRORS:
        cache_failed("page cache")
        return None
    if stored is None:
        return None
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def store_response(key: str, response) -> None:
    headers = [
        (name, value) for name, value in response.items() if name.lower() not in _DROPPED_HEADERS
    ]
    try:
        cache.set(
            key, (response.status_code, headers, response.content), settings.PAGE_CACHE_SECONDS
        )
    except CACHE_ERRORS:
        cache_failed("page cache")


def add_public_headers(response, *, vary: tuple[str, ...] = ()) -> None:
    """Headers for a response anyone may be given: a CDN may keep it."""
    patch_cache_control(response, public=True, max_age=settings.HTTP_CACHE_MAX_AGE)
    if vary:
        patch_vary_headers(response, vary)


class PageCacheMiddleware:
    """Anonymous pages from the shared cache, keyed by the content version. The API
    (under /api/) caches in `PublicAPIMixin`, after its throttles. Placed after the
    session, CSRF and ConditionalGet middleware: those run on every reply, cached or
    not, so each still gets its ETag, 304 and security headers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            not page_cache_enabled()
            or request.path.startswith("/api/")
            or not is_cacheable_request(request)
        ):
            return self.get_response(request)
        key = page_key(request)
        if key is None:
            return self.get_response(request)
        response = cached_response(key)
        if response is not None:
            add_public_headers(response, vary=("Cookie",))
            return response
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            store_response(key, response)
            add_public_headers(response, vary=("Cookie",))
        return response


# --- The same pages before Django: the WSGI tier -----------------------------------

WSGI_KEY_PREFIX = "wsgi-page"
# Paths the WSGI tier leaves to Django: the API (its answers are throttled and counted
# first), the editors' side, the probe, static files (whitenoise).
WSGI_UNCACHED_PATHS = ("/api/", *UNCACHED_PATHS)
# What a 304 keeps of the stored headers (as ConditionalGetMiddleware does).
_NOT_MODIFIED_HEADERS = {
    "cache-control",
    "content-location",
    "etag",
    "expires",
    "last-modified",
    "vary",
}
# Request headers a stored page may depend on (its Vary); anything else is not stored.
_WSGI_VARY = {"cookie", "origin"}


def _header(headers, name: str) -> str:
    return ", ".join(value for key, value in headers if key.lower() == name)


def _etag_matches(if_none_match: str, etag: str) -> bool:
    # Weak comparison, as for a GET (RFC 9110 §13.1.2).
    if if_none_match.strip() == "*":
        return True
    wanted = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == wanted for tag in if_none_match.split(","))


class CachedPagesApp:
    """Anonymous pages answered from the shared cache before Django runs at all: the
    WSGI application of `factcheck/wsgi.py`, around Django's.

    A `GET` with no session or messages cookie, outside `WSGI_UNCACHED_PATHS`, is
    looked up under the content version, as `PageCacheMiddleware` does, but what is
    stored here is the reply Django sent, every header included (the ETag, the
    Content-Security-Policy, `Cache-Control: public`, `Vary: Cookie`), so a hit costs
    two cache reads and no middleware, URL resolution or template. It stores only what
    Django itself marked public (the page middleware's own rules: status 200, no
    cookie set, no CSRF token, no `private`/`no-store` of the view's), not streamed,
    varying on nothing but the cookie. `HEAD` and everything else go to Django, whose
    middleware still caches them. Staff carry a session cookie, so they never reach
    this; a draft preview says `private, no-store`; a publication, an edit or a
    correction bumps the version, so the next request misses."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if not self.cacheable_request(environ):
            return self.application(environ, start_response)
        key = self.key(environ)
        if key is None:
            return self.application(environ, start_response)
        try:
            stored = cache.get(key)
        except CACHE_ERRORS:
            cache_failed("page cache")
            return self.application(environ, start_response)
        if stored is not None:
            return self.cached(environ, start_response, stored)
        replied = {}

        def capture(status, headers, exc_info=None):
            replied["status"], replied["headers"] = status, headers
            return start_response(status, headers, exc_info)

        response = self.application(environ, capture)
        if self.storable(replied, response):
            try:
                stored = (replied["status"], list(replied["headers"]), response.content)
                cache.set(key, stored, settings.PAGE_CACHE_SECONDS)
            except CACHE_ERRORS:
                cache_failed("page cache")
        return response

    @staticmethod
    def cacheable_request(environ) -> bool:
        if environ.get("REQUEST_METHOD") != "GET" or not page_cache_enabled():
            return False
        path = environ.get("PATH_INFO", "")
        static = settings.STATIC_URL
        if path.startswith(WSGI_UNCACHED_PATHS) or (static and path.startswith(static)):
            return False
        cookies = parse_cookie(environ.get("HTTP_COOKIE", ""))
        return settings.SESSION_COOKIE_NAME not in cookies and MESSAGES_COOKIE not in cookies

    @staticmethod
    def key(environ) -> str | None:
        """Everything the reply may depend on: scheme (and the proxy's header for it),
        host, path, query and Origin, under the current content version."""
        proxy_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
        parts = [
            environ.get("wsgi.url_scheme", ""),
            environ.get(proxy_header[0], "") if proxy_header else "",
            environ.get("HTTP_HOST") or environ.get("SERVER_NAME", ""),
            environ.get("SERVER_PORT", ""),
            environ.get("SCRIPT_NAME", ""),
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ORIGIN", ""),
        ]
        digest = hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()
        if not cache_usable():
            return None
        try:
            version = content_version()
        except CACHE_ERRORS:
            cache_failed("page cache")
            return None
        return f"{WSGI_KEY_PREFIX}:{version}:{digest}"

    @staticmethod
    def storable(replied, response) -> bool:
        if not replied or not replied["status"].startswith("200 "):
            return False
        if not isinstance(response, HttpResponse) or response.streaming:
            return False
        headers = replied["headers"]
        if _header(headers, "set-cookie"):
            return False
        cache_control = {word.strip() for word in _header(headers, "cache-control").split(",")}
        if "public" not in cache_control or cache_control & {"private", "no-store", "no-cache"}:
            return False
        vary = {word.strip().lower() for word in _header(headers, "vary").split(",")} - {""}
        return vary <= _WSGI_VARY

    @staticmethod
    def cached(environ, start_response, stored):
        status, headers, content = stored
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        etag = _header(headers, "etag")
        if if_none_match and etag and _etag_matches(if_none_match, etag):
            kept = [
                (name, value) for name, value in headers if name.lower() in _NOT_MODIFIED_HEADERS
            ]
            start_response("304 Not Modified", kept)
            return []
        start_response(status, headers)
        return [content]


# --- Throttles in the shared cache ------------------------------------------------


class ClientRateThrottle(FailOpenThrottle, SimpleRateThrottle):
    """A rate per client address (`client_ip`, the one the throttles, the export slots
    and the login lockout share), counted in the shared cache; its rate is read from
    DRF's `DEFAULT_THROTTLE_RATES` per request (so tests can lower it)."""

    def __init__(self):
        pass

    def get_ident(self, request):
        return middleware.client_ip(request) or "unknown"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def allow_request(self, request, view):
        self.rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)


class SearchThrottle(ClientRateThrottle):
    """Searches of the public claim list (`/claims/?q=`) per client, `SEARCH_RATE`."""

    scope = "search"
