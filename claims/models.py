from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.text import Truncator
from simple_history.models import HistoricalRecords

from factcheck.models import (
    HttpURLField,
    PublicThroughClaimsQuerySet,
    SluggedModel,
    TimeStampedModel,
    http_url_constraint,
)
from sources.quotes import find_quote, span_matches


class Topic(SluggedModel, TimeStampedModel):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=80, unique=True, blank=True)
    description = models.TextField(blank=True)

    objects = PublicThroughClaimsQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("claims:topic", kwargs={"slug": self.slug})

    def slug_source(self):
        return self.name


class Speaker(SluggedModel, TimeStampedModel):
    """The person or organisation a claim is attributed to."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        # A publication's own narration (an encyclopedia, a report's authors): its
        # text is logged, but it is no one's claim and has no scorecard.
        PUBLICATION = "publication", "Publication (its own text)"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True, blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(
        max_length=200,
        blank=True,
        help_text="Role or title when the claims were made, e.g. “Home Secretary”.",
    )
    organisation = models.CharField(max_length=200, blank=True)
    country = models.CharField(max_length=100, blank=True)
    wikidata_id = models.CharField(
        "Wikidata ID",
        max_length=20,
        blank=True,
        validators=[RegexValidator(r"^Q[1-9][0-9]*$", "A Wikidata ID looks like Q12345.")],
    )

    objects = PublicThroughClaimsQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["person", "organisation", "publication"]),
                name="speaker_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(wikidata_id="") | Q(wikidata_id__regex=r"^Q[1-9][0-9]*$"),
                name="speaker_wikidata_id_format",
                violation_error_message="A Wikidata ID looks like Q12345.",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name

    def get_absolute_url(self):
        return reverse("claims:speaker", kwargs={"slug": self.slug})

    def slug_source(self):
        return self.name

    @property
    def wikidata_url(self) -> str:
        return f"https://www.wikidata.org/wiki/{self.wikidata_id}" if self.wikidata_id else ""


def public_claim_condition(prefix: str = "") -> Q:
    """The one definition of a public claim: published by an editor. `prefix`
    reaches it through a relation (`claims__`, `claim__`) inside an aggregate."""
    return Q(**{f"{prefix}published_at__isnull": False})


class ClaimQuerySet(models.QuerySet):
    def public(self):
        """What readers may see: every page, API view, feed, sitemap, export and
        count starts here."""
        return self.filter(public_claim_condition())

    def drafts(self):
        return self.exclude(public_claim_condition())

    def with_public_related(self):
        return self.select_related("speaker", "source", "source__publisher").prefetch_related(
            "topics", "evidence"
        )

    def newest_first(self):
        return self.order_by(F("said_on").desc(nulls_last=True), "-id")


class Claim(SluggedModel, TimeStampedModel):
    """One checkable statement, attributed to a speaker and dated."""

    class Status(models.TextChoices):
        UNVERIFIED = "unverified", "Not yet checked"
        IN_PROGRESS = "in_progress", "Being checked"
        CHECKED = "checked", "Checked"

    class Rating(models.TextChoices):
        """The verdict scale. Numeric values follow schema.org ClaimReview as read by
        Google's Fact Check tools (worst 1, best 5); “unsupported” has no place on the
        scale and is published with its label only (`alternateName`)."""

        ACCURATE = "accurate", "Accurate"
        MOSTLY_ACCURATE = "mostly_accurate", "Mostly accurate"
        MIXED = "mixed", "Mixed"
        MISLEADING = "misleading", "Misleading"
        INACCURATE = "inaccurate", "Inaccurate"
        UNSUPPORTED = "unsupported", "Unsupported by evidence"

    RATING_VALUES = {
        Rating.ACCURATE: 5,
        Rating.MOSTLY_ACCURATE: 4,
        Rating.MIXED: 3,
        Rating.MISLEADING: 2,
        Rating.INACCURATE: 1,
    }

    text = models.TextField(
        help_text="The words as said, verbatim from the source when there is one."
    )
    statement = models.CharField(
        max_length=300,
        blank=True,
        help_text="The claim restated neutrally in one sentence.",
    )
    slug = models.SlugField(max_length=80, unique=True, blank=True)
    speaker = models.ForeignKey(Speaker, on_delete=models.PROTECT, related_name="claims")
    said_on = models.DateField(
        "said on",
        null=True,
        blank=True,
        help_text="When the claim was made (not when it was checked). Empty only when unknown.",
    )
    source = models.ForeignKey(
        "sources.Source",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims",
    )
    quote_start = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Character offset of the quote in the source text. Leave both offsets empty "
        "to have the quote found for you.",
    )
    quote_end = models.PositiveIntegerField(null=True, blank=True)
    topics = models.ManyToManyField(Topic, blank=True, related_name="claims")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.UNVERIFIED)
    rating = models.CharField(
        max_length=16,
        choices=Rating.choices,
        blank=True,
        help_text="Required when the status is Checked, empty otherwise.",
    )
    verdict = models.TextField(
        blank=True, help_text="The explanation a reader can follow, citing the evidence."
    )
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Bumped on every save; guards against lost edits."
    )
    review_requested_at = models.DateTimeField(null=True, blank=True, editable=False)
    review_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="Empty while the claim is a draft; drafts are never public.",
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = ClaimQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[topics])

    class Meta:
        ordering = [F("said_on").desc(nulls_last=True), "-id"]
        permissions = [("publish_claim", "Can publish and unpublish claims")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["unverified", "in_progress", "checked"]),
                name="claim_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(rating="")
                | Q(
                    rating__in=[
                        "accurate",
                        "mostly_accurate",
                        "mixed",
                        "misleading",
                        "inaccurate",
                        "unsupported",
                    ]
                ),
                name="claim_rating_valid",
            ),
            models.CheckConstraint(
                condition=(Q(status="checked") & ~Q(rating=""))
                | (~Q(status="checked") & Q(rating="")),
                name="claim_rating_iff_checked",
                violation_error_message="A checked claim needs a rating, and only a checked "
                "claim may have one.",
            ),
            models.CheckConstraint(
                # Explicit isnull: a CHECK on a NULL comparison would pass half a span.
                condition=Q(quote_start__isnull=True, quote_end__isnull=True)
                | Q(
                    quote_start__isnull=False,
                    quote_end__isnull=False,
                    quote_start__gte=0,
                    quote_end__gt=F("quote_start"),
                ),
                name="claim_quote_span_ordered",
                violation_error_message="The quote span needs both offsets, 0 ≤ start < end.",
            ),
            models.CheckConstraint(
                condition=Q(source__isnull=False) | Q(quote_start__isnull=True),
                name="claim_quote_span_needs_source",
                violation_error_message="A quote span needs a source.",
            ),
        ]
        indexes = [
            # Public lists: newest first, and keyset pagination on (said_on, id).
            models.Index(F("said_on").desc(), F("id").desc(), name="claim_said_on_idx"),
            # Counts per rating of published claims (home page, scorecards): index only.
            models.Index(fields=["rating", "published_at"], name="claim_rating_published_idx"),
            # A page of one rating, newest first, read straight off the index (API, list).
            models.Index(
                "rating", F("said_on").desc(), F("id").desc(), name="claim_rating_said_on_idx"
            ),
            # `status` filter, and the home page's latest checks, newest first.
            models.Index(fields=["status", "-published_at"], name="claim_status_published_idx"),
            # ordering=updated and conditional GET (latest change).
            models.Index(fields=["-updated_at"], name="claim_updated_idx"),
            # `.public()`, newest published first.
            models.Index(fields=["-published_at"], name="claim_published_idx"),
        ]

    def __str__(self):
        return Truncator(self.statement or self.text).chars(80)

    def save(self, *args, **kwargs):
        if not self._state.adding:
            self.version += 1
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("claims:detail", kwargs={"slug": self.slug})

    def slug_source(self):
        return self.statement or self.text

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    @property
    def rating_value(self) -> int | None:
        return self.RATING_VALUES.get(self.rating)

    def clean(self):
        super().clean()
        errors: dict[str, str] = {}
        if self.status == self.Status.CHECKED and not self.rating:
            errors["rating"] = "A checked claim needs a rating."
        elif self.status != self.Status.CHECKED and self.rating:
            errors["rating"] = (
                "Only a checked claim has a rating: set the status to Checked or clear the rating."
            )
        if self.source_id is None:
            if self.quote_start is not None or self.quote_end is not None:
                errors["source"] = "A quote span needs a source: pick one or clear the span."
        elif self.text:
            errors.update(self._place_quote())
        if errors:
            raise ValidationError(errors)

    def _place_quote(self) -> dict[str, str]:
        """Check the span against the source text, or find it there when it is not given."""
        body = self.source.body
        start, end = self.quote_start, self.quote_end
        if start is not None and end is not None:
            if not 0 <= start < end <= len(body):
                return {
                    "quote_end": f"The span {start}–{end} is outside the source text, "
                    f"which has {len(body)} characters."
                }
            if not span_matches(body, start, end, self.text):
                excerpt = Truncator(" ".join(body[start:end].split())).chars(80)
                return {
                    "text": f"The quote does not match the source at {start}–{end}, "
                    f"which reads “{excerpt}”. Fix the quote or the span, or clear "
                    "the span to have it found."
                }
            return {}
        if end is not None:
            return {"quote_start": "Give the start of the span too, or clear both offsets."}
        if not body.strip():
            return {}
        matches = find_quote(body, self.text)
        if start is not None:
            matches = [span for span in matches if span[0] == start]
            if not matches:
                return {"quote_start": f"The quote does not start at character {start}."}
        if not matches:
            return {
                "text": f"This quote does not appear in the source “{self.source}”. "
                "Check the wording against the source text."
            }
        if len(matches) > 1:
            where = ", ".join(str(s) for s, _ in matches[:10])
            return {
                "text": f"This quote appears {len(matches)} times in the source (at characters "
                f"{where}); give the quote start to say which one is meant."
            }
        self.quote_start, self.quote_end = matches[0]
        return {}


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
