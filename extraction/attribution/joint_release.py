"""A joint media release: a minister's office publishes it "with" colleagues, whose names
and offices follow a "Joint media release with" line. The release's narration is the
first minister the block names, never the website's that carries it."""

import re

from extraction.attribution.names import Speaker, parse_person, without_letters

_JOINT = re.compile(r"^Joint\s+(?:media\s+)?(?:release|statement)s?(?:\s+with)?\s*:?$", re.I)
# How far into the page the block may sit.
_HEADER_LINES = 8


def joint_release_minister(header: list[str]) -> Speaker | None:
    """The first person the header's "Joint media release with" block names, or None."""
    lines = [line.strip() for text in header[:_HEADER_LINES] for line in text.splitlines()]
    for at, line in enumerate(lines):
        if not _JOINT.match(line):
            continue
        for name in lines[at + 1 : at + 4]:
            person = parse_person(without_letters(name)) if name else None
            if person is not None and person.kind == "person" and not person.role:
                return person
        return None
    return None
