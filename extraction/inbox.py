"""The inbox's writes: what the assistant finds in a new source, and an editor
marking it reviewed. Called by the background job and the admin."""

import logging

from django.db import transaction
from django.utils import timezone

from extraction.drafts import source_suggestions, suggestion_repeats
from extraction.models import InboxEntry
from sources.models import Source

logger = logging.getLogger(__name__)


def inbox_entry_compute(*, source_id: int) -> InboxEntry | None:
    """Suggest claims for the source and store their number and their repeats of
    checked claims in its inbox entry (made if missing). An error is stored, not
    raised; None if the source is gone."""
    source = Source.objects.select_related("publisher").filter(pk=source_id).first()
    if source is None:
        return None
    entry, _ = InboxEntry.objects.get_or_create(
        source=source, defaults={"created_at": source.created_at}
    )
    try:
        suggestions = source_suggestions(source)
        repeats = suggestion_repeats(suggestions)
    except Exception as error:
        logger.exception("Suggestions for source %s failed", source.pk)
        entry.error = f"Suggestions could not be computed ({type(error).__name__}: {error})."
        entry.computed_at = timezone.now()
        entry.save(update_fields=["error", "computed_at"])
        return entry
    restated = [found[0][0] for found in repeats.values() if found]
    with transaction.atomic():
        entry.suggestion_count = len(suggestions)
        entry.repeat_count = len(restated)
        entry.computed_at = timezone.now()
        entry.error = ""
        entry.save(update_fields=["suggestion_count", "repeat_count", "computed_at", "error"])
        entry.repeats.set({claim.pk for claim in restated})
    return entry


def inbox_entries_review(*, entries, user) -> int:
    """Mark the entries reviewed (they leave the inbox); how many were still in it."""
    return (
        InboxEntry.objects.filter(pk__in=[e.pk for e in entries])
        .unreviewed()
        .update(reviewed_at=timezone.now(), reviewed_by=user)
    )
