"""Topics and speakers: what claims are about and who made them."""

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from factcheck.models import PublicThroughClaimsQuerySet, SluggedModel, TimeStampedModel


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
