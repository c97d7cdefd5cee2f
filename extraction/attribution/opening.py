"""A debate reprint with no speaker lines where the chair calls the member who opens it:
"I call the Minister for Buses to open the debate." or "Before I call Jane Roe to open the
debate, I should point out …". The chair may go on for a paragraph or two first ("Order.
Just one second, Minister."); the first paragraph after the call that is not the chair's
is the member's, and so are those after it until a heading or another turn."""

import re

from extraction.attribution.names import ROLE_HEADS, Speaker
from extraction.attribution.offices import addresses, office_holder
from extraction.attribution.resolution import Resolver
from extraction.text import Paragraph

_WHO = r"(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'-]*)){0,6})"
# "Before I call X to open the debate", "I now call X to lead off": the floor to be handed.
OPENING_CALL = re.compile(
    rf"(?:^|[.!?]\s+)(?:Before\s+I\s+call|I\s+(?:now\s+)?call(?:\s+on|\s+upon)?)\s+{_WHO}"
    r"\s+to\s+(?:open|lead\s+off|begin|start)\b"
)
# The chair announcing a statement: "Before we turn to questions, the First Minister will
# give a short statement." The office (or member) named has the floor next.
_ANNOUNCED = re.compile(
    rf"\b{_WHO}\s+will\s+(?:now\s+)?(?:give|make|deliver)\s+(?:a|an|his|her|their)\s+"
    r"(?:[a-z]+\s+){0,2}statement\b"
)
# The chair still speaking: "Order.", another "Before I call …".
_CHAIR_GOES_ON = re.compile(r"^(?:Order\b|Before\s+I\s+call\b)")


def _callee(who: str, resolver: Resolver) -> Speaker:
    """The member called: an office ("the Prime Minister"), resolved to the holder the
    text names if any, or a name."""
    if set(who.lower().split()) & ROLE_HEADS:
        return office_holder(who, resolver)
    return resolver.resolve(Speaker(who, "", "person"))


def _announced(text: str) -> re.Match | None:
    """The chair's announcement of an office's (a member's) statement; not "We will …"."""
    match = _ANNOUNCED.search(text)
    return match if match and set(match.group("who").lower().split()) & ROLE_HEADS else None


def opened_floor(
    paragraphs: list[Paragraph], blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """`blocks` with the paragraphs after an opening call given to the member called, for
    paragraphs no speaker line or earlier call has given anyone (their block unchanged)."""
    result = dict(blocks)
    callee: Speaker | None = None
    caller: Speaker | None = None
    speaking = False
    for paragraph in paragraphs:
        if not paragraph.is_prose:
            callee = None if paragraph.kind == "heading" else callee
            continue
        if callee is not None and blocks.get(paragraph.index) != caller:
            callee = None
        call = OPENING_CALL.search(paragraph.text) or _announced(paragraph.text)
        if call is not None:
            callee = _callee(call.group("who"), resolver)
            caller, speaking = blocks.get(paragraph.index), False
            continue
        if callee is None:
            continue
        # "Just one second, Prime Minister.": the chair speaking to the member called.
        spoken_to = addresses(paragraph.text, callee.role or callee.name)
        chair = _CHAIR_GOES_ON.match(paragraph.text) or spoken_to
        if not speaking and chair:
            continue
        speaking = True
        result[paragraph.index] = callee
    return result
