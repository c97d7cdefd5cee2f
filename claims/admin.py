import copy

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from claims import services
from claims.forms import PartialDateField
from claims.models import (
    Claim,
    Correction,
    DatePrecision,
    Evidence,
    Speaker,
    StaffProfile,
    Topic,
    partial_date_display,
    partial_date_iso,
    public_claim_condition,
)
from extraction.repeats import find_repeats


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
    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("awaiting", "Awaiting review")]

    def queryset(self, request, queryset):
        if self.value() == "awaiting":
            return queryset.drafts().filter(review_requested_at__isnull=False)
        return queryset


class EvidenceInlineFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        claim = self.instance
        # Set by ClaimAdminForm.clean: whether the claim will be public after this save.
        if not getattr(claim, "public_after_save", False) or any(self.errors):
            return
        kept = [
            form
            for form in self.forms
            if form.cleaned_data.get("url") and not form.cleaned_data.get("DELETE")
        ]
        if error := services.claim_evidence_error(claim, evidence_count=len(kept)):
            raise ValidationError(error)


class EvidenceInline(admin.StackedInline):
    model = Evidence
    formset = EvidenceInlineFormSet
    extra = 0
    fields = [("url", "stance"), ("title", "publisher", "published_on"), "archived_url", "note"]


class ClaimAdminForm(forms.ModelForm):
    said_on = PartialDateField(
        label="Said on",
        required=False,
        help_text="When the claim was made (not when it was checked): a year (2025), a "
        "month (March 2025 or 2025-03) or a day (5 March 2025 or 2025-03-05). Leave "
        "empty only when unknown.",
    )
    publish = forms.BooleanField(
        label="Published",
        required=False,
        help_text="Public on the site, the API and the exports. Only editors can publish.",
    )
    request_review = forms.BooleanField(
        label="Ask an editor to review",
        required=False,
        help_text="Marks this draft as ready: editors see it under “Awaiting review”.",
    )
    correction_note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="This claim is public: if you change its rating or verdict, say what "
        "changed and why. The note is published in the claim's corrections log.",
    )
    clarification = forms.BooleanField(
        label="This is a clarification (wording only)",
        required=False,
        help_text="A wording fix of the verdict that changes neither the rating nor what "
        "the verdict finds: no correction note is needed, the change is kept in the "
        "history and readers see “Updated on” with today's date. A change of rating is "
        "always a correction.",
    )
    # The version this form was opened at: a save from an older version is refused.
    expected_version = forms.IntegerField(required=False, widget=forms.HiddenInput)
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
            "checked_by",
            "checked_on",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        claim = self.instance
        self.initial["said_on"] = partial_date_iso(claim.said_on, claim.said_on_precision)
        self.fields["publish"].initial = self.instance.is_published
        self.fields["expected_version"].initial = self.instance.version
        # The claim as opened, for the editorial rules: the form edits the instance.
        self.before = copy.copy(self.instance)

    def clean_said_on(self):
        value = self.cleaned_data["said_on"]
        date, precision = value if value else (None, DatePrecision.DAY)
        self.instance.said_on_precision = precision
        return date

    def clean_publish(self):
        publish = self.cleaned_data["publish"]
        if publish != self.instance.is_published and not services.can_publish(self.user):
            action = "publish" if publish else "unpublish"
            refused = services.ONLY_EDITORS.format(action=action)
            raise ValidationError(f"{refused} Save your changes and ask an editor to review it.")
        return publish

    def clean(self):
        cleaned = super().clean()
        claim = self.instance
        if claim.pk is not None:
            # A form posted without the hidden field (a script) is checked against
            # the version it loaded, still under the row lock.
            expected = cleaned.get("expected_version") or claim.version
            services.claim_lock_for_edit(claim_id=claim.pk, expected_version=expected)
        claim.public_after_save = cleaned.get("publish", claim.is_published)
        return cleaned

    def _post_clean(self):
        # The editorial rules look at the edited claim, which exists from here on.
        super()._post_clean()
        claim = self.instance
        note = self.cleaned_data.get("correction_note", "")
        clarification = self.cleaned_data.get("clarification", False)
        if claim.pk is not None and (
            error := services.claim_correction_error(
                before=self.before,
                claim=claim,
                correction_note=note,
                clarification=clarification,
            )
        ):
            self.add_error("clarification" if clarification else "correction_note", error)
        if getattr(claim, "public_after_save", False) and (
            error := services.claim_verdict_error(claim)
        ):
            self.add_error("verdict", error)


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    form = ClaimAdminForm
    list_display = [
        "short_text",
        "speaker",
        "said_on_shown",
        "status",
        "rating",
        "is_published",
        "awaiting_review",
        "updated_at",
    ]
    list_display_links = ["short_text"]
    list_filter = [
        "status",
        "rating",
        PublishedFilter,
        AwaitingReviewFilter,
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
        "revised_at",
        "review_requested_at",
        "review_requested_by",
        "version",
        "created_at",
        "updated_at",
        "possible_repeats",
    ]
    fieldsets = [
        (
            None,
            {"fields": ["text", "statement", "speaker", "said_on", "topics", "expected_version"]},
        ),
        (
            "Where it was said",
            {
                "fields": ["source", ("quote_start", "quote_end")],
                "description": "Pick the source and leave the offsets empty: the quote is "
                "found in the source text for you.",
            },
        ),
        ("Possible repeats", {"fields": ["possible_repeats"]}),
        ("Check", {"fields": ["status", "rating", "verdict", ("checked_by", "checked_on")]}),
        (
            "Publication",
            {
                "fields": [
                    "publish",
                    ("published_at", "published_by"),
                    "revised_at",
                    "request_review",
                    ("review_requested_at", "review_requested_by"),
                ]
            },
        ),
        (
            "Record",
            {"fields": ["slug", "version", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]
    inlines = [EvidenceInline]
    actions = ["publish_selected", "unpublish_selected", "request_review_selected"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not obj.is_published:
            return fieldsets
        # Published claims: a change of rating or verdict is a public correction, or
        # for a wording fix of the verdict, a clarification.
        return [
            (name, {**options, "fields": [*options["fields"], "correction_note", "clarification"]})
            if name == "Check"
            else (name, options)
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if services.can_publish(request.user):
            return readonly
        # The byline's checker and date: filled in by the services, corrected by editors.
        return [*readonly, "checked_by", "checked_on"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def save_model(self, request, obj, form, change):
        # An edit is saved in save_related, once its topics and evidence are in place,
        # because the editorial rules look at the evidence.
        if not change:
            services.claim_save(claim=obj, user=request.user)

    def save_related(self, request, form, formsets, change):
        claim = form.instance
        if change:
            # One history record for the whole edit, made by claim_save below.
            claim.skip_history_when_saving = True
        try:
            super().save_related(request, form, formsets, change)
        finally:
            claim.__dict__.pop("skip_history_when_saving", None)
        data = form.cleaned_data
        if change:
            services.claim_save(
                claim=claim,
                user=request.user,
                expected_version=data.get("expected_version") or claim.version,
                correction_note=data.get("correction_note", ""),
                clarification=data.get("clarification", False),
            )
        if data.get("publish") and not claim.is_published:
            services.claim_publish(claim=claim, user=request.user)
        elif not data.get("publish") and claim.is_published:
            services.claim_unpublish(claim=claim, user=request.user)
        if data.get("request_review") and not claim.is_published:
            services.claim_request_review(claim=claim, user=request.user)

    def revert_disabled(self, request, obj=None):
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # Old versions can be read; restoring one bypasses the correction and
        # conflict rules, so it is done by editing the claim instead.
        if request.method == "POST":
            raise PermissionDenied("Copy the old values into the claim's change form instead.")
        return super().history_form_view(request, object_id, version_id, extra_context)

    def has_publish_permission(self, request):
        return services.can_publish(request.user)

    @admin.display(description="same statement already logged?")
    def possible_repeats(self, obj):
        if obj is None or obj.pk is None:
            return "Save the claim to see claims that may make the same statement."
        found = find_repeats(obj)
        if not found:
            return "None found."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> — {}, {} ({}; similarity {})</li>',
                (
                    (
                        reverse("admin:claims_claim_change", args=[other.pk]),
                        Truncator(other.text).chars(120),
                        other.speaker.name,
                        other.said_on or "date unknown",
                        "published" if other.published_at else "draft",
                        f"{score:.2f}",
                    )
                    for other, score in found
                ),
            ),
        )

    @admin.display(description="said on", ordering="said_on")
    def said_on_shown(self, obj):
        return partial_date_display(obj.said_on, obj.said_on_precision) or "—"

    @admin.display(description="claim", ordering="text")
    def short_text(self, obj):
        return Truncator(obj.text).chars(90)

    @admin.display(description="published", boolean=True, ordering="published_at")
    def is_published(self, obj):
        return obj.is_published

    @admin.display(description="review", boolean=True, ordering="review_requested_at")
    def awaiting_review(self, obj):
        return obj.review_requested_at is not None and not obj.is_published

    @admin.action(description="Publish selected claims", permissions=["publish"])
    def publish_selected(self, request, queryset):
        published = 0
        for claim in queryset.drafts():
            try:
                services.claim_publish(claim=claim, user=request.user)
            except ValidationError as error:
                self.message_user(
                    request, f"Not published: “{claim}”: {' '.join(error.messages)}", messages.ERROR
                )
            else:
                published += 1
        self.message_user(request, f"Published {published} claim(s).", messages.SUCCESS)

    @admin.action(description="Unpublish selected claims", permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        published = list(queryset.public())
        for claim in published:
            services.claim_unpublish(claim=claim, user=request.user)
        self.message_user(request, f"Unpublished {len(published)} claim(s).", messages.SUCCESS)

    @admin.action(description="Ask an editor to review selected claims", permissions=["change"])
    def request_review_selected(self, request, queryset):
        drafts = list(queryset.drafts())
        for claim in drafts:
            services.claim_request_review(claim=claim, user=request.user)
        self.message_user(request, f"Sent {len(drafts)} draft(s) for review.", messages.SUCCESS)


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
