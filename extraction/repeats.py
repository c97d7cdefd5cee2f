"""Possible repeats of a claim: claims already logged, published or draft, that
may make the same statement, so that a check is reused instead of redone.

One query per claim: the database narrows the table to claims containing one of
the claim's prefilter terms (a figure in any wording, or its longest content
words), capped, and those few are ranked by `extraction.matching.similarity`."""

from django.db.models import Q

from claims.models import Claim
from extraction.matching import THRESHOLD, prefilter_terms, similarity

CANDIDATES = 200
SHOWN = 5


def _prefilter(terms: list[str]) -> Q | None:
    query = None
    for term in terms:
        condition = Q(text__icontains=term) | Q(statement__icontains=term)
        query = condition if query is None else query | condition
    return query


def find_repeats(claim: Claim, *, limit: int = SHOWN) -> list[tuple[Claim, float]]:
    """(claim, similarity) for the claims other than `claim` that may state the
    same thing, most similar first."""
    text = f"{claim.text} {claim.statement}".strip()
    query = _prefilter(prefilter_terms(text))
    if query is None:
        return []
    candidates = (
        Claim.objects.filter(query)
        .exclude(pk=claim.pk)
        .select_related("speaker")
        .only("id", "text", "statement", "said_on", "published_at", "speaker__name")
        .order_by("-id")[:CANDIDATES]
    )
    scored = [(other, similarity(text, f"{other.text} {other.statement}")) for other in candidates]
    scored = [(other, score) for other, score in scored if score >= THRESHOLD]
    scored.sort(key=lambda pair: (-pair[1], -pair[0].pk))
    return scored[:limit]
