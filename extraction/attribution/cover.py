"""A statement's or a speech's cover set over several lines: the genre and its
preposition on a line of their own, the person on the next, often the office under it.

    Statement of                     REMARKS FOR
                                     THE HONORABLE JANE ROE
    Jane Q. Roe                      SECRETARY OF BUSES
    Bureau of Bus Statistics

A minister's release printed on her letterhead opens the same way without the label: her
name (often in capitals, her letters after it) over her office, "JANE ROE MP" over
"MINISTER FOR BUSES", and its narration is hers.

The text under such a cover is that person's, as a one-line "Statement of Jane Roe" is:
"Remarks for" is a speechwriter's heading for the remarks she is to read out. The label
must stand alone on its line (not "The Statement of Principles was …" in a sentence), and
the line after it must be a person's name (not "The Bus Users Association").
"""

import re

from extraction.attribution.credited_voice import RELEASE_CREDIT
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
# Letters after a member's name on a letterhead: "MP", "MLA", "MHR", "TD".
_MEMBER_LETTERS = re.compile(r",?\s+(?:MP|MLA|MLC|MHR|MPP|MSP|MS|TD|MEP)$")
# How many lines may come above a letterhead's name: a "Media release" label, a date.
_LETTERHEAD_LINES = 3
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


def letterhead_speaker(lines: list[str]) -> Speaker | None:
    """The minister a release's letterhead names: a name line among its first lines, above
    any sentence, her office on the line under it ("JANE ROE MP" / "MINISTER FOR BUSES");
    None otherwise."""
    lines = [line.strip() for line in lines if line.strip()][: _LETTERHEAD_LINES + 1]
    for position, line in enumerate(lines[:-1]):
        if line.endswith((".", "!", "?")) or RELEASE_CREDIT.match(line):
            # The text has begun: a name under it signs it (`signed`); or the release
            # names a body as its issuer ("Press Release: Northland Government").
            return None
        name = person_line(_MEMBER_LETTERS.sub("", line))
        office = read_capitals(lines[position + 1])
        if name is not None and office_line(office):
            # As the letterhead writes her, not in the capitals it prints her in.
            return Speaker(name, office, "person")
    return None
