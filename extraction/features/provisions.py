"""What a law or a rule provides: "the Act requires …", "the new law will ban …", and
what it makes so: "the Act makes school meals free for …", "the rule made it
compulsory": a legal fact to check, however the provision is worded."""

import re

from extraction.features.patterns import LEGAL_FACT

# "the Act makes school meals free", "the law made the scheme available to …".
_MAKES = re.compile(
    r"\b(?:act|law|bill|treaty|regulations?|rules?|legislation|directive|order)\s+"
    r"(?:\w+\s+){0,2}?(?:makes?|made)\s+(?:[\w’'-]+\s+){1,5}?(?:free|available|eligible"
    r"|illegal|unlawful|legal|mandatory|compulsory|cheaper|affordable|exempt|liable)\b",
    re.I,
)


def provision(text: str) -> bool:
    """Whether `text` says what a law or a rule provides or makes so."""
    return bool(LEGAL_FACT.search(text) or _MAKES.search(text))
