"""A committee record printed without speaker labels, where the chair hands the floor to a
witness by office:

    I welcome the Minister and her officials. …
    I invite the Minister to make her opening remarks.
    I thank the Chairman for the invitation to attend …

The words up to the invitation are the chair's (the office the reply thanks: "Chairman",
"Chair", "Cathaoirleach"); from the reply on, the invited office's (its holder, when the
text names one). Only on a record where no other rule found a turn, and only when the
next paragraph answers the invitation by thanking the chair: an invitation mentioned in a
labelled turn, or one the page never answers, changes nothing.
"""

import re

from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver

_WORD = r"[A-Z][\w’'-]+"
_INVITES = re.compile(
    r"^(?:I\s+(?:now\s+)?(?:invite|call\s+on|call\s+upon|ask)|We\s+(?:now\s+)?invite)\s+"
    rf"(?:the\s+|An\s+)?(?P<office>{_WORD}(?:\s+(?:of|for|and|the|{_WORD})){{0,6}}?)\s+to\s+"
    r"(?:make|give|deliver|present)\s+(?:his|her|their|an|the)\s+opening\s+"
    r"(?:remarks|statement|address)\b"
)
_THANKS = re.compile(
    r"^I\s+thank\s+(?:the\s+|An\s+)?(?P<chair>Chair(?:man|woman|person)?|Cathaoirleach"
    r"|Convenor|Convener)\b"
)


def invited_blocks(every, blocks: dict, resolver: Resolver) -> dict:
    """`blocks` with an unlabelled committee record's turns read from the chair's
    invitation (see the module); unchanged when any turn is known already."""
    if any(speaker is not None for speaker in blocks.values()):
        return blocks
    prose = [p for p in every if p.is_prose]
    for position, paragraph in enumerate(prose[:-1]):
        invited = _INVITES.match(paragraph.text.strip())
        reply = _THANKS.match(prose[position + 1].text.strip()) if invited else None
        if reply is None:
            continue
        office = invited.group("office")
        chair = reply.group("chair")
        chair_speaker = resolver.by_role(chair.lower()) or Speaker(chair, chair, "person")
        witness = resolver.by_role(office) or Speaker(office, office, "person")
        result = dict(blocks)
        for earlier in prose[: position + 1]:
            result[earlier.index] = chair_speaker
        for later in prose[position + 1 :]:
            result[later.index] = witness
        return result
    return blocks
