"""Rhetoric that states nothing a reader could check: comparison words used as figures of
speech ("more than a policy", "more questions to answer", "a record of every meeting"),
and the speaker rallying the room ("Now, let's make sure we keep …")."""

import re

# "more than a policy", "more than just a game": a thing called bigger than its kind.
_MORE_THAN_A_KIND = (
    r"\b(?:more|less)\s+than\s+(?:just\s+|simply\s+|merely\s+)?(?:a|an)\s+(?![\d])\w+"
)
# "more questions to answer", "much more work to do", "more to say": a task left, no count.
_TASK_LEFT = (
    r"\b(?:much\s+|a\s+lot\s+|far\s+)?more\s+(?:(?:questions|work|things)\s+)?to\s+"
    r"(?:answer|do|say|learn|discuss|come|be\s+done)\b"
)
# "a record of every meeting", "keep records of": an archive, not a record high or low.
_ARCHIVE = r"\b(?:a|the|our|their|its|keep|kept|keeps)\s+records?\s+of\b"
_IDIOMS = re.compile("|".join((_MORE_THAN_A_KIND, _TASK_LEFT, _ARCHIVE)), re.IGNORECASE)


def without_idioms(text: str) -> str:
    """`text` with its comparison idioms blanked out, for the comparison patterns."""
    return _IDIOMS.sub(" ", text)


# "Now, let's make sure we keep …", "let's continue to …": a call to the room.
RALLY = re.compile(r"\blet[’']s\s+(?:make\s+sure|ensure|keep|continue|work|not\s+forget)\b", re.I)
