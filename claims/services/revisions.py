"""A fact-checker's proposed change to a published claim, held for an editor."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from claims.models import Claim, ClaimRevision, Evidence
from claims.services.claims import (
    _display,
    _label,
    _value,
    can_publish,
    claim_changed_fields_since,
    claim_correction_error,
    claim_lock_for_edit,
    claim_publication_errors,
    claim_save,
)
from claims.services.evidence import (
    evidence_row,
)
from claims.services.messages import (
    EVIDENCE_FIELDS,
    ONLY_EDITORS,
    REJECTION_NEEDS_NOTE,
    REVISED_FIELDS,
    REVISION_DECIDED,
    REVISION_STALE,
)
from factcheck.cache import bump_content_version


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
    bump_content_version()
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
