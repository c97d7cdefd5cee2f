"""A question that carries a stated finding.

- "To ask the Government what its response is to the latest statistics showing that
  only 61% of …", "How can he expect …, if he won't own up that there has been a 6
  percent fall in …?": the question asks, but the figure in its "showing that …" or
  "admit that …" clause is put as a fact, and that fact can be checked.
- "Why was the scheme extended, given that the Audit Office found it overpaid most
  claimants?": a question whose premise reports what a named body found states that
  finding as a fact, figure or not.
- "Why have 4,000 more families joined the housing list since he took office?": a why-question
  presupposes the change of a figure it asks about; the figure is put as a fact.
- "Fares are the highest on record, so will the Minister act?", "The error rate was 1.3
  percent, but again, what does that rate tell us?", "Prices have risen 9 times in a year,
  how do you explain that?": a premise stated before ", so" or ", but" the question (or
  before a bare comma and "how do you …"), carrying a figure or a claim of record, is
  asserted; "If prices rose 9 times, how would you …?" only supposes it.
- "Will the plan include a target, given, of course, that you failed to meet the last
  target by 2018?": the premise after "given that" is a statement of its own, scored as
  one (`question_premise`); "Given that circumstance, …?" has no premise to score.
- "Does the Minister accept that the waiting list has doubled since 2015?": the premise
  after "accept that" (as after "admit that") is put as a fact when it carries a figure or
  a multiple; "Does he accept that we must do more?" puts nothing to check.
- "Can she confirm that more than 900 …?", "How much longer can it remain below 6 per
  cent?": asking for confirmation, or about a figure, asserts nothing; still a question.
"""

import re

from extraction.features.multiples import MULTIPLE
from extraction.features.patterns import RECORD
from extraction.features.ranks import RANK
from extraction.numbers import quantities

_FINDING = re.compile(
    r"\b(?:(?:statistics|figures|data|numbers|report|survey|research)\s+(?:\w+\s+)?"
    r"show(?:ing|s|ed)?|own(?:s|ed)?\s+up(?:\s+to\s+the\s+fact)?|admit(?:s|ted)?"
    r"|concede(?:s|d)?|accept(?:s|ed)?|acknowledge(?:s|d)?)\s+that\b",
    re.I,
)


# "…, given that the Audit Office found …?", "considering the Regulator concluded that …":
# the premise names who found it (a capital) and reports the finding.
_PREMISE = re.compile(
    r"\b(?:considering|given)\s+(?:that\s+)?(?:the\s+)?(?-i:[A-Z])[^?;]{0,140}?"
    r"\b(?:all\s+|both\s+)?(?:found|concluded|showed|reported|warned)\s+(?:that\s+)?\w+",
    re.I,
)


# "why are there …", "why has unemployment …": a why-question over a change it presupposes.
_WHY = re.compile(r"\bwhy\s+(?:is|are|was|were|has|have|had|do|does|did)\s", re.I)
_CHANGED = re.compile(
    r"\b(?:more|fewer|less|higher|lower|up|down|(?:in|de)creas\w*|ris(?:e|en|ing)|rose"
    r"|f[ae]ll(?:en|ing)?|doubled|halved)\b",
    re.I,
)
# "…, so does the Minister …?", "… was 1.3 percent, but again, what does that rate tell
# us?": the question after a premise of its own.
_SO_ASK = re.compile(
    r",\s+(?:so|but)(?:,?\s+again)?,?\s+(?:does|do|did|will|would|can|could|is|are|was|has|have"
    r"|what|why|how|when)\b"
    # "After 11 years, rates have gone up 15 times, how do you rate …?": an interviewer's
    # premise run on to the question by a bare comma.
    r"|,\s+(?:what|why|how)\s+(?:do|does|did|would|will|can|could)\s+(?:you|he|she|they|we)\b",
    re.I,
)
# A premise that only supposes ("If rates rose 2%, how would you …?") asserts nothing.
_SUPPOSED = re.compile(r"^\W*(?:if|when|suppose|supposing|say|unless|assuming)\b", re.I)
# "…, given, of course, that you failed to meet that target of … by 2018?": the premise
# after "given that" is put as a fact, whatever the question asks.
_GIVEN_THAT = re.compile(
    r"\b(?:given|considering)(?:,\s*[^,?]{1,30},)?\s+(?:that|the\s+fact\s+that)\s+"
    r"(?P<premise>[^,?;]+)",
    re.I,
)


def _figure(text: str) -> bool:
    # "has doubled since 1997": a multiple is a figure (`multiples`).
    return any(q.unit != "year" and not q.weak for q in quantities(text)) or bool(
        MULTIPLE.search(text)
    )


def asserts_finding(text: str) -> bool:
    """Whether a question's "showing that …" or "admit that …" clause states a figure, its
    premise reports what a named body found ("considering X found …"), a why-question
    presupposes a figure's change, or a premise before ", so …?" states a figure or a
    record."""
    if _PREMISE.search(text):
        return True
    why = _WHY.search(text)
    if why and _figure(text[why.end() :]) and _CHANGED.search(text[why.end() :]):
        return True
    so = _SO_ASK.search(text)
    premise = text[: so.start()] if so else ""
    if (
        len(premise.split()) >= 5
        and not _SUPPOSED.match(premise)
        and (_figure(premise) or RECORD.search(premise) or RANK.search(premise))
    ):
        return True
    found = _FINDING.search(text)
    if not found:
        return False
    return _figure(text[found.end() :])


def question_premise(text: str) -> str | None:
    """A question's premise after "given that", of five words or more, or None."""
    given = _GIVEN_THAT.search(text) if text.rstrip("”’\"' ").endswith("?") else None
    premise = given.group("premise") if given else ""
    return premise if len(premise.split()) >= 5 else None
