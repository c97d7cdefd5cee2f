"""Who a speech's or interview's title names, by the title's shape."""

import re

from extraction.attribution.names import (
    HONORIFICS,
    ROLE_HEADS,
    Speaker,
    parse_person,
    phrase_title,
)
from extraction.attribution.resolution import Resolver

# "Statement to Parliament: Jane Roe statement to parliament on …", "Jane Roe speech at …":
# a name followed by the lowercase word for what was said.
_NAME_THEN_GENRE = re.compile(
    r"(?:^|[:–—|]\s*)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?:['’]s)?\s+"
    r"(?:oral\s+|written\s+|keynote\s+)?(?:statement|speech|remarks|address|lecture|keynote"
    r"|interview|evidence|testimony)\b"
)
_POSTNOMINALS = {"MP", "MSP", "MS", "AM", "MLA", "QC", "KC", "MEP", "OBE", "CBE", "MBE", "PC"}


def genre_title_speaker(title: str) -> Speaker | None:
    """The person a title names just before its genre word ("Jane Roe statement to …")."""
    match = _NAME_THEN_GENRE.search(title)
    if not match:
        return None
    person = parse_person(re.sub(r"['’]s$", "", match.group("name")))
    return person if person is not None and person.kind == "person" else None


def trim_title_name(name: str) -> str:
    """A title's name cut before the capitals of what follows it: "Roe ABC News" (a
    programme after the surname) gives "Roe"; an all-capital name stays whole."""
    tokens = name.split()
    for position, token in enumerate(tokens):
        bare = token.strip(".,;:")
        if (
            position > 0
            and len(bare) >= 2
            and bare.isupper()
            and bare not in _POSTNOMINALS
            and not all(t.isupper() for t in tokens[:position])
        ):
            return " ".join(tokens[:position])
    return name


# "Statement by Treasury Secretary Jane Roe on …", "Statement of the Minister for X Jane Roe",
# "Statement from Jane Roe, Minister for …": a statement in a named person's own voice.
_STATEMENT_BY = re.compile(
    r"^(?:(?:joint|press|written|oral)\s+)?(?:statement|remarks|comments)\s+(?:by|of|from)\s+"
    r"(?P<who>.{3,120}?)(?=\s+(?:on|about|regarding|following|after|at|to|as)\s|\s*[,;:(–—|]|$)",
    re.IGNORECASE,
)
_CONNECTORS = {"of", "for", "the", "and"}


def statement_title_speaker(title: str, resolver: Resolver) -> Speaker | None:
    """The person a title "Statement by/of/from …" names: capitalised words only, with
    an office or honorific, or a name the text itself gives ("Statement from Jane Roe"
    when the text names Jane Roe); not a subject ("Statement of Changes in the Rules")."""
    match = _STATEMENT_BY.match(title.strip())
    if not match:
        return None
    who = match.group("who").strip()
    tokens = who.split()
    if not all(t[:1].isupper() or t.lower() in _CONNECTORS for t in tokens):
        return None
    person = parse_person(who)
    if person is None and _office_alone(tokens):
        # "STATEMENT BY THE PRESIDENT": the office, resolved to whoever the text says
        # holds it (a signature, a dateline), not the publisher.
        office = " ".join(t for t in tokens if t.lower() != "the")
        return resolver.by_role(office.lower()) or Speaker(
            phrase_title(office.lower()), "", "person"
        )
    if person is None or person.kind != "person":
        return None
    titled = {t.lower().strip(".") for t in tokens} & (ROLE_HEADS | HONORIFICS)
    known = person.name.split()[-1].lower() in resolver.surnames
    if len(person.name.split()) < 2 and not (titled and person.role):
        # "Statement of Labor Secretary Roe on …": a surname after an office names the
        # person (the fuller name the text gives, if any); a lone word does not.
        return None
    if not titled and not known:
        return None
    resolved = resolver.resolve(person)
    return Speaker(resolved.name, person.role or resolved.role, "person")


def _office_alone(tokens: list[str]) -> bool:
    """Whether `tokens` name an office and nothing else ("the President", "the Secretary
    of State"): its head is an office word, the rest connectors or capitalised words."""
    words = [t.lower().strip(".,") for t in tokens]
    heads = [w for w in words if w in ROLE_HEADS]
    return bool(heads) and words[0] == "the" and 2 <= len(words) <= 6


# "Deputy Prime Minister speech at …", "Chancellor of the Exchequer's speech to …": a title
# naming an office and no one in it.
_OFFICE_THEN_GENRE = re.compile(
    r"^(?:the\s+)?(?P<office>(?:[A-Z][\w’'-]+\s+){0,3}?(?:[A-Z][\w’'-]+)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,3})?)"
    r"(?:['’]s)?\s+(?:oral\s+|written\s+|keynote\s+)?(?:statement|speech|remarks|address"
    r"|lecture)\b"
)


def office_title_speaker(title: str, resolver: Resolver) -> Speaker | None:
    """The office a title names instead of a person ("Deputy Prime Minister speech at …"),
    resolved to whoever the text says holds it; None when the words are not an office."""
    match = _OFFICE_THEN_GENRE.match(title.strip())
    if not match:
        return None
    office = match.group("office")
    head = re.split(r"\s+(?:of|for)\s+", office)[0].split()[-1].lower()
    if head not in ROLE_HEADS or len(office.split()) < 2:
        # A bare "Minister speech at …" says too little to name anyone.
        return None
    return resolver.by_role(office.lower()) or Speaker(office, office, "person")


# A header line under a speech's title: "Housing Minister Jane Roe MP speech given yesterday
# to the … conference", "Jane Roe's remarks delivered at …": the speaker, then what was said.
_HEADER_GENRE = re.compile(
    r"^(?P<who>(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){1,7}?)(?P<letters>(?:MP|MSP|MS|AM|MLA|QC|KC|MEP)\s+)?"
    r"(?:['’]s\s+)?(?:keynote\s+)?(?:speech|remarks|address|lecture|statement)\s+"
    r"(?:(?:was\s+)?(?:given|delivered|made)\b|(?:today\s+|yesterday\s+)?(?:to|at)\s)"
)


def header_speaker(line: str, resolver: Resolver) -> Speaker | None:
    """The person a header line names just before "speech given/delivered …" or "speech
    to/at …", with an office or a name of two words or more; not a title naming an
    event ("Conference speech at …") or an office alone."""
    match = _HEADER_GENRE.match(line.strip())
    if not match:
        return None
    who = re.sub(r"['’]s$", "", match.group("who").strip())
    person = parse_person(who)
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return None
    if {w.lower() for w in person.name.split()} & ROLE_HEADS:
        return None
    known = person.name.split()[-1].lower() in resolver.surnames
    if not (person.role or match.group("letters") or known):
        # "Annual Conference speech given to …": capitals, but no sign of a person.
        return None
    return resolver.resolve(person)
