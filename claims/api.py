"""The journalists' read-only REST API (SPEC §6): published data only."""

import hashlib
from collections import defaultdict

from django.db.models import Count, Q
from django.http import Http404
from django.utils.cache import get_conditional_response
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle
from rest_framework.viewsets import ReadOnlyModelViewSet

from claims.filters import ClaimFilterSet
from claims.models import Claim, Correction, Evidence, Speaker, Topic
from claims.pagination import Key, KeysetPagination
from claims.serializers import (
    EVIDENCE_FIELDS,
    ClaimReviewSerializer,
    ClaimSerializer,
    CorrectionSerializer,
    SpeakerSerializer,
    TopicSerializer,
)

# Keyset orderings of the claim list, by the FilterSet's `ordering` values; each
# matches the order the FilterSet applies, with `id` to break ties.
CLAIM_KEYSETS = {
    "-said_on": [Key("said_on", descending=True, nullable=True), Key("id", descending=True)],
    "said_on": [Key("said_on", nullable=True), Key("id")],
    "-updated": [Key("updated_at", descending=True), Key("id", descending=True)],
    "updated": [Key("updated_at"), Key("id", descending=True)],
}
DEFAULT_CLAIM_ORDERING = "-said_on"
CLAIM_COLUMNS = [
    "id",
    "slug",
    "text",
    "statement",
    "speaker",
    "said_on",
    "source",
    "quote_start",
    "quote_end",
    "status",
    "rating",
    "verdict",
    "published_at",
    "updated_at",
    "speaker__id",
    "speaker__name",
    "speaker__slug",
    "speaker__role",
    "source__id",
    "source__title",
    "source__url",
    "source__published_on",
    "source__publisher",
    "source__publisher__id",
    "source__publisher__name",
]

BAD_REQUEST = OpenApiResponse(description="A parameter is invalid: the body names it.")


class AnonThrottle(AnonRateThrottle):
    """Anonymous rate from settings, read per request (so tests can lower it)."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class PublicAPIMixin:
    """Shared behaviour of every public endpoint: throttling, cursor pages, a 400
    for an unknown `format`, and an ETag so that polling clients get a 304."""

    throttle_classes = [AnonThrottle]
    pagination_class = KeysetPagination
    # The fixed order of the endpoint's pages: a name for cursors, and its keys.
    keyset_name = "id"
    keyset = [Key("id")]

    def get_keyset(self, request):
        return self.keyset_name, self.keyset

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force)
        except Http404:
            raise ValidationError(
                {"format": ["Unknown format: this endpoint answers in json."]}
            ) from None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if (
            request.method in ("GET", "HEAD")
            and isinstance(response, Response)
            and response.status_code == 200
        ):
            response.render()
            digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
            response["ETag"] = f'"{digest}"'
            not_modified = get_conditional_response(
                request, etag=response["ETag"], response=response
            )
            if not_modified is not None:
                return not_modified
        return response


class ClaimListMixin(PublicAPIMixin):
    """Claims and ClaimReviews: the public list's filters, ordered as it asks."""

    filterset_class = ClaimFilterSet

    def get_keyset(self, request):
        ordering = request.query_params.get("ordering", "").split(",")[0].strip()
        if ordering not in CLAIM_KEYSETS:
            ordering = DEFAULT_CLAIM_ORDERING
        return ordering, CLAIM_KEYSETS[ordering]


@extend_schema_view(
    list=extend_schema(
        summary="Published claims",
        description="Filters as on the public list (same names); newest first by default.",
        responses={200: ClaimSerializer(many=True), 400: BAD_REQUEST},
    ),
    retrieve=extend_schema(summary="One published claim"),
)
class ClaimViewSet(ClaimListMixin, ReadOnlyModelViewSet):
    serializer_class = ClaimSerializer

    def paginate_queryset(self, queryset):
        return attach_topics_and_evidence(super().paginate_queryset(queryset))

    def get_object(self):
        return attach_topics_and_evidence([super().get_object()])[0]

    def get_queryset(self):
        # Only the columns the API shows: no source body (whole documents), and
        # fewer timestamps to convert per row.
        return (
            Claim.objects.public()
            .select_related("speaker", "source", "source__publisher")
            .only(*CLAIM_COLUMNS)
        )


def attach_topics_and_evidence(claims: list[Claim]) -> list[Claim]:
    """Give each claim `topic_slugs` and `evidence_rows` as plain values, in two
    queries for the page: a prefetch would build a model instance per row and a
    manager per claim, most of the time an API page takes."""
    ids = [claim.id for claim in claims]
    topics = defaultdict(list)
    for claim_id, slug in (
        Claim.topics.through.objects.filter(claim_id__in=ids)
        .order_by("topic__name")
        .values_list("claim_id", "topic__slug")
    ):
        topics[claim_id].append(slug)
    evidence = defaultdict(list)
    for claim_id, *values in Evidence.objects.filter(claim_id__in=ids).values_list(
        "claim_id", *EVIDENCE_FIELDS
    ):
        evidence[claim_id].append(dict(zip(EVIDENCE_FIELDS, values, strict=True)))
    for claim in claims:
        claim.topic_slugs = topics[claim.id]
        claim.evidence_rows = evidence[claim.id]
    return claims


def speaker_scorecards():
    """Speakers with at least one published claim, each with counts per rating."""
    published = Q(claims__published_at__isnull=False)
    per_rating = {
        f"rated_{rating}": Count("claims", filter=published & Q(claims__rating=rating))
        for rating in Claim.Rating.values
    }
    return Speaker.objects.annotate(
        claim_count=Count("claims", filter=published), **per_rating
    ).filter(claim_count__gt=0)


@extend_schema_view(
    list=extend_schema(
        summary="Speakers with their scorecards",
        description="Speakers with published claims, by name.",
        responses={200: SpeakerSerializer(many=True), 400: BAD_REQUEST},
    ),
    retrieve=extend_schema(summary="One speaker with their scorecard"),
)
class SpeakerViewSet(PublicAPIMixin, ReadOnlyModelViewSet):
    serializer_class = SpeakerSerializer
    keyset_name = "name"
    keyset = [Key("name"), Key("id")]

    def get_queryset(self):
        return speaker_scorecards()


@extend_schema_view(
    list=extend_schema(
        summary="Topics with claim counts",
        description="Topics with published claims, by name.",
        responses={200: TopicSerializer(many=True), 400: BAD_REQUEST},
    ),
    retrieve=extend_schema(summary="One topic"),
)
class TopicViewSet(PublicAPIMixin, ReadOnlyModelViewSet):
    serializer_class = TopicSerializer
    keyset_name = "name"
    keyset = [Key("name"), Key("id")]

    def get_queryset(self):
        published = Q(claims__published_at__isnull=False)
        return Topic.objects.annotate(claim_count=Count("claims", filter=published)).filter(
            claim_count__gt=0
        )


@extend_schema_view(
    list=extend_schema(
        summary="ClaimReview objects of rated claims",
        description="schema.org ClaimReview (JSON-LD), as embedded in the claim pages. "
        "Filters as on the claim list.",
        responses={200: ClaimReviewSerializer(many=True), 400: BAD_REQUEST},
    ),
    retrieve=extend_schema(summary="The ClaimReview of one rated claim"),
)
class ClaimReviewViewSet(ClaimListMixin, ReadOnlyModelViewSet):
    serializer_class = ClaimReviewSerializer

    def get_queryset(self):
        return (
            Claim.objects.public()
            .exclude(rating="")
            .select_related("speaker", "source", "source__publisher")
        )


@extend_schema_view(
    list=extend_schema(
        summary="Public corrections log",
        description="Changes to published ratings and verdicts, newest first.",
        responses={200: CorrectionSerializer(many=True), 400: BAD_REQUEST},
    ),
    retrieve=extend_schema(summary="One correction"),
)
class CorrectionViewSet(PublicAPIMixin, ReadOnlyModelViewSet):
    serializer_class = CorrectionSerializer
    keyset_name = "-created_at"
    keyset = [Key("created_at", descending=True), Key("id", descending=True)]

    def get_queryset(self):
        return Correction.objects.filter(claim__published_at__isnull=False).select_related("claim")
