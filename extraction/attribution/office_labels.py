"""A transcript's label giving an office and a name, in either order: "Treasurer Jane
Roe: …", "Jane Roe, Treasurer: …", "JANE ROE, MEMBER FOR X: …", "MEMBER FOR X, JANE ROE:
…"."""

import re

from extraction.attribution.names import (
    CONNECTORS,
    LABEL_OFFICES,
    ROLE_HEADS,
    Speaker,
    parse_person,
    phrase_title,
    split_tokens,
)
from extraction.attribution.reprints import bare_name

# "Treasurer Jane Roe: …", "Jane Roe, Treasurer: …", "JANE ROE, MEMBER FOR X: …", "… HOST: …".
OFFICE_LABEL = re.compile(
    r"^(?P<label>[A-Z][\w’'.-]*(?:,?\s+(?:of|for|the|and|[A-Z][\w’'.-]*)){1,11}):\s+(?=\S)"
)


def _office_words(part: str) -> set[str]:
    return {w.lower() for w in split_tokens(part)} & (ROLE_HEADS | LABEL_OFFICES)


def _bare(name: str) -> Speaker | None:
    return bare_name(name.strip()) if not name.isupper() else bare_name(name.strip().title())


def office_label(text: str) -> Speaker | None:
    """The person of a label giving an office and a name, in either order."""
    match = OFFICE_LABEL.match(text)
    if not match:
        return None
    label = match.group("label")
    name, _, office = label.partition(",")
    if office and _office_words(office):
        person = _bare(name)
        return Speaker(person.name, office.strip(), "person") if person else None
    # "MINISTER FOR JOBS, ENTERPRISE AND INNOVATION": a portfolio's list, no name.
    listed = {w.lower() for w in office.split()} & CONNECTORS
    person = _bare(office) if office and _office_words(name) and not listed else None
    if person is not None:
        # "MEMBER FOR NORTHTOWN, JANE ROE": the office first, then its holder.
        return Speaker(person.name, name.strip(), "person")
    if name.lower().startswith("the "):
        # "THE MINISTER OF HOME AFFAIRS:": an office alone, its last word no surname.
        return None
    # A label in capitals read as written in title case ("MINISTER FOR BUSES").
    person = parse_person(phrase_title(label.lower()) if label.isupper() else label)
    if person is None or person.kind != "person" or not person.role:
        return None
    if person.role.split()[-1].lower() in CONNECTORS:
        # "MINISTER FOR BUSES:": the portfolio, not a name after the office.
        return None
    return person if {w.lower() for w in person.role.split()} & ROLE_HEADS else None
