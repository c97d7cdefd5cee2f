"""Writes that carry editorial rules or side effects. Admin actions, forms and
scripts go through these functions rather than setting fields directly.

The rules, enforced here whoever calls:

- a public claim that is `checked` has a rating, a verdict and at least one
  evidence link (checked when publishing and when saving a published claim);
- only editors (`claims.publish_claim`) publish and unpublish; fact-checkers
  ask for review;
- only editors change what readers see: a fact-checker's edit of a published
  claim is kept as a pending `ClaimRevision` until an editor approves it (applied
  then under the rules below) or rejects it with a note;
- changing the rating, verdict, speaker or statement of a published claim needs a
  correction note, and leaves a public `Correction`; a wording fix of the verdict
  (nothing else changed) may instead be marked a clarification: no note, no
  `Correction`, kept in the history and shown to readers as “Updated on”. A change
  of rating, speaker or statement is always a correction;
- evidence is never removed or moved away from a published checked claim so that it
  is left without any (one row, the claim form's inline, a bulk delete);
- the byline: whoever sets the status to Checked, or asks for review, is recorded
  as the checker unless one is already named; the day the status becomes Checked
  is the check date unless the edit sets one;
- an edit made from an out-of-date copy of a claim is refused (`EditConflict`)
  instead of silently overwriting the newer version.
"""

from claims.services.claims import (
    EditConflict,
    can_publish,
    claim_changed_fields_since,
    claim_changes_since,
    claim_corrected_fields,
    claim_correction_error,
    claim_evidence_error,
    claim_lock_for_edit,
    claim_publication_errors,
    claim_publish,
    claim_record_checker,
    claim_request_review,
    claim_save,
    claim_unpublish,
    claim_verdict_error,
    speaker_get_or_create,
)
from claims.services.evidence import (
    claim_evidence_removal_error,
    evidence_change_errors,
    evidence_delete,
    evidence_delete_errors,
    evidence_removal_errors,
    evidence_row,
    evidence_save,
)
from claims.services.messages import (
    CLARIFICATION_CHANGES_RATING,
    CLARIFICATION_NOT_ALLOWED,
    CONFLICT_KEEPS_VALUES,
    CORRECTED_FIELDS,
    EVIDENCE_FIELDS,
    EVIDENCE_OF_PUBLISHED,
    LAST_EVIDENCE,
    NEEDS_CORRECTION_NOTE,
    NEEDS_EVIDENCE,
    NEEDS_VERDICT,
    NEVER_CLARIFIED,
    NOTHING_CHANGED,
    ONLY_EDITORS,
    ONLY_EDITORS_CHANGE_PUBLISHED,
    PUBLISH_PERMISSION,
    REJECTION_NEEDS_NOTE,
    REVISED_FIELDS,
    REVISION_DECIDED,
    REVISION_STALE,
    SENT_FOR_REVIEW,
)
from claims.services.revisions import (
    claim_propose_revision,
    claim_revision_approve,
    claim_revision_changes,
    claim_revision_errors,
    claim_revision_proposed_claim,
    claim_revision_reject,
)

__all__ = [
    "PUBLISH_PERMISSION",
    "CORRECTED_FIELDS",
    "NEVER_CLARIFIED",
    "REVISED_FIELDS",
    "EVIDENCE_FIELDS",
    "NEEDS_VERDICT",
    "NEEDS_EVIDENCE",
    "NEEDS_CORRECTION_NOTE",
    "ONLY_EDITORS",
    "CLARIFICATION_NOT_ALLOWED",
    "CLARIFICATION_CHANGES_RATING",
    "ONLY_EDITORS_CHANGE_PUBLISHED",
    "SENT_FOR_REVIEW",
    "NOTHING_CHANGED",
    "LAST_EVIDENCE",
    "EVIDENCE_OF_PUBLISHED",
    "REVISION_DECIDED",
    "REVISION_STALE",
    "REJECTION_NEEDS_NOTE",
    "CONFLICT_KEEPS_VALUES",
    "EditConflict",
    "can_publish",
    "claim_verdict_error",
    "claim_evidence_error",
    "claim_publication_errors",
    "claim_corrected_fields",
    "claim_correction_error",
    "claim_record_checker",
    "claim_lock_for_edit",
    "claim_changed_fields_since",
    "claim_changes_since",
    "claim_save",
    "speaker_get_or_create",
    "claim_request_review",
    "claim_publish",
    "claim_unpublish",
    "claim_evidence_removal_error",
    "evidence_removal_errors",
    "evidence_change_errors",
    "evidence_delete_errors",
    "evidence_save",
    "evidence_delete",
    "evidence_row",
    "claim_propose_revision",
    "claim_revision_proposed_claim",
    "claim_revision_errors",
    "claim_revision_approve",
    "claim_revision_reject",
    "claim_revision_changes",
]
