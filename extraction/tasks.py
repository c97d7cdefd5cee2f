"""Background jobs of the assistant (Celery): suggestions for a new source, for the
inbox. Safe to run twice: the source's one inbox entry is recomputed."""

from celery import shared_task

from extraction.inbox import inbox_entry_compute
from sources.models import FeedItem, Source


@shared_task(ignore_result=True)
def suggest_for_source(source_id: int) -> None:
    inbox_entry_compute(source_id=source_id)


@shared_task(ignore_result=True)
def suggest_missing(limit: int = 100) -> list[int]:
    """Send suggestions for sources imported from feeds that have no inbox entry (a
    job lost on the way, or sources imported before the inbox existed)."""
    source_ids = list(
        Source.objects.filter(feed_items__status=FeedItem.Status.IMPORTED, inbox_entry__isnull=True)
        .distinct()
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
    for source_id in source_ids:
        suggest_for_source.delay(source_id)
    return source_ids
