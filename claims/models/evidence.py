"""Evidence links behind a verdict."""

from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from claims.models.claim import Claim
from factcheck.models import HttpURLField, TimeStampedModel, http_url_constraint


class Evidence(TimeStampedModel):
    """A link that supports, contradicts or gives context to a claim."""

    class Stance(models.TextChoices):
        SUPPORTS = "supports", "Supports"
        CONTRADICTS = "contradicts", "Contradicts"
        CONTEXT = "context", "Context"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    url = HttpURLField("URL", max_length=500)
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    stance = models.CharField(max_length=16, choices=Stance.choices, default=Stance.CONTEXT)
    archived_url = HttpURLField("archived URL", max_length=500, blank=True)
    note = models.TextField(blank=True, help_text="What this evidence shows, in a sentence or two.")

    history = HistoricalRecords()

    class Meta:
        ordering = ["stance", "id"]
        verbose_name_plural = "evidence"
        constraints = [
            http_url_constraint("url", name="evidence_url_http"),
            http_url_constraint("archived_url", name="evidence_archived_url_http"),
            models.CheckConstraint(condition=~Q(url=""), name="evidence_url_required"),
            models.CheckConstraint(
                condition=Q(stance__in=["supports", "contradicts", "context"]),
                name="evidence_stance_valid",
            ),
            models.UniqueConstraint(
                fields=["claim", "url"],
                name="evidence_unique_url_per_claim",
                violation_error_message="This link is already evidence for this claim.",
            ),
        ]

    def __str__(self):
        return self.title
