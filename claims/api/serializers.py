"""Read-only API representations (SPEC §6). Fields are listed explicitly: adding a
model field never publishes it by accident."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers

from claims.api.rows import (
    CLAIM_ROW,
    EVIDENCE_FIELDS,
    claim_representation,
    claim_url_builder,
    group_columns,
    rating_label,
    top_level_names,
    utc_timestamp,
)
from claims.claimreview import claim_review
from claims.models import Claim, Correction, Evidence, Speaker, Topic
from sources.models import Source

ID = {"help_text": "Stable numeric identifier."}
SLUG = {"help_text": "Stable identifier used in public page URLs."}


def absolute_url(request, path: str) -> str:
    return request.build_absolute_uri(path) if request is not None else path


def _serializer_for(group: str, model):
    """A nested serializer of one group of the claim row (for the schema)."""
    columns = group_columns(group)
    meta = type(
        "Meta",
        (),
        {
            "model": model,
            "fields": [c.name for c in columns],
            "extra_kwargs": {c.name: {"help_text": c.label} for c in columns},
        },
    )
    fields = {"Meta": meta}
    if group == "source":
        label = next(c.label for c in columns if c.name == "publisher")
        fields["publisher"] = serializers.CharField(
            source="publisher.name", allow_null=True, default=None, help_text=label
        )
    return type(f"Claim{group.title()}Serializer", (serializers.ModelSerializer,), fields)


ClaimSpeakerSerializer = _serializer_for("speaker", Speaker)
ClaimSourceSerializer = _serializer_for("source", Source)


class UTCTimestampField(serializers.DateTimeField):
    """A timestamp as every API response and export writes it (rows.utc_timestamp):
    RFC 3339, UTC, whole seconds, `Z`."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return utc_timestamp(value)


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
    """The claim row (rows.CLAIM_ROW). The declared fields describe it in the schema;
    the representation is built from the row directly: DRF's generic field walk
    costs about ten times more, and a 100-row page must stay within a few ms."""

    url = serializers.URLField(read_only=True)
    speaker = ClaimSpeakerSerializer(read_only=True, help_text="Who made the claim.")
    source = ClaimSourceSerializer(
        read_only=True, allow_null=True, help_text="The document the quote comes from."
    )
    rating_label = serializers.CharField(read_only=True)
    rating_value = serializers.IntegerField(
        read_only=True, allow_null=True, min_value=1, max_value=5
    )
    topics = serializers.ListField(child=serializers.SlugField(), read_only=True)
    evidence = EvidenceSerializer(many=True, read_only=True)
    # The byline: public names and the check date, worked out by the model.
    checked_by = serializers.CharField(read_only=True, allow_null=True)
    checked_on = serializers.DateField(read_only=True, allow_null=True)
    edited_by = serializers.CharField(read_only=True, allow_null=True)
    published_at = UTCTimestampField()
    updated_at = UTCTimestampField()
    revised_at = UTCTimestampField(allow_null=True)
    # Public corrections, counted in the page's query.
    corrected = serializers.BooleanField(read_only=True)
    corrections_count = serializers.IntegerField(read_only=True, min_value=0)

    class Meta:
        model = Claim
        fields = top_level_names()

    def get_fields(self):
        fields = super().get_fields()
        for column in CLAIM_ROW:
            if not column.group:
                fields[column.name].help_text = column.label
        return fields

    def to_representation(self, claim):
        # One URL builder per serializer, not per row: a list reuses its child.
        if not hasattr(self, "_represent"):
            url_for = claim_url_builder(self.context.get("request"))
            self._represent = claim_representation(url_for)
        return self._represent(claim)


class SpeakerSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="The speaker's public page.")
    claim_count = serializers.IntegerField(read_only=True, help_text="Published claims.")
    scorecard = serializers.SerializerMethodField(
        help_text="Published claims per rating (every rating present, zero included); "
        "null for a publication (kind `publication`), whose own text is no one's claim."
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
            allow_null=True,
        )
    )
    def get_scorecard(self, speaker) -> dict | None:
        if speaker.kind == Speaker.Kind.PUBLICATION:
            return None
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
    contributor = serializers.JSONField(
        required=False,
        help_text="The fact-checker, a Person with their public name; absent when the "
        "check is the desk's (author).",
    )
    editor = serializers.JSONField(
        required=False,
        help_text="The editor who published the check, a Person with their public name; "
        "absent when the desk's.",
    )
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
    created_at = UTCTimestampField(help_text="When the correction was made.")

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
            "old_rating": {"help_text": "Rating before the correction."},
            "new_rating": {"help_text": "Rating after the correction."},
            "old_verdict": {"help_text": "Verdict before the correction."},
            "new_verdict": {"help_text": "Verdict after the correction."},
        }

    @extend_schema_field(OpenApiTypes.URI)
    def get_claim_url(self, correction) -> str:
        return absolute_url(self.context.get("request"), correction.claim.get_absolute_url())


class SourceSerializer(serializers.ModelSerializer):
    publisher = serializers.CharField(
        source="publisher.name",
        allow_null=True,
        default=None,
        help_text="Name of the organisation that published the source.",
    )
    claim_count = serializers.IntegerField(read_only=True, help_text="Published claims.")

    class Meta:
        model = Source
        fields = [
            "id",
            "title",
            "slug",
            "kind",
            "publisher",
            "url",
            "published_on",
            "archived_url",
            "accessed_on",
            "language",
            "claim_count",
        ]
        extra_kwargs = {
            "id": {"help_text": "Stable numeric identifier."},
            "title": {"help_text": "The document's title."},
            "slug": {"help_text": "Stable identifier used in public page URLs."},
        }


class SourceDetailSerializer(SourceSerializer):
    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "body"]
        extra_kwargs = {
            **SourceSerializer.Meta.extra_kwargs,
            "body": {"help_text": "The full text; claim quote spans point into it."},
        }


MATCH_FIELDS = [
    "id",
    "slug",
    "url",
    "text",
    "statement",
    "speaker",
    "said_on",
    "status",
    "rating",
    "rating_label",
    "published_at",
]


class ClaimMatchSpeakerSerializer(ClaimSpeakerSerializer):
    """The speaker of a match: who it is, not the whole claim row's speaker."""

    class Meta(ClaimSpeakerSerializer.Meta):
        fields = ["id", "name", "slug", "role"]


class ClaimMatchSerializer(serializers.ModelSerializer):
    """A published claim that a sentence restates: part of the claim row, with the
    match's score."""

    url = serializers.SerializerMethodField()
    speaker = ClaimMatchSpeakerSerializer(read_only=True, help_text="Who made the claim.")
    rating_label = serializers.SerializerMethodField()
    published_at = UTCTimestampField()
    # Set on each claim by the view, from the matcher.
    score = serializers.FloatField(
        source="match_score",
        read_only=True,
        help_text="How surely the sentence restates the claim, 0 to 1: words, figures and "
        "direction of change compared.",
    )

    class Meta:
        model = Claim
        fields = [*MATCH_FIELDS, "score"]
        read_only_fields = fields

    def get_fields(self):
        fields = super().get_fields()
        labels = {column.name: column.label for column in CLAIM_ROW if not column.group}
        for name in MATCH_FIELDS:
            if name in labels:
                fields[name].help_text = labels[name]
        return fields

    def get_url(self, claim) -> str:
        if not hasattr(self, "_url_for"):
            self._url_for = claim_url_builder(self.context.get("request"))
        return self._url_for(claim.slug)

    def get_rating_label(self, claim) -> str:
        return rating_label(claim.rating)


class ClaimMatchQuerySerializer(serializers.Serializer):
    """The parameters of the matches endpoint."""

    text = serializers.CharField(
        max_length=1000,
        trim_whitespace=True,
        help_text="The sentence to look up, up to 1,000 characters.",
    )
    limit = serializers.IntegerField(
        min_value=1, max_value=20, default=5, help_text="How many matches at most, 1 to 20."
    )
