"""A debate record's lines that hand the floor without a speaker heading of the
member's own: a motion printed under its mover's name ("Motion NDM1234 Jane Roe", "Motion
in the name of Jane Roe") is the mover's until "Motion moved."; a chair's "Deputy Roe was
in possession" (a debate resumed) or "I call Senator Roe." gives the paragraphs after it to
that member, while no speaker line starts another turn; so does a Lords record's "Moved by
Lord Roe" over the motion's text."""

import re

from extraction.attribution.names import PARTICLE, Speaker, parse_person
from extraction.attribution.resolution import Resolver
from extraction.text import Paragraph

# Capitals past ASCII too, and a one-letter word inside a name: "Caoimhghín Ó Caoláin".
_NAME = rf"[A-ZÀ-ÖØ-Þ][\w’'.-]+(?:\s+(?:{PARTICLE}\s+)*[A-ZÀ-ÖØ-Þ][\w’'.-]*){{0,3}}"
# "Motion NDM8652 Jane Roe", "Motion No. 12 in the name of Jane Roe", "Motion in the name of
# the Minister for Buses (Jane Roe)": the motion's text follows.
_MOTION = re.compile(
    r"^(?:Notice\s+of\s+)?Motion\s+(?:(?:No\.?\s*)?[A-Z]{0,4}\s?\d+\s+)?(?:tabled\s+by\s+|in\s+the"
    rf"\s+name\s+of\s+)?(?:[^()]{{2,80}}\((?P<inner>{_NAME})\)|(?P<name>{_NAME}))\.?$"
)
# A Lords motion's line "Moved by Lord Roe of Northtown" (a party or an office in brackets
# allowed): the motion under it and what follows are the mover's, until a heading.
_PEER_NAME = rf"[A-Z][\w’'.-]+(?:\s+(?:of\s+|{PARTICLE}\s+)*[A-Z][\w’'.-]+){{0,4}}"
_MOVED_BY = re.compile(
    rf"^Moved\s+by\s+(?:[^()]{{2,80}}\((?P<inner>{_PEER_NAME})\)|(?P<name>{_PEER_NAME}))"
    r"(?:\s*\([^()]{1,30}\))?\.?$"
)
# The end of a motion's text: the chair's "Motion moved." or the question put on it.
_MOVED = re.compile(r"^(?:Motion|Amendment)s?\s+(?:formally\s+)?moved\b|^Question\s+put\b", re.I)
# A resumed debate's "Deputy Jane Roe was in possession", a chair's "I call Senator Roe.":
# the member's seat title, which says a member of the house is meant.
_SEATS = r"(?:Deputy|Senator|Member|Councillor|Teachta|Congressman|Congresswoman)"
_HANDED = re.compile(
    rf"^(?:(?P<possessor>{_SEATS}\s+{_NAME})\s+(?:was|is)\s+in\s+possession\b"
    rf"|I\s+(?:now\s+)?call\s+(?:on\s+|upon\s+)?(?P<called>{_SEATS}\s+{_NAME})\.?$"
    # The chair's "Senator Roe is moving the motion and sharing time with …", "I call on
    # Deputy Roe to move the motion": the motion's words that follow are the mover's.
    rf"|(?P<mover>{_SEATS}\s+{_NAME})\s+(?:is|will\s+be)\s+moving\s+the\s+(?:motion|amendment)\b"
    rf"|I\s+(?:now\s+)?call\s+(?:on\s+|upon\s+)?(?P<invited>{_SEATS}\s+{_NAME})\s+to\s+move\b"
    # "The following motion was moved by Deputy Jane Roe on Thursday, 14 January 2016:".
    rf"|(?:The\s+following\s+)?(?:motion|amendment)\s+was\s+moved\s+by\s+"
    rf"(?P<moved>{_SEATS}\s+{_NAME})(?:\s+on\s+[^:]{{3,40}})?:$)"
)


def _handed(text: str) -> Speaker | None:
    """The member a motion heading or a chair's line gives the floor to, if any."""
    text = " ".join(text.split())
    motion = _MOTION.match(text) or _MOVED_BY.match(text)
    if motion:
        return parse_person(motion.group("inner") or motion.group("name"))
    handed = _HANDED.match(text)
    if handed:
        return parse_person(
            next(filter(None, handed.group("possessor", "called", "mover", "invited", "moved")))
        )
    return None


def moved_floor(
    paragraphs: list[Paragraph], blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """`blocks` with the paragraphs after a motion heading or a chair's hand-over given to
    the member named, until "Motion moved.", a heading or another speaker's turn."""
    result = dict(blocks)
    holder: Speaker | None = None
    # The turn the hand-over was printed in, taken from the first paragraph after it (a
    # motion's heading is in no turn of its own).
    turn: list[Speaker | None] = []
    for paragraph in paragraphs:
        block = blocks.get(paragraph.index)
        if holder is not None and paragraph.kind in ("prose", "bullet"):
            turn = turn or [block]
            if block != turn[0] or _MOVED.match(paragraph.text.strip()):
                holder = None
        member = _handed(paragraph.text.strip())
        if member is not None and member.kind == "person":
            holder, turn = resolver.resolve(member), []
            resolver.learn(holder)
            continue
        if holder is not None:
            result[paragraph.index] = holder
    return result
