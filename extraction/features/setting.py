"""A speech's or a briefing's setting rather than its claims.

- "Speech by Jane Roe, Governor, at the University of X, 20 November 2024.": the header
  line naming the speech, its speaker, its occasion and its date;
- "© Northland Union, 2021, Source: Audiovisual Service": a picture's copyright credit;
- "I always find it a pleasure to hear from …": the speaker's pleasantry on being there;
- "Today's topic is drought assistance.": the host's announcement of what follows.
"""

import re

from extraction.occasion_dates import SPEECH_HEADER
from extraction.written_dates import find_dates

_PLEASANTRY = re.compile(
    r"\bfind(?:s)?\s+it\s+(?:a|an)\s+(?:\w+\s+)?(?:pleasure|honou?r|privilege|delight)\b", re.I
)
_TOPIC = re.compile(
    r"^(?:today['’]s|this\s+(?:morning|afternoon|evening)['’]s|our)\s+"
    r"(?:topic|subject|theme)\s+(?:is|will\s+be)\b",
    re.I,
)


def setting(text: str) -> str | None:
    """The reason `text` sets the scene of a speech or a briefing, if it does."""
    text = text.strip()
    if SPEECH_HEADER.match(text) and find_dates(text) and len(text.split()) <= 60:
        return "a speech's header"
    if "©" in text:
        return "a copyright credit"
    if _PLEASANTRY.search(text) or _TOPIC.match(text):
        return "the speaker's pleasantry or topic"
    return None
