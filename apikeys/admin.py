from django import forms
from django.contrib import admin, messages
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from simple_history.admin import SimpleHistoryAdmin

from apikeys import services
from apikeys.models import APIKey

REVOKE_HELP = (
    "Clients using this key get a 401 from their next request on. A revoked key cannot "
    "be restored: issue a new one."
)


class APIKeyChangeForm(forms.ModelForm):
    revoke = forms.BooleanField(required=False, label="Revoke this key", help_text=REVOKE_HELP)

    class Meta:
        model = APIKey
        fields = ["holder", "contact_email", "rate", "note"]


class RevokedFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("active", "Active"), ("revoked", "Revoked")]

    def queryset(self, request, queryset):
        if self.value() == "active":
            return queryset.active()
        if self.value() == "revoked":
            return queryset.filter(revoked_at__isnull=False)
        return queryset


@admin.register(APIKey)
class APIKeyAdmin(SimpleHistoryAdmin):
    """Issuing needs `add_apikey`, revoking and editing `change_apikey` (the Editors
    group has both). The key is shown once, on the page after issuing; then only
    its prefix. Keys are revoked, never deleted, so that their history stays."""

    list_display = [
        "holder",
        "prefix_shown",
        "contact_email",
        "rate_shown",
        "status",
        "created_by",
        "created_at",
        "last_used_at",
    ]
    list_filter = [RevokedFilter]
    list_select_related = ["created_by"]
    search_fields = ["holder", "contact_email", "prefix"]
    actions = ["revoke_selected"]
    issued_template = "admin/apikeys/apikey/issued.html"

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None and not obj.is_revoked:
            kwargs["form"] = APIKeyChangeForm
        return super().get_form(request, obj, change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        details = (None, {"fields": ["holder", "contact_email", "rate", "note"]})
        if obj is None:
            return [details]
        revocation = ["revoked_at", "revoked_by"] if obj.is_revoked else ["revoke"]
        if not obj.is_revoked and not self.has_change_permission(request, obj):
            revocation = []
        return [
            details,
            ("Key", {"fields": ["prefix_shown", "created_by", "created_at", "last_used_at"]}),
            ("Revocation", {"fields": revocation}),
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return [
            "prefix_shown",
            "created_by",
            "created_at",
            "last_used_at",
            "revoked_at",
            "revoked_by",
        ]

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="key", ordering="prefix")
    def prefix_shown(self, obj):
        return f"{obj.prefix}…" if obj.prefix else ""

    @admin.display(description="rate", ordering="rate")
    def rate_shown(self, obj):
        return obj.rate or "default"

    @admin.display(description="status", ordering="revoked_at")
    def status(self, obj):
        return f"revoked {obj.revoked_at:%Y-%m-%d}" if obj.is_revoked else "active"

    def save_model(self, request, obj, form, change):
        if not change:
            # Kept on the instance for the next page only; never stored.
            obj.issued_key = services.apikey_issue(key=obj, created_by=request.user)
            return
        super().save_model(request, obj, form, change)
        if form.cleaned_data.get("revoke"):
            services.apikey_revoke(key=obj, revoked_by=request.user)

    def response_add(self, request, obj, post_url_continue=None):
        """The one page that shows the whole key."""
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "API key issued",
            "key": obj,
            "secret": obj.issued_key,
        }
        response = TemplateResponse(request, self.issued_template, context)
        add_never_cache_headers(response)
        return response

    @admin.action(description="Revoke selected API keys", permissions=["change"])
    def revoke_selected(self, request, queryset):
        revoked = sum(services.apikey_revoke(key=key, revoked_by=request.user) for key in queryset)
        self.message_user(request, f"Revoked {revoked} API key(s).", messages.SUCCESS)
