"""Whom "he" or "she" means next: the person a sentence names as its subject.

- "Health Secretary Jane Roe welcomed the figures …", "Jane Roe is the chief economist
  at …": a name with an office (the older reading, `introduced`);
- "The First Minister will announce the fare plans to the Assembly today.": an office
  alone as the sentence's subject, before its verb, while no sentence has named a person.
  A release naming its minister only by office goes on "Before the address he said:", and
  the quotation after it is that office's holder's: the holder the text names, else the
  office as the text writes it.

An office after a verb ("… visited the First Minister"), a body ("The Government will …")
and an office with a name after it are left to the older readings.
"""

import re

from extraction.attribution.introduced import introduced_person
from extraction.attribution.names import ROLE_HEADS, Speaker, parse_person, without_letters
from extraction.attribution.resolution import Resolver

_HEADS = "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
# "The First Minister will …", "The Minister for Buses has …": "The", capitalised words
# ending in an office word (and its portfolio after "for"/"of"), then a verb.
_OFFICE_SUBJECT = re.compile(
    rf"^The\s+(?P<office>(?:[A-Z][\w’'-]+\s+){{0,3}}(?i:{_HEADS})"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,3})?)"
    r"\s+(?:(?:has|have|had|will|would|is|was|also|today|yesterday|then)\b|[a-z]+(?:ed|s)\b)"
)


def sentence_subject(
    text: str, resolver: Resolver, last_person: Speaker | None = None
) -> Speaker | None:
    """The person a sentence names as its subject (see the module), learnt by the
    resolver when named with an office; an office alone only while no person was named
    before (`last_person`); None when it names none."""
    subject = Resolver._ROLE_NAME.match(text)
    # "Minister Jane Roe T.D. today …": the letters after her name are no part of it.
    person = parse_person(without_letters(subject.group(0))) if subject else None
    person = person or introduced_person(text)
    if person is not None and person.kind == "person" and person.role:
        resolver.learn(person)
        return resolver.resolve(person)
    return office_subject(text, resolver) if last_person is None else None


def office_subject(text: str, resolver: Resolver) -> Speaker | None:
    """The office a sentence opens with as its subject ("The First Minister will …"),
    resolved to the holder the text names, else the office as written."""
    match = _OFFICE_SUBJECT.match(text)
    if match is None:
        return None
    office = " ".join(match.group("office").split())
    if not office.split()[0][:1].isupper():
        return None
    return resolver.by_role(office.lower()) or Speaker(office, office, "person")
