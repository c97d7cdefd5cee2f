"""The desk's own pages (methodology, about, corrections policy) and the definition
of each rating: written and kept up to date by editors in the admin."""

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from claims.models import Claim
from factcheck.models import TimeStampedModel

BODY_HELP = (
    "Plain text. A blank line starts a new paragraph; a line starting with “## ” is a "
    "heading; lines starting with “- ” make a list. {organisation} and {organisation_url} "
    "are replaced by the organisation’s name and website. No HTML: anything typed is "
    "shown as written."
)


def rating_anchor(rating: str) -> str:
    """The fragment of a rating's definition on the methodology page."""
    return f"rating-{rating.replace('_', '-')}"


def rating_definition_url(rating: str) -> str:
    return f"{reverse('pages:methodology')}#{rating_anchor(rating)}"


class Page(TimeStampedModel):
    """One of the desk's standing pages. The set is fixed (each has its URL): editors
    change the words, not which pages exist."""

    class Slug(models.TextChoices):
        METHODOLOGY = "methodology", "Methodology"
        ABOUT = "about", "About"
        CORRECTIONS_POLICY = "corrections-policy", "Corrections policy"

    slug = models.SlugField(max_length=40, unique=True, choices=Slug.choices)
    title = models.CharField(max_length=120)
    summary = models.CharField(
        max_length=300,
        blank=True,
        help_text="One or two sentences shown under the title and in search results.",
    )
    body = models.TextField(help_text=BODY_HELP)

    history = HistoricalRecords()

    class Meta:
        ordering = ["slug"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(slug__in=["methodology", "about", "corrections-policy"]),
                name="page_slug_known",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(f"pages:{self.slug}")


class RatingDefinition(TimeStampedModel):
    """What one rating of `Claim.Rating` means, as readers see it on the methodology
    page (anchor `#rating-<value>`, underscores as hyphens)."""

    rating = models.CharField(max_length=16, unique=True, choices=Claim.Rating.choices)
    definition = models.TextField(help_text=BODY_HELP)

    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    rating__in=[
                        "accurate",
                        "mostly_accurate",
                        "mixed",
                        "misleading",
                        "inaccurate",
                        "unsupported",
                    ]
                ),
                name="ratingdefinition_rating_valid",
            ),
        ]

    def __str__(self):
        return self.get_rating_display()

    def get_absolute_url(self):
        return rating_definition_url(self.rating)

    @property
    def anchor(self) -> str:
        return rating_anchor(self.rating)
