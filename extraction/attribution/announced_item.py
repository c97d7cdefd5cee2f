"""A chamber's record printed without speaker headings, where the chair announces the
business as a statement by an office or a person and the statement follows:

    Our first item of business is a statement from the First Minister on ferries. …
    Presiding Officer, thank you for the opportunity to update the Parliament. …

From the answer on (one of the next two paragraphs, addressing the chair or opening in the
first person: "Presiding Officer, …", "Thank you, Mr Speaker.", "I am pleased to …"; else
the next paragraph when it reads as a statement's opening, a full paragraph that is no
procedural line and no question), the words are the statement's maker's: the office as
the record names it, or the person when the record gives a name ("a statement by the
Minister for Ferries, Jane Roe, on …"). The chair's line itself is left to the page. An
announcement of a debate or a motion, a maker that is no office and no person ("a
statement from the committee"), or one nobody answers changes nothing; so does a record
whose turns another rule has read.
"""

import re

from extraction.attribution.names import ORGANISATION_WORDS, ROLE_HEADS, Speaker, parse_person
from extraction.attribution.resolution import Resolver

_WORD = r"[A-Z][\w’'-]+"
# "Our first item of business today is a statement from the First Minister on …", "The
# next item is a ministerial statement by Jane Roe on …".
_ANNOUNCES = re.compile(
    r"\b(?:item(?:\s+of\s+business)?|business)\b[^.;]{0,40}?\bis\s+(?:a|the)\s+"
    r"(?:ministerial\s+|government\s+|oral\s+)?statement\s+(?:from|by)\s+(?:the\s+)?"
    rf"(?P<maker>{_WORD}(?:\s+(?:of|for|and|the|{_WORD})){{0,8}}?)"
    rf"(?:,\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?{_WORD}(?:\s+{_WORD}){{1,2}}),)?"
    r"(?=\s+(?:on|about|entitled|regarding|concerning)\b|\s*[.:])"
)
# The maker's first words: the chair addressed, thanked, or a first person.
_ANSWERS = re.compile(
    r"^(?:(?:Thank\s+you|Thanks),?\s+)?(?:(?:Mr|Madam|Madame)\.?\s+)?(?:Deputy\s+)?"
    r"(?:Presiding\s+Officer|Speaker|Chair(?:man|woman|person)?|President|Llywydd"
    r"|Convene[rs]|Convenor|Ceann\s+Comhairle|Cathaoirleach)\b[,.!]"
    r"|^I\s+(?:thank|welcome|am\s+(?:very\s+)?(?:pleased|delighted|glad|grateful|happy))\b"
)


def answered_at(prose: list, position: int, answers: re.Pattern) -> int | None:
    """The place of the answer (`answers`) to the chair's line at `position`: in one of
    the two paragraphs after it, or None."""
    for step in (1, 2):
        if position + step < len(prose) and answers.match(prose[position + step].text.strip()):
            return position + step
    return None


def announced_blocks(prose: list, blocks: dict, resolver: Resolver) -> dict:
    """`blocks` with the paragraphs from the statement's first words on given to the
    maker the chair announced (see the module); unchanged when there is no such
    announcement or no answer to it."""
    for position, paragraph in enumerate(prose[:-1]):
        announced = _ANNOUNCES.search(paragraph.text)
        maker = _maker(announced, resolver) if announced else None
        if maker is None:
            continue
        answer = answered_at(prose, position, _ANSWERS)
        if answer is None and _statement_prose(prose[position + 1].text):
            # "… a statement by Jane Roe on … . There should be no interventions." over
            # the statement's first paragraph: a record with no headings goes straight on.
            answer = position + 1
        if answer is None:
            continue
        result = dict(blocks)
        for later in prose[answer:]:
            result[later.index] = maker
        return result
    return blocks


def _statement_prose(text: str) -> bool:
    """Whether a paragraph reads as a statement's opening: full sentences of some length,
    not a procedural line ("I call Jane Roe.") or a question."""
    text = text.strip()
    return len(text.split()) >= 25 and not text.endswith("?") and not _ANNOUNCES.search(text)


def _maker(announced: re.Match, resolver: Resolver) -> Speaker | None:
    """The person or office an announcement names as making the statement."""
    office = announced.group("maker").strip()
    words = {w.lower() for w in re.split(r"[\s-]+", office)}
    if announced.group("name"):
        person = parse_person(announced.group("name"))
        if person is not None and person.kind == "person" and words & ROLE_HEADS:
            return resolver.resolve(Speaker(person.name, office, "person"))
        return None
    if words & ORGANISATION_WORDS:
        return None
    if words & ROLE_HEADS:
        return resolver.by_role(office.lower()) or Speaker(office, office, "person")
    person = parse_person(office)
    if person is not None and person.kind == "person" and len(person.name.split()) >= 2:
        return resolver.resolve(person)
    return None
