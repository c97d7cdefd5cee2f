"""Background jobs of feeds (Celery): poll the feeds that are due, poll one, import
one item. Each is small and safe to run twice; the work is in `sources/feeds.py`.

After an item becomes a source, the task at the dotted path settings.SOURCE_IMPORTED_TASK
(the extraction app's suggestions) is sent the source's id: named in settings, so that
this app imports nothing from the extraction app."""

from celery import shared_task
from django.conf import settings
from django.utils.module_loading import import_string

from sources import feeds


@shared_task(ignore_result=True)
def poll_due_feeds() -> list[int]:
    """Send one poll per feed that is due (the periodic job, and `manage.py poll_feeds`)."""
    feed_ids = list(feeds.due_feeds().order_by("pk").values_list("pk", flat=True))
    for feed_id in feed_ids:
        poll_feed.delay(feed_id)
    return feed_ids


@shared_task(ignore_result=True)
def poll_feed(feed_id: int, force: bool = False) -> None:
    """Read one feed and send one import per new item."""
    for item_id in feeds.feed_poll(feed_id=feed_id, force=force):
        import_feed_item.delay(item_id)


@shared_task(ignore_result=True)
def import_feed_item(item_id: int) -> None:
    source = feeds.feed_item_import(item_id=item_id)
    if source is not None and settings.SOURCE_IMPORTED_TASK:
        import_string(settings.SOURCE_IMPORTED_TASK).delay(source.pk)
