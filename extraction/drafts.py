"""Suggestions for a stored source, and the draft claims made from the ones an
editor accepts. Drafts are saved through the claims service layer, so the
editorial rules that apply to any new claim apply here too."""

import re
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import Truncator

from claims.models import Claim
from claims.services import claim_save, speaker_get_or_create
from extraction.attribution.page_voice import narration_voice
from extraction.repeats import restated_by
from extraction.suggest import THRESHOLD, Candidate, suggest_claims
from sources.models import Source


def _described(source: Source) -> dict:
    """What the source's record says of the text: its kind, title and publisher."""
    publisher = source.publisher.name if source.publisher_id else ""
    return {"kind": source.kind, "title": source.title, "publisher": publisher}


def source_suggestions(source: Source, *, threshold: float = THRESHOLD) -> list[Candidate]:
    """suggest_claims() on the source's text and metadata."""
    return suggest_claims(
        source.body,
        **_described(source),
        published_on=source.published_on,
        narrator=source.narrator,
        threshold=threshold,
    )


def page_narration(source: Source) -> str:
    """Whose the source's narration is read to be from the page itself, for the editor to
    confirm or set (`Source.narrator`); empty when nothing on the page names anyone."""
    voice = narration_voice(source.body, **_described(source))
    return voice.name if voice is not None else ""


# Texts that are someone's spoken or written words: narration given to the publisher there
# means nothing on the page said whose they are.
_SPOKEN_KINDS = {Source.Kind.SPEECH, Source.Kind.INTERVIEW, Source.Kind.PARLIAMENTARY_RECORD}


# Words of a publisher's name that any site may carry: they do not tell that the page
# names it.
_GENERIC_NAME_WORDS = {
    "news", "media", "online", "daily", "press", "service", "services", "group", "network",
    "review", "limited", "government", "office", "wire", "digital", "post", "times",
}  # fmt: skip


def _names_publisher(source: Source) -> bool:
    """Whether the page (its title or text) names its publisher by a word of its own or by
    its short form ("GAO" for the "U.S. Government Accountability Office"): a release the
    page never names its publisher in is often another body's, carried."""
    name, page = source.publisher.name, f"{source.title} {source.body}"
    words = set(re.findall(r"[a-z]{4,}", name.lower())) - _GENERIC_NAME_WORDS
    if not words or words & set(re.findall(r"[a-z]{4,}", page.lower())):
        return True
    initials = "".join(word[0] for word in re.findall(r"[A-Z][\w’'-]*", name))
    return any(short in initials for short in re.findall(r"\b[A-Z]{3,6}\b", page))


def narration_origin(source: Source, narration: str) -> str:
    """Where the narration's speaker comes from, for the editor: "set" on the source,
    "page" (read from it), "publisher" (a release's or a report's own voice), "carried"
    (a release or report given to a publisher the page never names: a site carrying
    another body's text, as often as not), or "fallback" (a speech, an interview or a
    record that names no speaker the rules read, given to its publisher: the likeliest to
    be wrong)."""
    if source.narrator:
        return "set"
    if narration and source.publisher_id and narration == source.publisher.name:
        if source.kind in _SPOKEN_KINDS:
            return "fallback"
        return "publisher" if _names_publisher(source) else "carried"
    return "page"


def suggestion_repeats(
    suggestions: Iterable[Candidate], *, limit: int = 3
) -> dict[tuple[int, int], list[tuple[Claim, float]]]:
    """The published, checked claims each suggestion restates, as (claim, score),
    best first, keyed by the suggestion's span: one query for all of them."""
    return restated_by({(c.start, c.end): c.quote for c in suggestions}, limit=limit)


def logged_claims(source: Source) -> list[Claim]:
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


@transaction.atomic
def claims_create_from_suggestions(
    *, source: Source, suggestions: Iterable[Candidate], user=None
) -> list[Claim]:
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
        speaker = speaker_get_or_create(
            name=candidate.speaker, role=candidate.speaker_role, kind=candidate.speaker_kind
        )
        claim = Claim(
            text=candidate.quote,
            speaker=speaker,
            said_on=candidate.date,
            source=source,
            quote_start=candidate.start,
            quote_end=candidate.end,
            status=Claim.Status.UNVERIFIED,
        )
        claim_save(claim=claim, user=user)
        logged.append(claim)
        created.append(claim)
    return created
