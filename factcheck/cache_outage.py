"""When the shared cache (Redis) cannot be reached: a deliberate choice (issue 14).

- **Pages** are served uncached (factcheck/cache.py): slower, never wrong.
- **Throttles fail open** (`FailOpenThrottle`): requests are let through with a logged
  warning, for the API's rates and the HTML search alike. Refusing every request
  (or answering 500, as before) would turn a cache outage into a site outage; the
  proxy's own limits and the export caps still hold meanwhile.
- **Export slots** are not counted: exports are served without a cap
  (claims/api/export_slots.py).
- **Other cached values** (the facet counts) are computed each time.

`REDIS_URL` selects `RedisCache` below: a read of a cached value that cannot reach
Redis is a miss and a write does nothing, so no caller needs a guard of its own; what
counts (`add`, `incr`, `touch`: the content version, the export slots) still raises,
and its caller decides. `FailOpenThrottle` holds the same rule for a throttle on any
other backend.

After a failure a process leaves the cache alone for `CACHE_RETRY_SECONDS`, so a Redis
that is down (or a network that drops its packets, up to the client's socket timeout)
costs one wait per process per period, not one per request, and one warning.

Kept apart from factcheck/cache.py: the API's throttle classes import this while
factcheck.middleware, which factcheck/cache.py needs, is still loading.
"""

import logging
import time

from django_redis.cache import RedisCache as DjangoRedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError

logger = logging.getLogger("factcheck.cache")

# What a cache that cannot be reached raises (django-redis wraps redis-py's errors).
CACHE_ERRORS = (ConnectionInterrupted, RedisError, OSError)

CACHE_RETRY_SECONDS = 5.0
_down_until = 0.0


def cache_usable() -> bool:
    """False for CACHE_RETRY_SECONDS after the cache last failed in this process."""
    return time.monotonic() >= _down_until


def cache_failed(what: str) -> None:
    """Log a cache failure once per period and leave the cache alone meanwhile."""
    global _down_until
    if cache_usable():
        logger.warning(
            "The cache cannot be reached (%s): pages are served uncached and requests "
            "are not throttled for the next %.0f s.",
            what,
            CACHE_RETRY_SECONDS,
            exc_info=True,
        )
    _down_until = time.monotonic() + CACHE_RETRY_SECONDS


def reset() -> None:
    """Forget a failure (tests)."""
    global _down_until
    _down_until = 0.0


class FailOpenThrottle:
    """A throttle that lets requests through, with a logged warning, while the cache
    holding its counts cannot be reached. Mixed in before DRF's throttle class."""

    def allow_request(self, request, view):
        if not cache_usable():
            return True
        try:
            return super().allow_request(request, view)
        except CACHE_ERRORS:
            cache_failed("throttle")
            return True


def _left_alone() -> ConnectionInterrupted:
    error = ConnectionInterrupted(connection=None)
    error.__cause__ = RedisConnectionError("left alone after a recent failure")
    return error


class RedisCache(DjangoRedisCache):
    """django-redis, failing soft: see the module's docstring."""

    def _soft(self, default, method, *args, **kwargs):
        if not cache_usable():
            return default
        try:
            return method(*args, **kwargs)
        except CACHE_ERRORS:
            cache_failed("cache")
            return default

    def _counted(self, method, *args, **kwargs):
        if not cache_usable():
            raise _left_alone()
        try:
            return method(*args, **kwargs)
        except CACHE_ERRORS:
            cache_failed("cache")
            raise

    def get(self, key, default=None, version=None, client=None):
        return self._soft(default, super().get, key, default, version, client)

    def get_many(self, *args, **kwargs):
        return self._soft({}, super().get_many, *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._soft(False, super().set, *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._soft([], super().set_many, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._soft(False, super().delete, *args, **kwargs)

    def add(self, *args, **kwargs):
        return self._counted(super().add, *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self._counted(super().incr, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._counted(super().touch, *args, **kwargs)
