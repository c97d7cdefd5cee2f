"""Claims: the one definition of a public claim, bylines in SQL, and the Claim model."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.urls import reverse
from django.utils.text import Truncator
from simple_history.models import HistoricalRecords

from claims.models.dates import DatePrecision, partial_date_display, partial_date_iso
from claims.models.staff import public_name
from claims.models.taxonomy import Speaker, Topic
from claims.search import claim_figures
from factcheck.models import SluggedModel, TimeStampedModel
from sources.quotes import find_quote, span_matches


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

    def awaiting_review(self):
        """The editors' queue: drafts a fact-checker asked to have reviewed, and
        published claims with changes proposed for review."""
        from claims.models.corrections import ClaimRevision  # imports this module

        pending = ClaimRevision.objects.pending().filter(claim=models.OuterRef("pk"))
        return self.filter(
            Q(published_at__isnull=True, review_requested_at__isnull=False)
            | Q(models.Exists(pending))
        )

    def with_public_related(self):
        return self.select_related("speaker", "source", "source__publisher").prefetch_related(
            "topics", "evidence"
        )

    def newest_first(self):
        return self.order_by(F("said_on").desc(nulls_last=True), "-id")

    def with_byline(self):
        """The accounts a byline names, with their public names, in the same query."""
        return self.select_related("checked_by__staff_profile", "published_by__staff_profile")


# What the byline values of a claim are worked out from (for `.only()`).
BYLINE_READS = (
    "status",
    "checked_on",
    "published_at",
    "checked_by",
    "checked_by__staff_profile__display_name",
    "published_by",
    "published_by__staff_profile__display_name",
)


def byline_expressions() -> dict:
    """The byline values as SQL, one per `Claim.byline_*` property and with the same
    rules, for the raw exports: a join per account, no query per row."""

    def name(account: str):
        display = NullIf(F(f"{account}__staff_profile__display_name"), Value(""))
        return Coalesce(display, Value(settings.FACTCHECK_ORG_NAME))

    checked = Q(status=Claim.Status.CHECKED)
    return {
        "byline_checked_by": Case(
            When(checked, then=name("checked_by")), default=None, output_field=models.TextField()
        ),
        "byline_checked_on": Case(
            When(checked, then=F("checked_on")),
            default=None,
            output_field=models.DateField(),
        ),
        "byline_edited_by": Case(
            When(public_claim_condition(), then=name("published_by")),
            default=None,
            output_field=models.TextField(),
        ),
    }


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
        help_text="When the claim was made (not when it was checked): a day, a month "
        "(“March 2025”, “2025-03”) or a year (“2025”). Empty only when unknown.",
    )
    said_on_precision = models.CharField(
        "said on: precision",
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="How precisely the date is known; `said_on` holds the first day of "
        "the month or year.",
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
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        limit_choices_to={"is_staff": True},
        related_name="+",
        help_text="The fact-checker, named in the byline by their public name. Filled in "
        "with whoever sets the status to Checked or asks for review; editors may change it.",
    )
    checked_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the check was completed: set to the day the status becomes Checked; "
        "editors may change it. Empty, the byline shows the publication date.",
    )
    revised_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the published verdict was last corrected or clarified; shown to "
        "readers as “Updated on”.",
    )
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Bumped on every save; guards against lost edits."
    )
    # Index words for the figures in text and statement ("n135000", "p33"), kept by
    # save(); NULL until computed (rows loaded without save(): see claims.search), so
    # "no figures" (empty) and "not computed yet" (NULL) differ.
    search_figures = models.TextField(null=True, blank=True, editable=False)  # noqa: DJ001
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
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        limit_choices_to={"is_staff": True},
        related_name="assigned_claims",
        help_text="The fact-checker working on this claim (“My claims” in the list). "
        "Editors assign claims.",
    )

    objects = ClaimQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[topics], excluded_fields=["search_figures"])

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
            models.CheckConstraint(
                condition=Q(said_on_precision__in=["day", "month", "year"]),
                name="claim_said_on_precision_valid",
            ),
            models.CheckConstraint(
                # A month or a year is stored as its first day: ordering, keyset pages
                # and the date filters all read `said_on` as the period's start.
                condition=Q(said_on__isnull=True)
                | Q(said_on_precision="day")
                | Q(said_on_precision="month", said_on__day=1)
                | Q(said_on_precision="year", said_on__day=1, said_on__month=1),
                name="claim_said_on_period_start",
                violation_error_message="A month or a year is stored as its first day.",
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
        self.search_figures = claim_figures(self.text, self.statement)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"text", "statement"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "search_figures"}
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

    @property
    def said_on_display(self) -> str:
        return partial_date_display(self.said_on, self.said_on_precision)

    @property
    def said_on_iso(self) -> str:
        return partial_date_iso(self.said_on, self.said_on_precision)

    # The byline (“Checked by … · Edited by … · Checked on … · Updated on …”). The same
    # rules in SQL: `byline_expressions()`.

    @property
    def byline_checked_by(self) -> str | None:
        """The checker's public name (the desk's for none); None until checked."""
        return public_name(self.checked_by) if self.status == self.Status.CHECKED else None

    @property
    def byline_checked_on(self) -> datetime.date | None:
        """When the check was completed (the publication day unless an editor gave
        another, see services.claim_publish); None until checked."""
        return self.checked_on if self.status == self.Status.CHECKED else None

    @property
    def byline_edited_by(self) -> str | None:
        """The publishing editor's public name (the desk's for none); None for drafts."""
        return public_name(self.published_by) if self.is_published else None

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
        """Check the span against the source text, or find it there when it is not given;
        once placed, the quote reads in the source's own words (its quotes, dashes and
        spaces, not the ones typed). A claim with no date said takes the source's."""
        if self.said_on is None and self.source.published_on is not None:
            self.said_on, self.said_on_precision = self.source.published_on, DatePrecision.DAY
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
            self.text = body[start:end]
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
        self.text = body[self.quote_start : self.quote_end]
        return {}
