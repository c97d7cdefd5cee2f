"""A speech page's line saying what the text is and who gave it: "Opening statement to
Parliament by Cabinet Secretary for Buses Jane Roe given on 6 May 2023.", "Speech by the
Minister for Buses, Jane Roe, at the Bus Forum on 3 May.", a ministerial statement's
"Presented to the National Assembly by Hon. Jane Roe, MP Minister of Buses". The text
under it is hers."""

import re

from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver
from extraction.attribution.standfirst import office_holder

_GENRE_BY = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,2}?(?i:statement|speech|remarks|address|lecture|keynote|presented)"
    r"\s+(?:(?:to|at|before|in)\s+[^.;:]{2,60}?\s+)?by\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w’'.-]*(?:,?\s+(?:of|for|and|the|[A-Z][\w’'.-]*)){1,10}?),?"
    r"(?:\s+(?:given|delivered|made|on|at|to|in|during)\b|\s*[.:]?\s*$)"
)


def genre_by_speaker(line: str, resolver: Resolver) -> Speaker | None:
    """The person a "Statement … by Office Name given on …" line names: an office and a
    full name, never a name alone or a body ("Speech by the Bus Forum")."""
    match = _GENRE_BY.match(line.strip())
    if not match or len(line.split()) > 40:
        return None
    return office_holder(match.group("who").strip(" ,"), resolver)
