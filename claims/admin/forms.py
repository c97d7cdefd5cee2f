"""The claim form and its evidence inline: each editorial rule is called in claims.services."""

import copy

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import format_html

from claims import services
from claims.forms import PartialDateField
from claims.models import (
    Claim,
    DatePrecision,
    partial_date_iso,
)


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
