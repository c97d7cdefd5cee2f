"""Editors review fact-checkers' proposed changes; the corrections log, read only."""

from django import forms
from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from claims import services
from claims.models import (
    ClaimRevision,
    Correction,
)


class ClaimRevisionReviewForm(forms.ModelForm):
    decision = forms.ChoiceField(
        choices=[("approve", "Approve: make the change public"), ("reject", "Reject")],
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ClaimRevision
        fields = ["correction_note", "clarification", "review_note"]
        labels = {"clarification": "This is a clarification (wording only)"}
        help_texts = {
            "correction_note": "Needed when the change alters the published rating, "
            "verdict, speaker or statement: published in the claim's corrections log.",
            "review_note": "When rejecting: why, for the fact-checker.",
        }

    def clean(self):
        cleaned = super().clean()
        revision = self.instance
        if cleaned.get("decision") == "reject":
            if not (cleaned.get("review_note") or "").strip():
                self.add_error("review_note", services.REJECTION_NEEDS_NOTE)
            return cleaned
        if cleaned.get("decision") != "approve":
            return cleaned
        errors = services.claim_revision_errors(
            revision=ClaimRevision.objects.get(pk=revision.pk),
            correction_note=cleaned.get("correction_note") or "",
            clarification=cleaned.get("clarification", False),
        )
        for field, messages_ in errors.items():
            target = field if field in ("correction_note", "clarification") else None
            for message in messages_:
                self.add_error(target, message)
        return cleaned


@admin.register(ClaimRevision)
class ClaimRevisionAdmin(admin.ModelAdmin):
    """Fact-checkers' changes to published claims, reviewed by editors: approved,
    they go public through the services; rejected, the claim stays as it is."""

    form = ClaimRevisionReviewForm
    list_display = ["claim", "proposed_by", "proposed_at", "changed", "status", "reviewed_by"]
    list_filter = ["status"]
    list_select_related = ["claim", "proposed_by", "reviewed_by"]
    search_fields = ["claim__text", "claim__statement"]
    readonly_fields = [
        "claim_link",
        "status",
        "proposed_by",
        "proposed_at",
        "base_version",
        "changes",
        "reviewed_by",
        "reviewed_at",
    ]

    def get_fieldsets(self, request, obj=None):
        review = ["decision", "correction_note", "clarification", "review_note"]
        if not self.has_change_permission(request, obj):
            review = [
                "correction_note",
                "clarification",
                "review_note",
                "reviewed_by",
                "reviewed_at",
            ]
        return [
            (
                None,
                {
                    "fields": [
                        "claim_link",
                        "status",
                        ("proposed_by", "proposed_at"),
                        "base_version",
                    ]
                },
            ),
            ("Proposed changes", {"fields": ["changes"]}),
            ("Review", {"fields": review}),
        ]

    def has_module_permission(self, request):
        return request.user.has_perm("claims.view_claim")

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("claims.view_claim")

    def has_change_permission(self, request, obj=None):
        return services.can_publish(request.user) and (obj is None or obj.is_pending)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        if data["decision"] == "approve":
            services.claim_revision_approve(
                revision=obj,
                user=request.user,
                correction_note=data.get("correction_note") or "",
                clarification=data.get("clarification", False),
            )
        else:
            services.claim_revision_reject(
                revision=obj, user=request.user, note=data.get("review_note") or ""
            )
        obj.refresh_from_db()

    def response_change(self, request, obj):
        if obj.status == ClaimRevision.Status.APPROVED:
            self.message_user(request, f"Approved: the change to “{obj.claim}” is public.")
        else:
            self.message_user(request, f"Rejected: “{obj.claim}” stays as it was.")
        return redirect("admin:claims_claim_change", obj.claim_id)

    @admin.display(description="claim")
    def claim_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:claims_claim_change", args=[obj.claim_id]),
            obj.claim,
        )

    @admin.display(description="changes")
    def changed(self, obj):
        return ", ".join(obj.changed_fields)

    @admin.display(description="now → proposed")
    def changes(self, obj):
        if obj is None or obj.pk is None:
            return ""
        return format_html(
            '<table class="revision-changes"><thead><tr><th>field</th><th>now</th>'
            "<th>proposed</th></tr></thead><tbody>{}</tbody></table>",
            format_html_join(
                "",
                "<tr><th>{}</th><td>{}</td><td>{}</td></tr>",
                services.claim_revision_changes(obj),
            ),
        )


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    """The public corrections log: written by editing a published claim, then kept as is."""

    list_display = ["claim", "created_at", "old_rating", "new_rating", "corrected_by"]
    list_select_related = ["claim", "corrected_by"]
    search_fields = ["claim__text", "note"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
