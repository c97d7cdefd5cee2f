"""A statement's or a speech's cover set over several lines: the genre and its
preposition on a line of their own, the person on the next, often the office under it.

    Statement of                     REMARKS FOR
                                     THE HONORABLE JANE ROE
    Jane Q. Roe                      SECRETARY OF BUSES
    Bureau of Bus Statistics

The text under such a cover is that person's, as a one-line "Statement of Jane Roe" is:
"Remarks for" is a speechwriter's heading for the remarks she is to read out. The label
must stand alone on its line (not "The Statement of Principles was …" in a sentence), and
the line after it must be a person's name (not "The Bus Users Association").
"""

import re

from extraction.attribution.header_block import name_line, office_line
from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver
from extraction.attribution.titles import read_capitals

# How far into the page the cover may sit: its lines above the text.
COVER_LINES = 40
_LABEL = re.compile(
    r"^(?:(?:prepared|written|opening|closing)\s+)?(?:statement|remarks|testimony|address|speech)"
    r"(?:\s+as\s+(?:prepared|delivered)(?:\s+for\s+delivery)?)?\s+(?:of|by|for)\s*:?$",
    re.IGNORECASE,
)
# An address before a name: "The Honorable", "Hon.", "The Rt Hon".
_ADDRESS = re.compile(r"^(?:the\s+)?(?:(?:rt\.?|right)\s+)?(?:hon(?:ou?rable|\.)?\s+)", re.I)
# A suffix after a surname: "Jr.", "Sr.", "III".
_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")


def person_line(line: str) -> str | None:
    """The name on a line holding only a person's name, read out of capitals and without
    the address before it ("THE HONORABLE JANE ROE" gives "Jane Roe") or the suffix after
    it ("Jane Q. Roe Jr." keeps its "Jr.")."""
    line = line.strip()
    letters = [ch for ch in line if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        line = " ".join(w.capitalize() if len(w.rstrip(".")) > 1 else w for w in line.split())
    line = _ADDRESS.sub("", line)
    suffix = _SUFFIX.search(line)
    name = name_line(line[: suffix.start()] if suffix else line)
    if name is None:
        return None
    return name + (" " + suffix.group(0).strip(" ,") if suffix else "")


def cover_speaker(lines: list[str], resolver: Resolver) -> Speaker | None:
    """The person a cover split over lines names (see the module), with the office the
    line under the name gives; None when there is no such cover, or two."""
    lines = [line.strip() for line in lines[:COVER_LINES] if line.strip()]
    found = set()
    for position, line in enumerate(lines[:-1]):
        if not _LABEL.match(line):
            continue
        name = person_line(lines[position + 1])
        if name is None:
            continue
        under = read_capitals(lines[position + 2]) if position + 2 < len(lines) else ""
        office = under if office_line(under) else ""
        found.add(resolver.resolve(Speaker(name, office, "person")))
    return found.pop() if len(found) == 1 else None
