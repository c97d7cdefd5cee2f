from django import forms
from django.contrib import admin
from django.db.models import Count
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Claim
from sources.models import Publisher, Source


@admin.register(Publisher)
class PublisherAdmin(SimpleHistoryAdmin):
    list_display = ["name", "url", "source_count"]
    search_fields = ["name"]
    # Explicit: the Count annotation's GROUP BY drops Meta.ordering (autocomplete pages).
    ordering = ["name"]
    readonly_fields = ["slug", "created_at", "updated_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_total=Count("sources"))

    @admin.display(description="sources", ordering="source_total")
    def source_count(self, obj):
        return obj.source_total


class SourceClaimForm(forms.ModelForm):
    def _post_clean(self):
        # A read-only row: the claim is validated on its own page. Running
        # Claim.clean() here raised ValueError (500) for errors on fields this
        # form does not have, e.g. a quote that no longer matches the source.
        pass


class SourceClaimInline(admin.TabularInline):
    """The claims logged from this source; edited on their own pages."""

    model = Claim
    form = SourceClaimForm
    fields = ["claim_text", "speaker", "quote_start", "quote_end", "status", "rating", "published"]
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False
    verbose_name_plural = "claims from this source"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker").order_by("quote_start")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="claim")
    def claim_text(self, obj):
        return Truncator(obj.text).chars(100)

    @admin.display(boolean=True)
    def published(self, obj):
        return obj.is_published


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "publisher", "published_on", "claim_count"]
    list_filter = ["kind", "publisher", "language"]
    list_select_related = ["publisher"]
    search_fields = ["title", "publisher__name", "url"]
    ordering = ["-published_on", "title"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["publisher"]
    readonly_fields = ["slug", "created_at", "updated_at"]
    inlines = [SourceClaimInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_total=Count("claims"))

    @admin.display(description="claims", ordering="claim_total")
    def claim_count(self, obj):
        return obj.claim_total
