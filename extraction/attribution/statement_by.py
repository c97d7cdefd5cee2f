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
"""

import re

from extraction.attribution.names import ORGANISATION_WORDS, ROLE_HEADS, Speaker, parse_person
from extraction.attribution.resolution import Resolver
from extraction.attribution.titles import read_capitals, statement_title_speaker

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
