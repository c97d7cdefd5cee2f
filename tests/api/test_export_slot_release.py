"""An export gives back only the slots it still holds, in one step (issue 14): a slot
that expired and was taken by another export stays that export's. On Redis by a
compare-and-delete script (the Redis test uses database 14 and its own key prefix);
on the local-memory cache under a process lock."""

import uuid

import pytest
from django.core.cache import cache, caches

from claims.api import export_slots
from claims.api.export_slots import ExportSlots
from tests.api.test_shared_throttle import REDIS_TEST_URL, redis_reachable


@pytest.fixture
def caps(settings):
    settings.EXPORT_MAX_CONCURRENT = 1
    settings.EXPORT_MAX_PER_CLIENT = 1


@pytest.fixture(params=["locmem", "redis"])
def backend(request, settings):
    if request.param == "redis":
        if not redis_reachable():
            pytest.skip(f"Redis is not reachable at {REDIS_TEST_URL}")
        settings.CACHES = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": REDIS_TEST_URL,
                "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
            }
        }
        yield request.param
        caches["default"].delete_pattern("*")
    else:
        cache.clear()
        yield request.param
        cache.clear()


def test_release_gives_back_the_slots_it_holds(rf, caps, backend):
    request = rf.get("/api/v1/claims/export.csv", REMOTE_ADDR="203.0.113.9")
    slots = ExportSlots.acquire(request)
    assert slots is not None
    assert len(slots.keys) == 2
    assert ExportSlots.acquire(request) is None

    slots.release()

    assert all(cache.get(key) is None for key in slots.keys)
    assert ExportSlots.acquire(request) is not None


def test_a_slot_taken_over_by_another_export_is_not_released(rf, caps, backend):
    request = rf.get("/api/v1/claims/export.csv", REMOTE_ADDR="203.0.113.9")
    slots = ExportSlots.acquire(request)
    # The slots expired (a long pause) and another export took them.
    for key in slots.keys:
        cache.set(key, "another-export", 60)

    slots.release()

    assert all(cache.get(key) == "another-export" for key in slots.keys)


def test_delete_if_held_compares_and_deletes(backend):
    cache.set("export-slot:test:0", "mine", 60)
    assert not export_slots.delete_if_held("export-slot:test:0", "theirs")
    assert cache.get("export-slot:test:0") == "mine"
    assert export_slots.delete_if_held("export-slot:test:0", "mine")
    assert cache.get("export-slot:test:0") is None
    assert not export_slots.delete_if_held("export-slot:test:0", "mine")
