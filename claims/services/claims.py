"""Saving, publishing and correcting claims under the editorial rules."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import Truncator

from claims.models import Claim, Correction, Speaker
from claims.services.messages import (
    CLARIFICATION_NOT_ALLOWED,
    CORRECTED_FIELDS,
    NEEDS_CORRECTION_NOTE,
    NEEDS_EVIDENCE,
    NEEDS_VERDICT,
    NEVER_CLARIFIED,
    ONLY_EDITORS,
    ONLY_EDITORS_CHANGE_PUBLISHED,
    PUBLISH_PERMISSION,
)
from factcheck.cache import bump_content_version

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
        bump_content_version()
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
    # Cached pages and API reads are dropped once this commits (factcheck/cache.py).
    bump_content_version()
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
    bump_content_version()
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
    bump_content_version()
    return claim


# Evidence: what may be removed, moved or changed, and by whom.


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
