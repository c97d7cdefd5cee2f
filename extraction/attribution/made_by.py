"""A written statement as a parliament's listing page prints it: a header of labelled
lines ("Made on: 4 May 2024", "Made by: Jane Roe (The Secretary of State for Buses)"),
the house, the statement's title, then its text.

The text under the header is the maker's, up to the next statement's header or the end
of the page; the page's own notes above the first header (what written statements are,
how to search them) stay the page's. A page that prints no "Made by" line is unchanged.
"""

import re

from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver

_MADE_BY = re.compile(
    r"^(?:Statement\s+)?[Mm]ade\s+by\s*:\s*(?P<who>[A-Z][^(),\n]{2,60}?)\s*"
    r"(?:\((?P<office>[^()]{3,160})\)|,\s*(?P<after>[^\n]{3,160}))?\s*$"
)
_MADE_ON = re.compile(r"^(?:Statement\s+)?[Mm]ade\s+on\s*:")


def _maker(text: str, resolver: Resolver) -> Speaker | None:
    match = _MADE_BY.match(text.strip())
    if match is None:
        return None
    person = resolver.person_named(match.group("who"))
    if person is None or len(person.name.split()) < 2:
        return None
    office = (match.group("office") or match.group("after") or "").strip()
    return Speaker(person.name, re.sub(r"^the\s+", "", office, flags=re.I), "person")


def made_by_blocks(every, blocks: dict, resolver: Resolver) -> dict:
    """`blocks` with each written statement's text given to the member its "Made by" line
    names (see the module)."""
    result = None
    maker = None
    for paragraph in every:
        text = paragraph.text.strip()
        named = _maker(text, resolver)
        if named is not None:
            maker = named
            result = result if result is not None else dict(blocks)
            resolver.learn(named)
            continue
        if _MADE_ON.match(text):
            # The next statement's header begins: its maker is on a line further down.
            maker = None
            continue
        if maker is not None and paragraph.is_prose:
            # The statement's title above the text is no speaker heading ("Bus Fares").
            result[paragraph.index] = maker
    return blocks if result is None else result
