"""A person named with her office on a line of her own, over or under unquoted text.

- In the header: "Jane Roe, Minister for Buses" (or "Jane Roe – Minister for Buses",
  "Minister for Buses, Jane Roe") over a statement in the first person. On a page whose
  own voice is an institution, the prose after the line is hers: a government does not
  say "I can report that …".
- As a signature: the same line under a paragraph, with no prose after it before the
  next heading (not on a release or a news story, whose closing name is its issuer). The
  paragraphs above, back to the previous heading, are hers; the walk stops at a
  quotation or at narration speaking of her office in the third person ("the Chief
  Inspector of Buses took the step …"), which is the page's own voice.
"""

import re

from extraction.attribution.blocks import FIRST_PERSON
from extraction.attribution.digest import digest_blocks
from extraction.attribution.header_block import name_line, office_line
from extraction.attribution.joint_statement import joint_blocks
from extraction.attribution.names import Speaker
from extraction.attribution.opinion import opinion_blocks
from extraction.attribution.quoting import has_quotation
from extraction.attribution.resolution import Resolver
from extraction.attribution.testimony import witness_blocks

# How far into the page a header's line may sit.
_HEADER_PARAGRAPHS = 8
_SEPARATOR = re.compile(r"\s*(?:,|\s[-–—]{1,2})\s+")


def name_office(line: str, resolver: Resolver) -> Speaker | None:
    """The person of a line holding only a name and an office, in either order."""
    line = line.strip()
    if "\n" in line:
        return None
    parts = _SEPARATOR.split(line, maxsplit=1)
    if len(parts) != 2:
        return None
    for name_part, office_part in (parts, parts[::-1]):
        name = name_line(name_part)
        if name is not None and office_line(office_part):
            return resolver.resolve(Speaker(name, office_part.strip(), "person"))
    return None


def header_blocks(every, blocks, resolver, default: Speaker | None):
    """The prose after a header's name-and-office line the person's, when the page's
    voice is an institution and the prose speaks in the first person."""
    if default is None or default.kind != "organisation":
        return blocks
    for position, paragraph in enumerate(every[:_HEADER_PARAGRAPHS]):
        person = name_office(paragraph.text, resolver)
        following = every[position + 1 : position + 2]
        if person is None or not following or not following[0].is_prose:
            continue
        after = [p for p in every[position + 1 :] if p.is_prose]
        if not any(FIRST_PERSON.search(p.text) for p in after if not has_quotation(p.text)):
            return blocks
        result = dict(blocks)
        for other in after:
            if result.get(other.index) is None:
                result[other.index] = person
        return result
    return blocks


def signed_blocks(every, blocks, resolver, *, default: Speaker | None, kind: str, court=""):
    """`blocks` with the prose a header's or a signature's name-and-office line gives its
    person. A release's or a story's closing "Jane Roe, Minister for Buses" is its issuer
    or contact, and does not change its voice (the ninth round's rule). An appellate
    opinion's header is the `court`'s (its publisher), a separate opinion its judge's."""
    result = header_blocks(every, blocks, resolver, default)
    if kind == "report":  # An appellate opinion's header stays the court's.
        court = (court or "").strip()
        body = Speaker(court, "", "organisation") if court else None
        result = opinion_blocks(every, result, default, body)
    # A witness's statement after its cover block and salutation: the witness's.
    result = witness_blocks(every, result, resolver)
    # The points of a briefing digest: the official's its lead names.
    result = digest_blocks(every, result, resolver)
    # A joint statement's signed quotations: each its signatory's.
    result = joint_blocks(every, result, default, resolver)
    if kind in ("press_release", "article"):
        return result
    return signature_blocks(every, result, resolver)


def signature_blocks(every, blocks, resolver):
    """The paragraphs a name-and-office line signs (see the module) the person's."""
    result = dict(blocks)
    for position, paragraph in enumerate(every):
        if position == 0 or not _closes_section(every, position):
            continue
        person = name_office(paragraph.text, resolver)
        if person is None:
            continue
        for above in reversed(every[:position]):
            if not above.is_prose or has_quotation(above.text) or _speaks_of(above.text, person):
                break
            if result.get(above.index) is None:
                result[above.index] = person
    return result


def _closes_section(every, position: int) -> bool:
    """Whether the paragraph follows prose and no prose follows it before a heading."""
    if not every[position - 1].is_prose:
        return False
    following = every[position + 1 : position + 2]
    return not following or following[0].kind == "heading"


def _speaks_of(text: str, person: Speaker) -> bool:
    """Whether narration names the signer's office or surname ("the Chief Inspector …")."""
    office = re.sub(r"^(?:the|a|an)\s+", "", person.role, flags=re.I)
    surname = person.name.split()[-1]
    return bool(office and re.search(rf"\b{re.escape(office)}\b", text, re.I)) or bool(
        re.search(rf"\b{re.escape(surname)}\b", text)
    )
