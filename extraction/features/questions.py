"""A question that carries a stated finding.

- "To ask the Government what its response is to the latest statistics showing that
  only 61% of …", "How can he expect …, if he won't own up that there has been a 6
  percent fall in …?": the question asks, but the figure in its "showing that …" or
  "admit that …" clause is put as a fact, and that fact can be checked.
- "Why was the scheme extended, given that the Audit Office found it overpaid most
  claimants?": a question whose premise reports what a named body found states that
  finding as a fact, figure or not.
- "Can she confirm that more than 900 …?", "How much longer can it remain below 6 per
  cent?": asking for confirmation, or about a figure, asserts nothing; still a question.
"""

import re

from extraction.numbers import quantities

_FINDING = re.compile(
    r"\b(?:(?:statistics|figures|data|numbers|report|survey|research)\s+(?:\w+\s+)?"
    r"show(?:ing|s|ed)?|own(?:s|ed)?\s+up(?:\s+to\s+the\s+fact)?|admit(?:s|ted)?"
    r"|concede(?:s|d)?)\s+that\b",
    re.I,
)


# "…, given that the Audit Office found …?", "considering the Regulator concluded that …":
# the premise names who found it (a capital) and reports the finding.
_PREMISE = re.compile(
    r"\b(?:considering|given)\s+(?:that\s+)?(?:the\s+)?(?-i:[A-Z])[^?;]{0,140}?"
    r"\b(?:all\s+|both\s+)?(?:found|concluded|showed|reported|warned)\s+(?:that\s+)?\w+",
    re.I,
)


def asserts_finding(text: str) -> bool:
    """Whether a question's "showing that …" or "admit that …" clause states a figure, or
    its premise reports what a named body found ("considering X found …")."""
    if _PREMISE.search(text):
        return True
    found = _FINDING.search(text)
    if not found:
        return False
    return any(q.unit != "year" and not q.weak for q in quantities(text[found.end() :]))
