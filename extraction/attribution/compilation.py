"""A compilation's reprint of an office holder's own statement: the Public Papers and
the Daily Compilation of Presidential Documents head each page with its author's line
("Administration of Jane Q. Roe, 1998"), then the statement's title and its words. The
words are the author's, never the compilation's that prints them."""

import re

from extraction.attribution.names import Speaker, parse_person

_AUTHOR_LINE = re.compile(
    r"^Administration\s+of\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]*){1,3}),?\s+\d{4}$"
)


def compiled_author(header: list[str]) -> Speaker | None:
    """The person a compilation's author line names in the page's header, or None."""
    for line in header:
        match = _AUTHOR_LINE.match(line.strip())
        if match is None:
            continue
        person = parse_person(match.group("name"))
        if person is not None and person.kind == "person":
            return Speaker(match.group("name"), "", "person")
    return None
