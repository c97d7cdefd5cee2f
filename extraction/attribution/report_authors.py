"""A research report's author line under its title: the report's narration is its
author's, not the publishing body's.

- A name over the author's research post: "Jane Q. Roe" then "Specialist in Bus Policy"
  (or "Analyst in …", "Senior Economist, …"), as research services print their authors;
  on a page run together into one line, the name and the post after a date ("Revised April
  12, 2016 Jane Roe Analyst in Maritime Policy …").
- A byline of the authors: "by Jane Roe, John Doe and Ann Poe" on a line of its own.

Only reports: a news story's byline ("By Jane Roe") is its reporter's, and the story's
narration stays its publisher's. A name with no post under it, or a post with no name
over it, gives no one.
"""

import re

from extraction.attribution.cover import person_line
from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver

# How far into the page the author line may sit.
AUTHOR_LINES = 30
_POST = (
    r"(?:(?:Senior|Principal|Chief|Lead|Visiting)\s+)?(?:Specialist|Analyst|Economist|Researcher"
    r"|Statistician|Legislative\s+Attorney|Research\s+(?:Fellow|Associate|Assistant|Scientist)"
    r"|Fellow)\s*(?:in|on|of|,)\s+[A-Z]"
)
_POST_LINE = re.compile(rf"^{_POST}")
_NAME = r"[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w’'-]*){1,2}(?:\s+(?:Jr\.|Sr\.|III))?"
# The same on a line run together: the name after a date's year, before the post.
_RUN_TOGETHER = re.compile(rf"\b\d{{4}}\s+(?P<name>{_NAME})\s+{_POST}")
_BY = re.compile(r"^by\s+(?P<names>[A-Z].+)$", re.IGNORECASE)


def _listed(names: str) -> list[str] | None:
    """The names of "Jane Roe, John Doe and Ann Poe", or None if one part is no name."""
    parts = [part.strip() for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", names)]
    found = [person_line(part) for part in parts if part]
    return found if found and all(found) else None


def report_author(lines: list[str], resolver: Resolver) -> Speaker | None:
    """The author (or authors) a report's author line names (see the module), or None."""
    lines = [line.strip() for line in lines[:AUTHOR_LINES] if line.strip()]
    for position, line in enumerate(lines):
        by = _BY.match(line)
        names = _listed(by.group("names")) if by else None
        if names is not None:
            written = by.group("names").strip()
            return resolver.resolve(Speaker(written if len(names) > 1 else names[0], "", "person"))
        under = lines[position + 1] if position + 1 < len(lines) else ""
        name = person_line(line) if _POST_LINE.match(under) else None
        if name is not None:
            return resolver.resolve(Speaker(name, under, "person"))
        run = _RUN_TOGETHER.search(line[:2000])
        if run is not None and person_line(run.group("name")) is not None:
            return resolver.resolve(Speaker(run.group("name"), "", "person"))
    return None
