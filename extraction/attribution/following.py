"""A header line handing the text over to its speaker: "Following are Secretary-General
Jane Roe's remarks to the Bus Forum, in Northtown today:", "Following is the text of
Minister Jane Roe's statement on …", a briefing note's "This is a summary of what was said
by Jane Roe – Bus Agency spokesperson – to whom quoted text may be attributed". The
possessive before the genre word names whose words follow; the place after "in" is only
where they were said."""

import re

from extraction.attribution.names import Speaker, parse_person
from extraction.attribution.resolution import Resolver

_FOLLOWING = re.compile(
    r"^(?:The\s+)?following\s+(?:is|are)\s+(?:the\s+(?:full\s+)?(?:text|transcript)\s+of\s+)?"
    r"(?:the\s+)?(?P<who>[A-Z][^,;:()\n]{2,100}?)(?:['’]s?|’)\s+"
    # "… Jane Roe's weekly radio address as prepared …": up to two words saying which.
    r"(?:(?:opening|closing|prepared|keynote|video|joint|weekly|radio|televised|annual"
    r"|budget|national)\s+){0,2}"
    r"(?:remarks|statement|address|speech|message|briefing|lecture|testimony|comments)\b",
    re.IGNORECASE,
)


# "Following is the text of budget speech of Minister of State for Buses Jane Roe,
# delivered at the National Assembly on Tuesday".
_FOLLOWING_OF = re.compile(
    r"^(?:The\s+)?following\s+(?:is|are)\s+the\s+(?:full\s+)?(?:text|transcript)\s+of\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:remarks|statement|address|speech|message|briefing|lecture|testimony)\s+"
    r"(?:(?:delivered|given|made)\s+)?(?:of|by)\s+(?:the\s+)?"
    r"(?P<who>(?-i:[A-Z])[^,;:()\n]{2,100}?)(?=,|\s+(?:at|to|in|on|before|delivered|given)\b|[.:]?$)",
    re.IGNORECASE,
)


# A briefing note: "This is a summary of what was said by Jane Roe – Bus Agency
# spokesperson – to whom quoted text may be attributed – at today's press briefing".
_SUMMARY_OF = re.compile(
    r"^This\s+is\s+a\s+summary\s+of\s+what\s+was\s+said\s+by\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?P<who>[A-Z][^,;:()\n–—]{2,60}?)(?=\s*[–—,(-]|\s+(?:at|to|on)\b)"
)


def following_speaker(line: str, resolver: Resolver) -> Speaker | None:
    """The person a "Following are X's remarks to …" or "Following is the text of the
    speech of X, …" line names, resolved to the fullest name the text gives; None for a
    line that names no person (an office alone, a body)."""
    line = line.strip()
    match = _FOLLOWING.match(line) or _FOLLOWING_OF.match(line) or _SUMMARY_OF.match(line)
    if match is None:
        return None
    person = parse_person(match.group("who"))
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return None
    return resolver.resolve(person)
