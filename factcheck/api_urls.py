"""The public API under /api/v1/: one router, plus the streamed exports."""

from django.urls import path
from rest_framework.routers import DefaultRouter

from claims.api import exports
from claims.api import viewsets as api

router = DefaultRouter()
router.register("claims", api.ClaimViewSet, basename="claim")
router.register("speakers", api.SpeakerViewSet, basename="speaker")
router.register("sources", api.SourceViewSet, basename="source")
router.register("topics", api.TopicViewSet, basename="topic")
router.register("claimreview", api.ClaimReviewViewSet, basename="claimreview")
router.register("corrections", api.CorrectionViewSet, basename="correction")

app_name = "api"

# The exports and matches come before the router, whose `claims/<pk>.<format>` and
# `claims/<pk>/` would take them.
urlpatterns = [
    path("claims/matches/", api.ClaimMatchesView.as_view(), name="claim-matches"),
    path("claims/export.csv", exports.ClaimCSVExport.as_view(), name="claim-export-csv"),
    path("claims/export.jsonl", exports.ClaimJSONLExport.as_view(), name="claim-export-jsonl"),
    path("evidence/export.csv", exports.EvidenceCSVExport.as_view(), name="evidence-export-csv"),
    *router.urls,
]
