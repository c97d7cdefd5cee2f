"""The editorial rules' messages and the fields they name: every path (admin,
commands, extraction) shows these."""

PUBLISH_PERMISSION = "claims.publish_claim"
# A change to these on a published claim is a public correction.
CORRECTED_FIELDS = ("rating", "verdict", "speaker", "statement")
# Of those, the ones a clarification (a wording fix of the verdict) never changes.
NEVER_CLARIFIED = ("rating", "speaker", "statement")
# What a fact-checker's revision of a published claim holds (besides topics and
# evidence), by the claim's field names.
REVISED_FIELDS = (
    "text",
    "statement",
    "speaker",
    "said_on",
    "said_on_precision",
    "source",
    "quote_start",
    "quote_end",
    "status",
    "rating",
    "verdict",
)
EVIDENCE_FIELDS = ("url", "title", "publisher", "published_on", "stance", "archived_url", "note")

# The editorial rules' messages: every path (admin, commands, extraction) shows these.
NEEDS_VERDICT = "A checked claim needs a verdict: explain the rating to readers."
NEEDS_EVIDENCE = (
    "A checked claim needs at least one evidence link: add one, or leave the claim "
    "unpublished until you have it."
)
NEEDS_CORRECTION_NOTE = (
    "This claim is published: you changed its {changed}, so write a correction note "
    "for readers. It is published in the claim's corrections log."
)
ONLY_EDITORS = "You cannot {action} claims: only editors can."
CLARIFICATION_NOT_ALLOWED = (
    "A change of {changed} is always a correction, never a clarification: untick “This "
    "is a clarification” and write a correction note for readers."
)
CLARIFICATION_CHANGES_RATING = CLARIFICATION_NOT_ALLOWED.format(changed="rating")
ONLY_EDITORS_CHANGE_PUBLISHED = (
    "This claim is published: only editors change what readers see. Propose your change "
    "for an editor's review instead."
)
SENT_FOR_REVIEW = (
    "Your changes to the published claim “{claim}” wait for an editor's review; readers "
    "see the approved version until then."
)
NOTHING_CHANGED = "Nothing changed: no change was sent for review."
LAST_EVIDENCE = (
    "“{claim}” is published and checked: its last evidence link cannot be removed or "
    "moved to another claim. Add another link to it first, or ask an editor to "
    "unpublish it."
)
EVIDENCE_OF_PUBLISHED = (
    "“{claim}” is published: only editors change its evidence here. Edit the evidence "
    "in the claim's form instead, where your change waits for an editor's review."
)
REVISION_DECIDED = "This change was {status} already."
REVISION_STALE = (
    "The claim was changed after this change was proposed (from version {base}, it is "
    "now at version {current}) in the same fields: {fields}. Reject this change and ask "
    "for it again on the current version."
)
REJECTION_NEEDS_NOTE = "Say why the change is rejected: the fact-checker reads the note."
CONFLICT_KEEPS_VALUES = (
    "Your values are still in the form, and beside each field that changed you see what "
    "it holds now: merge the two, then save again."
)
