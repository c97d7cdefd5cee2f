"""A page published by one person's office, and a letter whose title names its writer.

A member's or minister's own website names its publisher as that person's office: "Office
of Senator Jane Roe", "Office of the Hon Jane Roe MP", "Jane Roe's office", "Senator Jane
Roe (press office)". The page's own words are that person's: a colleague the title or the
text mentions ("… with Senator Doe") is not its voice. A body called an office ("Office
for National Statistics", "Office of the Auditor-General", "Office of Personnel
Management") is no person: the name must carry a personal title or post-nominal letters,
or, in the possessive form, be a name of two to four capitalised words that are no office
or body words.

A letter published as such is its writer's: "Response from Sir Jane Roe to John Doe MP –
…", "Letter from Jane Roe to the Minister", "Jane Roe writes to John Doe". A news story
headlined that way quotes the letter and keeps its own voice, so only an official page
(a statement, a release, a letter) reads its title so."""

import re

from extraction.attribution.names import ORGANISATION_WORDS, ROLE_HEADS, Speaker, parse_person
from extraction.attribution.resolution import Resolver

# A personal title before the name, or the post a member's page goes by.
_TITLES = (
    r"(?:Sen\.?|Senator|Rep\.?|Representative|Congressman|Congresswoman|Councillor|Cllr\.?"
    r"|Governor|Gov\.?|Mayor|Premier|Minister|Dr\.?|Sir|Dame|Lord|Lady|Mr\.?|Mrs\.?|Ms\.?"
    r"|(?:the\s+)?(?:Rt\.?\s+|Right\s+)?Hon(?:\.|ourable)?)"
)
_NAME = r"[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+){1,3}"
# Post-nominal letters after a member's name: "MP", "MSP", "TD", "MLA", "QC".
_LETTERS = r"(?:\s+(?P<letters>[A-Z]{2,4}))?"
_OFFICE_OF = re.compile(
    rf"^(?:The\s+)?Office\s+of\s+(?:the\s+)?(?P<title>(?:{_TITLES}\s+)+)?(?P<name>{_NAME}?){_LETTERS}$"
)
_OWN_OFFICE = re.compile(
    rf"^(?P<title>(?:{_TITLES}\s+)*)(?P<name>{_NAME}?){_LETTERS}['’]s\s+"
    r"(?:(?:[Pp]ress|[Mm]edia|[Cc]onstituency)\s+)?[Oo]ffice$"
)
_BRACKETED = re.compile(
    rf"^(?P<title>(?:{_TITLES}\s+)*)(?P<name>{_NAME}?){_LETTERS}\s*\((?:[Pp]ress|[Mm]edia)\s+[Oo]ffice\)$"
)
# A letter's title: "Response from X to Y", "Letter from X to Y", "Reply from X to Y",
# "X writes to Y", "X's letter to Y".
_LETTER = re.compile(
    r"^(?:(?:[Rr]esponse|[Ll]etter|[Rr]eply)\s+from\s+(?P<writer>.+?)\s+to\s+\S"
    r"|(?P<author>.+?)(?:\s+writes\s+to|['’]s\s+letter\s+to)\s+\S)"
)
# Pages that quote a letter or a member rather than speak for them.
_NOT_OWN = {"article", "parliamentary_record", "interview", "report", "encyclopedia_entry"}


def _person(match: re.Match | None, resolver: Resolver) -> Speaker | None:
    if match is None:
        return None
    words = [word.lower().strip("’'") for word in match.group("name").split()]
    if any(word in ROLE_HEADS or word in ORGANISATION_WORDS for word in words):
        return None
    person = parse_person(match.group("name"))
    if person is None or person.kind != "person":
        return None
    return resolver.resolve(person)


def office_holder(publisher: str, resolver: Resolver) -> Speaker | None:
    """The person whose own office `publisher` names, else None."""
    publisher = " ".join(publisher.split())
    bracketed = _person(_BRACKETED.match(publisher), resolver)
    if bracketed is not None:
        return bracketed
    # "Office of Senator Jane Roe (U.S. Senate website)": the note is no part of the name.
    publisher = re.sub(r"\s*\([^)]*\)$", "", publisher).split(",")[0].strip()
    office_of = _OFFICE_OF.match(publisher)
    if office_of and not (office_of.group("title") or office_of.group("letters")):
        office_of = None  # "Office of Personnel Management": a body.
    return _person(office_of, resolver) or _person(_OWN_OFFICE.match(publisher), resolver)


def letter_writer(title: str, resolver: Resolver) -> Speaker | None:
    """The writer a letter's title names ("Response from Sir Jane Roe to …"), else None."""
    match = _LETTER.match(" ".join(title.split()))
    if match is None:
        return None
    phrase = (match.group("writer") or match.group("author")).strip()
    words = [word.lower() for word in phrase.split()]
    if len(words) > 6 or any(word in ORGANISATION_WORDS for word in words):
        return None
    person = parse_person(phrase)
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return None
    return resolver.resolve(person)


def own_voice(
    voice: Speaker | None, resolver: Resolver, *, kind: str, title: str, publisher: str
) -> Speaker | None:
    """`voice`, or the person whose office publishes the page or who writes the letter its
    title names (see the module); a page hosting someone else's text, whose title names
    another person and not the office's holder, keeps its voice."""
    if kind in _NOT_OWN:
        return voice
    own = office_holder(publisher, resolver) or letter_writer(title, resolver)
    if own is None or voice == own:
        return voice
    surname = own.name.split()[-1]
    if voice is not None and voice.kind == "person" and voice.name.split()[-1] == surname:
        return voice
    if voice is not None and voice.kind == "person" and surname not in title:
        return voice
    return own
