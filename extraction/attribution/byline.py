"""A minister's release under her byline: a line near the top holding only "Hon Jane Roe"
(or "The Hon Jane Roe MP", "Hon Dr Jane Roe"), as ministers' releases in parliaments of
the Westminster kind print their author, sometimes with her office on the next line.
The same author line also comes as:

- the release's kind line naming her: "Media Release by The Hon Jane Roe MP", "Joint
  media release from Minister Jane Roe";
- her styled name and her office on one line: "The Hon Jane Roe MP, Minister for Buses",
  "Jane Roe MS, Minister for Buses and Ferries" over a written statement (the
  style, "Hon" before the name or a member's letters after it, is what makes the line an
  author's, not a story's "Jane Roe, Minister for Buses, said …");
- in the title given to the page: "Fares to fall (media release, Minister Jane Roe, 3 May
  2024)", "… (media release by Jane Roe, Minister for Buses)" (`titled_release`).

The release's narration is then the minister's, as the words she is quoted in are: the
page is issued in her name, not the government's, and the office her header also gives
is hers, not a speaker of its own. A page that names a body as the release's issuer
("Press Release: Northland Government", "Source: Ferry Office") is that body's, whatever
byline it prints; a quotation of someone else in the release stays theirs (an explicit
attribution comes before the page's voice). Two author lines naming two people name no
one author.
"""

import re

from extraction.attribution.cover import person_line
from extraction.attribution.header_block import office_line
from extraction.attribution.names import ROLE_HEADS, Speaker, parse_person
from extraction.attribution.resolution import Resolver
from extraction.attribution.statement_by import bare_name

# How far into the page the byline may sit.
BYLINE_LINES = 12
_BYLINE = re.compile(
    r"^(?:The\s+)?(?:(?:Rt\.?|Right)\s+)?Hon(?:\.|ourable)?\s+"
    r"(?P<name>(?:Dr\.?\s+)?[A-Z][^\d,:;()]{2,60}?)(?:\s+(?:MP|MLA|MLC|MHR))?$"
)
# "Press Release: Northland Government", "Source: Ferry Office": the body issuing the page.
_ISSUER = re.compile(
    r"^(?:(?:press|media)\s+release|source|issued\s+by)\s*[:–-]\s*(?P<who>\S.+)$", re.I
)
# The address before a member's name and the letters after it.
_ADDRESS = re.compile(r"^(?:the\s+)?(?:(?:rt\.?|right)\s+)?hon(?:ou?rable|\.)?\s+", re.I)
_LETTERS = re.compile(r"(?:\s+(?:MP|MLA|MLC|MHR|MS|MSP|AM|TD|MEP|QC|KC|SC|OBE|CBE|MBE|AO|AC))+$")
# "Media Release by The Hon Jane Roe MP": the release's kind, then its author.
_RELEASE_BY = re.compile(
    r"^(?:joint\s+)?(?:media|press|news)\s+release\s+(?:issued\s+)?(?:by|from|of)\s+"
    r"(?P<who>[^,;:()]+?)\s*(?:,\s*(?P<office>[^;:()]+))?$",
    re.IGNORECASE,
)
# "The Hon Jane Roe MP, Minister for Buses": a name, a comma, an office in capitals.
_NAME_OFFICE = re.compile(
    r"^(?P<who>[A-Z][^,;:()\d]{2,60}?),\s+(?P<office>(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:,?\s+(?:of|for|and|the|to|on|[A-Z][\w’'-]*))*)$"
)
# In a title: "(media release, Minister Jane Roe, 3 May 2024)", "… media release by Jane
# Roe, Minister for Buses": the release's author after its kind.
_TITLED = re.compile(
    r"\b(?:media|press|news)\s+release\s*(?P<by>,|:|[–—-]|\bby\b|\bfrom\b)\s*"
    r"(?P<who>[^,;:()\[\]]{3,80}?)\s*(?=[,;:()\[\]]|$)",
    re.IGNORECASE,
)


def _styled(who: str, resolver: Resolver, *, bare: bool = False) -> Speaker | None:
    """The person `who` names with her style ("The Hon Jane Roe MP", "Jane Roe MS"), with
    an office ("Minister Jane Roe"), or (`bare`) by her full name alone; None otherwise."""
    who = " ".join(who.split())
    addressed = _ADDRESS.match(who) is not None
    stripped = _LETTERS.sub("", _ADDRESS.sub("", who)).strip()
    lettered = stripped != _ADDRESS.sub("", who).strip()
    stripped = re.sub(r"^Dr\.?\s+", "", stripped)
    name = person_line(stripped)
    if name is not None and (addressed or lettered or bare):
        return resolver.resolve(Speaker(name, "", "person"))
    person = parse_person(stripped)
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return None
    if not set(person.role.lower().split()) & ROLE_HEADS:
        if bare and bare_name(stripped) is not None:
            return resolver.resolve(Speaker(person.name, "", "person"))
        return None
    if any(not word[:1].isupper() for word in person.role.split() if len(word) > 3):
        return None  # "the new minister Jane Roe": a phrase, not an author line.
    return resolver.resolve(person)


def _with_office(person: Speaker | None, office: str) -> Speaker | None:
    if person is None or not office or person.role:
        return person
    return Speaker(person.name, office.strip(" ,"), "person")


def author_line(line: str, resolver: Resolver) -> Speaker | None:
    """The author a release's header line names in one of the shapes of the module (other
    than the bare byline), or None."""
    line = " ".join(line.split())
    release = _RELEASE_BY.match(line)
    if release is not None:
        office = release.group("office") or ""
        person = _styled(release.group("who"), resolver, bare=True)
        return _with_office(person, office if office_line(office) else "")
    named = _NAME_OFFICE.match(line)
    if named is None or not office_line(named.group("office")):
        return None
    who = named.group("who").strip()
    if not (_ADDRESS.match(who) or _LETTERS.search(who)):
        return None  # "Jane Roe, Minister for Buses": no style, a story's or a caption's.
    return _with_office(_styled(who, resolver), named.group("office"))


def titled_release(title: str, resolver: Resolver) -> Speaker | None:
    """The one author a page's title names after the words "media release" (see the
    module), or None."""
    found = set()
    for match in _TITLED.finditer(" ".join(title.split())):
        by = match.group("by").lower() in ("by", "from")
        person = _styled(match.group("who"), resolver, bare=by)
        if person is not None:
            found.add(person.name)
            author = person
    return author if len(found) == 1 else None


def byline_speaker(lines: list[str], resolver: Resolver) -> Speaker | None:
    """The minister a release's byline names (see the module), or None: no byline, two
    bylines, or a line naming a body as the issuer."""
    lines = [line.strip() for line in lines[:BYLINE_LINES] if line.strip()]
    found = {}
    for position, line in enumerate(lines):
        issuer = _ISSUER.match(line)
        if issuer is not None and person_line(issuer.group("who")) is None:
            return None
        match = _BYLINE.match(line)
        name = person_line(re.sub(r"^Dr\.?\s+", "", match.group("name"))) if match else None
        if name is None:
            author = author_line(line, resolver)
            if author is not None:
                found.setdefault(author.name, author)
            continue
        under = lines[position + 1] if position + 1 < len(lines) else ""
        office = under if office_line(under) else ""
        author = resolver.resolve(Speaker(name, office, "person"))
        found.setdefault(author.name, author)
    return next(iter(found.values())) if len(found) == 1 else None
