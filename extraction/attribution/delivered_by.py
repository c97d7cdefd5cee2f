"""A speech page's description of the speech it carries, naming the office that gives it:
"The Spring Address is the statement the Minister for Ferries gives to the Assembly each
March." The speech under it is that office's (its holder's, when the text names
one), not the page's publisher's.

Only the description above the speech (the page's first paragraphs, in the third
person), and only an office ("the Minister for Buses"), never a body ("the Bus Agency
delivers a report"); a sentence of the speech itself recalling who delivers what ("I
remember the speech the Prime Minister delivered") is in the first person and gives
no one.
"""

import re

from extraction.attribution.blocks import FIRST_PERSON
from extraction.attribution.names import ROLE_HEADS, Speaker
from extraction.attribution.resolution import Resolver

# How many of the page's first paragraphs may describe the speech.
DESCRIPTION_PARAGRAPHS = 4
_DESCRIBES = re.compile(
    r"\b(?:is|are)\s+the\s+(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:[Ss]peech|[Ss]tatement|[Aa]ddress|[Ll]ecture)\s+"
    r"(?:that\s+|which\s+)?the\s+(?P<office>[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*))"
    r"{0,6}?)\s+(?:delivers|gives|makes|presents|reads)\b"
)


def described_office(texts: list[str], resolver: Resolver) -> Speaker | None:
    """The office a speech page's description says delivers the speech (see the
    module), by its holder when the text names one; None otherwise."""
    for text in texts[:DESCRIPTION_PARAGRAPHS]:
        if FIRST_PERSON.search(text):
            continue
        match = _DESCRIBES.search(text)
        if match is None:
            continue
        office = match.group("office")
        if {w.lower() for w in office.split()} & ROLE_HEADS:
            return resolver.by_role(office) or Speaker(office, office, "person")
    return None
