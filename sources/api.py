"""Source documents in the read-only API (SPEC §6)."""

from django.db.models import Count, Q
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.viewsets import ReadOnlyModelViewSet

from claims.api import BAD_REQUEST, PublicAPIMixin
from claims.pagination import Key
from sources.models import Source
from sources.serializers import SourceDetailSerializer, SourceSerializer


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
        published = Q(claims__published_at__isnull=False)
        queryset = Source.objects.select_related("publisher").annotate(
            claim_count=Count("claims", filter=published)
        )
        if self.action == "list":
            queryset = queryset.defer("body")
        return queryset.filter(claim_count__gt=0)

    def get_serializer_class(self):
        return SourceDetailSerializer if self.action == "retrieve" else SourceSerializer
