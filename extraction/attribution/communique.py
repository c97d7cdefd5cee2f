"""A communiqué: the record a council of ministers (a meeting, a forum) issues after it
meets, in its own collective voice.

    Bus Ministers' Council meeting
    The Bus Ministers' Council (Ministers' Council) met in Northtown on 3 May 2024. …
    Ministers agreed to …

The page is headed as a communiqué or as a meeting, and its opening sentence says the body
met; its narration ("The Council welcomed …", "Ministers agreed …", "Members noted …") is
that body's, whichever minister's office posts it. A quoted member ("“We …,” said Jane
Roe") keeps her words, and a page that only mentions a meeting ("The minister met the
council on Monday") is no communiqué.
"""

import re

from extraction.attribution.names import Speaker

_HEADED = re.compile(r"\bcommuniqu[eé]\b|\bmeeting\b(?:\s*[(:–—-].*)?$", re.IGNORECASE)
_WORD = r"[A-Z][\w’'-]*"
_BODY_WORDS = r"(?:Council|Committee|Forum|Meeting|Conference|Board|Group|Summit|Cabinet)"
_MET = re.compile(
    rf"^(?:The\s+)?(?P<body>{_WORD}(?:\s+(?:of|for|and|on|the|{_WORD})){{0,8}}?\s+{_BODY_WORDS}"
    r"(?:\s+of\s+[A-Z][\w’' -]{2,40}?)?)(?:\s+\([^()]{2,40}\))?\s+"
    r"(?:met|convened|held\s+its)\b"
)
# The collective subjects of a communiqué's sentences.
_COLLECTIVE = {"ministers", "members", "leaders", "delegates", "participants", "council"}
_TOP = 8


def meeting_body(every, title: str) -> Speaker | None:
    """The body a communiqué speaks for (see the module), or None."""
    top = every[:_TOP]
    headings = [title] + [p.text for p in top if not p.is_prose or len(p.words) <= 12]
    if not any(_HEADED.search(line.strip()) for line in headings if line):
        return None
    for paragraph in [p for p in top if p.is_prose][:3]:
        match = _MET.match(paragraph.text.strip())
        if match:
            return Speaker(" ".join(match.group("body").split()), "", "organisation")
    return None


def collective(speaker: Speaker | None, body: Speaker | None) -> Speaker | None:
    """`body` for a communiqué's collective subject ("Ministers agreed …"); `speaker`
    otherwise."""
    if speaker is None or body is None or body.kind != "organisation":
        return speaker
    words = speaker.name.lower().split()
    return body if words and words[-1] in _COLLECTIVE and len(words) <= 2 else speaker
