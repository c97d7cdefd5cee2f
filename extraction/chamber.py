"""A debate record's or a committee transcript's turns, as they bear on its claims.

A house as a body says nothing in its own record: every word in it is a member's,
a witness's or the chair's. A claim that the rules could only give to the house
(the record's publisher: "House of Representatives", "Houses of the Oireachtas",
"UK Parliament") goes to the member whose turn or heading comes last before it; a
claim before any turn (the page's own notes) stays the publisher's.
"""

import re
from dataclasses import replace

from extraction.attribution import Speaker

# A legislature or one of its chambers, as a publisher names it: "UK Parliament (House of
# Commons)", "New Zealand House of Representatives", "Houses of the Oireachtas", "Seanad
# Éireann", "Northern Ireland Assembly", "United States Senate", "Congress".
_HOUSE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}?(?:House|Houses|Parliament|Assembly|Senate|Seanad"
    r"|Dáil|Dail|Congress|Oireachtas|Chamber|Legislature)(?:\s+(?:of\s+(?:the\s+)?)?"
    r"(?:Representatives|Commons|Lords|Deputies|Delegates|Keys|Oireachtas|Éireann|Eireann))?"
    r"(?:\s*\([^()]*\))?$"
)


def statement_floor(kind: str, default: Speaker | None, block: Speaker | None) -> bool:
    """Whether a record's paragraph is one member's statement, held as a speech is: a
    record the page gives to a person (a committee member's written opening statement
    under his name), in no turn of its own. What he reports from a report ("the Inspector
    General announced that …", "according to the IG, …") is his claim; only quotation
    marks give the words to another."""
    personal = default is not None and default.kind == "person" and not is_house(default.name)
    return kind == "parliamentary_record" and personal and block is None


def first_turn(blocks: dict[int, Speaker | None]) -> int | None:
    """The index of the first paragraph a debate record gives to a speaker, if any."""
    spoken = [index for index, speaker in blocks.items() if speaker is not None]
    return min(spoken) if spoken else None


def is_house(name: str | None) -> bool:
    """Whether `name` is a legislature or one of its chambers, not a member or a party
    group ("Senate Democrats" is a caucus that speaks)."""
    # A bilingual house gives both names: "Senedd Cymru / Welsh Parliament".
    parts = " ".join((name or "").split()).split(" / ")
    return bool(name) and any(_HOUSE.match(part) for part in parts)


def member_floor(candidates: list, every: list, blocks: dict[int, Speaker | None]) -> list:
    """`candidates` with each claim given to a house passed to the member whose turn came
    last before its paragraph (a heading, a label, a chair's hand-over); unchanged when
    no member has had the floor yet."""
    result = []
    for candidate in candidates:
        if candidate.speaker_kind != "person" and is_house(candidate.speaker):
            member = _last_member(candidate.start, every, blocks)
            if member is not None:
                candidate = replace(
                    candidate, speaker=member.name, speaker_role=member.role, speaker_kind="person"
                )
        result.append(candidate)
    return result


def _last_member(offset: int, every: list, blocks: dict[int, Speaker | None]) -> Speaker | None:
    """The person whose turn holds the paragraph at `offset`, or came last before it."""
    member = None
    for paragraph in every:
        if paragraph.start > offset:
            break
        speaker = blocks.get(paragraph.index)
        if speaker is not None and speaker.kind == "person" and not is_house(speaker.name):
            member = speaker
    return member
