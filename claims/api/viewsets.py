"""The journalists' read-only REST API (SPEC §6): public data only, every queryset
from a model's `.public()`."""

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.viewsets import ReadOnlyModelViewSet

from claims.api.base import BAD_REQUEST, PublicAPIMixin
from claims.api.pagination import FacetedKeysetPagination, Key
from claims.api.rows import attach_topics_and_evidence, model_columns, with_row_annotations
from claims.api.serializers import (
    ClaimMatchQuerySerializer,
    ClaimMatchSerializer,
    ClaimReviewSerializer,
    ClaimSerializer,
    CorrectionSerializer,
    SourceDetailSerializer,
    SourceSerializer,
    SpeakerSerializer,
    TopicSerializer,
)
from claims.filters import ClaimFilterSet, CorrectionFilterSet
from claims.models import Claim, Correction, Speaker, Topic, public_claim_condition
from extraction.repeats import claims_restated
from sources.models import Source

# Keyset orderings of the claim list, by the FilterSet's `ordering` values; each
# matches the order the FilterSet applies, with `id` to break ties.
CLAIM_KEYSETS = {
    "-said_on": [Key("said_on", descending=True, nullable=True), Key("id", descending=True)],
    "said_on": [Key("said_on", nullable=True), Key("id")],
    "-updated": [Key("updated_at", descending=True), Key("id", descending=True)],
    "updated": [Key("updated_at"), Key("id", descending=True)],
    # With `q`: the search's score (the best 1,000 matches), then id.
    "relevance": [Key("search_rank", descending=True), Key("id", descending=True)],
}
DEFAULT_CLAIM_ORDERING = "-said_on"


class ClaimListMixin(PublicAPIMixin):
    """Claims and ClaimReviews: the public list's filters, ordered as it asks."""

    filterset_class = ClaimFilterSet

    def get_keyset(self, request, queryset=None):
        ordering = request.query_params.get("ordering", "").split(",")[0].strip()
        # Ranked when the `q` filter ranked it (the default with `q`): its score then.
        ranked = queryset is not None and "search_rank" in queryset.query.annotations
        if ranked and ordering in ("", "relevance", "-relevance"):
            ordering = "relevance"
        if ordering not in CLAIM_KEYSETS or (ordering == "relevance" and not ranked):
            ordering = DEFAULT_CLAIM_ORDERING
        return ordering, CLAIM_KEYSETS[ordering]


@extend_schema_view(
    list=extend_schema(
        summary="Published claims",
        description="Filters as on the public list (same names); newest first by default.",
        responses={200: ClaimSerializer(many=True), 400: BAD_REQUEST},
    ),
    retrieve=extend_schema(
        summary="One published claim, by id or by slug",
        description="`/api/v1/claims/<id>/` or `/api/v1/claims/<slug>/` (the slug of the "
        "claim page's URL). A value made only of digits is an id.",
        parameters=[
            OpenApiParameter(
                "id",
                str,
                OpenApiParameter.PATH,
                description="The claim's numeric id, or its slug.",
            )
        ],
    ),
)
class ClaimViewSet(ClaimListMixin, ReadOnlyModelViewSet):
    serializer_class = ClaimSerializer
    pagination_class = FacetedKeysetPagination

    def paginate_queryset(self, queryset):
        return attach_topics_and_evidence(super().paginate_queryset(queryset))

    def get_object(self):
        """By id, or by slug. Digits are an id, as before slugs were taken: a slug made
        only of digits (a claim restated as a bare figure) is reached by its id."""
        key = self.kwargs[self.lookup_url_kwarg or self.lookup_field]
        lookup = {"pk": int(key)} if key.isascii() and key.isdigit() else {"slug": key}
        claim = get_object_or_404(self.get_queryset(), **lookup)
        self.check_object_permissions(self.request, claim)
        return attach_topics_and_evidence([claim])[0]

    def get_queryset(self):
        # Only the columns the API shows: no source body (whole documents), and
        # fewer timestamps to convert per row.
        return with_row_annotations(
            Claim.objects.public()
            .select_related("speaker", "source", "source__publisher")
            .with_byline()
            .only(*model_columns())
        )


def speaker_scorecards():
    """Public speakers, each with counts of public claims per rating (the serializer
    shows none for a publication: its own text is no one's claim)."""
    public = public_claim_condition("claims__")
    per_rating = {
        f"rated_{rating}": Count("claims", filter=public & Q(claims__rating=rating))
        for rating in Claim.Rating.values
    }
    return Speaker.objects.public().annotate(
        claim_count=Count("claims", filter=public), **per_rating
    )


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
        return Topic.objects.public().with_public_claim_count()


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
            .with_byline()
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
    filterset_class = CorrectionFilterSet
    keyset_name = "-created_at"
    keyset = [Key("created_at", descending=True), Key("id", descending=True)]

    def get_queryset(self):
        return Correction.objects.public().select_related("claim")


@extend_schema_view(
    list=extend_schema(
        summary="Source documents with claim counts",
        description="Sources with published claims, most recently published first.",
        responses={200: SourceSerializer(many=True), 400: BAD_REQUEST},
    ),
    retrieve=extend_schema(summary="One source document, with its full text"),
)
class SourceViewSet(PublicAPIMixin, ReadOnlyModelViewSet):
    keyset_name = "-published_on"
    keyset = [Key("published_on", descending=True, nullable=True), Key("id", descending=True)]

    def get_queryset(self):
        queryset = Source.objects.public().select_related("publisher").with_public_claim_count()
        if self.action == "list":
            queryset = queryset.defer("body")
        return queryset

    def get_serializer_class(self):
        return SourceDetailSerializer if self.action == "retrieve" else SourceSerializer


@extend_schema(
    summary="Published claims a sentence restates",
    description="Has this been checked? The published claims that `text` restates, best "
    "first, each with a `score` from 0 to 1. The subject's words, the figures (compared by "
    "value: “a third”, “33%” and “one in three” are one figure) and the direction of a change "
    "must agree; a sentence restating no published claim gets an empty list.",
    parameters=[
        OpenApiParameter(
            "text",
            str,
            required=True,
            description="The sentence to look up, 1 to 1,000 characters.",
        ),
        OpenApiParameter(
            "limit", int, description="How many matches at most, 1 to 20 (default 5)."
        ),
    ],
    responses={
        200: inline_serializer("ClaimMatches", {"results": ClaimMatchSerializer(many=True)}),
        400: BAD_REQUEST,
    },
)
class ClaimMatchesView(PublicAPIMixin, GenericAPIView):
    """GET /api/v1/claims/matches/?text=…: one query for the candidates, ranked by
    the extraction assistant's matcher (`extraction.repeats`)."""

    serializer_class = ClaimMatchSerializer
    pagination_class = None
    filter_backends = []
    query_parameters = tuple(ClaimMatchQuerySerializer().fields)

    def get(self, request):
        query = ClaimMatchQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        matches = claims_restated(query.validated_data["text"], limit=query.validated_data["limit"])
        for claim, score in matches:
            claim.match_score = score
        serializer = self.get_serializer([claim for claim, _ in matches], many=True)
        return Response({"results": serializer.data})
