"""A body's own reported figures in a text that reports on it (a committee's report on a
department's accounts):

- "The Department of Buses (the Department) published its annual report …": the body a
  later "It reported …" means, and the body "the Department" stands for;
- "It reported £9 billion of spending …", "Nevertheless, the Department estimates fraud to
  be £9 million": the figures are the body's, not the report's author's.
"""

import re

from extraction.attribution.names import ORGANISATION_WORDS, Speaker
from extraction.attribution.resolution import Resolver

_NAME_WORD = r"[A-Z][\w’'-]*"
# "the Department of Buses, Trams & Ferries (the Department)": a body and the short name
# the text gives it.
_DEFINED = re.compile(
    rf"(?P<full>{_NAME_WORD}(?:(?:,|\s+&|\s+(?:of|for|and|the|on))?\s+{_NAME_WORD}){{0,8}})"
    r"\s+\((?:the\s+)?(?P<short>[A-Z][a-z]+)\)"
)
_OPENING = r"^(?:(?:Nevertheless|However|But|And|Overall|In\s+addition|Furthermore|Moreover),?\s+)?"
_ACCOUNTS = re.compile(
    rf"{_OPENING}(?P<who>It|[Tt]he\s+[A-Z][a-z]+)\s+(?:also\s+)?(?:reports|reported|estimates"
    r"|estimated|forecasts|projects|projected|expects|recorded|records)\s+(?P<rest>.+)$"
)
_PUBLISHED = re.compile(
    r"\b(?:published|publishes|released|releases|laid|produced)\s+its\s+(?:[\w–-]+\s+){0,4}"
    r"(?:report|accounts|figures|statistics|estimates)\b"
)
_FIGURE = re.compile(r"\d")


def defined_bodies(resolver: Resolver) -> dict[str, str]:
    """The short names the text gives bodies: {"department": "Department of Buses"}."""
    found: dict[str, str] = {}
    for text in resolver.texts:
        for match in _DEFINED.finditer(text):
            short, full = match.group("short"), match.group("full")
            if short.lower() not in ORGANISATION_WORDS or short not in full.split():
                continue
            found.setdefault(short.lower(), full[full.index(short) :])
    return found


def publishing_body(text: str, resolver: Resolver) -> Speaker | None:
    """The body a sentence says published its own report or accounts."""
    published = _PUBLISHED.search(text)
    if published is None:
        return None
    before = text[: published.start()]
    for short, full in defined_bodies(resolver).items():
        if full in before or re.search(rf"\bthe\s+{short}\b", before, re.I):
            return Speaker(full, "", "organisation")
    return None


def body_account(text: str, resolver: Resolver, last_said: Speaker | None) -> Speaker | None:
    """The body whose figures a sentence reports ("It reported £9 billion …", "the
    Department estimates … to be £9 million"); None for anything else."""
    match = _ACCOUNTS.match(text)
    if match is None or not _FIGURE.search(match.group("rest")):
        return None
    who = match.group("who")
    if who == "It":
        return last_said if last_said is not None and last_said.kind == "organisation" else None
    full = defined_bodies(resolver).get(who.split()[-1].lower())
    return Speaker(full, "", "organisation") if full else None


def about_us_pattern(publisher: str) -> re.Pattern | None:
    """The publisher describing itself ("X provides news in 40 languages to …", "X is
    an independent charity"): a note about the publication, not a claim in it."""
    if len(publisher) < 3:
        return None
    return re.compile(
        r"\s*(?:the\s+)?"
        + re.escape(publisher)
        + r"(?:\s*\([^)]*\))?,?\s+(?:provides|serves|reaches"
        r"|publishes|broadcasts|exists|is\s+(?:an?|the)\s+(?:\w+\s+){0,3}?(?:charity|organi[sz]ation"
        r"|broadcaster|publisher|service|agency|network|body)|was\s+(?:founded|established|set\s+up))\b",
        re.I,
    )
