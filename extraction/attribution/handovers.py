"""A telebriefing's or press call's transcript without speaker labels: the operator or
the moderator closes a paragraph by handing the call to the next speaker ("I will now
turn the call over to Dr. Jane Roe."), and the opening statement that follows is hers,
not the agency's that hosts the call. She keeps the floor until the next hand-over or a
labelled turn."""

import re

from extraction.attribution.names import NAME_TITLE, Speaker
from extraction.attribution.resolution import Resolver
from extraction.text import Paragraph

_HANDOVER = re.compile(
    r"\b(?:I\s+will|I['’]ll|I\s+would\s+like\s+to|I['’]d\s+like\s+to|[Ll]et\s+me)\s+(?:now\s+)?"
    r"(?:turn|hand|pass)\s+(?:(?:the\s+)?(?:call|floor|briefing|line|microphone)\s+|it\s+|things\s+)?"
    r"(?:back\s+)?over\s+to\s+(?:our\s+)?(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?[^.!?,;]{2,60}?)\s*[.!]"
    # A courtesy after it: "Sir, you may begin.", "Please go ahead."
    r"(?:\s+[^.!?]{0,40}[.!])?\s*$"
)
_NAMED = re.compile(rf"^(?:{NAME_TITLE})?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,2}}$")


def handed_turns(
    paragraphs: list[Paragraph], blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """`blocks` with the paragraphs after a hand-over to a named person given to that
    person; a hand-over to no one named ("to the operator") ends the turn."""
    result = dict(blocks)
    current: Speaker | None = None
    for paragraph in paragraphs:
        if paragraph.kind not in ("prose", "bullet"):
            continue
        if blocks.get(paragraph.index) is not None:
            current = None
        elif current is not None:
            result[paragraph.index] = current
        handover = _HANDOVER.search(" ".join(paragraph.text.split()))
        if handover is not None:
            who = handover.group("who").strip()
            current = resolver.person_named(who) if _NAMED.match(who) else None
            current = current and _fullest(current, paragraphs)
    return result


def _fullest(person: Speaker, paragraphs: list[Paragraph]) -> Speaker:
    """ "Dr. Roe" by the full name the call gave her when introducing her ("We're joined
    by Dr. Jane Roe, Director of …")."""
    if len(person.name.split()) > 1:
        return person
    surname = re.escape(person.name)
    for paragraph in paragraphs:
        full = re.search(rf"\b(?:{NAME_TITLE})?([A-Z][\w’'-]+\s+{surname})\b", paragraph.text)
        if full is not None and not re.match(NAME_TITLE, full.group(1)):
            return Speaker(full.group(1), person.role, "person")
    return person
