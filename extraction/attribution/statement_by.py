"""A statement whose title names its author anywhere in the line, not only at its start.

    Bus Users' Day, 3 May 2024 - Statement by Jane Roe
    Bus Fares Review: Statement by Jane Roe on the new figures
    Statement by Jane Roe on bus fares

The words after a dash, a colon or a bar that open "Statement by/from …" (or "Joint
statement by …") are read as the older rule reads a title opening with them
(`titles.statement_title_speaker`): an office and a name, an office alone, a name the
text knows. "Statement by" (or "from") before a bare full name, two or three capitalised
words and nothing that makes them a body, names the author too, even when the text never
names her again: the statement's prose is hers. "Statement of …" before a bare name is
left alone ("Statement of Financial Position" is a document, not a person).

A hearing's opening statement names its maker before or after its genre words:

    Roe Opening Statement at Hearing on Bus Fares
    Chairman Roe's Opening Remarks: Markup of the Ferries Bill
    Opening Statement: Chairman Jane Q. Roe Committee on Buses Hearing: Fares

The maker is the person, by the full name the text gives her ("Rep. Roe … Jane Roe");
an office and a surname the text never completes stay as printed ("Chairman Roe"). A
word alone before the genre words is a name only when the text completes it.
"""

import re

from extraction.attribution.names import (
    HONORIFICS,
    LABEL_OFFICES,
    OCCASION_WORDS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    parse_person,
)
from extraction.attribution.resolution import Resolver
from extraction.attribution.titles import read_capitals, statement_title_speaker
from extraction.attribution.validation import full_name

# Where a title's later part opens: after a dash with spaces round it, a colon, a bar.
_PART = re.compile(r"\s[–—-]\s+|:\s+|\s*\|\s*")
_STATEMENT = re.compile(r"^(?:(?:joint|press|written)\s+)?statement\s+(?P<by>by|from|of)\s+", re.I)
# The author's name ends where the subject, the occasion or the line's next part begins.
_NAME_END = re.compile(
    r"\s+(?:on|about|regarding|following|after|at|to|as|for|in)\s|\s*[,;:(–—|]|$"
)
_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'.-]*[a-zà-ÿ][\w’'.-]*")


def titled_author(title: str, resolver: Resolver) -> Speaker | None:
    """The author a statement's title names (see the module), or None."""
    text = read_capitals(" ".join(title.split()))
    opening = opening_author(text, resolver)
    if opening is not None:
        return opening
    parts = [0] + [m.end() for m in _PART.finditer(text)]
    for start in parts:
        part = text[start:]
        statement = _STATEMENT.match(part)
        if statement is None:
            continue
        if start:
            # The older rule, on the part that opens with the statement.
            stated = statement_title_speaker(part, resolver)
            if stated is not None:
                return stated
        if statement.group("by").lower() == "of":
            continue
        rest = part[statement.end() :]
        who = rest[: _NAME_END.search(rest).start()].strip()
        author = bare_name(who)
        if author is not None:
            return resolver.resolve(author)
    return None


def bare_name(who: str) -> Speaker | None:
    """A person's full name and nothing else: two or three capitalised words (a middle
    initial allowed), no office, no body's word ("Jane Roe", "Jane Q. Roe"); None for
    "Bus Users Northland" (three words read as an office and a name) or "the Council"."""
    tokens = who.split()
    if not 2 <= len(tokens) <= 4 or " and " in f" {who} ":
        return None
    named = [t for t in tokens if _WORD.fullmatch(t)]
    initials = [t for t in tokens if re.fullmatch(r"[A-Z]\.", t)]
    if len(named) + len(initials) != len(tokens) or len(named) < 2 or len(named) > 3:
        return None
    if {t.lower().strip(".") for t in tokens} & (ORGANISATION_WORDS | ROLE_HEADS):
        return None
    person = parse_person(who)
    if person is None or person.kind != "person" or person.role or person.name != who:
        return None
    return person


# A hearing's statement: "(Opening|Closing|Prepared) Statement|Remarks", after or before
# its maker.
_GENRE = r"(?:Opening|Closing|Prepared|Introductory|Written)\s+(?:[Ss]tatement|[Rr]emarks)"
_MAKER_FIRST = re.compile(
    rf"^(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,4}}?)(?:['’]s)?\s+{_GENRE}"
    r"(?=\s*$|\s*[:–—|]|\s+-\s|\s+(?:at|on|for|before|to|of|in)\s)"
)
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.?(?=\s)")
_MAKER_AFTER = re.compile(rf"^{_GENRE}\s*(?::|\s(?:of|by|from)\s)\s*(?P<who>.+)$")
# Where the maker's name ends: a body's or an occasion's word, a small word, a mark.
_MAKER_END = re.compile(r"\s+(?:[a-z]+\s|[A-Z][\w’'-]*(?=\s|$)(?<![A-Z]\.))|\s*[,;:(–—|]")


def opening_author(title: str, resolver: Resolver) -> Speaker | None:
    """The member a hearing's opening statement's title names as its maker (see the
    module), or None."""
    first = _MAKER_FIRST.match(title)
    who = first.group("who") if first else None
    after = _MAKER_AFTER.match(title) if first is None else None
    if after is not None:
        who = _maker_words(after.group("who"))
    if not who:
        return None
    tokens = re.sub(r"['’]s$", "", who).split()
    # "Ranking Member Roe": a seat's words before the name are part of the office.
    seat = 0
    while seat < len(tokens) - 1 and tokens[seat].lower() in _SEATS:
        seat += 1
    words = {w.lower().strip(".") for w in tokens}
    if words & (ORGANISATION_WORDS | OCCASION_WORDS):
        return None
    person = parse_person(" ".join(tokens[seat:]))
    if person is None or person.kind != "person":
        return None
    office = " ".join([*tokens[:seat], *person.role.split()]) if person.role else ""
    if len(person.name.split()) >= 2:
        # A full name, as the title prints it ("K. Michael Roe"), by the text's fullest.
        printed = " ".join(tokens[-len(person.name.split()) :])
        titled = office or tokens[0].lower().strip(".") in HONORIFICS or _INITIAL.search(printed)
        # Without an office, a title or an initial, only a name the text gives a person
        # ("Ferry Safety Opening Statement" names no one).
        given = full_name(Speaker(tokens[-1]), resolver).name
        if not titled and given.replace(".", "") != printed.replace(".", ""):
            return None
        return Speaker(resolver.resolve(Speaker(printed)).name, office, "person")
    office = " ".join(t for t in tokens[:-1] if t.lower().strip(".") not in HONORIFICS)
    full = full_name(Speaker(tokens[-1]), resolver)
    if len(full.name.split()) >= 2:
        return Speaker(full.name, office, "person")
    # "Chairman Roe": an office and a surname the text never completes stay as printed.
    return Speaker(" ".join(tokens), office, "person") if office else None


def _maker_words(rest: str) -> str:
    """The office and name opening `rest`, up to the first word of a body or an occasion
    ("Chairman Jane Q. Roe Committee on Buses Hearing" gives "Chairman Jane Q. Roe")."""
    tokens = rest.split()
    kept: list[str] = []
    for token in tokens:
        bare = token.strip(",;:").lower().strip(".")
        ends = token.endswith((",", ";", ":"))
        body = bare.endswith("committee") or bare in ORGANISATION_WORDS | OCCASION_WORDS
        if not token[:1].isupper() or body or bare in {"hearing", "markup"}:
            break
        kept.append(token.rstrip(",;:"))
        if ends or len(kept) >= 6:
            break
    return " ".join(kept)


# A member's seat before her surname: "Ranking Member Roe", "Minority Leader Roe".
_SEATS = LABEL_OFFICES | {"ranking", "minority", "majority"}
