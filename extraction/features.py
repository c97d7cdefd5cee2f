"""Check-worthiness: how much a sentence asserts something a fact-checker could
verify. Features in the spirit of ClaimBuster and Full Fact's claim detection:
figures, comparisons and trends, dates and events, legal or status assertions,
causes, superlatives and named entities raise the score; opinion, feelings,
promises, questions and vague talk lower it."""

import math
import re
from dataclasses import dataclass, field

from extraction.numbers import quantities


def _words(*words: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


COMPARISON = _words(
    r"more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse",
    r"(?:in|de)creas\w*|ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|drop\w*|cut\w*",
    r"grow\w*|grew|declin\w*|doubl\w*|tripl\w*|halv\w*|soar\w*|surg\w*|plummet\w*",
    # Phrasal trends: "coming down", "went up", "has gone down".
    r"(?:c[oa]m(?:e|es|ing)|go(?:es|ing|ne)?|went)\s+(?:up|down)|down\s+by|up\s+by",
    r"compared\s+(?:to|with)",
    r"than|since|record|highest|lowest|largest|biggest|smallest|fastest|slowest",
    r"most|least|ever|first|only|never|again|twice|times",
)
SUPERLATIVE = re.compile(r"\b(?:most|least|ever|first|only|record|\w{3,}est)\b", re.IGNORECASE)
CAUSAL = _words(
    r"because|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result|result(?:ed|s)?\s+in",
    r"led\s+to|lead(?:s|ing)?\s+to|caus\w*|so\s+that|therefore|contribut\w+\s+to",
    r"in\s+order\s+to|responsible\s+for|blamed?|delayed|prevent\w*",
)
LEGAL = _words(
    r"law\w*|legal\w*|illegal\w*|unlawful\w*|binding|treaty|treaties|act|bill|court",
    r"judg\w+|ruling|ruled|rights?|obligations?|complian\w+|compl(?:y|ies|ied)",
    r"legislation|statutory|constitution\w*|sanctions?|banned|prohibit\w*|required?",
    r"entitled|eligible|safe|unsafe|status|membership|member|agreement|partnership",
    r"accredited|appeal|asylum|refugees?|convention|parliament|regulations?|licen[cs]es?",
    r"crimes?|criminal|abuses?|breach\w*|violat\w*|accus\w*|guilty|convict\w*|prosecut\w*",
    r"guarantee\w*|ensur\w+|assurances?|powers?|authori[sz]\w*",
)
EVENT = _words(
    r"sign\w*|announc\w*|establish\w*|enact\w*|declar\w*|launch\w*|introduc\w*|passed",
    r"agreed|approv\w*|appoint\w*|elect\w*|won|lost|cancell?ed|acquir\w*|ruled|deploy\w*",
    r"withdr[ae]w\w*|invad\w*|found(?:ed|ing)|created|opened|closed|visit\w*|attend\w*|met",
    r"held|took\s+place|began|ended|started|joined|left|impos\w*|suspend\w*|paus\w*",
    r"target\w*|receiv\w*|provid\w*|support\w*|grant\w*|critici[sz]\w*|warned|argued",
    r"proposed|deliver\w*|negotiat\w*|included|limit\w*|review\w*|ban\w*|fund\w*",
)
ASSERTIVE = _words(r"is|are|was|were|has|have|had|does|did", r"\w+ed|\w+s")
DATE = re.compile(
    r"\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|today|yesterday|last\s+(?:year|month|week)|this\s+year"
    r"|next\s+year|months?|years?|decades?|century)\b",
    re.IGNORECASE,
)
OPINION = _words(
    r"i\s+(?:think|believe|feel|hope|am|want|would|wish|look\s+forward)",
    r"we\s+(?:hope|believe|want|remain|look\s+forward|are\s+(?:proud|committed|determined))",
    # Feelings, thanks and praise: the speaker's stance, not a checkable fact.
    r"thank\w*|gratitude|appreciat\w*|congratulat\w*|welcome\s+the|committed|determined",
    r"(?:am|are|feel|felt)\s+(?:\w+ly\s+)?(?:proud|pleased|delighted|glad|happy|sad|honou?red"
    r"|disappointed|(?!(?:un)?(?:lawful|successful|useful|harmful|powerful)\b)\w+ful)",
    r"excit\w+|wonderful|fantastic|excellent|brilliant|terrible|shameful|disgraceful",
    r"crucial|vital|important|essential|(?:big|major|great|important|crucial|vital)\s+step",
    r"step\s+forward",
    r"should|must|need\s+to|let\s+us|let's|ought",
)
FUTURE = _words(r"will|would|may|might|could|can|going\s+to|plans?\s+to|aims?\s+to")
DEFINITION = re.compile(r"\b(?:refers?\s+to|is\s+(?:a|the)\s+term|also\s+known\s+as)\b", re.I)
FIRST_PERSON = _words(r"i|me|my|we|us|our|ours")
PROPER_NOUN = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{2,})\b")

_SENTENCE_STARTERS = {
    "the", "this", "that", "these", "those", "it", "its", "we", "i", "a", "an", "in", "on",
    "at", "for", "from", "by", "with", "as", "but", "and", "or", "so", "if", "when", "while",
    "since", "after", "before", "there", "they", "he", "she", "our", "their", "his", "her",
    "however", "although", "though", "both", "all", "some", "many", "most", "to", "of",
    "following", "today", "yesterday", "last", "next", "one", "also",
}  # fmt: skip

TYPES = ("quantity", "comparison/trend", "date/event", "legal/status", "causal", "other")


@dataclass
class Assessment:
    score: float
    type: str
    reasons: list[str] = field(default_factory=list)


def assess(text: str, *, reported: bool = False) -> Assessment:
    """Score `text` (one sentence or clause) from 0 to 1 and name its claim type."""
    words = text.split()
    n = len(words)
    found = quantities(text)
    figures = [q for q in found if q.unit != "year" and not q.weak]
    reasons: list[str] = []
    points = -1.6

    def add(weight: float, reason: str):
        nonlocal points
        points += weight
        reasons.append(reason)

    if figures:
        add(1.6 + 0.3 * min(len(figures) - 1, 2), "figure")
    elif any(q.weak for q in found):
        add(0.3, "small number")
    if COMPARISON.search(text):
        add(0.8, "comparison")
    if SUPERLATIVE.search(text):
        add(0.3, "superlative")
    if CAUSAL.search(text):
        add(0.7, "cause")
    legal = len(LEGAL.findall(text))
    if legal:
        add(0.5 + 0.2 * min(legal - 1, 3), "legal/status")
    if DATE.search(text):
        add(0.6, "date")
    if EVENT.search(text):
        add(0.6, "event")
    first = text.split(maxsplit=1)[0].strip("“\"‘'(") if text.strip() else ""
    # A capitalised first word is a name unless it is a common opening word or an
    # adverb ("Separately", "Meanwhile").
    opening = first.lower() in _SENTENCE_STARTERS or first.lower().endswith("ly")
    names = len(PROPER_NOUN.findall(text, 1)) + (bool(PROPER_NOUN.fullmatch(first)) and not opening)
    if names:
        add(0.25 * min(names, 4), "names")
    if reported:
        add(0.8, "reported")
    if ASSERTIVE.search(text):
        add(0.3, "assertion")
    if OPINION.search(text):
        add(-1.4, "opinion")
    if FUTURE.search(text):
        add(-0.4, "prediction")
    if DEFINITION.search(text):
        add(-1.5, "definition")
    if FIRST_PERSON.search(text) and not figures:
        add(-0.3, "first person")
    if text.rstrip("”’\"' ").endswith("?"):
        add(-4.0, "question")
    if n < 5:
        add(-2.0, "too short")
    elif n > 60:
        add(-0.5, "very long")
    score = 1 / (1 + math.exp(-points))
    return Assessment(round(score, 3), claim_type(text, figures=bool(figures)), reasons)


def claim_type(text: str, *, figures: bool) -> str:
    if CAUSAL.search(text) and re.search(
        r"\b(?:led|lead\w*|result\w*|caus\w*|because|due|thanks)\b", text, re.I
    ):
        return "causal"
    if COMPARISON.search(text) and re.search(
        r"\b(?:compared|than|(?:in|de)creas\w*|rise|rose|f[ae]ll\w*|down|up|doubl\w*|halv\w*"
        r"|drop\w*|grow\w*|grew|declin\w*|record|highest|lowest|most|least|ever)\b",
        text,
        re.I,
    ):
        return "comparison/trend"
    if figures:
        return "quantity"
    if DATE.search(text) and EVENT.search(text):
        return "date/event"
    if LEGAL.search(text):
        return "legal/status"
    if DATE.search(text) or EVENT.search(text):
        return "date/event"
    if CAUSAL.search(text):
        return "causal"
    return "other"
