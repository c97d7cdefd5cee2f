"""The job path outside in-process mode: a real Celery worker, in a thread, takes the
jobs from a Redis broker on 127.0.0.1, polls a feed, imports its items and computes
their suggestions. Skipped only when no Redis answers there."""

import os
import socket
import threading
import uuid
from urllib.parse import urlsplit

import pytest
import redis
from celery import Celery
from celery.contrib.testing.worker import start_worker
from celery.result import EagerResult
from celery.signals import task_postrun

from extraction.models import InboxEntry
from factcheck.celery import app as project_app
from sources import tasks
from sources.models import Feed, FeedItem, Source
from tests.sources.feed_documents import PAGES, RSS_ITEMS, rss

BROKER = os.environ.get("TEST_CELERY_BROKER_URL", "redis://127.0.0.1:6379/15")
WAIT_SECONDS = 30


def _broker_answers() -> bool:
    address = urlsplit(BROKER)
    try:
        with socket.create_connection((address.hostname, address.port or 6379), timeout=1):
            return True
    except OSError:
        return False


pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not _broker_answers(), reason=f"no Redis broker answers at {BROKER}"),
]


@pytest.fixture
def broker_app():
    """An app like the project's, sending to Redis on a queue of this test's own, set
    as the current app so that every task sent (also by the worker) goes through it."""
    queue = f"factcheck-test-{uuid.uuid4().hex}"
    app = Celery("factcheck-test", set_as_current=False)
    app.config_from_object("django.conf:settings", namespace="CELERY")
    app.conf.update(
        broker_url=BROKER,
        task_always_eager=False,
        task_default_queue=queue,
        broker_connection_retry_on_startup=False,
        broker_connection_max_retries=1,
    )
    # As `celery -A factcheck worker` does: each app's tasks.py.
    app.autodiscover_tasks(force=True)
    app.set_current()
    app.set_default()
    try:
        yield app
    finally:
        with app.connection_for_write() as connection:
            connection.default_channel.queue_delete(queue)
        app.close()
        # The transport's bookkeeping of the queue too: the broker is left as found.
        client = redis.Redis.from_url(BROKER)
        for key in client.scan_iter(match=f"*{queue}*"):
            client.delete(key)
        client.close()
        project_app.set_current()
        project_app.set_default()


@pytest.fixture
def suggestions_finished():
    """Set when the worker has run two suggestion jobs. The test waits on the worker's
    own signal, not by reading tables: an in-memory SQLite test database is shared
    between threads with table locks, and a reader polling while the worker writes
    fails at once with "database table is locked" instead of waiting its turn."""
    finished = threading.Event()
    runs = []

    def count(sender=None, state=None, **kwargs):
        if sender.name == "extraction.tasks.suggest_for_source":
            runs.append(state)
            if len(runs) == 2:
                finished.set()

    task_postrun.connect(count, weak=False)
    try:
        yield finished
    finally:
        task_postrun.disconnect(count)


def test_a_worker_polls_a_feed_imports_its_items_and_suggests_claims(
    broker_app, page_server, settings, suggestions_finished
):
    settings.IMPORT_ALLOW_LOOPBACK = True
    for path, body in PAGES.items():
        page_server.route(path, body, content_type="text/html; charset=utf-8")
    base = page_server.url("")
    page_server.route("/feed.xml", rss(base, RSS_ITEMS), content_type="application/rss+xml")
    feed = Feed.objects.create(url=page_server.url("/feed.xml"))

    with start_worker(broker_app, pool="solo", perform_ping_check=False, shutdown_timeout=20):
        result = tasks.poll_feed.delay(feed.pk)
        # Sent to the broker, not run here.
        assert not isinstance(result, EagerResult)
        done = suggestions_finished.wait(WAIT_SECONDS)

    assert done, (
        f"after {WAIT_SECONDS} s: {Source.objects.count()} source(s), "
        f"items {list(FeedItem.objects.values_list('status', 'note'))}, "
        f"feed error {Feed.objects.get().last_error!r}"
    )
    assert Source.objects.count() == 2
    assert InboxEntry.objects.filter(computed_at__isnull=False).count() == 2
    assert set(FeedItem.objects.values_list("status", flat=True)) == {"imported"}
    assert all(entry.suggestion_count is not None for entry in InboxEntry.objects.all())
