"""Throttle counts live in the shared cache: two workers count one client once
(issue 14). The Redis test uses database 14 and its own key prefix."""

import uuid

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.test import RequestFactory

from claims.api.base import AnonThrottle

REDIS_TEST_URL = "redis://127.0.0.1:6379/14"


def redis_reachable() -> bool:
    try:
        import redis

        return redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=0.5).ping()
    except Exception:
        return False


@pytest.fixture
def anon_rate(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "anon": "4/minute",
        },
    }


def worker():
    """A throttle with its own cache client, as another gunicorn worker would have."""
    throttle = AnonThrottle()
    throttle.cache = caches.create_connection("default")
    return throttle


def requests_allowed(throttles, count):
    request = RequestFactory().get("/api/v1/topics/", REMOTE_ADDR="203.0.113.5")
    request.auth, request.user = None, AnonymousUser()
    return [throttles[n % len(throttles)].allow_request(request, None) for n in range(count)]


def test_two_throttles_on_one_cache_share_one_count(anon_rate):
    assert requests_allowed([AnonThrottle(), AnonThrottle()], 6) == [True] * 4 + [False] * 2


@pytest.fixture
def redis_cache(settings):
    if not redis_reachable():
        pytest.skip(f"Redis is not reachable at {REDIS_TEST_URL}: the shared-cache test needs it")
    prefix = f"test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_TEST_URL,
            "KEY_PREFIX": prefix,
        }
    }
    yield caches["default"]
    caches["default"].delete_pattern("*")


def test_two_workers_with_their_own_redis_clients_share_one_count(anon_rate, redis_cache):
    first, second = worker(), worker()
    assert first.cache is not second.cache
    assert requests_allowed([first, second], 6) == [True] * 4 + [False] * 2


def test_the_settings_use_redis_when_redis_url_is_set(monkeypatch):
    import importlib

    import factcheck.settings as project_settings

    monkeypatch.setenv("REDIS_URL", REDIS_TEST_URL)
    try:
        reloaded = importlib.reload(project_settings)
        assert reloaded.CACHES["default"]["BACKEND"] == "factcheck.cache_outage.RedisCache"
        assert reloaded.CACHES["default"]["LOCATION"] == REDIS_TEST_URL
        assert reloaded.PAGE_CACHE_SECONDS > 0
    finally:
        monkeypatch.delenv("REDIS_URL")
        reloaded = importlib.reload(project_settings)
    assert reloaded.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    assert reloaded.PAGE_CACHE_SECONDS == 0
