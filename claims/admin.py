from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from claims import services
from claims.models import Claim, Correction, Evidence, Speaker, Topic


class EvidenceInline(admin.StackedInline):
    model = Evidence
    extra = 0
    fields = [("url", "stance"), ("title", "publisher", "published_on"), "archived_url", "note"]


class PublishedFilter(admin.SimpleListFilter):
    title = "publication"
    parameter_name = "published"

    def lookups(self, request, model_admin):
        return [("yes", "Published"), ("no", "Draft")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.published()
        if self.value() == "no":
            return queryset.drafts()
        return queryset


class ClaimAdminForm(forms.ModelForm):
    publish = forms.BooleanField(
        label="Published",
        required=False,
        help_text="Public on the site, the API and the exports. Only editors can publish.",
    )
    # Set per request by ClaimAdmin.get_form.
    user = None

    class Meta:
        model = Claim
        fields = [
            "text",
            "statement",
            "speaker",
            "said_on",
            "topics",
            "source",
            "quote_start",
            "quote_end",
            "status",
            "rating",
            "verdict",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["publish"].initial = self.instance.is_published

    def clean_publish(self):
        publish = self.cleaned_data["publish"]
        if publish != self.instance.is_published and not services.can_publish(self.user):
            action = "publish" if publish else "unpublish"
            raise ValidationError(
                f"You cannot {action} claims: only editors can. Save your changes and "
                "ask an editor to review it."
            )
        return publish


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    form = ClaimAdminForm
    list_display = [
        "short_text",
        "speaker",
        "said_on",
        "status",
        "rating",
        "is_published",
        "updated_at",
    ]
    list_display_links = ["short_text"]
    list_filter = [
        "status",
        "rating",
        PublishedFilter,
        ("speaker", admin.RelatedOnlyFieldListFilter),
        ("topics", admin.RelatedOnlyFieldListFilter),
        ("source", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["speaker"]
    search_fields = ["text", "statement", "speaker__name"]
    date_hierarchy = "said_on"
    autocomplete_fields = ["speaker", "source", "topics"]
    readonly_fields = [
        "slug",
        "published_at",
        "published_by",
        "version",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["text", "statement", "speaker", "said_on", "topics"]}),
        (
            "Where it was said",
            {
                "fields": ["source", ("quote_start", "quote_end")],
                "description": "Pick the source and leave the offsets empty: the quote is "
                "found in the source text for you.",
            },
        ),
        ("Check", {"fields": ["status", "rating", "verdict"]}),
        ("Publication", {"fields": ["publish", "published_at", "published_by"]}),
        (
            "Record",
            {"fields": ["slug", "version", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]
    inlines = [EvidenceInline]
    actions = ["publish_selected", "unpublish_selected"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        publish = form.cleaned_data.get("publish")
        if publish and not obj.is_published:
            services.claim_publish(claim=obj, user=request.user)
        elif not publish and obj.is_published:
            services.claim_unpublish(claim=obj, user=request.user)

    def has_publish_permission(self, request):
        return services.can_publish(request.user)

    @admin.display(description="claim", ordering="text")
    def short_text(self, obj):
        return Truncator(obj.text).chars(90)

    @admin.display(description="published", boolean=True, ordering="published_at")
    def is_published(self, obj):
        return obj.is_published

    @admin.action(description="Publish selected claims", permissions=["publish"])
    def publish_selected(self, request, queryset):
        drafts = list(queryset.drafts())
        for claim in drafts:
            services.claim_publish(claim=claim, user=request.user)
        self.message_user(request, f"Published {len(drafts)} claim(s).", messages.SUCCESS)

    @admin.action(description="Unpublish selected claims", permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        published = list(queryset.published())
        for claim in published:
            services.claim_unpublish(claim=claim, user=request.user)
        self.message_user(request, f"Unpublished {len(published)} claim(s).", messages.SUCCESS)


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    list_display = ["name", "role", "organisation", "country", "claim_count", "published_count"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "role", "organisation"]
    readonly_fields = ["slug", "created_at", "updated_at"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                claim_total=Count("claims", distinct=True),
                published_total=Count(
                    "claims", filter=Q(claims__published_at__isnull=False), distinct=True
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
    readonly_fields = ["slug", "created_at", "updated_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_total=Count("claims"))

    @admin.display(description="claims", ordering="claim_total")
    def claim_count(self, obj):
        return obj.claim_total


@admin.register(Evidence)
class EvidenceAdmin(SimpleHistoryAdmin):
    list_display = ["title", "publisher", "stance", "claim"]
    list_filter = ["stance"]
    list_select_related = ["claim"]
    search_fields = ["title", "publisher", "url", "claim__text"]
    autocomplete_fields = ["claim"]
    readonly_fields = ["created_at", "updated_at"]


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = ["claim", "created_at", "old_rating", "new_rating", "corrected_by"]
    list_select_related = ["claim", "corrected_by"]
    search_fields = ["claim__text", "note"]
    autocomplete_fields = ["claim"]
    readonly_fields = ["created_at", "corrected_by"]
