"""Genre priors for the page's voice: whose words a speech, a statement or an interview is
when the page's other rules end on a body (the publisher, a department, a committee, a
news service) or on an office alone, while the page names the person giving it.

The guide's convention: a speech, a statement, a letter or an opinion piece is the person
the page names as giving or signing it, an office only when the page gives no name; an
interview's unlabelled answers are the interviewee's. Read from the page's shape only:

- A title naming who gives it before the genre word: "Minister Roe Statement on …", "Roe
  Opening Statement at …" (a surname, or an office and a surname), "Chancellor's Speech
  at …" (an office alone). A body issuing a statement in its own name ("EU Statement on
  …", "Council Statement …") keeps the body's voice.
- A standfirst: "Secretary for Buses, Jane Roe MSP's speech setting out …".
- A byline line under the title: "• Jane Roe", "By Jane Roe", a full name alone on a line.
- An office line alone over the title ("Vice-President of the Commission") when no one is
  named.
- An office the speaker claims in the first person ("my first as Minister for Buses") with
  a byline naming a person: the person, holding that office.
- A title's opening gerund or verb read as a name ("Making Northland's buses faster" gives
  "Making Northland") is no speaker.
- An office holder's site line: "Former Governor Jane Roe (2009-2017) | News | …".
- A reprint's member line in the header ("Photo of Jane Roe Jane Roe Secretary of State
  for Buses") over a written statement: the member.
- "Interview with Jane Roe, Governor of the Bank, conducted by …", a title "Interview Jane
  Roe": the interviewee.
- A record whose title names a member doing something ("Jane Roe asks a Question on …")
  over first-person words: the member.
"""

import re

from extraction.attribution.blocks import CHAIR_ADDRESSED, FIRST_SINGULAR
from extraction.attribution.names import (
    BYLINE_LETTERS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    parse_person,
    without_letters,
)
from extraction.attribution.resolution import Resolver
from extraction.attribution.turns import reprint_member
from extraction.attribution.vocabulary import HEADLINE_VERBS, common_name

_GENRE = r"(?:Statement|Speech|Address|Remarks|Testimony)"
# A title whose words say the page is something said or signed; not a release's "media
# statement", nor the verb "to address".
_SAID_TITLE = re.compile(
    r"(?<!\bmedia\s)(?<!\bpress\s)(?<!\bnews\s)(?<!\bto\s)"
    r"\b(?:statement|speech|address|remarks|testimony)\b",
    re.I,
)
# Kinds of page that may be one person's speech or statement (not a report, a record of a
# House's business or a news story about it).
_SAID_KINDS = {"speech", "press_release", "other", ""}
_WORD = r"[A-Z][\w’'.-]*"
# "Minister Roe Statement on …", "Roe Opening Statement at …".
_WHO_STATEMENT = re.compile(
    rf"^(?P<who>{_WORD}(?:\s+{_WORD}){{0,3}}?)\s+(?:(?:Opening|Closing|Prepared|Written)\s+)?"
    rf"{_GENRE}\s+(?:on|at|to|before|for|regarding|about|in|following)\b"
)
# "Chancellor's Speech at …", "Jane Roe’s Statement on …".
_WHOSE = re.compile(
    rf"^(?P<who>{_WORD}(?:\s+(?:of|for|the|{_WORD})){{0,5}})['’]s\s+"
    rf"(?:(?:Opening|Closing|Keynote|Budget)\s+)?{_GENRE}\b",
    re.I,
)
_LETTERS = BYLINE_LETTERS
# A full name, a middle initial allowed ("Jane Q. Roe").
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+(?:de|van|von|da|del|di|le|la)?\s*[A-Z][\w’'-]+){1,2}"
# A military rank before a name: "Lt Gen Jane Roe".
_RANKS = r"(?:(?:Lt|Gen|Maj|Col|Brig|Adm|Lieutenant|General|Major|Colonel|Brigadier)\.?\s+)+"
# "Secretary for Buses, Jobs and Roads, Jane Roe MSP's speech outlining …".
_STANDFIRST = re.compile(
    rf"^(?P<office>[A-Z][^.;:]{{3,120}}?),\s+(?P<name>{_NAME})(?:\s+{_LETTERS})*['’]s\s+"
    r"(?:speech|statement|address|remarks|testimony|lecture)\b"
)
# "• Jane Roe", "By Jane Roe", "Jane Roe MSP": a byline line (a bare name alone is too
# like a heading: "Equal Pay Day").
_BYLINE = re.compile(
    rf"^(?:(?:[•·*–-]\s*|[Bb]y\s+)(?P<name>{_NAME})(?:,?\s+{_LETTERS})*"
    rf"|(?P<lettered>{_NAME})(?:,?\s+{_LETTERS})+)$"
)
# "Interview with Jane Roe, Governor of the Bank, conducted by …".
_INTERVIEW = re.compile(
    rf"\b[Ii]nterview(?:\s+with|:)\s+(?P<name>{_NAME})(?:\s+{_LETTERS})*"
    rf"(?=\s*,\s*(?P<office>[^,–—|]{{3,80}})|\s+conducted\b)"
    # "(radio interview with Lt Gen Jane Roe)": a rank makes the words after it a person.
    rf"|\b[Ii]nterview\s+with\s+(?P<ranked>{_RANKS}{_NAME})(?=\s*[()]|\s*$)"
    # A title of the word and a name alone: "Interview Jane Roe", "Interview: Jane Roe".
    rf"|^Interview:?\s+(?P<titled>{_NAME})(?:\s*[|–—-].*)?$"
)
# Words that make a title's opening words a kind of statement, not who made it.
_NOT_WHO = {
    "joint", "ministerial", "presidential", "press", "official", "final", "written", "oral",
    "public", "national", "annual", "keynote", "opening", "closing", "government", "news",
    "media", "policy", "budget", "introductory", "full", "personal", "prepared",
}  # fmt: skip
# A one-word office many hold at once: alone it names no one.
_GENERIC = {
    "minister", "secretary", "member", "official", "officer", "director", "spokesperson",
    "spokesman", "spokeswoman", "commissioner", "senator", "councillor", "deputy",
}  # fmt: skip


def genre_voice(
    every, resolver: Resolver, voice: Speaker | None, *, kind: str, title: str, publisher: str
) -> Speaker | None:
    """The page's voice `voice`, or the person (else the office) the genre says speaks."""
    lines = [" ".join(p.text.split()) for p in every[:6]]
    if kind == "interview":
        # A site's menus may come before the interview's own header.
        header = [" ".join(p.text.split()) for p in every[:12]]
        return _interviewee(title, header, resolver, voice) or voice
    if kind == "parliamentary_record" and (voice is None or voice.kind != "person"):
        return _member_in_title(title, lines, resolver) or voice
    said = kind == "speech" or kind in _SAID_KINDS and bool(_SAID_TITLE.search(title))
    if not said:
        return voice
    if voice is not None and _gerund(voice, title):
        voice = Speaker(publisher.strip(), "", "organisation") if publisher.strip() else None
    byline = _byline(lines, title, resolver)
    if voice is not None and voice.kind == "person" and voice.name == voice.role:
        # "… my first as Minister of Buses" under "• Jane Roe": she holds the office.
        return Speaker(byline.name, voice.role, "person") if byline is not None else voice
    if voice is not None and voice.kind == "person":
        return voice
    named = _title_who(title, resolver) or _standfirst(lines[:4], resolver) or byline
    # "Jane Roe, 21 October 2022, Bus Fund", "Secretary Jane Roe Announces …" (`_title_name`).
    named = named or _title_name(title, resolver, speech=kind == "speech")
    # "Read the full transcript of Jane Roe’s speech from the Bus Convention".
    named = named or _whose_speech([title, *lines[:4]], resolver)
    # "Remarks at the Bus Forum, As Prepared for Delivery" over a line "Jane Roe".
    if named is None and kind == "speech" and _SAID_TITLE.search(title):
        named = _name_line(lines, resolver, title=title, publisher=publisher)
    # A reprint's member line over a written statement: "Photo of Jane Roe Jane Roe …".
    named = named or next(filter(None, map(reprint_member, lines)), None)
    # An office holder's page line: "Governor Jane Roe (2009-2017) | News | Date Posted: …".
    named = named or next(filter(None, (_site_line(line, resolver) for line in lines[:4])), None)
    office = _office_line(lines[:4], title) if kind == "speech" else None
    return named or office or _stating_body(title, voice, publisher) or voice


# "National Treasury statement on …", "Bus Users Council Statement on …".
_BODY_STATEMENT = re.compile(
    rf"^(?:The\s+)?(?P<who>{_WORD}(?:\s+(?:of|for|and|on|{_WORD})){{1,6}}?)\s+(?i:statement)\s+"
    r"(?:on|about|regarding|following|in\s+response\s+to)\b"
)


def _stating_body(title: str, voice: Speaker | None, publisher: str) -> Speaker | None:
    """The body a statement's title names as making it, in place of the site that carries
    it (the publisher); None for a person's or an office's statement."""
    if voice is not None and voice.name != publisher.strip():
        return None
    match = _BODY_STATEMENT.match(" ".join(title.split()))
    if match is None:
        return None
    words = match.group("who").split()
    if not any(_body(word) for word in words) or {w.lower() for w in words} & ROLE_HEADS:
        return None
    return Speaker(" ".join(words), "", "organisation")


# "Jane Roe asks a Question on …", "Jane Roe raises …": a member's page titled by what she
# did in the House.
_MEMBER_DID = re.compile(rf"^(?P<name>{_NAME})\s+(?:[a-z]+s)\b")


def _member_in_title(title: str, lines: list[str], resolver: Resolver) -> Speaker | None:
    """The member a record's title names as doing something in the House, when the text
    under it speaks in the first person ("Through you Sir, I want to ask …")."""
    match = _MEMBER_DID.match(title.strip())
    person = _person(match.group("name"), resolver) if match else None
    if person is None or any(_body(word) for word in person.name.split()):
        return None
    return person if any(FIRST_SINGULAR.search(line) for line in lines) else None


def _site_line(line: str, resolver: Resolver) -> Speaker | None:
    """The office holder a site's "|"-separated line opens with ("Former Governor Jane Roe
    (2009-2017) | News | …"), else None."""
    if "|" not in line:
        return None
    first = re.sub(r"\s*\([^()]*\)", "", line.split("|")[0]).strip()
    person = parse_person(first)
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return None
    if not set(person.role.lower().split()) & ROLE_HEADS:
        return None
    return resolver.resolve(person)


def _gerund(voice: Speaker, title: str) -> bool:
    """Whether the voice is a title's opening gerund and what follows it ("Making Europe"
    from "Making Europe's roads safer")."""
    first = voice.name.split()[0] if voice.name.split() else ""
    return len(first) > 5 and first.endswith("ing") and title.strip().startswith(voice.name)


def _person(who: str, resolver: Resolver) -> Speaker | None:
    person = parse_person(without_letters(who).strip(" ,."))
    if person is None or person.kind != "person" or common_name(person.name):
        return None
    return resolver.resolve(person)


def _body(word: str) -> bool:
    bare = word.strip(".,’'").lower()
    return bare in ORGANISATION_WORDS or bare in _NOT_WHO or bool(re.fullmatch(r"[A-Z]{2,}", word))


def _office(who: str) -> bool:
    head = re.split(r"\s+(?:of|for|to)\s+", who.lower())[0].split()[-1:]
    return bool(head) and (head[0] in ROLE_HEADS or head[0].split("-")[-1] in ROLE_HEADS)


def _title_who(title: str, resolver: Resolver) -> Speaker | None:
    """Who the title says gives the statement or speech: "Minister Roe Statement on …",
    "Roe Opening Statement at …", "Chancellor's Speech at …" (the office alone)."""
    title = " ".join(title.split())
    whose = _WHOSE.match(title)
    if whose:
        who = re.sub(r"^the\s+", "", whose.group("who"), flags=re.I)
        if _office(who):
            known = resolver.by_role(who.lower())
            if known is None and who.lower() in _GENERIC:
                return None  # "Minister's speech at …": which minister, the page does not say.
            return known if known is not None else Speaker(who, who, "person")
        return _person(who, resolver) if len(who.split()) > 1 else None
    match = _WHO_STATEMENT.match(title)
    if not match:
        return None
    words = match.group("who").split()
    if any(_body(word) for word in words):
        return None  # "EU Statement on …", "Council Statement on …": the body's own.
    if len(words) == 1 or _office(" ".join(words[:-1])):
        # "Roe Opening Statement", "Minister Roe Statement": a surname, an office's holder.
        role = " ".join(words[:-1])
        person = resolver.resolve(Speaker(words[-1], role, "person"))
        return person if not _office(person.name) else None
    return None  # "Bovine TB Statement on …": the subject, not who made it.


# A title opening with a full name and the day: "Jane Roe, 21 October 2022, Bus Fund",
# "Jane Roe – October 21, 2022: …" (not "Business Northland, Industry Group").
_NAME_FIRST = re.compile(
    rf"^(?P<who>{_NAME})\s*(?:,|:|\s[–—-])\s+"
    r"(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
)
# A headline opening with who did it: "Secretary of Buses Jane Roe Announces …".
_WHO_DID = re.compile(
    rf"^(?P<who>{_WORD}(?:\s+(?:of|for|the|and|{_WORD})){{1,9}}?)\s+"
    rf"(?i:{'|'.join(sorted(HEADLINE_VERBS))})\b"
)


def _title_name(title: str, resolver: Resolver, *, speech: bool) -> Speaker | None:
    """The person a title opens with (above), by a full name and nothing else; a release's
    headline ("Dr Jane Roe Releases Statement on …") leaves its narration the publisher's,
    so only a speech's is read."""
    title = " ".join(title.split())
    first = _NAME_FIRST.match(title)
    person = _full_name(first.group("who"), resolver) if first else None
    did = _WHO_DID.match(title) if speech and person is None else None
    if did is None:
        return person
    person = parse_person(without_letters(did.group("who")).strip(" ,."))
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return None
    if common_name(person.name) or any(_body(word) for word in person.name.split()):
        return None  # "Bus Fund", "NTSB Safety": a body or a subject
    return resolver.resolve(person)


_WHOSE_SPEECH = re.compile(
    rf"\b(?P<who>{_NAME})['’]s\s+(?:[a-z]+\s+){{0,2}}(?:speech|remarks|address|lecture)\b"
)


def _whose_speech(lines: list[str], resolver: Resolver) -> Speaker | None:
    """The person a header line names as giving the speech, by a full name (above)."""
    for line in lines:
        match = _WHOSE_SPEECH.search(line)
        person = _person(match.group("who"), resolver) if match else None
        if person is not None and not any(_body(word) for word in match.group("who").split()):
            return person
    return None


def _name_line(
    lines: list[str], resolver: Resolver, *, title: str, publisher: str
) -> Speaker | None:
    """The one header line that is a full name and nothing else, under a title saying the
    page is something said. Not a line of other words ("Equal Pay Day"), the publisher's
    name, an occasion the title names ("Harbour Summit"), nor one of two names in a row
    (a header naming two people names no author)."""
    found = [_full_name(line, resolver) for line in lines]
    for at, person in enumerate(found):
        line = lines[at].casefold()
        if person is None or line == publisher.casefold() or line in title.casefold():
            continue
        if at + 1 < len(found) and found[at + 1] is not None:
            return None
        return person
    return None


# Letters after a name and a comma: "Jane Roe, CPA, CA".
_LETTERS_AFTER = re.compile(r",\s*[A-Z]{2,5}(?:\s*,\s*[A-Z]{2,5})*\s*$")


def _full_name(line: str, resolver: Resolver) -> Speaker | None:
    """The person a line names when it is a full name and nothing else (letters after it
    aside)."""
    line = _LETTERS_AFTER.sub("", line)
    person = parse_person(line.strip())
    if person is None or person.kind != "person" or person.role:
        return None
    if person.name != line.strip() or not 2 <= len(person.name.split()) <= 3:
        return None
    if common_name(person.name) or any(_body(word) for word in person.name.split()):
        return None
    return resolver.resolve(person)


def _standfirst(lines: list[str], resolver: Resolver) -> Speaker | None:
    for line in lines:
        match = _STANDFIRST.match(line)
        person = _person(match.group("name"), resolver) if match else None
        if person is not None:
            return Speaker(person.name, person.role or match.group("office"), "person")
    return None


def _byline(lines: list[str], title: str, resolver: Resolver) -> Speaker | None:
    """The one byline line among the first lines under the title: "• Jane Roe", "By Jane
    Roe", a full name alone on a line."""
    found = []
    for line in lines[:4]:
        if line == " ".join(title.split()):
            continue
        match = _BYLINE.match(line)
        name = (match.group("name") or match.group("lettered")) if match else ""
        if not name or any(_body(word) for word in name.split()):
            continue
        person = _person(name, resolver)
        if person is not None and len(person.name.split()) > 1 and not _office(person.name):
            found.append(person)
    return found[0] if len(found) == 1 else None


def _office_line(lines: list[str], title: str) -> Speaker | None:
    """An office alone on a line over the speech ("Vice-President of the Commission")."""
    for line in lines:
        line = line.strip()
        if line == " ".join(title.split()) or line.endswith((".", "?", "!")):
            continue
        if CHAIR_ADDRESSED.match(line):
            continue  # "Madam Speaker", "Mr. President": the chair the speech addresses
        words = re.sub(r"^the\s+", "", line, flags=re.I)
        if len(words.split()) <= 10 and _office(words) and words[:1].isupper():
            return Speaker(words, words, "person")
    return None


def _interviewee(
    title: str, lines: list[str], resolver: Resolver, voice: Speaker | None
) -> Speaker | None:
    """The person an interview's title or header says it is with, when the voice is not
    already hers: "Interview with Jane Roe, Governor of the Bank, conducted by …"."""
    for line in [title, *lines]:
        for match in _INTERVIEW.finditer(" ".join(line.split())):
            office = match.group("office") or ""
            if office and not _office(office) and "member" not in office.lower():
                continue
            who = match.group("name") or match.group("titled") or match.group("ranked")
            person = _person(re.sub(rf"^{_RANKS}", "", who), resolver)  # the rank no name
            if person is None:
                continue
            if voice is not None and person.name.split()[-1] in voice.name.split():
                return voice
            return Speaker(person.name, person.role or office.strip(), "person")
    if voice is None or voice.kind != "person":
        return _quoted_in_title(title, resolver)
    return None


# A news interview's headline quoting its interviewee: "Roe: Fares must fall", "Fares
# must fall, says …: Jane Roe".
_SAYS_TITLE = re.compile(rf"^(?P<first>{_WORD}(?:\s+{_WORD}){{0,2}}):\s|:\s+(?P<last>{_NAME})$")


def _quoted_in_title(title: str, resolver: Resolver) -> Speaker | None:
    """The person an interview's headline gives its words to (above): a full name, or a
    surname the text gives someone."""
    match = _SAYS_TITLE.search(" ".join(title.split()))
    if match is None:
        return None
    who = match.group("first") or match.group("last")
    written = parse_person(who)
    if written is None or written.role or any(_body(word) for word in who.split()):
        return None  # "Treasurer: …", "Budget Office: …"
    person = _person(who, resolver)
    if person is None:
        return None
    if " " not in person.name and person.name.lower() not in resolver.surnames:
        # "Roe: Fares must fall" over "…, Mr. Jane Roe, in this session …": the full name the
        # text gives that surname; "Budget: …", "Fares: …" are a subject, no name.
        page = "\n".join(resolver.texts)
        full = re.search(rf"\b[A-Z][\w’'-]+\s+{re.escape(person.name)}\b", page)
        named = parse_person(full.group(0)) if full else None
        return named if named is not None and named.kind == "person" and not named.role else None
    return person
