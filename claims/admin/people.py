"""Speakers, topics and each staff member's public name."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect
from simple_history.admin import SimpleHistoryAdmin

from claims.models import (
    Speaker,
    StaffProfile,
    Topic,
    public_claim_condition,
)


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    list_display = ["name", "role", "organisation", "country", "claim_count", "published_count"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "role", "organisation"]
    # Explicit: the Count annotation's GROUP BY drops Meta.ordering (autocomplete pages).
    ordering = ["name"]
    readonly_fields = ["slug", "created_at", "updated_at"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                claim_total=Count("claims", distinct=True),
                published_total=Count(
                    "claims", filter=public_claim_condition("claims__"), distinct=True
                ),
            )
        )

    @admin.display(description="claims", ordering="claim_total")
    def claim_count(self, obj):
        return obj.claim_total

    @admin.display(description="published", ordering="published_total")
    def published_count(self, obj):
        return obj.published_total


@admin.register(Topic)
class TopicAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "claim_count"]
    search_fields = ["name"]
    ordering = ["name"]
    readonly_fields = ["slug", "created_at", "updated_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_total=Count("claims"))

    @admin.display(description="claims", ordering="claim_total")
    def claim_count(self, obj):
        return obj.claim_total


@admin.register(StaffProfile)
class StaffProfileAdmin(admin.ModelAdmin):
    """“My public name”: every staff user edits their own, and only their own; it needs
    no permission beyond being staff."""

    fields = ["display_name"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(user_id=request.user.pk)

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_change_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        own = obj is None or obj.user_id == request.user.pk
        return self.has_module_permission(request) and own

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_module_permission(request):
            raise PermissionDenied
        profile, _ = StaffProfile.objects.get_or_create(user=request.user)
        return redirect("admin:claims_staffprofile_change", profile.pk)
