"""Evidence links, edited on their own page under the same rules as the inline."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected as django_delete_selected
from django.shortcuts import redirect
from simple_history.admin import SimpleHistoryAdmin

from claims import services
from claims.models import (
    Evidence,
)


class EvidenceAdminForm(forms.ModelForm):
    user = None  # Set per request by EvidenceAdmin.get_form.

    class Meta:
        model = Evidence
        fields = ["claim", *services.EVIDENCE_FIELDS]

    def _post_clean(self):
        super()._post_clean()
        if self.instance.claim_id is None:
            return
        for error in services.evidence_change_errors(evidence=self.instance, user=self.user):
            self.add_error("claim" if "claim" in self.fields else None, error)


@admin.register(Evidence)
class EvidenceAdmin(SimpleHistoryAdmin):
    """Evidence rows one at a time. Every way of removing one (its delete button, the
    bulk action, moving it to another claim) goes through the services, which keep a
    published checked claim's last link; fact-checkers change the evidence of a
    published claim only in the claim's form, for an editor's review."""

    form = EvidenceAdminForm
    list_display = ["title", "publisher", "stance", "claim"]
    list_filter = ["stance"]
    list_select_related = ["claim"]
    search_fields = ["title", "publisher", "url", "claim__text"]
    autocomplete_fields = ["claim"]
    readonly_fields = ["created_at", "updated_at"]
    actions = ["delete_selected"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if not allowed or obj is None or services.can_publish(request.user):
            return allowed
        return not obj.claim.is_published

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        if not allowed or obj is None:
            return allowed
        return not services.evidence_delete_errors(evidence_ids=[obj.pk], user=request.user)

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is not None and (
            errors := services.evidence_delete_errors(evidence_ids=[obj.pk], user=request.user)
        ):
            for error in errors:
                self.message_user(request, error, messages.ERROR)
            return redirect("admin:claims_evidence_change", obj.pk)
        return super().delete_view(request, object_id, extra_context)

    def save_model(self, request, obj, form, change):
        services.evidence_save(evidence=obj, user=request.user)

    def delete_model(self, request, obj):
        services.evidence_delete(evidence_ids=[obj.pk], user=request.user)

    def delete_queryset(self, request, queryset):
        services.evidence_delete(
            evidence_ids=queryset.values_list("pk", flat=True), user=request.user
        )

    @admin.action(permissions=["delete"], description="Delete selected %(verbose_name_plural)s")
    def delete_selected(self, request, queryset):
        """Django's bulk delete, refused as a whole when it would leave a published
        checked claim without evidence (asked before the confirmation page, and again
        when confirmed)."""
        ids = list(queryset.values_list("pk", flat=True))
        if errors := services.evidence_delete_errors(evidence_ids=ids, user=request.user):
            for error in errors:
                self.message_user(request, error, messages.ERROR)
            return None
        return django_delete_selected(self, request, queryset)
