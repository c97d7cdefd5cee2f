"""Who a speech's or interview's title names, by the title's shape."""

import re

from extraction.attribution.names import (
    GENERATION,
    HONORIFICS,
    ORGANISATION_WORDS,
    PARTICLES,
    ROLE_HEADS,
    Speaker,
    parse_person,
    phrase_title,
    two_people,
)
from extraction.attribution.resolution import Resolver, signature_person
from extraction.attribution.vocabulary import NOT_NAME

# "Statement to Parliament: Jane Roe statement to parliament on …", "Jane Roe speech at …":
# a name followed by the lowercase word for what was said.
_NAME_THEN_GENRE = re.compile(
    r"(?:^|[:–—|]\s*)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?:['’]s)?\s+"
    r"(?:oral\s+|written\s+|keynote\s+)?(?:statement|speech|remarks|address|lecture|keynote"
    r"|interview|evidence|testimony)\b"
)
_GENRE_WORDS = {"remarks", "speech", "statement", "address", "keynote", "lecture", "transcript"}
_POSTNOMINALS = {"MP", "MSP", "MS", "AM", "MLA", "QC", "KC", "MEP", "OBE", "CBE", "MBE", "PC"}


# "Secretary Jane Roe's Remarks at …", "Secretary of Buses Jane Roe, Remarks as Prepared
# …": a title in title case, the genre word capitalised.
_OFFICE_NAME_THEN_GENRE = re.compile(
    r"(?:^|[:–—|]\s*)(?P<name>[A-Z][\w’'.-]*(?:\s+(?:of|for|and|[A-Z][\w’'.-]*)){1,7}?)(?:['’]s|,)?"
    r"\s+(?:Oral\s+|Written\s+|Keynote\s+|Inaugural\s+)?(?:Statement|Speech|Remarks|Address"
    r"|Lecture)\b"
)
# A middle initial in a capitalised run marks a person's name ("Jane Q. Roe Inaugural
# Address"), as a generation does ("Jane Roe Jr."), never an occasion's words ("Annual
# Conference Speech").
_MIDDLE_INITIAL = re.compile(r"\b[A-Z]\.\s+[A-Z][\w’'-]+")


# "Hon. Jane Roe's 2020-2021 National Budget Address", "Text of PM Roe's address at …": a
# person's possessive, then a few words naming the occasion, then the genre word.
_POSSESSIVE_GENRE = re.compile(
    r"(?:^|[:–—|]\s*|\bof\s+)(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)['’]s\s+"
    r"(?:[\w-]+\s+){0,4}?(?i:statement|speech|remarks|address|lecture|keynote)\b"
)


def _possessive_speaker(title: str) -> Speaker | None:
    match = _POSSESSIVE_GENRE.search(title)
    person = parse_person(match.group("name")) if match else None
    if person is None or person.kind != "person" or person.name.lower() in ROLE_HEADS:
        return None
    # A lone word is a name only with an office or a courtesy title before it.
    return person if person.role or len(person.name.split()) >= 2 else None


def genre_title_speaker(title: str) -> Speaker | None:
    """The person a title names just before its genre word ("Jane Roe statement to …");
    with the genre word capitalised, only a name after an office ("Secretary Jane Roe's
    Remarks at …", not "Annual Conference Speech")."""
    match = _NAME_THEN_GENRE.search(title)
    if not match:
        capitalised = _OFFICE_NAME_THEN_GENRE.search(title)
        person = (
            parse_person(re.sub(r"['’]s$", "", capitalised.group("name"))) if capitalised else None
        )
        titled = person is not None and set(person.role.lower().split()) & ROLE_HEADS
        personal = person is not None and (
            _MIDDLE_INITIAL.search(capitalised.group("name")) or GENERATION.search(person.name)
        )
        if personal and not person.role:
            titled = True
        if titled and person.kind == "person" and len(person.name.split()) >= 2:
            return person
        return _possessive_speaker(title)
    person = parse_person(re.sub(r"['’]s$", "", match.group("name")))
    return person if person is not None and person.kind == "person" else None


def trim_title_name(name: str) -> str:
    """A title's name cut before the capitals of what follows it: "Roe ABC News" (a
    programme after the surname) gives "Roe"; an all-capital name stays whole."""
    tokens = name.split()
    for position, token in enumerate(tokens):
        bare = token.strip(".,;:")
        if position > 0 and bare.lower() in _GENRE_WORDS:
            # "Secretary Jane Roe Remarks at …": the genre word ends the name.
            return " ".join(tokens[:position])
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
    r"^(?:(?:joint|press|written|oral|prepared|opening|closing)\s+)?"
    r"(?:(?:statement|remarks|comments)\s+(?:by|of|from)|message\s+by)\s+"
    r"(?P<who>.{3,120}?)(?=\s+(?:on|about|regarding|following|after|at|to|as)\s|\s*[,;:(–—|]|$)",
    re.IGNORECASE,
)
_CONNECTORS = {"of", "for", "the", "and"}


# "The following is a statement by …", "Below is a statement from …": a header line
# handing the text over to the one whose statement it is.
STATEMENT_LEAD = re.compile(
    r"^(?:the\s+following\s+is|below\s+is|here\s+is)\s+(?:an?|the)\s+", re.I
)
# "Statement on the jobs report by Secretary Jane Roe": the subject first, then whose.
_STATEMENT_ON_BY = re.compile(
    r"^(?:statement|remarks|comments)\s+(?:on|about|regarding)\s+[^:;]{3,120}?\s+(?:by|from)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,;:()–—|]{2,80}?)\s*(?:[,;:(–—|.]|$)",
    re.IGNORECASE,
)
# "Secretary Jane Roe's statement on …", "Secretary Roe statement on …".
_NAME_THEN_STATEMENT = re.compile(
    r"^(?P<name>[A-Z][\w’'.-]+(?:\s+(?:of|for|[A-Z][\w’'.-]+)){1,5}?)(?:['’]s)?\s+"
    r"(?:joint\s+|full\s+)?statement\b"
)


def statement_title_speaker(title: str, resolver: Resolver) -> Speaker | None:
    """The person a title "Statement by/of/from …" names: capitalised words only, with
    an office or honorific, or a name the text itself gives ("Statement from Jane Roe"
    when the text names Jane Roe); not a subject ("Statement of Changes in the Rules").
    Also "Statement on … by X", "The following is a statement by X:" and "Secretary Jane
    Roe's statement on …"."""
    text = STATEMENT_LEAD.sub("", read_capitals(title.strip()))
    match = _STATEMENT_BY.match(text) or _STATEMENT_ON_BY.match(text)
    if not match:
        return _named_statement(text, resolver)
    who = match.group("who").strip()
    tokens = who.split()
    if not all(t[:1].isupper() or t.lower() in _CONNECTORS | PARTICLES for t in tokens):
        return None
    if two_people(who):
        return None  # "Remarks of Vice-President Roe and Commissioner Doe": not one author.
    named = _name_then_office(tokens)
    if named is not None:
        return resolver.resolve(named)
    person = parse_person(who)
    if person is not None and person.role.split()[-1:] in (["of"], ["for"]):
        # "Statement from the Minister of Mental Health and … Minister of Health": the word
        # after "of" completes the office, no one's surname.
        person = None
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
    after = text[match.end("who") :]
    if re.match(
        r",\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?i:" + "|".join(ROLE_HEADS) + r")\b", after
    ):
        # "Prepared Remarks of Jane Roe, Secretary of Buses": the office after the name.
        titled = True
    known = person.name.split()[-1].lower() in resolver.surnames
    if len(person.name.split()) < 2 and not (titled and person.role):
        # "Statement of Labor Secretary Roe on …": a surname after an office names the
        # person (the fuller name the text gives, if any); a lone word does not.
        return None
    if not titled and not known:
        return None
    resolved = resolver.resolve(person)
    return Speaker(resolved.name, person.role or resolved.role, "person")


def _name_then_office(tokens: list[str]) -> Speaker | None:
    """ "Jane Roe Director-General of the Bus Office": a name of two or three words, then
    her office with no comma between them."""
    for end in range(2, min(4, len(tokens) - 1) + 1):
        head = tokens[end].lower()
        if head in ROLE_HEADS or set(head.split("-")) & ROLE_HEADS:
            words = {t.lower().strip(".,") for t in tokens[:end]}
            if words & (NOT_NAME | ORGANISATION_WORDS | ROLE_HEADS | {"the"}):
                return None  # "the Press Secretary", "Bus Agency Director": no name first
            person = parse_person(" ".join(tokens[:end]))
            if person is not None and person.kind == "person" and not person.role:
                return Speaker(person.name, " ".join(tokens[end:]), "person")
            return None
    return None


def _named_statement(text: str, resolver: Resolver) -> Speaker | None:
    """The person a title names before "statement" ("Secretary Jane Roe's statement on
    …"): with an office, or a surname the text knows; not "Joint Ministerial statement"."""
    match = _NAME_THEN_STATEMENT.match(text)
    person = parse_person(re.sub(r"['’]s$", "", match.group("name"))) if match else None
    if person is None or person.kind != "person":
        return None
    titled = set(person.role.lower().split()) & ROLE_HEADS
    known = person.name.split()[-1].lower() in resolver.surnames
    if not (titled or known and len(person.name.split()) > 1):
        return None
    resolved = resolver.resolve(person)
    return Speaker(resolved.name, person.role or resolved.role, "person")


def _office_alone(tokens: list[str]) -> bool:
    """Whether `tokens` name an office and nothing else ("the President", "the Secretary
    of State"): its head is an office word, the rest connectors or capitalised words."""
    words = [t.lower().strip(".,") for t in tokens]
    heads = [w for w in words if w in ROLE_HEADS]
    # A joint portfolio runs long: "the Minister of Mental Health and … Minister of Health".
    return bool(heads) and words[0] == "the" and 2 <= len(words) <= 16


# "Deputy Prime Minister speech at …", "Chancellor of the Exchequer's speech to …": a title
# naming an office and no one in it.
_OFFICE_THEN_GENRE = re.compile(
    r"^(?:(?:Speech|Transcript|Oral\s+statement)\s*:\s*)?(?:the\s+)?"
    r"(?P<office>(?:[A-Z][\w’'-]+\s+(?:and\s+)?){0,3}?(?:[A-Z][\w’'-]+)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,3})?)"
    r"(?:['’]s)?\s+(?:oral\s+|written\s+|keynote\s+|opening\s+|closing\s+|full\s+)?"
    r"(?:statement|speech|remarks|address|lecture)\b"
)
# An office's short form as a title writes it: "PM’s full speech".
_SHORT_TITLE_OFFICES = {"PM": "Prime Minister"}


def office_title_speaker(title: str, resolver: Resolver) -> Speaker | None:
    """The office a title names instead of a person ("Deputy Prime Minister speech at …"),
    resolved to whoever the text says holds it; None when the words are not an office."""
    match = _OFFICE_THEN_GENRE.match(title.strip())
    if not match:
        return None
    office = re.sub(r"['’]s$", "", match.group("office"))
    office = _SHORT_TITLE_OFFICES.get(office, office)
    head = re.split(r"\s+(?:of|for)\s+", office)[0].split()[-1].lower()
    if not {head, *head.split("-")} & ROLE_HEADS:  # "Secretary-General", "Vice-Chair"
        return None
    holder = resolver.by_role(office.lower())
    if holder is None and len(office.split()) < 2 and "-" not in office:
        # A bare "Minister speech at …" says too little to name anyone, unless the text
        # names who holds the office ("Chancellor's speech …" and "Chancellor Jane Roe");
        # a compound office is one holder ("Secretary-General's remarks at …").
        return None
    return holder or Speaker(office, office, "person")


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
    possessive = re.search(r"['’]s$", match.group("who").strip()) is not None
    who = re.sub(r"['’]s$", "", match.group("who").strip())
    person = parse_person(who)
    if person is None or person.kind != "person":
        return None
    if len(person.name.split()) < 2 and not (possessive and person.role):
        # "Minister Roe's speech at …": an office and a surname whose speech it is.
        return None
    if {w.lower() for w in person.name.split()} & ROLE_HEADS:
        return None
    known = person.name.split()[-1].lower() in resolver.surnames
    if not (person.role or match.group("letters") or known or possessive):
        # "Annual Conference speech given to …": capitals, but no sign of a person ("Jane
        # Roe's speech to …", with its possessive, is a person's).
        return None
    return resolver.resolve(person)


# A headline over a speech: "Jane Roe sets out plans for …", "Health Secretary vows to …",
# "Chancellor tells business leaders …": whoever the headline's subject is gave the speech.
_HEADLINE = re.compile(
    r"^(?:(?:Speech|Transcript)\s*:\s*)?(?:[Tt]he\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the"
    r"|[A-Z][\w’'.-]*)){0,6}?)\s+(?:(?P<says>speaks|addresses|tells|says|urges|vows|pledges"
    r"|insists|argues)|sets\s+out|outlines|delivers|calls|warns|announces|unveils|promises"
    r"|hails|welcomes|praises|reflects|highlights|launches|commits|makes|gives)\b"
)


def headline_speaker(title: str, resolver: Resolver) -> Speaker | None:
    """The speaker a speech's headline names as its subject: a person with an office or a
    name the text knows, or an office ("Health Secretary vows …"), resolved to whoever the
    text says holds it; not a body or a thing ("Government sets out …", "New Scheme
    delivers …"), and a one-word office only when the text names its holder."""
    match = _HEADLINE.match(title.strip())
    if not match:
        return None
    return subject_speaker(match.group("who"), resolver, says=bool(match.group("says")))


# "New Chief Secretary", "Incoming Chief Executive": the news before an office. "New" only
# before an office's own first word, not a place's ("New Northshire Minister …").
_NEWLY = re.compile(
    r"^(?:Newly[- ](?:appointed|elected)|Incoming|New(?=\s+(?:"
    + "|".join(sorted(ROLE_HEADS | HONORIFICS | {"prime", "first", "vice"}))
    + r")\b))\s+(?=[A-Z])",
    re.IGNORECASE,
)


def subject_speaker(who: str, resolver: Resolver, *, says: bool = False) -> Speaker | None:
    """The speaker a headline's or a summary line's subject names: an office, resolved to
    its holder (a one-word office only when the text names one), or a person with an
    office, a surname the text knows, or a verb of speaking (`says`); not a body."""
    words = [w.lower().strip(".") for w in who.split()]
    if set(words) & ORGANISATION_WORDS:
        return None
    head = re.split(r"\s+(?:of|for)\s+", who.lower())[0].split()[-1]
    if head in ROLE_HEADS:
        # "New Chief Secretary sets out …": the headline's news, no part of the office.
        office = _NEWLY.sub("", who)
        words = office.lower().split()
        holder = resolver.by_role(office.lower())
        if holder is None and len(words) < 2:
            return None
        return holder or Speaker(office, office, "person")
    person = parse_person(who)
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return None
    known = person.name.split()[-1].lower() in resolver.surnames
    titled = person.role and set(person.role.lower().split()) & ROLE_HEADS
    if not (titled or known or says and person.name == who):
        # "New Scheme delivers …": capitals, but nothing says they are a person; a name
        # that "speaks", "tells" or "vows" is one.
        return None
    return resolver.resolve(person)


# "Minister for Buses, Jane Roe": the office, then the name, and nothing else on the line.
_OFFICE_COMMA_NAME = re.compile(
    r"^(?:By\s+)?(?:the\s+)?(?P<office>[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*)){0,6}),"
    r"\s+(?:the\s+)?(?:(?:Rt\.?\s+|Right\s+)?Hon\.?\s+)?(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})"
    r"(?:\s+(?:MP|MSP|MS|AM|MLA|MEP))?$"
)


# "U.S. Secretary of Buses Jane Q. Roe": capitalised words and connectors only.
_OFFICE_NAME = re.compile(
    r"(?:The\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'.-]*)){2,11}"
)


def signature_speaker(line: str, resolver: Resolver) -> Speaker | None:
    """A speech's byline written as a signature, alone on a header line: "Jane Roe,
    Minister for Buses", "By Jane Roe, Minister for Buses", "Minister for Buses, Jane
    Roe" or "Minister for Buses Jane Roe"."""
    match = Resolver._SIGNATURE.fullmatch(line.strip())
    person = signature_person(match.group("name"), match.group("role")) if match else None
    reverse = _OFFICE_COMMA_NAME.match(line.strip()) if person is None else None
    if reverse is not None:
        office = reverse.group("office")
        head = re.split(r"\s+(?:of|for)\s+", office.lower())[0].split()[-1]
        named = parse_person(reverse.group("name"))
        if head in ROLE_HEADS and named is not None and named.kind == "person" and not named.role:
            person = Speaker(named.name, office, "person")
    if person is None and reverse is None and _OFFICE_NAME.fullmatch(line.strip()):
        # "Secretary of Buses Jane Q. Roe" alone on a line under "Remarks as Prepared for
        # Delivery": the office and its holder, with no comma.
        named = parse_person(line.strip())
        if (
            named is not None
            and named.kind == "person"
            and set(named.role.lower().split()) & ROLE_HEADS
            and len(named.name.split()) >= 2
        ):
            person = named
    return resolver.resolve(person) if person is not None else None


# A page's "From: Department of Buses and The Rt Hon Jane Roe MP" line: who published it.
_FROM_LINE = re.compile(r"^From:\s+(?P<rest>.+)$")
_NAME_WORD = r"[A-Z][\w’'-]*[a-z][\w’'-]*"
# Letters after the name ("KCB KC MP") are capitals only, so never a name word.
_LETTER_RUN = r"(?:\s+[A-Z]{2,4})+\b"
_TITLED_PERSON = re.compile(
    r"(?:(?:The\s+)?(?:Rt\.?\s+|Right\s+)?Hon(?:\.|ourable)?\s+|(?:Sir|Dame|Lord|Baroness)\s+)"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?=(?:{_LETTER_RUN})?\s*(?:,|$|\s+and\s))"
    rf"|(?P<lettered>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?={_LETTER_RUN}\s*(?:,|$|\s+and\s))"
)


def from_line_speaker(line: str, resolver: Resolver) -> Speaker | None:
    """The one person a speech page's "From:" line names beside the department ("From:
    Department of Buses and The Rt Hon Jane Roe MP"); None when it names only bodies, or
    more than one person."""
    match = _FROM_LINE.match(line.strip())
    if not match:
        return None
    people = [
        m.group("name") or m.group("lettered") for m in _TITLED_PERSON.finditer(match.group("rest"))
    ]
    if len(people) != 1:
        return None
    person = parse_person(people[0])
    return resolver.resolve(person) if person is not None and person.kind == "person" else None


_SMALL_WORDS = {"of", "for", "the", "and", "at", "on", "to", "in", "by", "with", "from", "a", "an"}


def read_capitals(line: str) -> str:
    """A title or header line set in capitals ("SPEECH BY THE MINISTER FOR BUSES, JANE
    ROE") read as it would be written in title case, so that names and offices show."""
    letters = [ch for ch in line if ch.isalpha()]
    if len(line.split()) < 3 or not letters or not all(ch.isupper() for ch in letters):
        return line
    words = line.lower().split()
    return " ".join(
        w if position and w in _SMALL_WORDS else w[:1].upper() + w[1:]
        for position, w in enumerate(words)
    )


# A title in title case: "… Jane Roe T.D. At the Bus Forum", "… Jane Q. Roe For Northland
# Bus Conference": a capitalised preposition after the name opens the occasion.
# "… Jane L. Roe for Bus Legislative Conference": "for" after a full name, in either case.
_OCCASION_AFTER = re.compile(r"\s+(?:At|For|for|To|On|In|With|During|Before)\s+")


def name_before_occasion(who: str) -> str:
    """`who` cut before a capitalised preposition that follows a full name ("Jane Roe T.D.
    At the Bus Forum" gives "Jane Roe T.D."); an office's own "For" ("Minister For Buses
    Jane Roe") follows no name and stays."""
    for cut in _OCCASION_AFTER.finditer(who):
        person = parse_person(who[: cut.start()])
        if (
            person is not None
            and person.kind == "person"
            and len(person.name.split()) >= 2
            and not {w.lower() for w in person.name.split()} & ROLE_HEADS
        ):
            return who[: cut.start()]
    return who
