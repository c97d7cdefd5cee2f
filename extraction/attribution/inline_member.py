"""A record's speech whose turn label runs inside the text, as a congressional record's
page prints it: "… [Pages S101-S102] BUS FARES Mr. ROE. Mr. President, I rise …". The
member's surname in capitals after an honorific, then a full stop, opens the turn. When
the page holds one such member's turn and no other, the page's own words are hers (the
label as written, "Mr. ROE"), not the publisher's; the record's furniture before the
label is no statement."""

import re

from extraction.attribution.names import Speaker
from extraction.text import Paragraph

# "Mr. ROE.", "Ms. DE LA ROE.", "Mr. McROE.", "Mrs. ROE of Northland." followed by the
# turn's words.
_LABEL = re.compile(
    r"(?:^|(?<=\s))(?P<who>(?:Mr|Mrs|Ms|Miss|Dr)\.\s+(?:[A-Z][A-Z’'-]+\s+){0,2}"
    r"(?:Mc|Mac)?[A-Z][A-Z’'-]{2,}"
    r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\.\s+(?=[A-Z“\"‘])"
)


def inline_member(every: list[Paragraph], voice: Speaker | None, *, kind: str) -> Speaker | None:
    """The one member whose turn label runs inside a record's text, else `voice`."""
    if kind != "parliamentary_record" or voice is not None and voice.kind == "person":
        return voice
    if not any(_LABEL.search(p.text) for p in every[:4]):
        return voice
    members = {m.group("who") for p in every for m in _LABEL.finditer(p.text)}
    if len(members) != 1:
        return voice
    return Speaker(members.pop(), "", "person")
