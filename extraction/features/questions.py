"""A question that carries a stated finding.

- "To ask the Government what its response is to the latest statistics showing that
  only 61% of …", "How can he expect …, if he won't own up that there has been a 6
  percent fall in …?": the question asks, but the figure in its "showing that …" or
  "admit that …" clause is put as a fact, and that fact can be checked.
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


def asserts_finding(text: str) -> bool:
    """Whether a question's "showing that …" or "admit that …" clause states a figure."""
    found = _FINDING.search(text)
    if not found:
        return False
    return any(q.unit != "year" and not q.weak for q in quantities(text[found.end() :]))
