"""A minister's release under her byline: a line near the top holding only "Hon Jane Roe"
(or "The Hon Jane Roe MP", "Hon Dr Jane Roe"), as ministers' releases in parliaments of
the Westminster kind print their author, sometimes with her office on the next line.

The release's narration is then the minister's, as the words she is quoted in are: the
page is issued in her name, not the government's. A page that names a body as the
release's issuer ("Press Release: Northland Government", "Source: Ferry Office") is that
body's, whatever byline it prints; a quotation of someone else in the release stays
theirs (an explicit attribution comes before the page's voice).
"""

import re

from extraction.attribution.cover import person_line
from extraction.attribution.header_block import office_line
from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver

# How far into the page the byline may sit.
BYLINE_LINES = 12
_BYLINE = re.compile(
    r"^(?:The\s+)?(?:(?:Rt\.?|Right)\s+)?Hon(?:\.|ourable)?\s+"
    r"(?P<name>(?:Dr\.?\s+)?[A-Z][^\d,:;()]{2,60}?)(?:\s+(?:MP|MLA|MLC|MHR))?$"
)
# "Press Release: Northland Government", "Source: Ferry Office": the body issuing the page.
_ISSUER = re.compile(
    r"^(?:(?:press|media)\s+release|source|issued\s+by)\s*[:–-]\s*(?P<who>\S.+)$", re.I
)


def byline_speaker(lines: list[str], resolver: Resolver) -> Speaker | None:
    """The minister a release's byline names (see the module), or None: no byline, two
    bylines, or a line naming a body as the issuer."""
    lines = [line.strip() for line in lines[:BYLINE_LINES] if line.strip()]
    found = set()
    for position, line in enumerate(lines):
        issuer = _ISSUER.match(line)
        if issuer is not None and person_line(issuer.group("who")) is None:
            return None
        match = _BYLINE.match(line)
        name = person_line(re.sub(r"^Dr\.?\s+", "", match.group("name"))) if match else None
        if name is None:
            continue
        under = lines[position + 1] if position + 1 < len(lines) else ""
        office = under if office_line(under) else ""
        found.add(resolver.resolve(Speaker(name, office, "person")))
    return found.pop() if len(found) == 1 else None
