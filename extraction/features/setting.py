"""A speech's or a briefing's setting rather than its claims.

- "Speech by Jane Roe, Governor, at the University of X, 20 November 2024.": the header
  line naming the speech, its speaker, its occasion and its date;
- "© Northland Union, 2021, Source: Audiovisual Service": a picture's copyright credit;
- "I always find it a pleasure to hear from …": the speaker's pleasantry on being there;
- "Today's topic is drought assistance.": the host's announcement of what follows;
- "Thank you to everyone who has contributed to the programme over the past 50 years.", "I
  thank the Chairman for the invitation to attend": thanks, whatever years or votes they
  name. A claim after a semicolon ("Thank you for your submissions; we have had nearly
  300, far more than usual") is kept, and "Thanks to the new law, crime fell" is a cause;
  a release's "Minister Roe thanked the councils for …" and a speaker's sympathy ("My heart
  goes out to everyone affected by the fires", "Our thoughts are with the families") are
  pleasantries too.
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

_THANKS = re.compile(
    r"^(?:(?:and|but|so|now|again|finally|first(?:ly)?|lastly),?\s+)?(?:thank\s+you\b"
    r"|many\s+thanks\b|thanks\s+(?:very\s+much|so\s+much|again|to\s+(?:all|everyone|everybody"
    r"|you))\b|(?:I|we)\s+(?:\w+\s+)?(?:want|would\s+like|wish)\s+to\s+thank\b"
    r"|(?:I|we)\s+(?:also\s+)?thank\b)",
    re.I,
)

_THANKED = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){1,4}(?:also\s+)?thanked\b")
_SYMPATHY = re.compile(
    r"\bhearts?\b[^.;]{0,40}\bgo(?:es)?\s+out\s+to\b|\bthoughts\s+(?:and\s+prayers\s+)?(?:are"
    r"|go)\s+(?:out\s+)?(?:with|to)\b",
    re.I,
)


def setting(text: str) -> str | None:
    """The reason `text` sets the scene of a speech or a briefing, if it does."""
    text = text.strip()
    if SPEECH_HEADER.match(text) and find_dates(text) and len(text.split()) <= 60:
        return "a speech's header"
    if "©" in text:
        return "a copyright credit"
    thanks = (_THANKS.match(text.lstrip("“\"‘'")) or _THANKED.match(text)) and ";" not in text
    thanks = thanks or _SYMPATHY.search(text)
    if _PLEASANTRY.search(text) or _TOPIC.match(text) or thanks:
        return "the speaker's pleasantry or topic"
    return None
