"""Redis down (issue 14), a deliberate choice (factcheck/cache_outage.py): throttles let
requests through with a warning, pages are served uncached, exports without a cap;
never a 500. "Down" here is a Redis address that refuses connections."""

import logging

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from claims import services
from claims.api.export_slots import ExportSlots
from claims.models import Claim
from factcheck import cache_outage
from factcheck.cache import CachedPagesApp
from tests.factories import ClaimFactory, EvidenceFactory

# Port 1 on loopback: nothing listens, the connection is refused at once.
REDIS_DOWN = "redis://127.0.0.1:1/0"


@pytest.fixture(autouse=True)
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "factcheck.cache_outage.RedisCache",
            "LOCATION": REDIS_DOWN,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
    settings.PAGE_CACHE_SECONDS = 300
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "anon": "1/minute",
            "search": "1/minute",
        },
    }
    cache_outage.reset()
    yield
    cache_outage.reset()


@pytest.fixture
def published(db):
    claim = ClaimFactory(text="Crossings fell by a third.", verdict="A fall of about a third.")
    EvidenceFactory(claim=claim)
    return claim


def test_the_api_answers_unthrottled_with_a_warning_when_redis_is_down(published, caplog):
    api = APIClient()
    with caplog.at_level(logging.WARNING, logger="factcheck.cache"):
        statuses = [api.get("/api/v1/claims/").status_code for _ in range(3)]

    assert statuses == [200, 200, 200]
    warnings = [r for r in caplog.records if "cannot be reached" in r.getMessage()]
    # One warning, then the cache is left alone for a while.
    assert len(warnings) == 1


def test_the_throttle_fails_open_again_after_the_pause(published):
    api = APIClient()
    assert api.get("/api/v1/topics/").status_code == 200
    cache_outage.reset()  # the pause is over: the next request tries Redis again
    assert api.get("/api/v1/topics/").status_code == 200
    assert not cache_outage.cache_usable()


def test_a_throttle_fails_open_on_plain_django_redis_too(published, settings):
    settings.CACHES = {
        "default": {**settings.CACHES["default"], "BACKEND": "django_redis.cache.RedisCache"}
    }
    api = APIClient()
    assert [api.get("/api/v1/topics/").status_code for _ in range(2)] == [200, 200]


def test_the_list_with_its_facet_counts_answers_when_redis_is_down(client, published):
    assert client.get("/claims/").status_code == 200
    assert APIClient().get("/api/v1/claims/?facet=rating").status_code == 200


def test_html_search_answers_when_redis_is_down(client, published):
    assert [client.get("/claims/?q=crossings").status_code for _ in range(2)] == [200, 200]


def test_pages_are_served_uncached_and_current_when_redis_is_down(
    client, published, editor, django_capture_on_commit_callbacks
):
    first = client.get(published.get_absolute_url())
    assert first.status_code == 200
    assert "public" not in first.get("Cache-Control", "")

    claim = Claim.objects.get(pk=published.pk)
    claim.rating = Claim.Rating.MISLEADING
    claim.verdict = "The fall was a quarter, not a third."
    with django_capture_on_commit_callbacks(execute=True):
        services.claim_save(claim=claim, user=editor, correction_note="Wrong period.")

    assert "a quarter, not a third" in client.get(published.get_absolute_url()).content.decode()


def test_the_wsgi_tier_passes_through_when_redis_is_down():
    calls = []

    def django(environ, start_response):
        calls.append(environ["PATH_INFO"])
        start_response("200 OK", [("Cache-Control", "public")])
        return [b"page"]

    app = CachedPagesApp(django)
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/claims/", "wsgi.url_scheme": "http"}
    assert app(environ, lambda status, headers, exc_info=None: None) == [b"page"]
    assert app(environ, lambda status, headers, exc_info=None: None) == [b"page"]
    assert calls == ["/claims/", "/claims/"]


def test_exports_are_served_without_a_cap_when_redis_is_down(published, settings):
    settings.EXPORT_MAX_CONCURRENT = 1
    settings.EXPORT_MAX_PER_CLIENT = 1
    api = APIClient()
    first = api.get("/api/v1/claims/export.csv")
    second = api.get("/api/v1/claims/export.csv")
    assert first.status_code == second.status_code == 200
    b"".join(first.streaming_content)
    b"".join(second.streaming_content)


def test_slots_taken_while_redis_is_down_release_without_error(rf, settings):
    settings.EXPORT_MAX_CONCURRENT = 1
    slots = ExportSlots.acquire(rf.get("/api/v1/claims/export.csv"))
    assert slots is not None
    assert slots.keys == []
    slots.release()


def test_reads_are_misses_and_writes_do_nothing_while_counts_raise():
    from factcheck.cache_outage import CACHE_ERRORS

    assert cache.get("anything", "default") == "default"
    assert cache.set("anything", 1) is False
    with pytest.raises(CACHE_ERRORS):
        cache.add("anything", 1)
    with pytest.raises(CACHE_ERRORS):
        cache.incr("anything")
