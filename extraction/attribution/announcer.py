"""A release that opens with an official's announcement: "NORTHTOWN – District Attorney
Jane Q. Roe announced today that 17 people have been charged …".

The same lead told the other way round, "NORTHTOWN – The Bus Fund lent £2 billion in
2024, its best year, announced today by Bus Secretary Jane Roe.", is hers too. The lead is what the
named official announced, so the opening sentence is hers; the
release's narration after it (the charges, the agencies, the penalties) stays the
issuing office's, as the set labels it. Only the opening sentence of the release's first
paragraph, only "announced today", and only an office with a full name: "The minister
has confirmed that …" (an office alone) and "Jane Roe announced a fund" (no report of
what was found or decided) keep the release's own voice.
"""

import re

from extraction.attribution.names import Speaker, parse_person
from extraction.attribution.resolution import Resolver

# A dateline before the lead: "NORTHTOWN, Northland –", "NORTHTOWN (Reuters) -".
_DATELINE = (
    r"(?:[A-Z][A-Z.' -]+(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s*\([^()]+\))?\s*[–—-]+\s*)?"
)
_ANNOUNCED = re.compile(
    rf"^{_DATELINE}(?P<who>[A-Z][\w.’'-]*(?:\s+(?:of|for|the|[A-Z][\w.’'-]*)){{1,8}}?)\s+"
    r"(?:has\s+|have\s+)?announced\s+today\s+that\b"
)
# "…, announced today by Bus Secretary Jane Roe." closing the opening sentence.
_ANNOUNCED_BY = re.compile(
    r",\s+(?:was\s+|were\s+)?announced\s+today\s+by\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w.’'-]*(?:\s+(?:of|for|the|[A-Z][\w.’'-]*)){1,8}?)\.?$"
)


def lead_announcer(text: str, resolver: Resolver) -> Speaker | None:
    """The official whose announcement the release's opening sentence reports (see the
    module), or None."""
    match = _ANNOUNCED.match(text.strip()) or _ANNOUNCED_BY.search(text.strip())
    person = parse_person(match.group("who")) if match else None
    if person is None or person.kind != "person" or not person.role:
        return None
    if len(person.name.split()) < 2:
        return None
    return resolver.resolve(person)
