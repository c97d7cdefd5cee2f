"""Evidence rows changed or removed without leaving a published checked claim
without evidence."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count

from claims.models import Claim, Evidence
from claims.services.claims import (
    can_publish,
)
from claims.services.messages import (
    EVIDENCE_FIELDS,
    EVIDENCE_OF_PUBLISHED,
    LAST_EVIDENCE,
)
from factcheck.cache import bump_content_version


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
    bump_content_version()
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
    bump_content_version()
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
