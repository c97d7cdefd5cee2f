"""The claims changelist and change form."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from claims import services
from claims.admin.filters import AssignedFilter, AwaitingReviewFilter, PublishedFilter
from claims.admin.forms import ClaimAdminForm, EvidenceInlineFormSet
from claims.models import (
    Claim,
    ClaimRevision,
    Evidence,
    partial_date_display,
)
from extraction.repeats import find_repeats


class EvidenceInline(admin.StackedInline):
    model = Evidence
    formset = EvidenceInlineFormSet
    extra = 0
    fields = [("url", "stance"), ("title", "publisher", "published_on"), "archived_url", "note"]


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    form = ClaimAdminForm
    # Fits a 1280 px screen beside the filters: the claim's words are cut short (the
    # whole text is in the title) with the speaker under them, publication and review
    # are one column, and the date said is in the date bar above the list.
    list_display = ["short_text", "status", "rating", "review_state", "updated"]
    list_display_links = ["short_text"]
    list_filter = [
        "status",
        "rating",
        PublishedFilter,
        AwaitingReviewFilter,
        AssignedFilter,
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
        "publication",
        "pending_changes",
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
                    "assigned_to",
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
        published = obj is not None and obj.is_published
        editor = services.can_publish(request.user)

        def fields(name, names):
            if name == "Check" and published:
                # A change of rating, verdict, speaker or statement is a public
                # correction, or for a wording fix of the verdict, a clarification.
                return [*names, "correction_note", "clarification"]
            if name == "Publication":
                if not editor:
                    # Read-only state; the hidden field only carries it back.
                    names = [
                        n for f in names for n in (("publication", f) if f == "publish" else (f,))
                    ]
                if published:
                    names = [*names, "pending_changes"]
            return names

        return [
            (name, {**options, "fields": fields(name, options["fields"])})
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if services.can_publish(request.user):
            return readonly
        # The byline's checker and date: filled in by the services, corrected by editors;
        # and who works on the claim, which editors decide.
        return [*readonly, "checked_by", "checked_on", "assigned_to"]

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
        if change and claim.is_published and not services.can_publish(request.user):
            self._propose_revision(request, form, formsets)
            return
        if change:
            # One history record for the whole edit, made by claim_save below.
            claim.skip_history_when_saving = True
        try:
            super().save_related(request, form, formsets, change)
        finally:
            claim.__dict__.pop("skip_history_when_saving", None)
        data = form.cleaned_data
        expected_version = data.get("expected_version") or claim.version
        if change and claim.is_published and not data.get("publish"):
            # Taken off the site first (the form already holds the row's lock): the
            # rules for public claims do not apply to the rest of this edit.
            current = services.claim_unpublish(
                claim=Claim.objects.get(pk=claim.pk), user=request.user
            )
            claim.published_at, claim.published_by = None, None
            expected_version = claim.version = current.version
        if change:
            services.claim_save(
                claim=claim,
                user=request.user,
                expected_version=expected_version,
                correction_note=data.get("correction_note", ""),
                clarification=data.get("clarification", False),
            )
        if data.get("publish") and not claim.is_published:
            services.claim_publish(claim=claim, user=request.user)
        elif not data.get("publish") and claim.is_published:
            services.claim_unpublish(claim=claim, user=request.user)
        if data.get("request_review") and not claim.is_published:
            services.claim_request_review(claim=claim, user=request.user)

    def _propose_revision(self, request, form, formsets):
        """A fact-checker's edit of a published claim: kept for an editor's review, the
        claim and its evidence untouched."""
        data = form.cleaned_data
        evidence = next(f for f in formsets if isinstance(f, EvidenceInlineFormSet))
        request.claim_revision = services.claim_propose_revision(
            claim=form.instance,
            topics=list(data.get("topics") or []),
            evidence=evidence.proposed_rows(),
            user=request.user,
            expected_version=data.get("expected_version") or form.instance.version,
            correction_note=data.get("correction_note", ""),
            clarification=data.get("clarification", False),
        )
        for formset in formsets:
            # Nothing was saved; the change message reads these.
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []

    def construct_change_message(self, request, form, formsets, add=False):
        if hasattr(request, "claim_revision"):
            revision = request.claim_revision
            proposed = ", ".join(revision.changed_fields) if revision else "nothing"
            return [{"changed": {"fields": [f"proposed for review: {proposed}"]}}]
        return super().construct_change_message(request, form, formsets, add)

    def response_change(self, request, obj):
        if not hasattr(request, "claim_revision"):
            return super().response_change(request, obj)
        if request.claim_revision is None:
            self.message_user(request, services.NOTHING_CHANGED, messages.WARNING)
        else:
            self.message_user(request, services.SENT_FOR_REVIEW.format(claim=obj), messages.SUCCESS)
        if "_continue" in request.POST:
            return HttpResponseRedirect(request.path)
        return self.response_post_save_change(request, obj)

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        # A deleted claim takes its evidence with it: the last-link rule is not at stake.
        if request.user.has_perm("claims.delete_evidence"):
            perms_needed.discard(str(Evidence._meta.verbose_name))
        return deleted, counts, perms_needed, protected

    @admin.display(description="publication")
    def publication(self, obj):
        if obj is None or not obj.is_published:
            return "Draft: not public. Only editors publish; ask an editor to review it below."
        when = date_format(timezone.localtime(obj.published_at), "DATETIME_FORMAT")
        return f"Published on {when}. Only editors publish or unpublish."

    @admin.display(description="changes awaiting review")
    def pending_changes(self, obj):
        pending = list(obj.revisions.pending().select_related("proposed_by")) if obj else []
        if not pending:
            return "None."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{} by {}</a>: {}</li>',
                (
                    (
                        reverse("admin:claims_claimrevision_change", args=[revision.pk]),
                        date_format(timezone.localtime(revision.proposed_at), "DATETIME_FORMAT"),
                        revision.proposed_by or "someone",
                        ", ".join(revision.changed_fields),
                    )
                    for revision in pending
                ),
            ),
        )

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
        return format_html(
            '<span class="claim-text" title="{}">{}</span><span class="claim-speaker">{}</span>',
            obj.text,
            Truncator(obj.text).chars(70),
            obj.speaker.name,
        )

    def get_queryset(self, request):
        # The list's review column: published claims with a change waiting too.
        pending = ClaimRevision.objects.pending().filter(claim=OuterRef("pk"))
        return super().get_queryset(request).annotate(has_pending_revision=Exists(pending))

    @admin.display(description="review", ordering="published_at")
    def review_state(self, obj):
        if obj.is_published and getattr(obj, "has_pending_revision", False):
            state, label = "awaiting", "Published, changes awaiting review"
        elif obj.is_published:
            state, label = "published", "Published"
        elif obj.review_requested_at is not None:
            state, label = "awaiting", "Awaiting review"
        else:
            state, label = "draft", "Draft"
        return format_html('<span class="review-state review-{}">{}</span>', state, label)

    @admin.display(description="updated", ordering="updated_at")
    def updated(self, obj):
        updated = timezone.localtime(obj.updated_at)
        return format_html(
            '<time datetime="{}" title="{}">{}</time>',
            updated.isoformat(),
            date_format(updated, "DATETIME_FORMAT"),
            date_format(updated, "j M Y"),
        )

    class Media:
        css = {"all": ["css/admin.css"]}

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
