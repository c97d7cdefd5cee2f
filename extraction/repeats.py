"""Repeats of claims already logged, so that a check is reused instead of redone:
possible repeats of a claim in the claim form (published or draft), published
claims a sentence restates (the public API), and published, checked claims each
suggestion of the assistant restates (the "Suggest claims" page).

One query per call, however many texts: the database narrows the table to claims
containing one of the texts' prefilter terms (a figure in any wording, or their
longest content words), capped, and those few are ranked in Python by
`extraction.matching`, against the claim's words as said and its restatement."""

from collections.abc import Hashable, Mapping

from django.db.models import Q

from claims.models import Claim
from extraction.matching import RESTATES, THRESHOLD, Statement, prefilter_terms, score, statement

CANDIDATES = 200
# The suggestions of one source share one query; their terms together find more.
PAGE_CANDIDATES = 1000
SHOWN = 5
MAX_TEXT = 1000


def _prefilter(terms) -> Q | None:
    query = None
    for term in dict.fromkeys(terms):
        condition = Q(text__icontains=term) | Q(statement__icontains=term)
        query = condition if query is None else query | condition
    return query


def _statements(claim: Claim) -> list[Statement]:
    return [statement(text) for text in (claim.text, claim.statement) if text.strip()]


def _best(mine: list[Statement], other: Claim) -> float:
    """The best score of one side's statements against the other claim's words as
    said and its restatement."""
    return max((score(a, b) for a in mine for b in _statements(other)), default=0.0)


def _ranked(mine: list[Statement], candidates, *, threshold: float, limit: int):
    scored = [(other, _best(mine, other)) for other in candidates]
    scored = [(other, value) for other, value in scored if value >= threshold]
    scored.sort(key=lambda pair: (-pair[1], -pair[0].pk))
    return scored[:limit]


def find_repeats(claim: Claim, *, limit: int = SHOWN) -> list[tuple[Claim, float]]:
    """(claim, similarity) for the claims other than `claim`, published or draft,
    that may state the same thing, most similar first."""
    query = _prefilter(prefilter_terms(claim.text) + prefilter_terms(claim.statement))
    if query is None:
        return []
    candidates = (
        Claim.objects.filter(query)
        .exclude(pk=claim.pk)
        .select_related("speaker")
        .only("id", "text", "statement", "said_on", "published_at", "speaker__name")
        .order_by("-id")[:CANDIDATES]
    )
    return _ranked(_statements(claim), candidates, threshold=THRESHOLD, limit=limit)


def claims_restated(text: str, *, limit: int = SHOWN, checked_only: bool = False):
    """(claim, score) for the published claims that `text` restates, best first."""
    return restated_by({0: text}, limit=limit, checked_only=checked_only)[0]


def restated_by(
    texts: Mapping[Hashable, str], *, limit: int = 3, checked_only: bool = True
) -> dict[Hashable, list[tuple[Claim, float]]]:
    """For each key of `texts`, the published claims (only checked ones, unless
    told otherwise) its text restates, as (claim, score), best first. One query
    for all the texts."""
    found: dict[Hashable, list[tuple[Claim, float]]] = {key: [] for key in texts}
    query = _prefilter(term for text in texts.values() for term in prefilter_terms(text))
    if query is None:
        return found
    claims = Claim.objects.public().filter(query)
    if checked_only:
        claims = claims.filter(status=Claim.Status.CHECKED)
    cap = CANDIDATES if len(texts) == 1 else PAGE_CANDIDATES
    candidates = list(
        claims.select_related("speaker")
        .only(
            "id", "slug", "text", "statement", "said_on", "status", "rating", "published_at",
            "speaker__id", "speaker__name", "speaker__slug", "speaker__role",
        )
        .order_by("-id")[:cap]
    )  # fmt: skip
    for key, text in texts.items():
        mine = [statement(text[:MAX_TEXT])] if text.strip() else []
        found[key] = _ranked(mine, candidates, threshold=RESTATES, limit=limit)
    return found
