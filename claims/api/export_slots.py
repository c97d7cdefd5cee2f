"""How many exports stream at once: overall and per client (issue 14).

A slow client reading a million-claim export holds a worker thread for minutes; a
few of them would hold every thread and starve the pages. So an export first takes
a slot, one of `EXPORT_MAX_CONCURRENT` overall and of `EXPORT_MAX_PER_CLIENT` for
its client (`factcheck.middleware.client_ip`), and gives it back when its stream
ends, fails or is closed by the client; without one it is a 429.

Slots are keys in Django's cache, taken with `cache.add` (atomic in every backend):
with a shared cache (Redis) the caps hold across every worker and machine, with the
default local-memory cache per worker process. A slot expires `EXPORT_SLOT_TIMEOUT`
seconds after it was last refreshed, which the stream does as it goes, so a worker
that dies holding one frees it soon after. A slot holds its export's token and is
given back only while it still holds it, in one step (`delete_if_held`): a slot that
expired and was taken by another export stays that export's.
"""

import logging
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import cache

from factcheck.middleware import client_ip

logger = logging.getLogger(__name__)

PREFIX = "export-slot"

# Redis: delete the key only if it still holds this token, atomically (a Lua script
# runs alone). The usual compare-and-delete; see Redis's documentation of SET.
RELEASE_SCRIPT = """
if redis.call('get', KEYS[1]) == ARGV[1] then
    return redis.call('del', KEYS[1])
end
return 0
"""
# Other backends are local to the process (local memory) or tests: one lock there.
_local_lock = threading.Lock()


def _redis_client():
    """django-redis's client, or None for another backend."""
    client = getattr(cache, "client", None)
    return client if hasattr(client, "get_client") and hasattr(client, "encode") else None


def delete_if_held(key: str, token: str) -> bool:
    """Delete the slot `key` if its value is still `token`; True if it was."""
    if client := _redis_client():
        redis = client.get_client(write=True)
        return bool(redis.eval(RELEASE_SCRIPT, 1, client.make_key(key), client.encode(token)))
    with _local_lock:
        if cache.get(key) == token:
            cache.delete(key)
            return True
        return False


def _take(key: str, token: str, timeout: int) -> bool:
    if _redis_client():
        return cache.add(key, token, timeout)
    with _local_lock:
        return cache.add(key, token, timeout)


class ExportSlots:
    """The slots one export holds (`acquire`), refreshed while it streams and given
    back once (`release`)."""

    def __init__(self, keys: list[str], token: str):
        self.keys = keys
        self.token = token
        self.timeout = settings.EXPORT_SLOT_TIMEOUT
        self.refreshed = time.monotonic()
        self.released = False

    @classmethod
    def acquire(cls, request) -> "ExportSlots | None":
        """The slots for this request's export, or None when a cap is reached."""
        token = uuid.uuid4().hex
        slots = cls([], token)
        caps = [
            (f"{PREFIX}:all", settings.EXPORT_MAX_CONCURRENT),
            (f"{PREFIX}:client:{client_ip(request) or 'unknown'}", settings.EXPORT_MAX_PER_CLIENT),
        ]
        try:
            for group, limit in caps:
                if not limit:
                    continue
                key = next(
                    (
                        f"{group}:{i}"
                        for i in range(limit)
                        if _take(f"{group}:{i}", token, slots.timeout)
                    ),
                    None,
                )
                if key is None:
                    slots.release()
                    return None
                slots.keys.append(key)
        except Exception:
            # A cache that is down must not take the exports down with it.
            logger.exception("Export slots could not be counted: serving without a cap.")
            slots.release()
            return cls([], token)
        return slots

    def refresh(self) -> None:
        """Keep the slots while the stream goes on (at most every quarter timeout)."""
        now = time.monotonic()
        if self.keys and now - self.refreshed > self.timeout / 4:
            self.refreshed = now
            try:
                for key in self.keys:
                    cache.touch(key, self.timeout)
            except Exception:
                logger.exception("Export slots could not be refreshed.")

    def release(self) -> None:
        """Give the slots back; a second call does nothing. A slot that expired and was
        taken by another export meanwhile is left to that export."""
        if self.released:
            return
        self.released = True
        try:
            for key in self.keys:
                delete_if_held(key, self.token)
        except Exception:
            logger.exception("Export slots could not be released: they expire on their own.")


class SlotStream:
    """The chunks of an export, holding its slots: they are given back when the
    chunks run out, when producing one fails, and when the server closes the
    response (a client that went away, or a response never read)."""

    def __init__(self, chunks, slots: ExportSlots):
        self.chunks = chunks
        self.slots = slots

    def __iter__(self):
        try:
            for chunk in self.chunks:
                self.slots.refresh()
                yield chunk
        finally:
            self.close()

    def close(self) -> None:
        try:
            close = getattr(self.chunks, "close", None)
            if close is not None:
                close()
        finally:
            self.slots.release()
