"""Each claim's related rows as the exports write them (claims.claim_summary)."""

from django.db import models


class ClaimSummary(models.Model):
    """A claim's topics, evidence and corrections count, written only by the
    database's triggers (claims.claim_summary); read by the exports. No foreign-key
    constraint and no cascade: the triggers drop a claim's row with the claim."""

    claim = models.OneToOneField(
        "claims.Claim",
        on_delete=models.DO_NOTHING,
        primary_key=True,
        db_constraint=False,
        related_name="summary",
    )
    topics = models.TextField(default="", help_text="Topic slugs joined by ';', in slug order.")
    evidence_urls = models.TextField(default="", help_text="Evidence URLs by stance, spaced.")
    evidence_json = models.TextField(default="[]", help_text="Evidence as a JSON array.")
    corrections_count = models.IntegerField(default=0)

    class Meta:
        verbose_name_plural = "claim summaries"

    def __str__(self):
        return f"claim {self.claim_id}: {self.topics or ''}"
