"""Read-only API representations (SPEC §6). Fields are listed explicitly: adding a
model field never publishes it by accident."""

import datetime

from django.urls import NoReverseMatch, reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers

from claims.claimreview import claim_review
from claims.models import Claim, Correction, Evidence, Speaker, Topic
from sources.models import Source

ID = {"help_text": "Stable numeric identifier."}
SLUG = {"help_text": "Stable identifier used in public page URLs."}


def absolute_url(request, path: str) -> str:
    return request.build_absolute_uri(path) if request is not None else path


def claim_url_builder(request):
    """slug -> absolute URL of the claim page, without a reverse() per row."""
    marker = "slug-marker"
    try:
        path = reverse("claims:detail", kwargs={"slug": marker})
    except NoReverseMatch:
        path = f"/claims/{marker}/"
    prefix, suffix = absolute_url(request, path).rsplit(marker, 1)
    return lambda slug: f"{prefix}{slug}{suffix}"


class ClaimSpeakerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["id", "name", "slug", "role"]
        extra_kwargs = {"id": ID, "slug": SLUG, "name": {"help_text": "Person or organisation."}}


class ClaimSourceSerializer(serializers.ModelSerializer):
    publisher = serializers.CharField(
        source="publisher.name",
        allow_null=True,
        default=None,
        help_text="Name of the organisation that published the source.",
    )

    class Meta:
        model = Source
        fields = ["id", "title", "url", "publisher", "published_on"]
        extra_kwargs = {"id": ID, "title": {"help_text": "The document's title."}}


EVIDENCE_FIELDS = ["url", "title", "publisher", "stance", "archived_url"]


class EvidenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Evidence
        fields = EVIDENCE_FIELDS
        extra_kwargs = {
            "url": {"help_text": "The evidence (http/https)."},
            "title": {"help_text": "Its title."},
            "publisher": {"help_text": "Who published it."},
            "archived_url": {"help_text": "A snapshot, in case the original changes."},
        }


class ClaimSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="The claim's public page.")
    speaker = ClaimSpeakerSerializer(read_only=True, help_text="Who made the claim.")
    source = ClaimSourceSerializer(
        read_only=True, allow_null=True, help_text="The document the quote comes from."
    )
    rating_label = serializers.CharField(
        source="get_rating_display", help_text="The rating as readers see it; empty if unrated."
    )
    topics = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="slug", help_text="Topic slugs."
    )
    evidence = EvidenceSerializer(many=True, read_only=True, help_text="Links checked.")

    class Meta:
        model = Claim
        fields = [
            "id",
            "slug",
            "url",
            "text",
            "statement",
            "speaker",
            "said_on",
            "source",
            "quote_start",
            "quote_end",
            "status",
            "rating",
            "rating_label",
            "verdict",
            "topics",
            "evidence",
            "published_at",
            "updated_at",
        ]
        extra_kwargs = {
            "id": ID,
            "slug": SLUG,
            "quote_start": {"help_text": "Start of the quote in the source's full text."},
            "quote_end": {"help_text": "End (exclusive) of the quote in the source's text."},
            "published_at": {"help_text": "When the check was first published."},
            "updated_at": {"help_text": "When the claim was last changed."},
        }

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, claim) -> str:
        # One reverse() per serializer, not per row: a list reuses its child.
        if not hasattr(self, "_url_for"):
            self._url_for = claim_url_builder(self.context.get("request"))
        return self._url_for(claim.slug)

    def to_representation(self, claim):
        """The declared fields, built directly: DRF's generic field walk costs about
        ten times more, and a 100-row page must stay within a few milliseconds.
        tests/api/test_claims.py holds the result to the field contract."""
        source = claim.source
        speaker = claim.speaker
        return {
            "id": claim.id,
            "slug": claim.slug,
            "url": self.get_url(claim),
            "text": claim.text,
            "statement": claim.statement,
            "speaker": {
                "id": speaker.id,
                "name": speaker.name,
                "slug": speaker.slug,
                "role": speaker.role,
            },
            "said_on": _date(claim.said_on),
            "source": None
            if source is None
            else {
                "id": source.id,
                "title": source.title,
                "url": source.url,
                "publisher": source.publisher.name if source.publisher_id else None,
                "published_on": _date(source.published_on),
            },
            "quote_start": claim.quote_start,
            "quote_end": claim.quote_end,
            "status": claim.status,
            "rating": claim.rating,
            "rating_label": claim.get_rating_display(),
            "verdict": claim.verdict,
            # Attached by the viewset as plain values (attach_topics_and_evidence).
            "topics": claim.topic_slugs,
            "evidence": claim.evidence_rows,
            "published_at": _datetime(claim.published_at),
            "updated_at": _datetime(claim.updated_at),
        }


def _datetime(value):
    """ISO 8601 in UTC (`…Z`), as the exports write timestamps, whatever TIME_ZONE is."""
    if value is None:
        return None
    return value.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


def _date(value):
    return None if value is None else value.isoformat()


class SpeakerSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="The speaker's public page.")
    claim_count = serializers.IntegerField(read_only=True, help_text="Published claims.")
    scorecard = serializers.SerializerMethodField(
        help_text="Published claims per rating (every rating present, zero included)."
    )

    class Meta:
        model = Speaker
        fields = [
            "id",
            "name",
            "slug",
            "url",
            "kind",
            "role",
            "organisation",
            "country",
            "wikidata_id",
            "claim_count",
            "scorecard",
        ]
        extra_kwargs = {
            "id": ID,
            "slug": SLUG,
            "name": {"help_text": "Person or organisation."},
            "organisation": {"help_text": "Organisation the speaker belongs to."},
            "country": {"help_text": "Country."},
            "wikidata_id": {"help_text": "Wikidata item, e.g. Q12345; empty if unknown."},
        }

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, speaker) -> str:
        return absolute_url(self.context.get("request"), speaker.get_absolute_url())

    @extend_schema_field(
        inline_serializer(
            "Scorecard",
            fields={
                rating: serializers.IntegerField(help_text=label)
                for rating, label in Claim.Rating.choices
            },
        )
    )
    def get_scorecard(self, speaker) -> dict:
        return {rating: getattr(speaker, f"rated_{rating}") for rating in Claim.Rating.values}


class TopicSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True, help_text="Published claims.")

    class Meta:
        model = Topic
        fields = ["id", "name", "slug", "description", "claim_count"]
        extra_kwargs = {
            "id": ID,
            "slug": SLUG,
            "name": {"help_text": "Topic name."},
            "description": {"help_text": "What the topic covers."},
        }


class ClaimReviewSerializer(serializers.Serializer):
    """The ClaimReview of `claims.claimreview.claim_review`: the one builder. The
    fields declared here only describe it in the schema."""

    url = serializers.URLField(help_text="The claim's public page.")
    claimReviewed = serializers.CharField(help_text="The claim, shortened.")  # noqa: N815
    datePublished = serializers.DateField(help_text="When the check was published.")  # noqa: N815
    dateModified = serializers.DateTimeField(help_text="When it last changed.")  # noqa: N815
    author = serializers.JSONField(help_text="The fact-checking Organization.")
    reviewRating = serializers.JSONField(  # noqa: N815
        help_text="Rating: alternateName, and ratingValue 1-5 with best/worst for numeric ratings."
    )
    itemReviewed = serializers.JSONField(  # noqa: N815
        help_text="The Claim: its author (speaker), datePublished (said on), appearance."
    )

    def get_fields(self):
        fields = super().get_fields()
        fields["@context"] = serializers.CharField(help_text="https://schema.org")
        fields["@type"] = serializers.CharField(help_text="ClaimReview")
        return fields

    def to_representation(self, claim):
        url = absolute_url(self.context.get("request"), claim.get_absolute_url())
        return claim_review(claim, claim_url=url)


class CorrectionSerializer(serializers.ModelSerializer):
    claim = serializers.PrimaryKeyRelatedField(read_only=True, help_text="The claim's id.")
    claim_url = serializers.SerializerMethodField(help_text="The claim's public page.")

    class Meta:
        model = Correction
        fields = [
            "id",
            "claim",
            "claim_url",
            "created_at",
            "old_rating",
            "new_rating",
            "old_verdict",
            "new_verdict",
            "note",
        ]
        extra_kwargs = {
            "id": ID,
            "created_at": {"help_text": "When the correction was made."},
            "old_rating": {"help_text": "Rating before the correction."},
            "new_rating": {"help_text": "Rating after the correction."},
            "old_verdict": {"help_text": "Verdict before the correction."},
            "new_verdict": {"help_text": "Verdict after the correction."},
        }

    @extend_schema_field(OpenApiTypes.URI)
    def get_claim_url(self, correction) -> str:
        return absolute_url(self.context.get("request"), correction.claim.get_absolute_url())
