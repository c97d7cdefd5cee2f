"""The person behind a page's voice when that voice came out as an occasion, an office
alone, or the office or body that publishes a minister's release.

- A speech page's title may open with the occasion ("Bus Depot Launch: speech notes for
  …") and be read as a name. An occasion is never a speaker: the speech is the one person
  the header names (a name line "Jane Roe" over the date, `header_author`), else the
  publisher's.
- A speech page's headline may have an office as its subject ("New Chief Secretary sets
  out …", "Minister announces …"). The office is its holder when the page names one: the
  text's "Chief Secretary Jane Roe" (`Resolver.by_role`), the one person the header names,
  or the one styled name a summary line gives as its subject ("In a speech at …, the Rt
  Hon Jane Roe KC MP set out …", "Jane Roe MP delivered …"). With no holder named it stays
  the office ("Minister visits new hospital").
- A release whose title names its author after "media release" ("… (media release,
  Minister Jane Roe, 3 May 2024)") is hers, not the office's or the body's that publishes
  it (`byline.titled_release`).
- A voice that names no one at all ("Announces Funds", "Four", a name cut inside a word)
  fails the gate of `validation.valid_speaker`; the page's voice is then the person the
  title names "by" a valid name, else the one person the header names, else the office
  the name completed, else the publisher (`voice_checked`).
"""

import re

from extraction.attribution.blocks import FIRST_PERSON
from extraction.attribution.byline import titled_release
from extraction.attribution.header_author import header_author
from extraction.attribution.names import (
    HONORIFICS,
    OCCASION_WORDS,
    ROLE_HEADS,
    Speaker,
    parse_person,
    without_letters,
)
from extraction.attribution.office_of import own_voice
from extraction.attribution.resolution import Resolver
from extraction.attribution.titles import name_before_occasion
from extraction.attribution.validation import valid_speaker

# Kinds of page a minister's release may be.
_RELEASES = {"press_release", "other", ""}
# How many of a speech page's first paragraphs may hold its summary line.
_SUMMARY_PARAGRAPHS = 5
_LETTERS = r"(?:MP|MSP|MS|AM|MLA|MLC|MHR|TD|MEP|QC|KC|SC|PC|OBE|CBE|MBE)"
# A name's word has small letters, so a member's letters ("KC MP") end the name.
_WORD = rf"(?!{_LETTERS}\b)[A-Z][\w’'-]*[a-z][\w’'-]*"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{1,2}}"
# Verbs a summary line gives its subject: what the speaker did in the speech.
_DID = (
    r"(?:today\s+|yesterday\s+|has\s+|also\s+)*(?:said|says|set\s+out|sets\s+out|spoke|speaks"
    r"|delivered|delivers|gave|gives|addressed|addresses|outlined|outlines|announced|announces"
    r"|told|tells|unveiled|unveils|launched|launches|called|calls|warned|warns|urged|urges"
    r"|highlighted|highlights|made|makes)\b"
)
# "the Rt Hon Jane Roe KC MP set out …", "Jane Roe MP delivered …": a styled name, the
# subject of what the speech did.
_STYLED_SUBJECT = re.compile(
    rf"(?:(?:\b[Tt]he\s+)?(?:(?:Rt\.?|Right)\s+)?\bHon(?:\.|ourable)?\s+(?:Dr\.?\s+)?"
    rf"(?P<titled>{_NAME})(?:\s+{_LETTERS})*|(?<![\w’'-])(?P<lettered>{_NAME})(?:\s+{_LETTERS})+)"
    rf",?\s+{_DID}"
)


def page_holder(
    every, resolver: Resolver, default: Speaker | None, *, kind: str, title: str, publisher: str
) -> Speaker | None:
    """The person who holds the page's voice `default` (see the module), or `default`."""
    if default is None:
        return None
    unnamed = default.kind == "organisation" or default.name == default.role
    if kind in _RELEASES and unnamed:
        return titled_release(title, resolver) or default
    if kind != "speech" or default.kind != "person":
        return default
    if _occasion(default.name):
        named = header_author(every, resolver, title=title, kind=kind)
        if named is not None and not _occasion(named.name):
            return named
        return Speaker(publisher.strip(), "", "organisation") if publisher.strip() else None
    if default.name != default.role or not _office(default.role):
        return default
    return _holder(default.role, every, resolver, title=title) or default


def _occasion(name: str) -> bool:
    """Whether a name is an occasion's: "Bus Depot Launch", "Opening of the Bridge"."""
    words = name.lower().split()
    opening = len(words) > 2 and words[0] in OCCASION_WORDS and words[1] == "of"
    return bool(words) and (words[-1] in OCCASION_WORDS or opening)


def _office(role: str) -> bool:
    head = re.split(r"\s+(?:of|for|to)\s+", role.lower())[0].split()[-1:]
    return bool(head) and head[0] in ROLE_HEADS


def _holder(office: str, every, resolver: Resolver, *, title: str) -> Speaker | None:
    """The one person the page names as holding `office`, or None."""
    known = resolver.by_role(office.lower())
    if known is not None and known.name != known.role:
        return known
    named = header_author(every, resolver, title=title, kind="speech")
    if named is not None and _fits(named, office):
        return Speaker(named.name, named.role or office, "person")
    styled = _summary_subject(every, resolver)
    return Speaker(styled.name, office, "person") if styled is not None else None


def _fits(person: Speaker, office: str) -> bool:
    """Whether a person the header names may hold `office`: no office of her own given,
    or one with the same head word."""
    own = set(person.role.lower().split()) & ROLE_HEADS
    return not own or bool(own & set(office.lower().split()))


def _summary_subject(every, resolver: Resolver) -> Speaker | None:
    """The one styled name the page's summary lines give as the subject of what the speech
    did, before the speech's own first person; None when none, or two."""
    found: dict[str, Speaker] = {}
    for paragraph in every[:_SUMMARY_PARAGRAPHS]:
        text = " ".join(paragraph.text.split())
        if FIRST_PERSON.search(text):
            break
        if any(mark in text for mark in '“”"'):
            continue
        for match in _STYLED_SUBJECT.finditer(text):
            name = match.group("titled") or match.group("lettered")
            person = resolver.resolve(Speaker(name, "", "person"))
            found.setdefault(person.name, person)
    return next(iter(found.values())) if len(found) == 1 else None


# "… by Jane Roe", "Speech by the Deputy Premier Jane Roe T.D. At …", "– contribution by
# Jane Roe (Senedd, …)": whom a title says the words are by.
_TITLE_BY = re.compile(r"\b(?i:by)\s+(?:the\s+)?(?P<who>[A-Z][^,;:()\[\]|–—\n]{2,100}(?!\w))")
_OCCASION_CUT = re.compile(r"\s+(?:at|on|to|in|during|for|about|with|from|before)\s+")


def title_person(title: str, resolver: Resolver) -> Speaker | None:
    """The one person a title names after "by" by a full name that passes the gate, with
    the occasion after the name cut off; None when it names no one, or several."""
    found: dict[str, Speaker] = {}
    for match in _TITLE_BY.finditer(title):
        who = name_before_occasion(_OCCASION_CUT.split(match.group("who"))[0])
        person = parse_person(without_letters(who).strip(" ."))
        if person is None or person.kind != "person" or len(person.name.split()) < 2:
            continue
        if {w.lower().strip(".") for w in person.name.split()} & (ROLE_HEADS | HONORIFICS):
            continue
        person = valid_speaker(person, resolver)
        if person is not None:
            found.setdefault(person.name.split()[-1], resolver.resolve(person))
    return next(iter(found.values())) if len(found) == 1 else None


def voice_checked(
    every, resolver: Resolver, voice: Speaker | None, *, kind: str, title: str, publisher: str
) -> Speaker | None:
    """The page's voice through the gate (`validation.valid_speaker`): kept when it names
    someone; else the person the title names by a valid name ("… – contribution by Jane
    Roe"), else the one person the header names (`header_author`), else the office its
    name completed ("Minister for" + "Environment"), else the publisher."""
    checked = _checked(every, resolver, voice, kind=kind, title=title, publisher=publisher)
    # A page published by one person's office, a letter its title says its writer sends.
    return own_voice(checked, resolver, kind=kind, title=title, publisher=publisher)


def _checked(
    every, resolver: Resolver, voice: Speaker | None, *, kind: str, title: str, publisher: str
) -> Speaker | None:
    if voice is None:
        return None
    fixed = valid_speaker(voice, resolver, publisher=publisher)
    if fixed is not None and (fixed.name == voice.name or fixed.name != fixed.role):
        return fixed
    named = title_person(title, resolver) or header_author(every, resolver, title=title, kind=kind)
    if named is not None and valid_speaker(named, resolver) == named:
        return named
    if fixed is not None:
        return fixed
    return Speaker(publisher.strip(), "", "organisation") if publisher.strip() else None
