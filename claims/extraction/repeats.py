"""Possible repeats: claims already logged that make the same statement, said
elsewhere, by someone else or in other words ("a third" and "33%", "135,000"
and "135k"), so that a check is reused instead of redone.

One query per claim: the database narrows the table to claims sharing a figure
or a distinctive word (capped), and the few candidates are ranked in Python."""

import re

from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from claims.extraction.numbers import quantities, quantity_keys, surface_forms
from claims.models import Claim

CANDIDATES = 200
SHOWN = 5
THRESHOLD = 0.4
_STOPWORDS = frozenset(
    re.split(
        r"\s+",
        """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers him his how i if in into is it its
    itself just me more most my no nor not now of off on once only or other our ours out over
    own same she should so some such than that the their theirs them then there these they
    this those through to too under until up very was we were what when where which while who
    whom why will with would you your said says per cent percent over nearly almost around
    about compared last year years new one two three four five six seven eight nine ten
    hundred thousand million billion half third thirds quarter quarters""",
    )
)


def _stem(word: str) -> str:
    for _ in range(2):
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
    return word


def content_words(text: str) -> set[str]:
    spans = [(q.start, q.end) for q in quantities(text)]
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    words = re.findall(r"[a-z][a-z’'-]{2,}", text.lower())
    return {_stem(w.strip("’'-")) for w in words if w not in _STOPWORDS}


def similarity(a: str, b: str) -> float:
    """0 to 1: how likely `a` and `b` state the same thing."""
    words_a, words_b = content_words(a), content_words(b)
    if not words_a or not words_b:
        return 0.0
    words = len(words_a & words_b) / min(len(words_a), len(words_b))
    words = (words + len(words_a & words_b) / len(words_a | words_b)) / 2
    figures_a, figures_b = quantity_keys(a), quantity_keys(b)
    if figures_a and figures_b:
        shared = len(figures_a & figures_b) / len(figures_a | figures_b)
        # Different figures on the same subject are different claims.
        return round(0.5 * words + 0.5 * shared if shared else 0.35 * words, 3)
    if figures_a or figures_b:
        return round(0.8 * words, 3)
    return round(words, 3)


def _prefilter(text: str) -> Q | None:
    terms: list[str] = []
    for key in sorted(quantity_keys(text)):
        terms += surface_forms(key)
    words = sorted(content_words(text), key=lambda w: (-len(w), w))
    if not terms:
        terms = words[:4]
    query = None
    for term in terms:
        condition = Q(text__icontains=term) | Q(statement__icontains=term)
        query = condition if query is None else query | condition
    return query


def find_repeats(claim: Claim, *, limit: int = SHOWN) -> list[tuple[Claim, float]]:
    """Claims other than `claim` that may state the same thing, most similar first."""
    text = f"{claim.text} {claim.statement}".strip()
    query = _prefilter(text)
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


def repeats_html(claim: Claim) -> str:
    """The possible repeats as a list of links to their admin pages, for the claim form."""
    if claim.pk is None:
        return "Save the claim to see claims that may make the same statement."
    found = find_repeats(claim)
    if not found:
        return "None found."
    return format_html(
        "<ul>{}</ul>",
        format_html_join(
            "",
            '<li><a href="{}">{}</a> — {}, {} ({}; similarity {})</li>',
            (
                (
                    reverse("admin:claims_claim_change", args=[other.pk]),
                    other.text if len(other.text) <= 120 else other.text[:119] + "…",
                    other.speaker.name,
                    other.said_on or "date unknown",
                    "published" if other.published_at else "draft",
                    f"{score:.2f}",
                )
                for other, score in found
            ),
        ),
    )
