"""Turning accepted suggestions into draft claims."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import Truncator

from claims.extraction.suggest import Candidate
from claims.models import Claim, Speaker


def logged_claims(source) -> list[Claim]:
    """Claims already logged from `source` with a span, in text order."""
    return list(
        Claim.objects.filter(source=source, quote_start__isnull=False)
        .select_related("speaker")
        .only("id", "text", "quote_start", "quote_end", "published_at", "speaker__name")
        .order_by("quote_start")
    )


def logged_claim_for(candidate: Candidate, logged: list[Claim]) -> Claim | None:
    """The logged claim whose span overlaps the candidate's, if any."""
    for claim in logged:
        if claim.quote_start < candidate.end and candidate.start < claim.quote_end:
            return claim
    return None


def speaker_for(*, name: str, role: str = "", kind: str = "") -> Speaker:
    """The existing speaker of that name (any case), or a new one."""
    name = " ".join(name.split())
    speaker = Speaker.objects.filter(name__iexact=name).order_by("id").first()
    if speaker is not None:
        return speaker
    kind = kind if kind in Speaker.Kind.values else Speaker.Kind.PERSON
    return Speaker.objects.create(name=name, role=role[:200], kind=kind)


@transaction.atomic
def claims_create_from_suggestions(*, source, suggestions: Iterable[Candidate]) -> list[Claim]:
    """One draft claim per suggestion, with its span, speaker, date and source.

    All or nothing: a suggestion without a speaker, or overlapping a claim already
    logged from the source, refuses the whole batch with a ValidationError."""
    logged = logged_claims(source)
    created: list[Claim] = []
    for candidate in suggestions:
        excerpt = Truncator(candidate.quote).chars(60)
        if not (candidate.speaker or "").strip():
            raise ValidationError(f"“{excerpt}” needs a speaker.")
        already = logged_claim_for(candidate, logged)
        if already is not None:
            raise ValidationError(f"“{excerpt}” is already logged as “{already}”.")
        claim = Claim(
            text=candidate.quote,
            speaker=speaker_for(
                name=candidate.speaker, role=candidate.speaker_role, kind=candidate.speaker_kind
            ),
            said_on=candidate.date,
            source=source,
            quote_start=candidate.start,
            quote_end=candidate.end,
            status=Claim.Status.UNVERIFIED,
        )
        claim.full_clean()
        claim.save()
        logged.append(claim)
        created.append(claim)
    return created
