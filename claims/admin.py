import copy

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected as django_delete_selected
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Exists, OuterRef
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from claims import services
from claims.forms import PartialDateField
from claims.models import (
    Claim,
    ClaimRevision,
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
        removing = any(
            form.cleaned_data.get("DELETE") for form in self.initial_forms if form.instance.pk
        )
        if removing and (
            error := services.claim_evidence_removal_error(claim, remaining=len(kept))
        ):
            raise ValidationError(error)
        if error := services.claim_evidence_error(claim, evidence_count=len(kept)):
            raise ValidationError(error)

    def proposed_rows(self) -> list[dict]:
        """The evidence rows as this formset would leave them, for a revision."""
        rows = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("url"):
                continue
            rows.append(
                {
                    "id": form.instance.pk,
                    **{name: data.get(name) for name in services.EVIDENCE_FIELDS},
                }
            )
        return rows


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
            "assigned_to",
        ]

    class Media:
        css = {"all": ["css/editorial.css"]}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        claim = self.instance
        self.initial["said_on"] = partial_date_iso(claim.said_on, claim.said_on_precision)
        self.fields["publish"].initial = self.instance.is_published
        if not services.can_publish(self.user):
            # Nothing to click: the publication state is shown read-only beside it, and
            # a posted change is still refused (clean_publish).
            self.fields["publish"].widget = forms.HiddenInput()
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
            try:
                services.claim_lock_for_edit(claim_id=claim.pk, expected_version=expected)
            except services.EditConflict as conflict:
                self.add_error(None, conflict)
                self._keep_for_merging(conflict)
        claim.public_after_save = cleaned.get("publish", claim.is_published)
        return cleaned

    def _keep_for_merging(self, conflict):
        """After a refused save the form shows the editor's own values, beside each
        field the value someone else saved meanwhile, and carries the current version:
        saving again, once merged, succeeds unless yet another save came in between."""
        if conflict.current_version is None:
            return
        self.data = self.data.copy()
        self.data[self.add_prefix("expected_version")] = str(conflict.current_version)
        self.conflict = conflict
        for name, _label, value in conflict.changes:
            name = "said_on" if name == "said_on_precision" else name
            field = self.fields.get(name)
            if field is None or field.widget.is_hidden:
                continue
            note = format_html(
                '<div class="conflict-current"><strong>Saved{} since you opened the form:'
                "</strong> “{}”</div>",
                conflict.changed_by,
                value,
            )
            field.help_text = format_html("{}{}", note, field.help_text)
            # The bound field copied the help text when validation made it.
            self[name].help_text = field.help_text
        self.add_error(None, services.CONFLICT_KEEPS_VALUES)

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

    @admin.display(description="review", ordering="published_at")
    def review_state(self, obj):
        if obj.is_published:
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
