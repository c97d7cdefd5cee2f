"""The page's own author named by its title or its header in three shapes of their own:

- a hearing testimony's cover in capitals over several lines, "TESTIMONY OF JANE Q. ROE" /
  "ADMINISTRATOR" / "NORTHLAND BUS AGENCY" (or "STATEMENT OF", "PREPARED STATEMENT OF",
  "REMARKS OF", "REMARKS BY"), and a title "Testimony of Jane Q. Roe, Administrator, …":
  the witness reads it, not the agency on the line under her office;
- a reprint's title "Jane Roe – 2019 Statement on Buses", "Jane Roe – 2021 Speech at …",
  "Jane Roe – 2020 Comments on …": the archive copies that person's words and is not
  their voice;
- a speech's title giving an office, then its holder after a comma or with letters after
  the name: "Speech by Deputy Leader And Minister For Buses, Jane Roe T.D. at …", "Address
  by the Premier, the Hon Jane Roe MP, to …": the holder, not the office's last words.

A cover or title naming only an office or a body ("STATEMENT OF THE BUS AGENCY",
"Testimony of the Administrator") names no one; a news story's headline is not read.
"""

import re

from extraction.attribution.names import (
    CONNECTORS,
    HONORIFICS,
    OCCASION_WORDS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    postnominal,
)
from extraction.attribution.resolution import Resolver
from extraction.attribution.titles import read_capitals
from extraction.attribution.vocabulary import COMMON

# Kinds of page whose title is a story's headline about someone, not the author's, and a
# report, whose findings (a testimony among them) are its institution's.
_NOT_AUTHORED = {"article", "news_article", "encyclopedia_entry", "report"}
# How far into the header a cover block may sit.
_COVER_LINES = 8
_PLACE_WORDS = {
    "summit", "conference", "forum", "club", "hall", "centre", "center", "university",
    "college", "school", "society", "week", "congress", "festival", "museum", "library",
    "chamber", "house", "senate", "states", "kingdom", "republic", "city", "county",
}  # fmt: skip
# A region's first word ("Northern …", "New …") is no given name.
_REGION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
_REGION_WORDS |= {"new", "central", "united", "great", "greater", "upper", "lower"}
_NOT_NAME = ROLE_HEADS | ORGANISATION_WORDS | CONNECTORS | OCCASION_WORDS | _PLACE_WORDS

# "TESTIMONY OF JANE Q. ROE", "Prepared Statement of Dr. Jane Roe", "Remarks by Jane Roe".
_COVER = re.compile(
    r"^(?:(?:prepared|written|opening)\s+)?(?:statement|testimony|remarks)\s+(?:of|by)\s+"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
# Where the witness's name ends: her office after a comma, the committee she appears before.
_COVER_CUT = re.compile(r",|\s+(?i:before|to|on|at|regarding|concerning|during)\s+")
# The witness speaking: "I", "my", "me".
_SINGULAR = re.compile(r"\b(?:I|my|me)\b")
# "Jane Roe – 2019 Statement on Buses": an archive's title, name first, then the year and
# the genre of what it copies.
_ARCHIVED = re.compile(
    r"^(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s+[–—-]\s+(?:19|20)\d\d\s+"
    r"(?:Statement|Speech|Comments|Remarks|Address|Lecture|Article|Letter|Eulogy|Tribute)s?"
    r"\s+(?:on|at|to|in|about|for|before|regarding)\b"
)
# "Speech by …", "Keynote Address by …", "Remarks by …": what follows names the speaker.
_GENRE_BY = re.compile(
    r"^(?:keynote\s+)?(?:speech|address|remarks|statement|lecture)\s+by\s+(?:the\s+)?(?P<who>.+)$",
    re.IGNORECASE,
)
_HONOURED = r"(?:(?:the\s+)?(?:(?:Rt\.?|Right)\s+)?Hon(?:\.|ourable)?\s+|Dr\.?\s+|Sir\s+|Dame\s+)?"
# A holder's name: two or three capitalised words, a middle initial allowed; letters after.
_HOLDER = re.compile(
    rf"{_HONOURED}(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+(?![A-Z]{{2,4}}\b)[A-Z][\w’'-]+){{1,2}})"
    r"(?P<letters>(?:,?\s+(?:[A-Z]\.?){2,4}(?![\w]))*)"
    r"(?=\s*[,;:(]|\s*$|\s+(?i:at|to|on|in|during|before|for)\s)"
)


def _person_name(phrase: str) -> str | None:
    """`phrase` when it is a person's name and nothing else ("Jane Q. Roe", "Dr. Jane
    Roe"), capitals read as a name; None for an office, a body or a place."""
    words = phrase.strip(" .,").split()
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words.pop(0)
    while len(words) > 2 and postnominal(words[-1]):
        words.pop()
    if not 2 <= len(words) <= 4:
        return None
    for word in words:
        bare = word.rstrip(".").replace("-", "").replace("’", "").replace("'", "")
        if not word[:1].isupper() or not bare.isalpha() or bare.lower() in _NOT_NAME:
            return None
    if all(len(w.rstrip(".")) == 1 for w in words[1:]):
        return None  # "U.S." read as two initials
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)


def _office(line: str) -> str:
    """The office on a cover's line (read as title case), or nothing."""
    line = read_capitals(line.strip()) if len(line.split()) >= 3 else line.strip().title()
    words = line.split()
    if not 1 <= len(words) <= 10 or line[-1:] in ".!?:":
        return ""
    return line if any(w.lower().strip(",") in ROLE_HEADS for w in words[:4]) else ""


def testimony_cover(title: str, header: list[str], resolver: Resolver) -> Speaker | None:
    """The one witness a testimony's title or cover lines name, with the office on the
    line under her name (or after the comma in the title); None for an office or a body,
    for two different witnesses, or for a text never in the first person ("This
    testimony discusses the agency's projections …": the agency's own summary)."""
    if not any(_SINGULAR.search(text) for text in resolver.texts):
        return None
    lines = [line.strip() for text in header for line in text.splitlines() if line.strip()]
    lines = [title.strip(), *lines[:_COVER_LINES]]
    found: dict[str, Speaker] = {}
    for position, line in enumerate(lines):
        match = _COVER.match(read_capitals(line) if line.isupper() else line)
        if not match:
            continue
        rest = match.group("rest")
        cut = _COVER_CUT.search(rest)
        name = _person_name(rest[: cut.start()] if cut else rest)
        if name is None:
            continue
        if cut and cut.group(0) == ",":
            office = _office(rest[cut.end() :].split(",")[0])
        else:
            office = _office(lines[position + 1]) if position + 1 < len(lines) else ""
        speaker = resolver.resolve(Speaker(name, office, "person"))
        found.setdefault(speaker.name.lower(), speaker)
    return next(iter(found.values())) if len(found) == 1 else None


def archived_title(title: str, resolver: Resolver) -> Speaker | None:
    """The person an archive's title "Jane Roe – 2019 Statement on …" names first: a
    given name first, which is no common or region's word and which the text never
    writes in small letters ("Climate Change – 2019 Speech …" names no one)."""
    match = _ARCHIVED.match(title.strip())
    name = _person_name(match.group("name")) if match else None
    given = name.split()[0].lower().rstrip(".") if name else ""
    if not name or given in COMMON | _REGION_WORDS:
        return None
    text = " ".join(resolver.texts)
    if re.search(rf"(?<![\w’'-]){re.escape(given)}(?![\w’'-])", text):
        return None
    return resolver.resolve(Speaker(name, "", "person"))


def _lowered(office: str) -> str:
    """An office written in title case ("Minister For Buses And Ports") with its small
    words in small letters."""
    words = office.split()
    return " ".join(
        w.lower() if position and w.lower() in CONNECTORS else w for position, w in enumerate(words)
    )


def holder_title(title: str, resolver: Resolver) -> Speaker | None:
    """The holder a speech's title names after her office: after a comma ("…, Jane Roe
    at …") or with the letters after her name ("… Jane Roe T.D. at …")."""
    match = _GENRE_BY.match(read_capitals(title.strip()))
    if not match:
        return None
    who = match.group("who")
    for start in (m.end() for m in re.finditer(r"(?:^|,)\s*|\s+", who)):
        if start == 0:
            continue
        holder = _HOLDER.match(who, start)
        if not holder:
            continue
        office = who[:start].strip(" ,")
        if office.split()[-1:] and office.split()[-1].lower() in CONNECTORS:
            continue  # "Minister for" + "Buses Jane Roe": the portfolio, then the name
        comma = who[:start].rstrip().endswith(",")
        letters = [w for w in holder.group("letters").replace(",", " ").split() if w]
        if not (comma or letters and all(postnominal(w) for w in letters)):
            continue
        name = _person_name(holder.group("name"))
        words = [w.lower().strip(",") for w in office.split()]
        if name is None or not set(words) & ROLE_HEADS or re.search(r"\d", office):
            continue
        if any(not (w[:1].isupper() or w.lower() in CONNECTORS) for w in office.split()):
            continue  # an occasion or a sentence before the name, not an office
        return resolver.resolve(Speaker(name, _lowered(office), "person"))
    return None


def author_title_speaker(
    title: str, header: list[str], resolver: Resolver, *, kind: str = ""
) -> Speaker | None:
    """The page's author a testimony's cover, an archive's title or a speech's title
    names (see the module); None on a news story or a report, or when none of them
    names a person."""
    if kind in _NOT_AUTHORED:
        return None
    return (
        testimony_cover(title, header, resolver)
        or archived_title(title, resolver)
        or holder_title(title, resolver)
    )
