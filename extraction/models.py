"""The editors' inbox: sources imported from feeds, with what the assistant found
in each (computed in the background, `extraction/tasks.py`)."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from claims.models import Claim
from sources.models import Source


class InboxEntryQuerySet(models.QuerySet):
    def unreviewed(self):
        return self.filter(reviewed_at__isnull=True)


class InboxEntry(models.Model):
    """One source in the inbox: how many claims the assistant suggests in it, and how
    many of those restate a published, checked claim, until an editor marks it reviewed."""

    source = models.OneToOneField(Source, on_delete=models.CASCADE, related_name="inbox_entry")
    created_at = models.DateTimeField(
        default=timezone.now, help_text="When the source entered the inbox (was imported)."
    )
    suggestion_count = models.PositiveIntegerField(
        null=True, blank=True, help_text="Empty until the suggestions are computed."
    )
    repeat_count = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Suggestions that restate a published, checked claim.",
    )
    repeats = models.ManyToManyField(
        Claim,
        blank=True,
        related_name="+",
        help_text="The published, checked claims restated (the best match of each suggestion).",
    )
    computed_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = InboxEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "inbox entry"
        verbose_name_plural = "inbox"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(repeat_count__isnull=True)
                | models.Q(repeat_count__lte=models.F("suggestion_count")),
                name="inboxentry_repeats_within_suggestions",
            ),
        ]
        indexes = [
            # The inbox lists the entries not reviewed yet, newest first.
            models.Index(
                fields=["-created_at"],
                condition=models.Q(reviewed_at__isnull=True),
                name="inboxentry_unreviewed_idx",
            ),
        ]

    def __str__(self):
        return str(self.source)
