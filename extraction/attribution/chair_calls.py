"""A presiding officer's hand-over in prose, closing a paragraph of business in a record
with no speaker headings:

    The next item of business is the debate on motion 123, in the name of Jane Roe. I
    call Jane Roe to speak to and move the motion.
    We move to item 5, a statement by the Minister for Buses, and I call the Minister,
    Jane Roe.
    I call Jane Roe. You have up to six minutes.

The paragraphs after it are the member's (`floor.called_floor`). A call counts only when
it ends the paragraph (nothing after it but the time allowed), names a person or an office
(never a body: "I call on the Government to act"), calls her by name alone or to a task
of the debate done to the debate's business ("to move the motion", "to respond to the
debate", not "to close the loophole"), and is made outside any member's turn, or in the
chair's. With "call on", the idiom of a member's demand ("I call on the Minister to
introduce a ban"), only the chair's own tasks count: moving, opening, closing, winding up,
making the statement."""

import re

from extraction.attribution.names import (
    PARTICLE,
    ROLE_HEADS,
    Speaker,
    parse_person,
)
from extraction.attribution.offices import office_holder
from extraction.attribution.resolution import Resolver

_WORD = r"[A-Z][\w’'.-]*"
# A name or an office, with an office's small words: "Jane Roe", "Mabon ap Gwynfor", "the
# Minister for Housing and Local Government", "the Deputy Minister, Jane Roe".
_PART = rf"(?:the\s+)?{_WORD}(?:\s+(?:of|for|the|and|{PARTICLE}|{_WORD})){{0,8}}"
_WHO = rf"(?P<who>{_PART}(?:,\s+{_PART})?)"
# Where a call may open inside the chair's sentence: "…, and I call the Minister, Jane Roe."
_CALL_START = re.compile(r"(?:^|[,;]\s+(?:and\s+|so\s+)?|\s+and\s+)(?=I\s+(?:now\s+)?call\s)")
# The chair's own tasks, which a member's demand ("I call on …") hardly names.
_CHAIR_TASK = (
    r"(?:speak\s+to\s+and\s+)?move|open|close|wind\s+up|lead\s+off"
    r"|make\s+(?:the|her|his|their)\s+statement"
)
_TASK = rf"(?:{_CHAIR_TASK}|begin|start|present|introduce|speak|respond|reply)"
# The call: "I call Jane Roe.", "I call on the Minister to move the motion—Jane Roe.",
# "I call Jane Roe, who has up to six minutes."
_CALL = re.compile(
    rf"^I\s+(?:now\s+)?call\s+(?P<on>(?:on|upon)\s+)?{_WHO}"
    r"(?:,\s+who\s+has\s+(?:up\s+to\s+)?[\w-]+\s+minutes?"
    rf"|\s+to\s+(?P<task>{_TASK})\b(?P<tail>[^.!?—–]{{0,80}}?)"
    rf"(?:\s*[—–]\s*(?P<holder>{_PART}))?)?[.!]?$"
)
# What a task of the debate is done to, if anything: "to move the motion", "to open the
# debate on behalf of the Government", "to speak to and move amendment 3"; "to close the
# loophole" is a member's demand.
_BUSINESS = re.compile(
    r"^\s*$|\b(?:debate|motion|amendments?|statement|bill|item|question|report|petition"
    r"|behalf)\b",
    re.I,
)
# The time the chair allows: "Jane Roe, you have up to six minutes.", "You have seven
# minutes, First Minister."
_ALLOTTED = re.compile(
    rf"^(?:{_WHO},\s+)?[Yy]ou\s+have\s+(?:up\s+to\s+|around\s+|about\s+)?[\w-]+"
    rf"(?:\s+or\s+[\w-]+)?\s+minutes?\b[^,.;:!?]{{0,30}}(?:,\s+(?P<after>{_PART}))?[.!]?$"
)
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness"}
# Presiding offices, whose turn may hand the floor.
_PRESIDING = re.compile(
    r"\b(?:Speaker|President|Presiding\s+Officer|Chair(?:man|woman|person)?|Llywydd"
    r"|Convener|Ceann\s+Comhairle|Cathaoirleach)\b",
    re.I,
)


def chair_turn(speaker: Speaker | None) -> bool:
    """Whether a paragraph in `speaker`'s turn may hand the floor: no turn at all, or a
    presiding officer's."""
    return speaker is None or bool(_PRESIDING.search(f"{speaker.role} {speaker.name}"))


def _member(who: str, resolver: Resolver) -> Speaker | None:
    """The member a call names: a person ("Jane Roe", "Deputy Roe"), an office and its
    holder ("the Deputy Minister, Jane Roe"), or an office alone as the holder the text
    names; no body ("the Government")."""
    who = " ".join(who.split()).rstrip(".")
    office, _, name = who.rpartition(", ")
    if office:
        person = parse_person(name)
        holder = set(office.lower().split()) & ROLE_HEADS
        if not holder or person is None or person.kind != "person" or person.role:
            return None
        return Speaker(person.name, re.sub(r"^the\s+", "", office, flags=re.I), "person")
    person = parse_person(who)
    if person is not None and person.kind != "person":
        return None  # "the Government"
    # "the Minister", "First Minister", "Secretary of State": an office, no name.
    unnamed = person is None or person.role.split()[-1:] in (["of"], ["for"], ["and"])
    if who.startswith("the ") or unnamed:
        words = {w.lower() for w in who.split()}
        return office_holder(who, resolver) if words & ROLE_HEADS else None
    if person.role or len(person.name.split()) > 1:
        return Speaker(person.name, person.role, "person")  # "Deputy Roe", "Jane Roe"
    if who.split()[0].lower().strip(".") in _TITLES:
        return resolver.resolve(person)  # "Ms Roe": the full name the text gives her
    return None


def handed(text: str, resolver: Resolver) -> Speaker | None:
    """The member a chair's paragraph hands the floor to (see the module), or None."""
    found: Speaker | None = None
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(text.split())):
        allotted = _ALLOTTED.match(sentence)
        if allotted is not None:
            who = allotted.group("who") or allotted.group("after")
            found = (_member(who, resolver) if who else None) or found
            continue
        found = None
        for start in _CALL_START.finditer(sentence):
            call = _CALL.match(sentence[start.end() :])
            if call is None or not _BUSINESS.search(call.group("tail") or ""):
                continue
            chair_task = re.fullmatch(_CHAIR_TASK, call.group("task") or "")
            if not call.group("on") or not call.group("task") or chair_task:
                who = call.group("who")
                holder = call.group("holder")
                found = _member(f"{who}, {holder}" if holder else who, resolver)
                break
    return found
