"""Whether a speaker the rules found is a plausible name of a person or an institution.

Every new layout brings lines the speaker rules have not met, and some of them read as
a name: a status heading ("Current Status:"), a title's genre words ("Roe Opening
Statement on …" gives "Opening"), a headline verb ("Secretary Jane Roe Hosts Call with
…"). A wrong name costs more than the next-best evidence (the page's title person, the
publisher), so such names are trimmed or refused here, by the shape of the words, with
no list of names.
"""

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

# Words a heading, a page's furniture or a title's genre are made of: capitalised on a
# page, they are never a name.
HEADING_WORDS = {
    "answer", "answered", "answers", "question", "questions", "status", "current", "date",
    "lodged", "asked", "opening", "closing", "statement", "statements", "remarks", "speech",
    "address", "testimony", "transcript", "summary", "introduction", "background", "update",
    "note", "notes", "overview", "contents", "published", "released", "publicly", "hearing",
    "briefing", "conference", "call", "news", "release", "press", "response", "reply",
    "written", "oral", "prepared", "keynote", "lecture", "interview", "photo", "caption",
    "video", "audio", "source", "topic", "subject", "session", "item", "agenda", "report",
    # A page's contact block ("Contact Information:", "Media Enquiries") and a version's
    # status in brackets ("(Revised)", "(Continued)").
    "contact", "contacts", "information", "enquiries", "inquiries", "details", "revised",
    "amended", "continued", "resumed", "corrected", "updated", "uncorrected", "unrevised",
}  # fmt: skip
# A headline's verb after the name ("Jane Roe Hosts …", "Jane Roe Tells …"): the third
# person present of what officials do in a headline.
HEADLINE_VERBS = {
    "hosts", "says", "tells", "announces", "delivers", "gives", "makes", "opens", "welcomes",
    "visits", "joins", "addresses", "discusses", "outlines", "unveils", "launches",
    "testifies", "speaks", "responds", "urges", "calls", "highlights", "meets", "holds",
    "leads", "releases", "issues", "praises", "warns", "marks", "celebrates", "names",
}  # fmt: skip
_NOT_NAME = HEADING_WORDS | HEADLINE_VERBS


def _bare(token: str) -> str:
    return token.strip(".,;:()[]'’\"").lower()


def trim_name(name: str) -> str:
    """A name cut before the first headline verb or heading word that follows it ("Jane
    Roe Hosts" gives "Jane Roe", "Roe Opening" gives "Roe"); a name that opens with such
    a word is left for `plausible` to refuse."""
    tokens = name.split()
    for position, token in enumerate(tokens):
        if position > 0 and _bare(token) in _NOT_NAME:
            return " ".join(tokens[:position])
    return name


# A page's image placeholder printed where a photo stood ("MBRphoto", "PortraitImage"): a
# word holding an image word, or capitals run into small letters with no vowel between.
_PLACEHOLDER = re.compile(
    r"(?i:photo|image|picture|portrait|thumbnail|avatar|icon|logo)|^[A-Z]{2,}[a-z]{3,}$"
)
# An office a salutation lists beside the chair ("Ranking Member", "Committee Member"):
# what a member is, never a name.
_MEMBER_OFFICE = re.compile(r"^(?:ranking|committee|board|council|senior)\s+members?$", re.I)


def placeholder(name: str) -> bool:
    """Whether `name` is one word that is a page's image placeholder ("MBRphoto")."""
    tokens = name.split()
    return len(tokens) == 1 and bool(_PLACEHOLDER.search(tokens[0]))


def plausible(name: str | None) -> bool:
    """Whether `name` can name a person or an institution: some word in it is neither a
    heading word nor a headline verb nor a connector, and it is not lower case, an image
    placeholder or a member's office."""
    if not name or not name.strip():
        return False
    if placeholder(name) or _MEMBER_OFFICE.match(name.strip()):
        return False
    words = [_bare(t) for t in name.split()]
    words = [w for w in words if w]
    if not words or not any(t[:1].isupper() for t in name.split()):
        return False
    meaningful = [w for w in words if w not in CONNECTORS and w not in HONORIFICS]
    return bool(meaningful) and not all(w in _NOT_NAME for w in meaningful)


def checked(speaker: Speaker | None) -> Speaker | None:
    """`speaker` with a trailing headline verb or genre word cut from its name; when the
    name then is only such words, the surname the parse took for an office ("Roe
    Opening" read as office "Roe", name "Opening"), else None (the caller falls back to
    the next-best evidence)."""
    if speaker is None:
        return None
    # An institution's name may hold such words ("Federal News Service"): only refused
    # when it is nothing else.
    name = trim_name(speaker.name) if speaker.kind == "person" else speaker.name
    if plausible(name):
        return speaker if name == speaker.name else Speaker(name, speaker.role, speaker.kind)
    role = speaker.role.strip()
    role_words = [_bare(t) for t in role.split()]
    if (
        role
        and all(t[:1].isupper() for t in role.split())
        and not any(w in ROLE_HEADS or w in ORGANISATION_WORDS for w in role_words)
        and plausible(trim_name(role))
    ):
        return Speaker(trim_name(role), "", speaker.kind)
    return None


# "[Photo: Secretary Jane Roe]", "Photo: Minister Jane Roe": a caption naming an office
# holder over a text in the first person.
_CAPTION = re.compile(
    r"^\[?\s*(?:Photo|Pictured|Image|Caption)\s*[:–—-]\s*(?P<who>[A-Z][^\]\n]{3,80}?)\s*\]?\s*$"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I am|my)\b")


def caption_speaker(header: list[str], resolver: Resolver) -> Speaker | None:
    """The office holder a photo caption near the top names ("[Photo: Secretary Jane
    Roe]") when the text around it speaks in the first person: a statement page that
    names its speaker nowhere else. A caption naming no office, or over a text in the
    third person, names someone pictured, not the speaker."""
    if not any(_FIRST_PERSON.search(line) for line in header):
        return None
    for line in header:
        match = _CAPTION.match(line.strip())
        person = parse_person(match.group("who")) if match else None
        if person is None or person.kind != "person" or len(person.name.split()) < 2:
            continue
        if set(person.role.lower().split()) & ROLE_HEADS:
            return resolver.resolve(person)
    return None


def common_words(speaker: Speaker | None, resolver: Resolver) -> bool:
    """Whether a person's name the rules read is made of the text's common words: one word
    the text also writes in lower case ("Minister for Climate Action" read as office
    "Minister for Climate", name "Action"), or an acronym beside such a word ("NTSB Safety
    Forum"), an event or a body, not a person. A surname that is also a word ("Green")
    stays when the text gives it a first name too."""
    if speaker is None or speaker.kind != "person":
        return False
    tokens = [t.strip(".,;:()'’\"") for t in speaker.name.split()]
    tokens = [t for t in tokens if t]
    body = "\n".join(resolver.texts)

    def lowered(token: str) -> bool:
        return bool(re.search(rf"\b{re.escape(token.lower())}\b", body))

    if len(tokens) == 1:
        surname = tokens[0]
        if not surname[:1].isupper() or surname.isupper():
            return False
        known = resolver.surnames.get(surname.lower())
        return lowered(surname) and (known is None or len(known.name.split()) < 2)
    acronym = tokens[0].isupper() and len(tokens[0]) >= 3
    mixed = [t for t in tokens[1:] if not t.isupper()]
    return acronym and bool(mixed) and any(lowered(t) for t in mixed)
