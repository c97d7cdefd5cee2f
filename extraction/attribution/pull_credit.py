"""A quotation a page prints with its speaker's credit at its end, as radio and news sites
set a pull quote: "We share the frustrations of the people … We were confident with the
work we did…Jane Roe, spokesperson - Northland Power". The credit after the ellipsis or
the dash names whose words the paragraph is: a full name, then an office (and the body,
after a dash). A paragraph ending on a name without an office, or on a body, credits no
one."""

import re

from extraction.attribution.names import OCCUPATION, ROLE_HEADS, Speaker, parse_person
from extraction.attribution.resolution import Resolver
from extraction.text import Paragraph

_CREDIT = re.compile(
    r"(?:…|\.\.\.|\s[–—]\s?)\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+"
    r"(?P<office>[A-Za-z][^,.…–—]{2,60}?)(?:\s+[-–—]\s+(?P<body>[A-Z][^,.…]{1,60}?))?\s*$"
)


def credited_paragraph(text: str) -> Speaker | None:
    """The person a paragraph's closing credit names (see the module), else None."""
    match = _CREDIT.search(text.strip())
    if match is None:
        return None
    person = parse_person(match.group("name"))
    office = match.group("office").strip()
    words = {w.lower() for w in re.split(r"[\s-]+", office)}
    if person is None or person.kind != "person" or person.role:
        return None
    if not words & ROLE_HEADS and not OCCUPATION.search(office):
        return None
    body = match.group("body")
    return Speaker(person.name, f"{office}, {body.strip()}" if body else office, "person")


def credited_blocks(
    every: list[Paragraph], blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """`blocks` with each paragraph that closes on a speaker's credit given to her."""
    result = dict(blocks)
    for paragraph in every:
        if paragraph.kind not in ("prose", "bullet"):
            continue
        person = credited_paragraph(paragraph.text)
        if person is not None:
            result[paragraph.index] = resolver.resolve(person)
    return result
