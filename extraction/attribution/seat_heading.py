"""A Westminster Hall-style opening: the member's name and seat alone on a heading line
("Jane Roe (Northtown)"), then her speech in the first person. Without a party, an
office or a time stamp around it, only the "I" after it tells the line from a title
with a bracket ("Housing Provision (Wales)")."""

import re

from extraction.attribution.names import ORGANISATION_WORDS, ROLE_HEADS, Speaker, parse_person
from extraction.text import Paragraph

# Two or three capitalised words, then one bracket without digits.
_NAME_SEAT = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+\((?P<seat>[^()\d]{2,50})\)"
)
# The opening words of a speech in the first person.
_OPENS_FIRST_PERSON = re.compile(r"^(?:I|I[’']m|I[’']d|My|We)\b")


def seat_heading(paragraph: Paragraph, after: Paragraph | None) -> Speaker | None:
    """The member a "Name (Seat)" heading names when the paragraph after it opens in the
    first person; None for anything else."""
    match = _NAME_SEAT.fullmatch(paragraph.text.strip())
    if match is None or after is None or after.kind not in ("prose", "bullet"):
        return None
    if not _OPENS_FIRST_PERSON.match(after.text):
        return None
    name = match.group("name")
    words = {w.lower() for w in re.split(r"[\s-]+", name)}
    if words & (ROLE_HEADS | ORGANISATION_WORDS):
        return None
    person = parse_person(name)
    if person is None or person.kind != "person" or person.role:
        return None
    return Speaker(person.name, "", "person")
