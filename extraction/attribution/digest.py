"""A digest of a briefing: a lead saying the points below are highlights of what an
official briefed ("Following are highlights of bus numbers, as briefed to the press on
May 2 by Dr. Jane Roe, Under Secretary for Buses."), then the points.

The points summarise the official's briefing, so they are hers, not the department's
that posted the digest: the lead names who said them. A lead naming no office, or no
"highlights"/"key points" framing, is ordinary narration and changes nothing.
"""

import re

from extraction.attribution.header_block import name_line
from extraction.attribution.names import Speaker
from extraction.attribution.quoting import has_quotation
from extraction.attribution.resolution import Resolver

# How far into the page the lead may sit.
_LEAD_PARAGRAPHS = 10
# "Following are highlights of …, as briefed … by Dr. Jane Roe, Under Secretary for Buses."
_LEAD = re.compile(
    r"\b(?:highlights|key\s+points|main\s+points|summary)\s+of\b.*?,\s*as\s+"
    r"(?:briefed|presented|outlined|described)\b[^.]*?\bby\s+(?P<who>.+?)\.?\s*$",
    re.IGNORECASE | re.DOTALL,
)


def _official(text: str, resolver: Resolver) -> Speaker | None:
    """The official a digest's lead names, by "Name, office" (the office in any case)."""
    match = _LEAD.search(" ".join(text.split()))
    name_part, _, office = match.group("who").partition(", ") if match else ("", "", "")
    name = name_line(name_part) if office.strip() else None
    return resolver.resolve(Speaker(name, office.strip(), "person")) if name else None


def digest_blocks(every, blocks, resolver: Resolver):
    """`blocks` with the unquoted points after a briefing digest's lead given to the
    official it names (see the module), up to the next heading; points some other rule
    gave a speaker keep theirs."""
    for position, paragraph in enumerate(every[:_LEAD_PARAGRAPHS]):
        person = _official(paragraph.text, resolver) if paragraph.is_prose else None
        if person is None:
            continue
        result = dict(blocks)
        for other in every[position + 1 :]:
            if other.kind == "heading":
                break
            if other.is_prose and result.get(other.index) is None and not has_quotation(other.text):
                result[other.index] = person
        return result
    return blocks
