from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from simple_history.models import HistoricalRecords

from factcheck.models import (
    HttpURLField,
    PublicThroughClaimsQuerySet,
    SluggedModel,
    TimeStampedModel,
    http_url_constraint,
)
from sources.quotes import normalise_line_endings, span_matches


class SourceTextField(models.TextField):
    """Text stored with `\n` line endings, however it arrives (admin textarea,
    import, command, fixture): spans are offsets into exactly what is stored."""

    def to_python(self, value):
        value = super().to_python(value)
        return normalise_line_endings(value) if isinstance(value, str) else value

    def formfield(self, **kwargs):
        # Kept as pasted: a form's default strip would drop leading and trailing space.
        return super().formfield(**{"strip": False, **kwargs})

    def pre_save(self, model_instance, add):
        value = self.to_python(super().pre_save(model_instance, add))
        setattr(model_instance, self.attname, value)
        return value


class PublisherQuerySet(models.QuerySet):
    def public(self):
        """Publishers readers see: those of public sources."""
        sources = Source.objects.public().filter(publisher=OuterRef("pk"))
        return self.filter(Exists(sources))


class Publisher(SluggedModel, TimeStampedModel):
    """An organisation that publishes source documents (UK Home Office, Wikipedia, ...)."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True, blank=True)
    url = HttpURLField("website", blank=True, help_text="http(s) only.")

    objects = PublisherQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [http_url_constraint("url", name="publisher_url_http")]

    def __str__(self):
        return self.name

    def slug_source(self):
        return self.name


class Source(SluggedModel, TimeStampedModel):
    """A document that claims are taken from, with its full text in `body`."""

    class Kind(models.TextChoices):
        PRESS_RELEASE = "press_release", "Press release"
        SPEECH = "speech", "Speech"
        ARTICLE = "article", "Article"
        INTERVIEW = "interview", "Interview"
        PARLIAMENTARY_RECORD = "parliamentary_record", "Parliamentary record"
        SOCIAL_MEDIA_POST = "social_media_post", "Social media post"
        ENCYCLOPEDIA_ENTRY = "encyclopedia_entry", "Encyclopedia entry"
        REPORT = "report", "Report"
        OTHER = "other", "Other"

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=80, unique=True, blank=True)
    kind = models.CharField(max_length=32, choices=Kind.choices, default=Kind.OTHER)
    publisher = models.ForeignKey(
        Publisher, on_delete=models.PROTECT, null=True, blank=True, related_name="sources"
    )
    url = HttpURLField(
        "URL",
        max_length=500,
        blank=True,
        help_text="Where the document was published (http/https).",
    )
    published_on = models.DateField(
        null=True, blank=True, help_text="The date the document was published, if known."
    )
    archived_url = HttpURLField(
        "archived URL",
        max_length=500,
        blank=True,
        help_text="A snapshot (e.g. the Wayback Machine) in case the original changes.",
    )
    accessed_on = models.DateField(
        "accessed on",
        null=True,
        blank=True,
        help_text="When the text was read from the address, for a document that changes "
        "(an encyclopedia article, a live page). Give its revision's permalink as the URL.",
    )
    language = models.CharField(max_length=16, default="en", help_text="BCP 47 code, e.g. en.")
    narrator = models.CharField(
        "narration by",
        max_length=200,
        blank=True,
        help_text="Whose words the text's own unquoted narration is: the body issuing a "
        "release, the minister giving a speech, the outlet of a news story. Leave empty "
        "and the claim suggestions read it from the page; set it and every suggestion "
        "from the narration follows it, while quoted speakers and speaking turns keep "
        "their own.",
    )
    body = SourceTextField(
        blank=True,
        help_text="The full text exactly as published. Claim quote spans point into it, "
        "so do not edit it once claims are logged.",
    )

    objects = PublicThroughClaimsQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            http_url_constraint("url", name="source_url_http"),
            http_url_constraint("archived_url", name="source_archived_url_http"),
            models.CheckConstraint(
                condition=models.Q(
                    kind__in=[
                        "press_release",
                        "speech",
                        "article",
                        "interview",
                        "parliamentary_record",
                        "social_media_post",
                        "encyclopedia_entry",
                        "report",
                        "other",
                    ]
                ),
                name="source_kind_valid",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("sources:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.pk is not None:
            self._check_claim_spans_survive()

    def _check_claim_spans_survive(self):
        """Editing the text must not silently break the quotes logged from it."""
        broken = [
            claim
            for claim in self.claims.filter(quote_start__isnull=False).only(
                "pk", "text", "quote_start", "quote_end"
            )
            if not span_matches(self.body, claim.quote_start, claim.quote_end, claim.text)
        ]
        if broken:
            examples = "; ".join(f"#{c.pk} “{c}”" for c in broken[:5])
            raise ValidationError(
                {
                    "body": f"This edit moves or changes the quotes of {len(broken)} claim(s) "
                    f"logged from this source ({examples}). Fix or clear their spans first, "
                    "or keep the text as published."
                }
            )

    def slug_source(self):
        return self.title


ARCHIVE_EXTENSIONS = {"text/html": ".html", "application/pdf": ".pdf", "text/plain": ".txt"}
ARCHIVE_LABELS = {"text/html": "HTML", "application/pdf": "PDF", "text/plain": "text"}


def archive_upload_to(instance, filename):
    # Named by content, in monthly folders, with the extension of the type we detected
    # (not the one uploaded); storage adds a suffix if the name is taken, so a copy is
    # never overwritten by another.
    suffix = ARCHIVE_EXTENSIONS.get(instance.content_type, "")
    return f"archives/{instance.retrieved_at:%Y/%m}/{instance.sha256[:16]}{suffix}"


class ArchivedCopy(models.Model):
    """The bytes of a source document as they were imported (uploaded or fetched),
    kept so that readers can check the text against what was retrieved."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="archived_copies")
    file = models.FileField(upload_to=archive_upload_to, max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(help_text="In bytes.")
    sha256 = models.CharField("SHA-256", max_length=64)
    original_url = HttpURLField(
        "original URL",
        max_length=500,
        blank=True,
        help_text="The address it was fetched from; empty for an uploaded file.",
    )
    original_filename = models.CharField(max_length=255, blank=True)
    retrieved_at = models.DateTimeField()

    class Meta:
        ordering = ["-retrieved_at", "-id"]
        verbose_name_plural = "archived copies"
        constraints = [
            http_url_constraint("original_url", name="archivedcopy_original_url_http"),
            models.CheckConstraint(
                condition=models.Q(sha256__regex=r"^[0-9a-f]{64}$"),
                name="archivedcopy_sha256_hex",
            ),
        ]
        indexes = [
            # The source page lists a source's copies, newest first.
            models.Index(fields=["source", "-retrieved_at"], name="archivedcopy_source_idx"),
        ]

    def __str__(self):
        return f"{self.source} — retrieved {self.retrieved_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("sources:archived-copy", kwargs={"slug": self.source.slug, "pk": self.pk})

    @property
    def type_label(self):
        return ARCHIVE_LABELS.get(self.content_type, self.content_type)

    @property
    def download_name(self):
        suffix = ARCHIVE_EXTENSIONS.get(self.content_type, "")
        return f"{self.source.slug}-{self.retrieved_at:%Y%m%d}{suffix}"


class Feed(TimeStampedModel):
    """An RSS or Atom feed whose new items are imported as sources (sources/feeds.py),
    polled every `poll_interval` minutes, and later after a failure (with backoff)."""

    url = HttpURLField(
        "feed URL", max_length=500, unique=True, help_text="The RSS or Atom address (http/https)."
    )
    title = models.CharField(
        max_length=300, blank=True, help_text="Filled from the feed when left empty."
    )
    publisher = models.ForeignKey(
        Publisher,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="feeds",
        help_text="Given to every source imported from this feed; empty takes the publisher "
        "named by each page's metadata.",
    )
    kind = models.CharField(
        "kind of source",
        max_length=32,
        choices=Source.Kind.choices,
        default=Source.Kind.ARTICLE,
        help_text="The kind given to every source imported from this feed.",
    )
    is_active = models.BooleanField(
        "active", default=True, help_text="Only active feeds are polled."
    )
    poll_interval = models.PositiveIntegerField(
        "poll every (minutes)",
        default=60,
        help_text="How often the feed is read. After a failure the wait doubles each time "
        "(at most a day) until it is read again.",
    )
    last_polled_at = models.DateTimeField(null=True, blank=True)
    next_poll_at = models.DateTimeField(
        null=True, blank=True, help_text="Empty: at the next round of polling."
    )
    last_error = models.TextField(blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["title", "url"]
        constraints = [
            http_url_constraint("url", name="feed_url_http"),
            models.CheckConstraint(
                condition=models.Q(poll_interval__gte=1), name="feed_poll_interval_positive"
            ),
        ]
        indexes = [
            # Each round of polling selects the active feeds that are due.
            models.Index(fields=["is_active", "next_poll_at"], name="feed_due_idx"),
        ]

    def __str__(self):
        return self.title or self.url


class FeedItem(TimeStampedModel):
    """One item of a feed, recorded the first time it is seen: its identity (the
    item's guid, else its link) is unique per feed, so an item is never imported twice."""

    class Status(models.TextChoices):
        NEW = "new", "Waiting to be imported"
        IMPORTED = "imported", "Imported"
        DUPLICATE = "duplicate", "Already a source"
        FAILED = "failed", "Failed"

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="items")
    guid = models.CharField(
        "identity", max_length=500, help_text="The item's guid or id, else its link."
    )
    link = HttpURLField(max_length=500, blank=True)
    title = models.CharField(max_length=300, blank=True)
    summary = models.TextField(
        blank=True,
        help_text="The item's content or summary (HTML), used when its page cannot be fetched.",
    )
    published_on = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW)
    source = models.ForeignKey(
        Source, on_delete=models.SET_NULL, null=True, blank=True, related_name="feed_items"
    )
    note = models.TextField(
        blank=True, help_text="Why the item failed, or how its text was obtained."
    )
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["feed", "guid"], name="feeditem_unique_per_feed"),
            http_url_constraint("link", name="feeditem_link_http"),
            models.CheckConstraint(
                condition=models.Q(status__in=["new", "imported", "duplicate", "failed"]),
                name="feeditem_status_valid",
            ),
        ]
        indexes = [
            # Polling picks a feed's items still to import (new, or failed and retried).
            models.Index(fields=["feed", "status"], name="feeditem_feed_status_idx"),
        ]

    def __str__(self):
        return self.title or self.link or self.guid
