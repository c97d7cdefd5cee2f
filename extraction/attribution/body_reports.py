"""Figures a text gives as another body's, with a reporting verb the older patterns do
not read ("X said", "according to X", "X reports …" at the sentence's start).

    Since 2015, the Department of Buses (DB) has reported that fares …
    DB cited the new fare cap as the main cause of …
    The Regents project that the fund's costs will reach …
    Dr Jane Roe has estimated that …

The sentence's subject, after a phrase setting the time or the scene ("Since 2015, "),
and its short form in brackets, reports, cites, projects, estimates or forecasts; what it
reports is that subject's. The subject must be a body or a person: a short form in
capitals, a name ending in a body's word ("the Bus Agency"), a name with an office or an
honorific or none, or a capitalised plural the text uses in a body's name ("The Regents"
for the "Northland Board of Regents" it names). A document or its figures ("The report",
"The figures"), a pronoun ("We", "It"), a body by a common noun ("the department"),
capitals before a name that are no office ("Northland Bus Users") and a lone word the text
names no body with are no subject: those stay with whoever the sentence would otherwise be
given to.
"""

import re

from extraction.attribution.names import (
    CAPS_RUN,
    HONORIFICS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    parse_person,
)
from extraction.attribution.resolution import Resolver

_VERB = (
    r"(?:(?:has|have|had)\s+)?(?:also\s+)?(?:(?:reported|reports|report|projected|projects"
    r"|project|estimated|estimates|estimate|forecast|forecasts|calculated|calculates)\s+that"
    r"|(?:cited|cites|cite)\s+(?=(?:the|a|an|its|their|[\w$£€%.-]+)\s))\b"
)
# A phrase opening the sentence before its subject ("Since 2015, ").
_LEAD = r"(?:[A-Z][^,;:“”\"]{2,60},\s+)?"
_SUBJECT = re.compile(
    rf"^{_LEAD}(?P<the>[Tt]he\s+)?(?P<who>{CAPS_RUN})(?:\s+\((?P<short>[A-Z][A-Z&]{{1,7}})\))?,?"
    rf"\s+{_VERB}"
)
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
# What a sentence may open with that is no one: documents, figures, pronouns.
_NOT_BODIES = {
    "report", "reports", "study", "survey", "review", "analysis", "figures", "data",
    "statistics", "estimates", "projections", "results", "findings", "it", "we", "they",
    "this", "these", "that", "those", "i", "he", "she", "there", "bulletin", "census",
    "index", "paper", "table", "chart", "figure", "evidence",
}  # fmt: skip


def body_report(text: str, resolver: Resolver) -> Speaker | None:
    """The body or person a sentence gives its figures to (see the module), or None."""
    match = _SUBJECT.match(text.strip())
    if match is None:
        return None
    who = match.group("who").strip()
    words = who.split()
    if {w.lower().strip(".") for w in words} & _NOT_BODIES:
        return None
    if match.group("short"):
        # "the Department of Buses (DB)": the body by the name the text spells out.
        return resolver.resolve(Speaker(who, "", "organisation"))
    if _ACRONYM.fullmatch(who):
        return resolver.resolve(Speaker(who, "", "organisation"))
    if words[-1].lower() in ORGANISATION_WORDS:
        # "The Bus Agency", not a bare "The Department" (the page's own side).
        return Speaker(who, "", "organisation") if len(words) > 1 else None
    if len(words) == 1:
        return _named_body(words[0], resolver) if match.group("the") else None
    # "Dr Jane Roe", "Secretary Jane Roe": a name, with an office or none; capitals before
    # a name that are no office ("Northland Bus Users") name a group, not a person.
    person = parse_person(who)
    if person is None or person.kind != "person":
        return None
    if person.role and not set(person.role.lower().split()) & (ROLE_HEADS | HONORIFICS):
        return None
    return resolver.resolve(person)


def _named_body(word: str, resolver: Resolver) -> Speaker | None:
    """The body the text names with `word` in its name ("The Regents" for the "Northland
    Board of Regents"), the first such name; None when it names none."""
    if not word.endswith("s") or word.lower() in ROLE_HEADS:
        return None
    name = r"[A-Z][\w&’'.-]*"
    # A body's name ending "… of the Regents" first, then any run of capitals before it.
    patterns = (
        re.compile(rf"\b(?:{name}\s+){{1,3}}(?:of|for)\s+(?:the\s+)?{re.escape(word)}\b"),
        re.compile(rf"\b(?:{name}\s+){{1,4}}{re.escape(word)}\b"),
    )
    for pattern in patterns:
        for text in resolver.texts:
            for found in pattern.finditer(text):
                body = re.sub(r"^(?:the|The)\s+", "", found.group(0).strip())
                tokens = body.split()
                if len(tokens) >= 2 and all(t[:1].isupper() or t in _JOINS for t in tokens):
                    return Speaker(body, "", "organisation")
    return None


_JOINS = {"of", "for", "the"}
