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

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, F
from django.utils import timezone
from django.utils.text import Truncator

from claims.models import Claim, ClaimRevision, Correction, Evidence, Speaker

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

# Bookkeeping fields left out of conflict messages: they change on every save.
_UNINTERESTING = {"version", "updated_at", "created_at"}


class EditConflict(ValidationError):
    """Someone saved the claim after the editor opened it.

    `current_version` is the claim's version now; `changes` lists (field name,
    label, current value) for each field changed since the editor's version."""

    current_version: int | None = None
    changed_by: str = ""
    changes: list[tuple[str, str, str]] = []


def can_publish(user) -> bool:
    return bool(user and user.has_perm(PUBLISH_PERMISSION))


def claim_verdict_error(claim: Claim) -> str | None:
    if claim.status == Claim.Status.CHECKED and not claim.verdict.strip():
        return NEEDS_VERDICT
    return None


def claim_evidence_error(claim: Claim, *, evidence_count: int) -> str | None:
    if claim.status == Claim.Status.CHECKED and evidence_count < 1:
        return NEEDS_EVIDENCE
    return None


def claim_publication_errors(claim: Claim, *, evidence_count: int | None = None) -> dict:
    """What keeps `claim` from being public, by field (`verdict`, `evidence`); empty
    when nothing does. A rating for a checked claim is the model's own rule.

    `evidence_count` is counted in the database unless given (the admin gives
    the count of its evidence inline, which is saved after the claim)."""
    if evidence_count is None:
        evidence_count = claim.evidence.count() if claim.pk else 0
    errors = {
        "verdict": claim_verdict_error(claim),
        "evidence": claim_evidence_error(claim, evidence_count=evidence_count),
    }
    return {field: message for field, message in errors.items() if message}


def _value(claim, name: str):
    return getattr(claim, Claim._meta.get_field(name).attname)


def claim_corrected_fields(*, before: Claim, claim: Claim) -> list[str]:
    """The public fields of a published claim that this edit changes."""
    if not before.is_published:
        return []
    return [name for name in CORRECTED_FIELDS if _value(before, name) != _value(claim, name)]


def claim_correction_error(
    *, before: Claim, claim: Claim, correction_note: str, clarification: bool = False
) -> str | None:
    """Why this edit of a published claim cannot be saved as it is: a change of
    rating or verdict without a correction note, or a rating change offered as a
    clarification. None when it can."""
    changed = claim_corrected_fields(before=before, claim=claim)
    if clarification and (never := [name for name in changed if name in NEVER_CLARIFIED]):
        return CLARIFICATION_NOT_ALLOWED.format(changed=" and ".join(never))
    if changed and not clarification and not correction_note.strip():
        return NEEDS_CORRECTION_NOTE.format(changed=" and ".join(changed))
    return None


def claim_record_checker(*, claim: Claim, before: Claim | None, user) -> None:
    """The byline's checker and check date, when this edit makes the claim Checked."""
    if claim.status != Claim.Status.CHECKED:
        return
    if before is not None and before.status == Claim.Status.CHECKED:
        return
    if claim.checked_by_id is None and user is not None and user.is_authenticated:
        claim.checked_by = user
    dated_by_editor = claim.checked_on is not None and (
        before is None or claim.checked_on != before.checked_on
    )
    if not dated_by_editor:
        claim.checked_on = timezone.localdate()


def claim_lock_for_edit(*, claim_id: int, expected_version: int) -> None:
    """Lock the claim's row for this transaction if it is still at `expected_version`.

    A conditional `UPDATE … WHERE version = expected` rather than a read: it
    takes the row lock (PostgreSQL) or the write lock (SQLite) and checks the
    version in one statement, so no other save can slip in before ours."""
    locked = Claim.objects.filter(pk=claim_id, version=expected_version).update(
        version=F("version")
    )
    if not locked:
        raise _conflict(claim_id=claim_id, expected_version=expected_version)


def claim_changed_fields_since(*, claim_id: int, version: int) -> list[tuple[str, str, str]]:
    """(field name, label, current value) for each field changed since `version`."""
    history = Claim.history.filter(id=claim_id)
    then = history.filter(version=version).order_by("history_date", "history_id").first()
    now = history.order_by("-history_date", "-history_id").first()
    if then is None or now is None:
        return []
    delta = now.diff_against(then, excluded_fields=_UNINTERESTING)
    current = Claim.objects.filter(pk=claim_id).first()
    if current is None:
        return []
    return [
        (change.field, _label(change.field), _display(current, change.field))
        for change in delta.changes
    ]


def claim_changes_since(*, claim_id: int, version: int) -> list[tuple[str, str]]:
    """(field label, current value) for each field changed since `version` was saved."""
    return [
        (label, value)
        for _, label, value in claim_changed_fields_since(claim_id=claim_id, version=version)
    ]


@transaction.atomic
def claim_save(
    *,
    claim: Claim,
    user=None,
    expected_version: int | None = None,
    correction_note: str = "",
    clarification: bool = False,
) -> Claim:
    """Save a new or edited claim under the editorial rules.

    `expected_version` is the version the editor started from: when the claim
    has been saved since, `EditConflict` says what changed. A change of rating
    or verdict on a published claim needs `correction_note` and records a
    `Correction`, unless it is a `clarification`: a wording fix of the verdict,
    rating unchanged, kept in the history and dated as the claim's `revised_at`."""
    if claim.pk is None:
        claim_record_checker(claim=claim, before=None, user=user)
        claim.full_clean()
        claim.save()
        return claim
    if expected_version is None:
        expected_version = claim.version
    claim_lock_for_edit(claim_id=claim.pk, expected_version=expected_version)
    before = Claim.objects.get(pk=claim.pk)
    if before.is_published and user is not None and not can_publish(user):
        raise PermissionDenied(ONLY_EDITORS_CHANGE_PUBLISHED)
    note = correction_note.strip()
    revised = bool(claim_corrected_fields(before=before, claim=claim))
    corrected = revised and not clarification
    if error := claim_correction_error(
        before=before, claim=claim, correction_note=note, clarification=clarification
    ):
        field = "clarification" if clarification else "correction_note"
        raise ValidationError({field: error})
    if before.is_published and (errors := claim_publication_errors(claim)):
        raise ValidationError(errors)
    claim_record_checker(claim=claim, before=before, user=user)
    claim.version = before.version
    claim.published_at, claim.published_by_id = before.published_at, before.published_by_id
    claim.revised_at = timezone.now() if revised else before.revised_at
    if corrected:
        claim._change_reason = Truncator(f"Correction: {note}").chars(100)
    elif revised:
        claim._change_reason = Truncator(f"Clarification: {note or 'wording'}").chars(100)
    claim.save()
    if corrected:
        Correction.objects.create(
            claim=claim,
            old_rating=before.rating,
            new_rating=claim.rating,
            old_verdict=before.verdict,
            new_verdict=claim.verdict,
            old_speaker=str(before.speaker) if before.speaker_id != claim.speaker_id else "",
            new_speaker=str(claim.speaker) if before.speaker_id != claim.speaker_id else "",
            old_statement=before.statement,
            new_statement=claim.statement,
            note=note,
            corrected_by=user if user and user.is_authenticated else None,
        )
    return claim


def speaker_get_or_create(*, name: str, role: str = "", kind: str = "") -> Speaker:
    """The existing speaker of that name (any case), or a new one."""
    name = " ".join(name.split())
    speaker = Speaker.objects.filter(name__iexact=name).order_by("id").first()
    if speaker is not None:
        return speaker
    kind = kind if kind in Speaker.Kind.values else Speaker.Kind.PERSON
    speaker = Speaker(name=name[:200], role=role[:200], kind=kind)
    speaker.full_clean()
    speaker.save()
    return speaker


@transaction.atomic
def claim_request_review(*, claim: Claim, user) -> Claim:
    """A fact-checker asks an editor to review (and publish) a draft."""
    if claim.is_published:
        raise ValidationError("This claim is already published.")
    Claim.objects.filter(pk=claim.pk).update(
        review_requested_at=timezone.now(), review_requested_by=user
    )
    # Who asks for review did the check, unless a checker is named already.
    Claim.objects.filter(pk=claim.pk, checked_by__isnull=True).update(checked_by=user)
    claim.refresh_from_db(fields=["review_requested_at", "review_requested_by", "checked_by"])
    return claim


@transaction.atomic
def claim_publish(*, claim: Claim, user) -> Claim:
    """Make a draft public, recording who published it and when."""
    if not can_publish(user):
        raise PermissionDenied(ONLY_EDITORS.format(action="publish"))
    if claim.is_published:
        return claim
    if errors := claim_publication_errors(claim):
        raise ValidationError(errors)
    claim.published_at = timezone.now()
    claim.published_by = user
    if claim.status == Claim.Status.CHECKED and claim.checked_on is None:
        claim.checked_on = timezone.localdate(claim.published_at)
    claim.save()
    return claim


@transaction.atomic
def claim_unpublish(*, claim: Claim, user) -> Claim:
    """Take a claim off the public site; it keeps its content and history."""
    if not can_publish(user):
        raise PermissionDenied(ONLY_EDITORS.format(action="unpublish"))
    if not claim.is_published:
        return claim
    claim.published_at = None
    claim.published_by = None
    claim.save()
    return claim


# Evidence: what may be removed, moved or changed, and by whom.


def claim_evidence_removal_error(claim: Claim, *, remaining: int) -> str | None:
    """Why `claim` cannot be left with `remaining` evidence links: a published
    checked claim keeps at least one."""
    if claim.is_published and claim.status == Claim.Status.CHECKED and remaining < 1:
        return LAST_EVIDENCE.format(claim=claim)
    return None


def evidence_removal_errors(*, evidence_ids) -> list[str]:
    """Why the evidence rows `evidence_ids` cannot all be removed from their claims
    (deleted, or moved elsewhere): one message per claim left without evidence. Two
    queries, however many rows."""
    removed = dict(
        Evidence.objects.filter(pk__in=list(evidence_ids))
        .values_list("claim")
        .annotate(rows=Count("id"))
        .values_list("claim", "rows")
    )
    claims = (
        Claim.objects.public()
        .filter(pk__in=removed, status=Claim.Status.CHECKED)
        .annotate(rows=Count("evidence"))
        .order_by("pk")
    )
    return [
        error
        for claim in claims
        if (error := claim_evidence_removal_error(claim, remaining=claim.rows - removed[claim.pk]))
    ]


def evidence_change_errors(*, evidence: Evidence, user, deleting: bool = False) -> list[str]:
    """Why this change of one evidence row (edited in memory, or `deleting` it) may not
    be saved: a fact-checker changing the evidence of a published claim outside its
    form, or the last link of a published checked claim removed or moved."""
    before = Evidence.objects.select_related("claim").filter(pk=evidence.pk).first()
    claims = [before.claim] if before is not None else []
    if not deleting and evidence.claim_id is not None:
        claims.append(evidence.claim)
    if not can_publish(user):
        for claim in claims:
            if claim.is_published:
                return [EVIDENCE_OF_PUBLISHED.format(claim=claim)]
    leaves = before is not None and (deleting or before.claim_id != evidence.claim_id)
    return evidence_removal_errors(evidence_ids=[before.pk]) if leaves else []


def evidence_delete_errors(*, evidence_ids, user) -> list[str]:
    """Why the evidence rows `evidence_ids` may not all be deleted by `user`."""
    ids = list(evidence_ids)
    if not can_publish(user):
        public = Claim.objects.public().filter(evidence__in=ids).order_by("pk").first()
        if public is not None:
            return [EVIDENCE_OF_PUBLISHED.format(claim=public)]
    return evidence_removal_errors(evidence_ids=ids)


@transaction.atomic
def evidence_save(*, evidence: Evidence, user) -> Evidence:
    """Save a new or edited evidence row (the Evidence admin) under the rules."""
    _lock_claims_of(evidence_ids=[evidence.pk] if evidence.pk else [])
    if errors := evidence_change_errors(evidence=evidence, user=user):
        raise ValidationError(errors)
    evidence.full_clean()
    evidence.save()
    return evidence


@transaction.atomic
def evidence_delete(*, evidence_ids, user) -> int:
    """Delete evidence rows, refusing if any would leave a published checked claim
    without evidence, or if a fact-checker deletes evidence of a published claim.
    All or nothing."""
    ids = list(evidence_ids)
    _lock_claims_of(evidence_ids=ids)
    if errors := evidence_delete_errors(evidence_ids=ids, user=user):
        raise ValidationError(errors)
    # One at a time, so that each deletion is kept in the audit trail.
    deleted = 0
    for row in Evidence.objects.filter(pk__in=ids):
        row.delete()
        deleted += 1
    return deleted


def _lock_claims_of(*, evidence_ids) -> None:
    # Two removals at once must not each leave the other one's last link alone.
    claim_ids = Evidence.objects.filter(pk__in=evidence_ids).values("claim")
    list(Claim.objects.select_for_update().filter(pk__in=claim_ids).values_list("pk"))


# Revisions: a fact-checker's edit of a published claim, waiting for an editor.


def evidence_row(evidence) -> dict:
    """One evidence row as a revision keeps it (`id` None for a new row)."""
    get = evidence.get if isinstance(evidence, dict) else lambda name: getattr(evidence, name)
    row = {"id": get("id")}
    for name in EVIDENCE_FIELDS:
        value = get(name)
        row[name] = value.isoformat() if isinstance(value, datetime.date) else (value or "")
    return row


def _revised_value(revision: ClaimRevision, name: str):
    name = "claim_status" if name == "status" else name
    return getattr(revision, ClaimRevision._meta.get_field(name).attname)


@transaction.atomic
def claim_propose_revision(
    *,
    claim: Claim,
    topics,
    evidence: list[dict],
    user,
    expected_version: int | None = None,
    correction_note: str = "",
    clarification: bool = False,
) -> ClaimRevision | None:
    """Keep a fact-checker's edit of a published claim (`claim` edited in memory, its
    `topics` and `evidence` rows as proposed) for an editor's review, instead of
    saving it. None when it changes nothing."""
    if expected_version is None:
        expected_version = claim.version
    claim_lock_for_edit(claim_id=claim.pk, expected_version=expected_version)
    before = Claim.objects.get(pk=claim.pk)
    if error := claim_correction_error(
        before=before, claim=claim, correction_note=correction_note, clarification=clarification
    ):
        raise ValidationError({"clarification" if clarification else "correction_note": error})
    changed = [name for name in REVISED_FIELDS if _value(before, name) != _value(claim, name)]
    topic_ids = sorted(topic.pk for topic in topics)
    if topic_ids != sorted(before.topics.values_list("pk", flat=True)):
        changed.append("topics")
    # Rows the claim has, by id, then the new ones in the order given.
    rows = sorted(
        (evidence_row(row) for row in evidence), key=lambda row: (row["id"] is None, row["id"] or 0)
    )
    if rows != [evidence_row(row) for row in before.evidence.order_by("pk")]:
        changed.append("evidence")
    if not changed:
        return None
    revision = ClaimRevision(
        claim=before,
        base_version=before.version,
        changed_fields=changed,
        evidence=rows,
        correction_note=correction_note.strip(),
        clarification=clarification,
        proposed_by=user if user and user.is_authenticated else None,
    )
    for name in REVISED_FIELDS:
        setattr(revision, "claim_status" if name == "status" else name, getattr(claim, name))
    revision.save()
    revision.topics.set(topic_ids)
    return revision


def claim_revision_proposed_claim(revision: ClaimRevision) -> Claim:
    """The claim as it would be with `revision` applied (not saved; without topics
    and evidence)."""
    claim = Claim.objects.get(pk=revision.claim_id)
    for name in REVISED_FIELDS:
        if name in revision.changed_fields:
            setattr(claim, Claim._meta.get_field(name).attname, _revised_value(revision, name))
    return claim


def claim_revision_errors(
    *, revision: ClaimRevision, correction_note: str = "", clarification: bool = False
) -> dict[str, list[str]]:
    """What keeps an editor from approving `revision` as it is, by field; empty when
    nothing does. The approval checks the same."""
    if not revision.is_pending:
        return {"__all__": [REVISION_DECIDED.format(status=revision.get_status_display())]}
    current = Claim.objects.get(pk=revision.claim_id)
    if current.version != revision.base_version:
        since = claim_changed_fields_since(claim_id=current.pk, version=revision.base_version)
        overlap = [label for name, label, _ in since if name in revision.changed_fields]
        if overlap:
            message = REVISION_STALE.format(
                base=revision.base_version, current=current.version, fields=", ".join(overlap)
            )
            return {"__all__": [message]}
    claim = claim_revision_proposed_claim(revision)
    errors: dict[str, list[str]] = {}
    try:
        claim.full_clean()
    except ValidationError as invalid:
        errors.update(invalid.message_dict)
    if error := claim_correction_error(
        before=current,
        claim=claim,
        correction_note=correction_note.strip(),
        clarification=clarification,
    ):
        errors.setdefault("clarification" if clarification else "correction_note", []).append(error)
    evidence_count = len(revision.evidence) if "evidence" in revision.changed_fields else None
    for field, message in claim_publication_errors(claim, evidence_count=evidence_count).items():
        errors.setdefault(field, []).append(message)
    return errors


@transaction.atomic
def claim_revision_approve(
    *, revision: ClaimRevision, user, correction_note: str = "", clarification: bool = False
) -> Claim:
    """An editor applies a fact-checker's revision: saved through `claim_save`, with
    a correction (or clarification) when it changes the published verdict, rating,
    speaker or statement."""
    if not can_publish(user):
        raise PermissionDenied(ONLY_EDITORS.format(action="approve changes to"))
    revision = ClaimRevision.objects.select_for_update().get(pk=revision.pk)
    if errors := claim_revision_errors(
        revision=revision, correction_note=correction_note, clarification=clarification
    ):
        raise ValidationError(errors)
    claim = claim_revision_proposed_claim(revision)
    claim.skip_history_when_saving = True
    try:
        if "topics" in revision.changed_fields:
            claim.topics.set(revision.topics.all())
        if "evidence" in revision.changed_fields:
            _replace_evidence(claim=claim, rows=revision.evidence)
    finally:
        claim.__dict__.pop("skip_history_when_saving", None)
    claim_save(
        claim=claim,
        user=user,
        expected_version=claim.version,
        correction_note=correction_note,
        clarification=clarification,
    )
    revision.status = ClaimRevision.Status.APPROVED
    revision.reviewed_by, revision.reviewed_at = user, timezone.now()
    revision.correction_note = correction_note.strip()
    revision.clarification = clarification
    revision.save()
    return claim


@transaction.atomic
def claim_revision_reject(*, revision: ClaimRevision, user, note: str) -> ClaimRevision:
    """An editor turns down a revision, saying why; the claim stays as it is."""
    if not can_publish(user):
        raise PermissionDenied(ONLY_EDITORS.format(action="reject changes to"))
    revision = ClaimRevision.objects.select_for_update().get(pk=revision.pk)
    if not revision.is_pending:
        raise ValidationError(REVISION_DECIDED.format(status=revision.get_status_display()))
    if not note.strip():
        raise ValidationError({"review_note": REJECTION_NEEDS_NOTE})
    revision.status = ClaimRevision.Status.REJECTED
    revision.reviewed_by, revision.reviewed_at = user, timezone.now()
    revision.review_note = note.strip()
    revision.save()
    return revision


def claim_revision_changes(revision: ClaimRevision) -> list[tuple[str, str, str]]:
    """(label, value now, proposed value) for each field `revision` changes."""
    current = Claim.objects.get(pk=revision.claim_id)
    proposed = claim_revision_proposed_claim(revision)
    changes = []
    for name in REVISED_FIELDS:
        if name in revision.changed_fields:
            now, then = _display(current, name, None), _display(proposed, name, None)
            changes.append((_label(name), now, then))
    if "topics" in revision.changed_fields:
        topics = ", ".join(str(topic) for topic in revision.topics.all()) or "(empty)"
        changes.append((_label("topics"), _display(current, "topics"), topics))
    if "evidence" in revision.changed_fields:

        def links(rows):
            return "; ".join(f"{row['title']} <{row['url']}>" for row in rows) or "(none)"

        now = [evidence_row(row) for row in current.evidence.order_by("pk")]
        changes.append(("Evidence", links(now), links(revision.evidence)))
    return changes


def _replace_evidence(*, claim: Claim, rows: list[dict]) -> None:
    existing = {row.pk: row for row in claim.evidence.all()}
    kept = {row["id"] for row in rows if row.get("id") in existing}
    for pk in existing.keys() - kept:
        existing[pk].delete()
    for row in rows:
        evidence = existing.get(row.get("id")) or Evidence(claim=claim)
        for name in EVIDENCE_FIELDS:
            value = row.get(name) or ""
            if name == "published_on":
                value = datetime.date.fromisoformat(value) if value else None
            setattr(evidence, name, value)
        evidence.full_clean()
        evidence.save()


def _conflict(*, claim_id: int, expected_version: int) -> ValidationError:
    current = Claim.objects.filter(pk=claim_id).first()
    if current is None:
        return EditConflict(
            "This claim was deleted after you opened it: your changes were not saved."
        )
    last = Claim.history.filter(id=claim_id).order_by("-history_date", "-history_id").first()
    who = ""
    if last is not None:
        by = last.history_user.get_username() if last.history_user else "someone"
        who = f" by {by} at {timezone.localtime(last.history_date):%Y-%m-%d %H:%M}"
    messages = [
        f"This claim was changed{who} after you opened it (you started from version "
        f"{expected_version}, it is now at version {current.version}). Your changes were "
        "not saved."
    ]
    changes = claim_changed_fields_since(claim_id=claim_id, version=expected_version)
    for _, label, value in changes:
        messages.append(f"Changed since: {label}, now “{value}”.")
    conflict = EditConflict(messages, code="conflict")
    conflict.current_version = current.version
    conflict.changed_by = who
    conflict.changes = changes
    return conflict


def _label(field_name: str) -> str:
    return str(Claim._meta.get_field(field_name).verbose_name).capitalize()


def _display(claim: Claim, field_name: str, limit: int | None = 120) -> str:
    field = Claim._meta.get_field(field_name)
    if field.many_to_many:
        value = ", ".join(str(obj) for obj in getattr(claim, field_name).all())
    elif field.choices:
        value = getattr(claim, f"get_{field_name}_display")()
    else:
        value = getattr(claim, field_name)
        value = "" if value is None else str(value)
    value = " ".join(value.split())
    return (Truncator(value).chars(limit) if limit else value) or "(empty)"
