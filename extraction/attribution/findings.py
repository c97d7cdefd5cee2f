"""Two shapes of attribution the older patterns miss.

- A release quoting an official after a long apposition: "Jane Roe, Vice-President for
  Buses, also in charge of Trams, Ferries and Cycling, said: “…”". The office may hold
  commas of its own, so the pattern for "Jane Roe, the minister, said" (one comma-free
  apposition) does not reach the verb; a colon and a quotation mark after "said" show
  the words are hers.
- A report citing another's findings: "According to research by the Northtown Trust in
  2019, 40% …", "A survey in 2021 of 900 drivers by the Bus Users Forum found that …".
  The set gives "according to X" and "X found" to X; "research by X" and "a survey … by
  X found" are the same reading with the document named first.
"""

import re

from extraction.attribution.names import CAPS_RUN, NAME_TITLE, ROLE_HEADS, Speaker, parse_person
from extraction.attribution.resolution import Resolver
from extraction.attribution.sources import FINDING_VERBS, source_body

_LONG_APPOSED = re.compile(
    # A lead-in giving the occasion first: "At a press conference today, Jane Roe, …".
    r"^(?:(?:At|In|During|Speaking\s+at|On)\s[^,;“”\"]{3,80},\s+)?"
    rf"(?P<who>(?:{NAME_TITLE})?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){{0,3}}),"
    r"\s+(?P<role>[^;“”\"]{3,240}?),?\s+(?:has\s+|also\s+)*said:\s*[“\"]"
)
# A portfolio given without an office word: "Commissioner Roe, responsible for Buses, said:".
_PORTFOLIO = re.compile(r"^\s*(?:who\s+is\s+)?(?:responsible\s+for|in\s+charge\s+of)\s", re.I)
# The documents a body's findings come in.
_DOCUMENT = (
    r"(?:research|analysis|a\s+study|a\s+survey|a\s+poll|a\s+report|a\s+review|figures|data)"
)
_ACCORDING_BY = re.compile(
    rf"\b(?i:according\s+to)\s+{_DOCUMENT}\s+(?:[^,;“”\"]{{0,60}}?\s+)?by\s+"
    rf"(?P<who>(?:the\s+)?{CAPS_RUN})"
)
_FOUND_BY = re.compile(
    r"^(?:\d+\.\s*)?(?:A|An|The)\s+(?:new\s+|recent\s+|national\s+)?(?:survey|study|poll|review|analysis"
    r"|report)\b[^,;“”\"]{0,160}?\s+by\s+"
    rf"(?P<who>(?:the\s+)?{CAPS_RUN})\s+{FINDING_VERBS}\b"
)


def long_apposed(text: str, resolver: Resolver) -> Speaker | None:
    """The person of "Jane Roe, <office, with commas>, said: “…": the name, when the first
    part of the apposition names an office; else None."""
    match = _LONG_APPOSED.match(text)
    if match is None:
        return None
    first = match.group("role").split(",")[0]
    portfolio = _PORTFOLIO.match(first)
    if not portfolio and not {w.lower() for w in re.findall(r"[\w-]+", first)} & ROLE_HEADS:
        return None
    person = parse_person(match.group("who"))
    if person is None or person.kind != "person":
        return None
    office = re.sub(r"^(?:the|a|an)\s+", "", first.strip(), flags=re.I)
    found = resolver.resolve(Speaker(person.name, person.role or office, "person"))
    # A surname alone ("Commissioner Roe, responsible for …") only as the text's full name.
    return found if len(found.name.split()) >= 2 else None


def finding_body(text: str) -> Speaker | None:
    """The body whose findings a sentence reports: "According to research by the
    Northtown Trust …", "A survey … by the Bus Users Forum found …"; a year or a place
    after the name ("… Trust in 2019") is not part of it."""
    match = _ACCORDING_BY.search(text) or _FOUND_BY.match(text)
    if match is None:
        return None
    name = re.sub(r"^the\s+", "", match.group("who").strip(), flags=re.I)
    if len(name.split()) < 2 and not name.isupper():
        # A lone capitalised word ("by May") is a month or a place as often as a body.
        return None
    return Speaker(name, "", "organisation")


def cited_body(text: str, resolver: Resolver) -> Speaker | None:
    """The body whose findings or figures a sentence cites: `finding_body`, else
    `sources.source_body` ("according to WHO data", "Acme polling … reveals …")."""
    return finding_body(text) or source_body(text, resolver)
