"""List filters of the claims changelist: publication, review queue, assignment."""

from django.contrib import admin
from django.db.models import Exists, OuterRef

from claims.models import (
    ClaimRevision,
)


class PublishedFilter(admin.SimpleListFilter):
    title = "publication"
    parameter_name = "published"

    def lookups(self, request, model_admin):
        return [("yes", "Published"), ("no", "Draft")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.public()
        if self.value() == "no":
            return queryset.drafts()
        return queryset


class AwaitingReviewFilter(admin.SimpleListFilter):
    """The editors' review queue: drafts sent for review, and published claims with
    changes a fact-checker proposed."""

    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("awaiting", "Awaiting review"),
            ("drafts", "Drafts awaiting review"),
            ("changes", "Changes awaiting review"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "awaiting":
            return queryset.awaiting_review()
        if self.value() == "drafts":
            return queryset.drafts().filter(review_requested_at__isnull=False)
        if self.value() == "changes":
            pending = ClaimRevision.objects.pending().filter(claim=OuterRef("pk"))
            return queryset.filter(Exists(pending))
        return queryset


class AssignedFilter(admin.SimpleListFilter):
    title = "assignment"
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [("me", "My claims"), ("nobody", "Not assigned")]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(assigned_to=request.user)
        if self.value() == "nobody":
            return queryset.filter(assigned_to__isnull=True)
        return queryset
