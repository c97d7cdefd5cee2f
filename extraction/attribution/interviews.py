"""Interview turns: the interviewer's label ("Q:", "JOURNALIST:"), the answer's ("A:"),
and a label naming only an office ("TREASURER:")."""

import re

from extraction.attribution.names import ROLE_HEADS, Speaker
from extraction.attribution.resolution import Resolver

# Interview turns: the interviewer's label ("Q:", "JOURNALIST:") or the answer's ("A:").
_INTERVIEWER = re.compile(
    r"^(?:Q|Q\.|Question|(?:the\s+)?(?:journalist|interviewer|presenter|host|reporter|moderator"
    r"|anchor|questioner|audience\s+member))\s*:",
    re.IGNORECASE,
)
_ANSWER = re.compile(r"^(?:A|A\.|Answer)\s*:", re.IGNORECASE)


def interviewer_label(text: str) -> str | None:
    """ "Journalist" for a line "JOURNALIST:" or "Journalist: How …?"; "Interviewer" for
    "Q:"; None when the line is not the interviewer's."""
    match = _INTERVIEWER.match(text.strip())
    if not match:
        return None
    word = match.group(0).rstrip(" :.").split()[-1]
    return "Interviewer" if word.lower() in {"q", "question"} else word.capitalize()


def interview_turn(
    text: str,
    kind: str,
    current: Speaker | None,
    publication: Speaker | None,
    resolver: Resolver,
    *,
    named: bool,
) -> tuple[bool, Speaker | None]:
    """Whether `text` starts an interview turn, and whose (None: the interviewee).
    `named`: whether the line is a speaker line naming someone ("JANE ROE:")."""
    label = interviewer_label(text)
    if label is not None:
        return True, publication or Speaker(label, "interviewer", "person")
    if _ANSWER.match(text):
        return True, None
    if kind == "intro" and not named:
        # "TREASURER:", "MINISTER:": a label that names no one is the interviewee's, or
        # the holder of that office when the text names one ("TREASURER JANE ROE:" before).
        office = text.rstrip(": ").lower()
        holder = resolver.by_role(office) if set(office.split()) & ROLE_HEADS else None
        return True, holder
    return False, current
