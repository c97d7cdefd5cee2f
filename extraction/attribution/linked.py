"""Speaker headings as a debate record's mirror site prints them.

A mirror of a parliament's record ends each speaker heading with its link to the
speech ("Jane Roe Link to this") and may run the portrait's alternative text, the
member's surname, into the heading ("RoeHon JANE ROE (Minister of Buses) Link to
this"). The heading is the member's whatever the house or the page's publisher is.
"""

import re

from extraction.attribution.names import ROLE_HEADS, Speaker, parse_person, split_tokens

# The per-speech link at the end of the heading.
_LINKED = re.compile(r"\s*\|?\s*Link\s+to\s+this\s*$", re.IGNORECASE)
# The portrait's surname run into the heading: "RoeHon JANE ROE", "Roe6. JANE ROE".
_GLUED = re.compile(r"^(?P<alt>[A-Z][a-z’'-]+)(?=[A-Z\d])")


def linked_heading(text: str) -> Speaker | None:
    """The member a mirror's heading names ("Hon JANE ROE (Minister of Buses) Link to
    this"), with the office its brackets give; None for a line without the link."""
    bare, linked = _LINKED.subn("", text.strip())
    if not linked:
        return None
    glued = _GLUED.match(bare)
    if glued and glued.group("alt").lower() in bare[glued.end() :].lower():
        bare = bare[glued.end() :]
    # An oral question's number: "6. JANE ROE (Party)".
    bare = re.sub(r"^\d{1,3}\.\s*", "", bare)
    brackets = re.findall(r"\(([^()]{2,80})\)", bare)
    outside = re.sub(r"\s*\([^()]*\)", "", bare).strip()
    person = parse_person(outside)
    if person is None or person.kind != "person" or person.role or len(person.name.split()) < 2:
        return None
    name = person.name
    if name.isupper():
        name = " ".join(word.capitalize() for word in name.split())
    offices = [b for b in brackets if {w.lower() for w in split_tokens(b)} & ROLE_HEADS]
    return Speaker(name, offices[0] if offices else "", "person")
