"""A video's transcript with its speaker labels in square brackets, often run into one
line with the page's description: "… Released: May 2024 [ Jane Roe: ] Good afternoon, Mr.
Chairman. …".

The words after a label are the labelled person's, up to the next label; the description
before the first label stays the page's. A bracketed note that names no person ("[
Music ]", "[ Applause ]", "[ Inaudible: ]") is no label.
"""

import re

from extraction.attribution.names import Speaker, parse_person
from extraction.attribution.resolution import Resolver

_LABEL = re.compile(r"\[\s*(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s*:\s*\]")


def bracketed_turns(text: str, resolver: Resolver) -> list[tuple[int, Speaker]]:
    """Where each bracketed speaker label in `text` starts, with its person."""
    turns = []
    for match in _LABEL.finditer(text):
        person = parse_person(match.group("who"))
        if person is not None and person.kind == "person" and len(person.name.split()) >= 2:
            turns.append((match.start(), resolver.resolve(person)))
    return turns
