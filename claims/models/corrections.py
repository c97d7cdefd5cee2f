"""Corrections of published claims, and revisions awaiting an editor."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from claims.models.claim import Claim, public_claim_condition
from claims.models.dates import DatePrecision
from claims.models.taxonomy import Speaker, Topic


class CorrectionQuerySet(models.QuerySet):
    def public(self):
        """Corrections readers see: those of public claims."""
        return self.filter(public_claim_condition("claim__"))


class Correction(models.Model):
    """A public record of a change to a published verdict (IFCN open corrections)."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="corrections")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    old_rating = models.CharField(max_length=16, choices=Claim.Rating.choices, blank=True)
    new_rating = models.CharField(max_length=16, choices=Claim.Rating.choices, blank=True)
    old_verdict = models.TextField(blank=True)
    new_verdict = models.TextField(blank=True)
    old_speaker = models.CharField("speaker before", max_length=200, blank=True)
    new_speaker = models.CharField("speaker after", max_length=200, blank=True)
    old_statement = models.CharField("statement before", max_length=300, blank=True)
    new_statement = models.CharField("statement after", max_length=300, blank=True)
    note = models.TextField(help_text="What changed and why, for readers.")
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(note=""), name="correction_note_required"),
        ]

    def __str__(self):
        return f"Correction to “{self.claim}” on {self.created_at:%Y-%m-%d}"


class ClaimRevisionQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=ClaimRevision.Status.PENDING)


class ClaimRevision(models.Model):
    """A fact-checker's edit of a published claim, kept aside until an editor reviews
    it: readers see the approved version meanwhile. Holds the proposed values (the
    claim's editable fields and its evidence rows), which of them the edit changes,
    and the version of the claim it was made from."""

    class Status(models.TextChoices):
        PENDING = "pending", "Awaiting review"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="revisions")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    base_version = models.PositiveIntegerField(
        help_text="The version of the claim the fact-checker edited."
    )
    changed_fields = models.JSONField(
        default=list, help_text="The names of the fields this revision changes."
    )
    # The proposed values, as on the claim.
    text = models.TextField()
    statement = models.CharField(max_length=300, blank=True)
    speaker = models.ForeignKey(Speaker, on_delete=models.PROTECT, related_name="+")
    said_on = models.DateField(null=True, blank=True)
    said_on_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    source = models.ForeignKey(
        "sources.Source", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    quote_start = models.PositiveIntegerField(null=True, blank=True)
    quote_end = models.PositiveIntegerField(null=True, blank=True)
    topics = models.ManyToManyField(Topic, blank=True, related_name="+")
    claim_status = models.CharField("status", max_length=16, choices=Claim.Status.choices)
    rating = models.CharField(max_length=16, choices=Claim.Rating.choices, blank=True)
    verdict = models.TextField(blank=True)
    evidence = models.JSONField(
        default=list,
        help_text="The proposed evidence rows: each an object with the evidence fields "
        "and `id` for a row the claim has already.",
    )
    correction_note = models.TextField(
        blank=True, help_text="The correction note proposed with the change."
    )
    clarification = models.BooleanField(default=False)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    proposed_at = models.DateTimeField(default=timezone.now)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(
        blank=True, help_text="Why the change was rejected, for the fact-checker."
    )

    objects = ClaimRevisionQuerySet.as_manager()

    class Meta:
        ordering = ["-proposed_at", "-id"]
        verbose_name = "change awaiting review"
        verbose_name_plural = "changes awaiting review"
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["pending", "approved", "rejected"]),
                name="claimrevision_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(status="pending") | Q(reviewed_at__isnull=False),
                name="claimrevision_reviewed_when_decided",
                violation_error_message="An approved or rejected revision has a review date.",
            ),
        ]
        indexes = [
            # The review queue: pending revisions (admin index counts, queue filter).
            models.Index(
                fields=["claim"],
                condition=Q(status="pending"),
                name="claimrevision_pending_idx",
            ),
        ]

    def __str__(self):
        return f"Change to “{self.claim}” proposed on {self.proposed_at:%Y-%m-%d %H:%M}"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING
