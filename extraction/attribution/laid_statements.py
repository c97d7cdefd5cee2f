"""A minister's statement laid before a house and printed under the line that says whose
it is:

    My right honourable friend the Secretary of State for Buses (Jane Roe) has made the
    following Written Ministerial Statement.
    The Minister of State (Lord Roe) has today made the following statement:
    The following statement was made today by the Minister for Ferries (Jane Roe).

The statement under the line is the named minister's, even where another member reads it
out in the other house (the Lords minister who "repeats" it is its messenger, not its
author): the house that publishes the record says nothing of its own. The line itself is
the record's. A line that names only an office gives the statement to the office's holder
when the text names her, and to no one otherwise: a page that names nobody is left alone.
"""

import re

from extraction.attribution.names import (
    CONNECTORS,
    ROLE_HEADS,
    Speaker,
    bracketed_holder,
    parse_person,
)
from extraction.attribution.resolution import Resolver
from extraction.attribution.statement_by import bare_name
from extraction.text import Paragraph

# The courtesy before a fellow minister's office: "My right hon. Friend", "My noble
# Friend", "My hon. and learned Friend".
_FRIEND = (
    r"(?:(?:[Mm]y|[Oo]ur)\s+(?:right\s+)?(?:hon(?:ourable|\.)?\s+|noble\s+)?"
    r"(?:and\s+(?:learned|gallant)\s+)?[Ff]riend\s+)?"
)
# The minister: an office with the holder in brackets, or a name with or without an office.
_WHO = r"(?P<who>(?:[Tt]he\s+)?[A-Z][^()]{1,140}?(?:\s*\([^()]{3,60}\))?)"
_PEER = re.compile(r"^(?:Lord|Baroness|Lady|Viscount|Viscountess|Earl|Countess)\s+[A-Z][^()]*$")
_KIND = r"(?:(?:[Ww]ritten|[Oo]ral|[Mm]inisterial)\s+){0,3}[Ss]tatement"
_MADE = re.compile(
    rf"^{_FRIEND}{_WHO},?\s+(?:has|have)\s+(?:(?:today|now|also|this\s+\w+)\s+)*"
    rf"(?:made|laid|tabled|issued|published|presented|delivered)\s+the\s+following\s+{_KIND}\b[^.:]*[.:]?$"
)
_MADE_BY = re.compile(
    rf"^The\s+following\s+{_KIND}\s+(?:was|has\s+been)\s+(?:made|laid|tabled|issued|published|presented|delivered)\s+"
    r"(?:(?:today|earlier\s+today|in\s+the\s+House\s+of\s+\w+|before\s+\w+)\s+)*"
    rf"by\s+{_FRIEND}{_WHO}\.?:?$"
)


def statement_maker(text: str, resolver: Resolver) -> Speaker | None:
    """The minister a line "… (Name) has made the following statement." names, by the
    fullest name the text gives her; None for any other line, or an office the text
    names no holder of."""
    text = " ".join(text.split())
    match = _MADE.match(text) or _MADE_BY.match(text)
    if match is None:
        return None
    who = match.group("who").strip(" ,")
    bracket = re.search(r"\(([^()]+)\)$", who)
    if bracket:
        inner = parse_person(bracket.group(1))
        if not bracketed_holder(inner, bracket.group(1)):
            return None
        office = re.sub(r"^the\s+", "", who[: bracket.start()].strip(" ,"), flags=re.I)
        # A peer keeps the title her name is known by ("Baroness Roe of Northtown").
        peer = _PEER.match(bracket.group(1).strip())
        name = " ".join(bracket.group(1).split()) if peer else inner.name
        return resolver.resolve(Speaker(name, office, "person"))
    # "Jane Roe, Minister for Buses": the name, then the office.
    head, _, rest = who.partition(",")
    named = bare_name(head.strip())
    if named is not None:
        return resolver.resolve(Speaker(named.name, rest.strip(" ,"), "person"))
    person = parse_person(who)
    ended = (
        person is not None
        and person.role.split()[-1:] != []
        and (person.role.split()[-1].lower() not in CONNECTORS)
    )
    if person is not None and person.kind == "person" and ended and " " in person.name:
        return resolver.resolve(person)  # "Minister for Buses Jane Roe"
    # An office alone: its holder, if the text names one.
    office = re.sub(r"^the\s+", "", who, flags=re.I)
    if not set(re.split(r"[\s,-]+", office.lower())) & ROLE_HEADS:
        return None
    holder = resolver.by_role(office)
    return holder if holder is not None and holder.kind == "person" else None


def laid_floor(
    paragraphs: list[Paragraph], blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """`blocks` with the paragraphs after a "has made the following statement" line given
    to the minister it names, while they stay in the turn the line was printed in (a
    speaker heading after it starts someone else's)."""
    result = dict(blocks)
    maker: Speaker | None = None
    turn: Speaker | None = None
    for paragraph in paragraphs:
        named = statement_maker(paragraph.text, resolver)
        if named is not None:
            maker, turn = named, blocks.get(paragraph.index)
            resolver.learn(maker)
            continue
        if maker is None or paragraph.kind not in ("prose", "bullet"):
            continue
        if blocks.get(paragraph.index) != turn:
            maker = None
            continue
        result[paragraph.index] = maker
    return result
