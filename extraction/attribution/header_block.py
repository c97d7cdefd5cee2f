"""A speech page's header block that prints the speaker as a name line next to an office
line: "Jane ROE" over "Commissioner responsible for Buses" (or the office above the
name), among lines naming the institution, the title, the venue and the date."""

import re

from extraction.attribution.names import (
    CONNECTORS,
    HONORIFICS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    parse_person,
)
from extraction.attribution.resolution import Resolver

# How far into the header the block may sit: the lines above the speech.
_HEADER_LINES = 8
# Words of a venue or an event, which a line naming a person does not hold ("Northtown Bus
# Summit").
_PLACE_WORDS = {
    "summit", "conference", "forum", "club", "hall", "centre", "center", "university",
    "college", "school", "society", "week", "congress", "festival", "museum", "library",
    "chamber", "house", "palace", "square", "street", "road", "park",
}  # fmt: skip
# A title's genre word: "Minister speech at …" is a title, not an office line.
_GENRE = re.compile(
    r"\b(?:speech|remarks|address|statement|lecture|keynote|interview|briefing|testimony)\b",
    re.IGNORECASE,
)


def name_line(line: str) -> str | None:
    """The name on a line holding only a person's name ("Jane ROE", "Dr Jane Q. Roe"),
    with a surname set in capitals read as a name; None for anything else."""
    words = line.split()
    while words and words[0].lower().strip(".") in HONORIFICS:
        words.pop(0)
    if not 2 <= len(words) <= 4 or line.rstrip()[-1:] in ".,:;!?":
        return None
    for word in words:
        bare = word.rstrip(".")
        # Digits, commas and lower-case words are no part of a name; an initial ("Q.") is.
        if not word[:1].isupper() or not bare.replace("-", "").replace("’", "").isalpha():
            return None
        if bare.lower() in ROLE_HEADS | ORGANISATION_WORDS | CONNECTORS | _PLACE_WORDS:
            return None
    # A line all in capitals is a heading ("YOUTH JOBS NOW"), not a name with its surname
    # in capitals: a given name keeps its small letters.
    if all(w.isupper() for w in words):
        return None
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)


def office_line(line: str) -> bool:
    """Whether a line is an office and nothing else: an office word among its first four
    words ("European Commissioner responsible for …", "Minister for Buses", "Chief
    Executive, Bus Agency"), no sentence ending it."""
    words = line.split()
    if not 1 <= len(words) <= 20 or line.rstrip()[-1:] in ".!?:":
        return False
    if not words[0][:1].isupper() or _GENRE.search(line):
        return False
    return any(w.lower().strip(",") in ROLE_HEADS for w in words[:4])


def _without_credentials(line: str) -> str:
    """A name line without the qualifications after its comma ("Jane Roe, Fellow Chartered
    AccountantFCA"); the line itself when an office follows the comma."""
    name, comma, after = line.partition(",")
    return name if comma and not {w.lower() for w in after.split()} & ROLE_HEADS else line


def name_office_speaker(header: list[str], resolver: Resolver) -> Speaker | None:
    """The person a header names on a line of her own next to (under or over) an office
    line; None when no such pair, or two different people, are found."""
    lines = [line.strip() for line in header[:_HEADER_LINES] if line.strip()]
    found: set[Speaker] = set()
    for position, line in enumerate(lines):
        name = name_line(line) or name_line(_without_credentials(line))
        if name is None:
            continue
        around = lines[position + 1 : position + 2] + lines[max(position - 1, 0) : position]
        office = next((other for other in around if office_line(other)), None)
        if office is not None:
            found.add(resolver.resolve(Speaker(name, office, "person")))
    # A header listing several people with their offices does not say which one speaks.
    return found.pop() if len(found) == 1 else None


# A speech's salutation: the people it addresses, not its speaker.
_SALUTATION = re.compile(
    r"^(?:(?:Your|Their|His|Her)\s+)?(?:Honourable|Honorable|Excellenc(?:y|ies)|Dear|Distinguished)\b"
)


# Words that greet: a salutation's, not a list of speakers'.
_GREETING = re.compile(
    r"\b(?:Excellenc(?:y|ies)|[Dd]ear|[Dd]istinguished|[Hh]onou?rable|[Ll]adies\s+and\s+"
    r"[Gg]entlemen|colleagues|friends|guests)\b"
)


def addressees(lines: list[str]) -> set[str]:
    """A speech's salutation block: a run of lines ending with a comma that greets someone
    ("Your Excellency Jane Roe, President of the Assembly," / "John Doe, Chair of the Bus
    Partnership," / "Excellencies, dear colleagues,"), the people the speech addresses. A
    run that greets no one is a header's list of speakers ("Jane Roe, President of the
    Bank," / "John Doe, Vice-President of the Bank," over the place and date)."""
    found: set[str] = set()
    run: list[str] = []
    for line in [*lines, ""]:
        if line.rstrip().endswith(","):
            run.append(line)
            continue
        if len(run) >= 2 and any(_GREETING.search(member) for member in run):
            found.update(run)
        run = []
    return found


def listed_speaker(line: str, resolver: Resolver) -> Speaker | None:
    """The person a title or header line lists beside an office, the parts set off by
    commas: "Remarks as prepared, Jane Roe, Executive Director, Northtown Forum", or the
    office first, "Minister for Buses, Jane Roe's speech to …"; None when no part is a
    name beside an office."""
    if _SALUTATION.match(line.strip()):
        return None  # "Honourable Dr Jane Roe, President of the Assembly,": who is addressed
    parts = [part.strip() for part in line.split(",")]
    for first, second in zip(parts, parts[1:], strict=False):
        for name, office in ((first, second), (second, first)):
            name = re.sub(r"['’]s\b.*$", "", name) if office is first else name
            person = parse_person(name)
            if person is None or person.kind != "person" or person.role:
                continue
            words = [w.strip(".").lower() for w in office.split()]
            if len(words) > 12 or re.search(r"[:;!?]|\.\s", office):
                # "…, Constitutional Officers, the extended family …: An inauguration …": a
                # salutation running into the speech, no office.
                continue
            if 2 <= len(person.name.split()) <= 3 and set(words) & ROLE_HEADS:
                return resolver.resolve(Speaker(person.name, office, "person"))
    return None
