"""A statement two (or more) officers sign together: "Statement by Secretary Jane Roe and
Director John Doe on …", or a cover over lines ("Joint Statement of" / "Jane Roe," /
"Secretary of Buses," / "and" / "John Doe," / …).

- The statement's own narration (a summary, a list of totals) is both signatories':
  the speaker names them joined with " and ", as the title does.
- A quoted block under which a signature line stands ("- Secretary Jane Roe") is that
  signatory's; a quoted block at the end with no signature under it is the signatory
  who has not signed yet, when exactly one has not.

A statement one person signs ("Statement by Jane Roe, Secretary of Buses, on …") is not
split, and a page that names no joint signatories is unchanged.
"""

import re

from extraction.attribution.cover import person_line
from extraction.attribution.names import ROLE_HEADS, Speaker, parse_person
from extraction.attribution.quoting import has_quotation
from extraction.attribution.resolution import Resolver

# The title's statement may open it or follow a dash, a colon or a bar ("Bus Users' Day -
# Joint statement by Jane Roe and John Doe"), with or without its subject after it.
_TITLE = re.compile(
    r"(?:^|\s[–—-]\s+|:\s+|\|\s*)(?:Joint\s+)?Statement\s+(?:of|by|from)\s+(?P<who>.+?)"
    r"(?:\s+(?:on|regarding|about)\s+\S|\s*$)",
    re.IGNORECASE,
)
_COVER = re.compile(r"^Joint\s+Statement\s+(?:of|by|from)\s*:?$", re.IGNORECASE)
# How many lines under "Joint Statement of" the signatories and their offices may take.
_COVER_LINES = 12
_SIGNATURE = re.compile(r"^[-–—]{1,2}\s*(?P<who>[A-Z][^.!?“”\"]{2,80})$")
_OPENS_QUOTE = re.compile(r"^[\"“‘]")


def _persons(who: str, resolver: Resolver) -> list[Speaker]:
    parts = re.split(r",\s+(?:and\s+)?|\s+and\s+", who)
    found = []
    for part in parts:
        person = parse_person(part.strip())
        if person is None or person.kind != "person":
            return []
        office = person.role.split()[-1:]
        if len(person.name.split()) < 2 and not (office and office[0].lower() in ROLE_HEADS):
            return []  # "Commissioner Roe" names her by office and surname; "Roe" alone no one.
        found.append(resolver.resolve(Speaker(person.name, person.role, "person")))
    return found


def joint_signatories(title: str, lines: list[str], resolver: Resolver) -> list[Speaker]:
    """The people who sign a joint statement, in the order the title or cover gives
    them; empty when the page names fewer than two."""
    match = _TITLE.search(title.strip())
    found = _persons(match.group("who"), resolver) if match else []
    if len(found) >= 2:
        return found
    lines = [line.strip() for line in lines if line.strip()]
    for position, line in enumerate(lines):
        if not _COVER.match(line):
            continue
        names = []
        for below in lines[position + 1 : position + 1 + _COVER_LINES]:
            if below.lower() in ("on", "regarding", "about"):
                break
            name = person_line(below.rstrip(","))
            if name is not None:
                names.append(resolver.resolve(Speaker(name, "", "person")))
        return names if len(names) >= 2 else []
    return []


def joint_speaker(signatories: list[Speaker]) -> Speaker | None:
    """The joint narration's speaker: the signatories' names joined with " and "."""
    if len(signatories) < 2:
        return None
    return Speaker(" and ".join(s.name for s in signatories), "", "person")


def joint_blocks(every, blocks: dict, default: Speaker | None, resolver: Resolver) -> dict:
    """`blocks` with each signed quotation of a joint statement (the `default` speaker
    `joint_speaker` gave) given to its signatory (see the module)."""
    if default is None or default.kind != "person" or " and " not in default.name:
        return blocks
    signatories = [resolver.resolve(Speaker(n, "", "person")) for n in default.name.split(" and ")]
    result = dict(blocks)
    unsigned = list(signatories)
    pending: list = []
    for paragraph in every:
        text = paragraph.text.strip()
        signature = _SIGNATURE.match(text) if not has_quotation(text) else None
        signer = _signer(signature.group("who"), signatories) if signature else None
        if signer is not None:
            for quoted in pending:
                result[quoted.index] = signer
            pending = []
            unsigned = [s for s in unsigned if s.name != signer.name]
            continue
        if paragraph.is_prose and (_OPENS_QUOTE.match(text) or pending and has_quotation(text)):
            pending.append(paragraph)
        elif paragraph.is_prose:
            pending = []
    if pending and len(unsigned) == 1 and len(unsigned) < len(signatories):
        for quoted in pending:
            result[quoted.index] = unsigned[0]
    return result


def _signer(who: str, signatories: list[Speaker]) -> Speaker | None:
    """The signatory a signature line names by surname ("Secretary Jane Roe")."""
    words = {w.strip(",.").lower() for w in who.split()}
    found = [s for s in signatories if s.name.split()[-1].lower() in words]
    return found[0] if len(found) == 1 else None
