"""A quotation printed after its speaker's name and a colon: a release's subhead
"Administrator Roe: “The figures show …”", "Jane Roe: “We will …”".

The words in the marks are that person's (by the fullest name the text gives her), not
the release's. The label must be a person: an office and a surname, or a full name; not
a heading ("Background: “…”"), a body ("Bus Agency: “…”") or an office alone ("The
Minister: “…”", which the older rules resolve).
"""

import re

from extraction.attribution.names import ROLE_HEADS, Speaker, parse_person
from extraction.attribution.resolution import Resolver

_LABEL_QUOTE = re.compile(
    r"^(?P<who>[A-Z][\w’'.-]*(?:\s+(?:of|for|the|[A-Z][\w’'.-]*)){1,6}?)\s*:\s*[“\"]"
)


def label_quote_speaker(text: str, resolver: Resolver) -> Speaker | None:
    """The person a "Name: “…”" label names (see the module), or None."""
    match = _LABEL_QUOTE.match(text.strip())
    person = parse_person(match.group("who")) if match else None
    if person is None or person.kind != "person":
        return None
    titled = set(person.role.lower().split()) & ROLE_HEADS
    if person.role and not titled:
        return None
    resolved = resolver.resolve(person)
    if len(resolved.name.split()) < 2 and not titled:
        return None
    return Speaker(resolved.name, person.role or resolved.role, "person")
