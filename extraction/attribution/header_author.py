"""The header names one person as the text's author.

A page's header block (its lines above the first full paragraph: the title, the date,
the place, a kind line such as "Conference Call" or "As Delivered", page noise) often
names the one person whose words the page prints, in one of many shapes:

    Bus Fares in 2024                 Statement given by Minister Jane Roe MLA, to the
    3 May 2024                        Assembly on 3 May 2024.
    Jane Q. Roe
                                      Statement Vice-President Roe on bus fares
    Remarks on Bus Fares
    Jane Q. Roe II                    Testimony of Jane Q. Roe / Blog post by Jane Roe
    Conference Call
                                      Jane Roe's remarks at the Bus Forum
    Jane Roe photo

A line holding only a person's name (an honorific or an office before it and letters
after it allowed: "Hon Jane Roe", "Minister Jane Roe MLA", "Jane Q. Roe, M.D., Ph.D.",
"Jane Roe Jr."), an image placeholder naming her ("Jane Roe photo"), or a kind line
naming one person ("Statement by/of/given by …", "Statement <office> <name> on …",
"Remarks by/of …", "<name>'s remarks …", "Testimony of …", "Blog post by …") makes the
page's narration hers, when the body reads as hers: a speech, a statement, a blog post or
remarks, or prose in the first person. Quotations of others inside it stay theirs (an
explicit attribution comes before the page's voice).

Not an author: a contact or an editor ("Media contact: Jane Roe", a name over a telephone
number), a body ("Statement by the Bus Council"), two people or more (a joint statement is
`joint_statement`'s; a header listing several names names no author), a news story's
people (a name line on a story with no first person, no blog or statement kind).
"""

import re

from extraction.attribution.blocks import FIRST_SINGULAR
from extraction.attribution.header_block import addressees, office_line
from extraction.attribution.names import (
    CONNECTORS,
    HONORIFICS,
    OCCASION_WORDS,
    ORGANISATION_WORDS,
    PARTICLES,
    ROLE_HEADS,
    Speaker,
    parse_person,
)
from extraction.attribution.quoting import has_quotation
from extraction.attribution.resolution import Resolver
from extraction.attribution.titles import read_capitals
from extraction.attribution.validation import placeholder
from extraction.attribution.vocabulary import HEADING_WORDS, HEADLINE_VERBS
from extraction.written_dates import MONTHS

# How many lines the header block may hold, and how many words a full paragraph has.
_HEADER_LINES = 14
_FULL_WORDS = 12
# Letters after a name, with or without their dots: "MLA", "T.D.", "M.D.", "Ph.D.", "Jr.".
_LETTERS = (
    "MP", "MSP", "MS", "AM", "MLA", "MLC", "MHR", "TD", "QC", "KC", "SC", "MEP", "OBE", "CBE",
    "MBE", "DBE", "KCB", "PC", "MD", "PHD", "DPHIL", "JD", "ESQ", "JR", "SR", "II", "III", "IV",
)  # fmt: skip
_DOTTED = "|".join(r"\.?\s?".join(letters) + r"\.?" for letters in _LETTERS)
_POSTNOMINALS = re.compile(rf"(?:,?\s+(?i:{_DOTTED})(?![\w]))+\s*$")
# An address before the name: "The Hon", "The Rt Hon", "Honorable".
_ADDRESS = re.compile(
    r"^(?:the\s+)?(?:(?:rt\.?|right)\s+)?(?:hon(?:ou?rable|\.)?)\s+", re.IGNORECASE
)
# A label naming who speaks or writes: "Speaker: Jane Roe", "By Jane Roe", "Posted by".
_LABEL = re.compile(r"^(?:(?:speaker|author|(?:posted|written)\s+by)\s*:|by\b:?)\s*", re.I)
# An image placeholder printed where the author's photo stood: "Jane Roe photo", "Photo of
# Jane Roe", "Jane Roe (portrait)".
_PICTURED = re.compile(
    r"^(?:(?:photo|portrait|image|picture|headshot)\s+of\s+(?P<before>.+)"
    r"|(?P<after>.+?)\s+\(?(?:photo|portrait|image|picture|headshot)\)?)$",
    re.IGNORECASE,
)
# The page says it is a blog's post or a statement a person gives, not a news story.
# A "media statement" is a release's name for itself, not a person's statement.
_OWN_GENRE = re.compile(
    r"\b(?:blog|op-ed|column|(?<!media\s)(?<!press\s)(?<!news\s)statement|remarks|testimony"
    r"|speech|foreword"
    r"|(?:press|conference|media)\s+call|as\s+(?:prepared|delivered))\b",
    re.IGNORECASE,
)
# A header line that is a kind line: the kind opens it (after a word or two) or ends it.
_LINE_KIND = re.compile(
    r"^(?!the\s)(?:[A-Z][\w’'-]*\s+){0,2}(?:blog|op-ed|column|statement|remarks|testimony|speech"
    r"|foreword|press|conference|media|as)\b|\b(?:blog|statement|remarks|testimony|speech"
    r"|call|delivered|prepared)$",
    re.IGNORECASE,
)
# A story that is one person's own piece: a blog's post, an opinion column, a letter.
_BLOG = re.compile(r"\b(?:blog|op-ed|column|opinion|letter|foreword)\b", re.IGNORECASE)
# Days and months: a dateline's words, never a name.
_CALENDAR = set(MONTHS) | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
    "tue", "wed", "thu", "fri", "sat", "sun",
}  # fmt: skip
# A line that is a date alone: "3 May 2024", "May 3, 2024".
_DATE_LINE = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}")
# Words of a page's furniture, a venue or a place, which a name line does not hold.
_NOT_NAME = (
    HEADING_WORDS
    | HEADLINE_VERBS
    | ORGANISATION_WORDS
    | OCCASION_WORDS
    | CONNECTORS
    | _CALENDAR
    | {
        "skip", "header", "footer", "menu", "main", "content", "home", "search", "print",
        "share", "text", "resize", "navigation", "page", "site", "website", "blog", "post",
        "media", "contact", "editor", "author", "archive", "archived", "summit", "forum",
        "centre", "center", "hall", "house", "street", "road", "university", "college",
        "related", "links", "treasury", "affairs", "services", "resources", "news",
        "as", "at", "by", "on", "in", "to", "with", "from", "delivered", "delivery", "check",
        "against", "embargoed", "until", "live", "watch",
    }
)  # fmt: skip
# A contact's label, on the line or the one before: the name is whom to ask, no author.
_CONTACT = re.compile(
    r"\b(?:contacts?|enquiries|inquiries|editor|edited|spokesperson|press\s+officer)\b", re.I
)
_PHONE_OR_MAIL = re.compile(
    r"@|(?<![\w#])\+?\(?\d{2,5}\)?[ .-]\d{3,4}[ .-]?\d{3,4}\b|\b(?:tel|phone|e-?mail)\b", re.I
)


def header_lines(every) -> tuple[list[str], str]:
    """The header block's lines (above the first full paragraph) and that paragraph."""
    lines: list[str] = []
    for paragraph in every:
        text = paragraph.text.strip()
        if paragraph.is_prose and len(text.split()) >= _FULL_WORDS:
            return lines[:_HEADER_LINES], text
        lines += [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) >= _HEADER_LINES:
            break
    return lines[:_HEADER_LINES], ""


def person_line(line: str, resolver: Resolver) -> Speaker | None:
    """The person a line names and nothing else: "Jane Q. Roe", "Hon Jane Roe", "Minister
    Jane Roe MLA", "Jane Q. Roe, M.D., Ph.D.", "Jane Roe photo"; None for a heading (a line
    in capitals), a dateline, a venue, a body or a line saying anything more."""
    line = _LABEL.sub("", " ".join(line.split()))
    letters = [ch for ch in line if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        return None
    pictured = _PICTURED.match(line)
    if pictured:
        line = (pictured.group("before") or pictured.group("after")).strip(" ()[]")
    line = _POSTNOMINALS.sub("", line).strip()
    line = _ADDRESS.sub("", line)
    if not line or re.search(r"[\d,:;!?()\[\]|/@&]", line):
        return None
    tokens = line.split()
    if not 2 <= len(tokens) <= 6 or line.endswith(".") and not re.search(r"\b[A-Z]\.$", line):
        return None
    person = parse_person(line)
    if person is None or person.kind != "person":
        return None
    role_words = [w.lower().strip(".") for w in person.role.split()]
    if role_words and not set(role_words) & (ROLE_HEADS | HONORIFICS):
        return None  # "Northtown Jane Roe": no office before the name.
    if role_words and any(not w[:1].isupper() for w in person.role.split()):
        return None  # "the minister Jane Roe": a phrase, not a name line.
    return _person(person, resolver)


def _person(person: Speaker, resolver: Resolver, *, office: bool = False) -> Speaker | None:
    """`person` when its name is a full name of two words or more that no furniture word
    makes up, resolved; with `office`, a surname after an office ("Vice-President Roe")
    names her too, by the fullest name the text gives her."""
    words = person.name.split()
    for word in words:
        bare = word.strip(".’'").lower()
        if re.fullmatch(r"[A-Z]\.?", word) or bare in PARTICLES:
            continue
        if not word[:1].isupper() or bare in _NOT_NAME or bare in ROLE_HEADS:
            return None
        if not re.fullmatch(r"[^\W\d_][\w’'.-]*", word) or re.fullmatch(r"[A-Z.]{2,}", word):
            return None  # a short form in capitals ("EPA", "D.C."): no name.
    if placeholder(person.name):
        return None
    resolved = resolver.resolve(person)
    if len(resolved.name.split()) < 2 and not office:
        return None
    return Speaker(resolved.name, person.role or resolved.role, "person")


def _common(name: str, body: str) -> bool:
    """Whether every word of `name` is a word the text writes in small letters ("Press
    Call", "Fact Sheet"): page words, not a name."""
    words = [w for w in name.split() if len(w.strip(".")) > 1]
    return bool(words) and all(
        re.search(rf"(?<![\w’'-]){re.escape(w.lower())}(?![\w’'-])", body) for w in words
    )


# A kind line naming its author: "Statement by/of/from/given by …", "Remarks of …",
# "Testimony of …", "Blog post by …", "Opening statement as delivered by …".
_KIND = (
    r"(?:(?:joint|press|written|oral|ministerial|opening|closing|prepared|introductory)\s+)?"
    r"(?:statement|remarks|testimony|address|speech|blog\s+post|post|article|op-ed|message"
    r"|comments|foreword)"
)
_KIND_BY = re.compile(
    rf"^{_KIND}\s+(?:(?:as\s+)?(?:given|made|delivered|prepared(?:\s+for\s+delivery)?|written"
    r"|posted|issued)\s+)?(?P<by>by|of|from)\s+(?P<who>.+)$",
    re.IGNORECASE,
)
# "Statement Vice-President Roe on …": an office and its holder straight after the kind.
_KIND_OFFICE = re.compile(rf"^{_KIND}\s+(?P<who>[A-Z].+)$", re.IGNORECASE)
# "Jane Roe's remarks at …", "Minister Roe’s statement on …".
_POSSESSIVE = re.compile(
    r"^(?P<who>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|the)){1,6}?)['’]s\s+"
    r"(?:opening\s+|closing\s+|prepared\s+|full\s+)?"
    r"(?:statement|remarks|testimony|address|speech|blog|post|message)\b"
)
# Where the author's name ends: the subject, the occasion, the line's next part.
_NAME_END = re.compile(
    r"\s+(?i:on|about|regarding|following|after|at|to|as|for|in|before|during|from)\s"
    r"|\s*[;:(–—|]|\s-\s|,(?!\s*(?i:" + _DOTTED + r")(?![\w]))|\.?$"
)


def kind_line(line: str, resolver: Resolver) -> Speaker | None:
    """The one person a title or kind line names as its author (see the module)."""
    text = read_capitals(" ".join(line.split()))
    match = _KIND_BY.match(text)
    office_first = False
    if match is None:
        match = _KIND_OFFICE.match(text)
        office_first = True
    if match is None:
        match = _POSSESSIVE.match(text)
        who = match.group("who") if match else ""
    else:
        rest = match.group("who")
        who = rest[: _NAME_END.search(rest).start()]
    who = _POSTNOMINALS.sub("", who.strip(" ,.")).strip(" ,")
    who = _ADDRESS.sub("", re.sub(r"^the\s+", "", who, flags=re.I))
    if not who or re.search(r"\band\b|&", who):
        return None  # two signatories: `joint_statement`'s.
    if any(not t[:1].isupper() and t.lower() not in CONNECTORS | PARTICLES for t in who.split()):
        return None
    person = parse_person(who)
    if person is None or person.kind != "person":
        return None
    if person.role.split()[-1:] and person.role.split()[-1].lower() in CONNECTORS:
        return None  # "the Governor of the Bank of Northland": a place, no one's name.
    role_words = {w.lower().strip(".") for w in person.role.split()}
    if office_first and not role_words & ROLE_HEADS:
        return None  # "Statement Financial Position": no office before a name.
    bare_of = match and match.re is _KIND_BY and match.group("by").lower() == "of"
    if bare_of and not role_words and not _named_elsewhere(person.name, resolver):
        # "Statement of Financial Position": a bare name after "of" only when the text
        # names that person elsewhere too.
        return None
    if role_words and not role_words & (ROLE_HEADS | HONORIFICS):
        return None
    return _person(person, resolver, office=bool(role_words & ROLE_HEADS))


def _named_elsewhere(name: str, resolver: Resolver) -> bool:
    text = "\n".join(resolver.texts)
    return text.count(name) >= 2 or name.split()[-1].lower() in resolver.surnames


def header_author(every, resolver: Resolver, *, title: str = "", kind: str = "") -> Speaker | None:
    """The one person the header names as the page's author (see the module), or None."""
    lines, first = header_lines(every)
    found: dict[str, Speaker] = {}
    body = "\n".join(p.text for p in every)
    kinds = [title, *lines, first]
    for text in kinds:
        author = kind_line(text, resolver) if text else None
        if author is not None:
            found.setdefault(author.name, author)
    named = bool(found)
    addressed = addressees(lines)  # a speech's salutation: "Jane Roe, Chair of …,"
    for position, line in enumerate(lines):
        author = person_line(line, resolver) if line not in addressed else None
        if author is None or _common(author.name, body.replace(line, "")):
            continue
        before = lines[position - 1] if position else ""
        after = lines[position + 1] if position + 1 < len(lines) else ""
        if _CONTACT.search(before) or _PHONE_OR_MAIL.search(after) or _CONTACT.search(line):
            continue
        if _addressed(author.name, lines) or _dateline_place(position, lines, title):
            continue
        if not author.role and office_line(after):
            author = Speaker(author.name, after, "person")
        found.setdefault(author.name, author)
    people = _distinct(list(found.values()))
    if len(people) != 1:
        return None
    if (not named or kind == "article") and not _own_prose(kind, title, lines, every):
        return None
    return people[0]


def _dateline_place(position: int, lines: list[str], title: str) -> bool:
    """Whether a name line is the place of a dateline the page opens with, over its date
    and above the title ("Northtown" / "3 May 2024" / "Minister's remarks at …")."""
    after = lines[position + 1].strip() if position + 1 < len(lines) else ""
    below = {line.strip() for line in lines[position + 2 :]}
    return position == 0 and bool(_DATE_LINE.fullmatch(after)) and title.strip() in below


def _addressed(name: str, lines: list[str]) -> bool:
    """Whether the header names the person as whom the page is sent to ("Letter to Mr Jane
    Roe", "Dear Jane"): an addressee, no author."""
    given, surname = re.escape(name.split()[0]), re.escape(name.split()[-1])
    titles = r"(?:(?:[Tt]he|Mr|Mrs|Ms|Miss|Dr|Hon|Prof|Sir|Dame)\.?\s+)*"
    to = re.compile(rf"\b(?:[Tt]o|[Dd]ear|[Aa]ttention\s+of)\s+{titles}(?:{given}|{surname})\b")
    return any(to.search(line) for line in lines)


def _distinct(people: list[Speaker]) -> list[Speaker]:
    """The people, one each: "Jane Roe" and "Minister Roe" are one."""
    result: list[Speaker] = []
    for person in sorted(people, key=lambda p: -len(p.name.split())):
        surname = person.name.split()[-1]
        if not any(surname == other.name.split()[-1] for other in result):
            result.append(person)
    return result


def _own_prose(kind: str, title: str, lines: list[str], every) -> bool:
    """Whether the body reads as the named person's own: a speech, a page whose title or
    header says it is a statement, remarks or a blog's post (a story only for a blog's
    post or an opinion piece), or prose in the first person singular."""
    if kind == "speech":
        return True
    genre = _BLOG if kind == "article" else _OWN_GENRE
    # The title anywhere; a header line only where it opens or ends with the kind ("Press
    # Statement", "Minister's speech"), not a sentence broken over lines ("The Statement
    # of" / "Principles was adopted …").
    kinds = [line for line in lines if _LINE_KIND.search(line)]
    if any(genre.search(text) for text in [title, *kinds]):
        return True
    prose = [p.text for p in every if p.is_prose][:6]
    own = [t for t in prose if FIRST_SINGULAR.search(t) and not has_quotation(t)]
    return len(own) >= 2
