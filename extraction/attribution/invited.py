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

A chamber's record reads the same way when the chair welcomes or calls an office alone
("I welcome the Minister for Ferries to the House.", "I call the Minister.") and one of
the next two paragraphs answers in the first person ("I thank Members for the
invitation.", "I am pleased to …"; a greeting in another language may come first):
from the answer on, the words are that office's, as the record names it. The chair's
line itself is left to the page. A welcome naming a person ("I welcome Ms Roe") or no
office, or one nobody answers, changes nothing.
"""

import re

from extraction.attribution.announced_item import announced_blocks, answered_at
from extraction.attribution.names import ROLE_HEADS, Speaker
from extraction.attribution.resolution import Resolver

_WORD = r"[A-Z][\w’'-]+"
_INVITES = re.compile(
    r"^(?:I\s+(?:now\s+)?(?:invite|call\s+on|call\s+upon|ask)|We\s+(?:now\s+)?invite)\s+"
    rf"(?:the\s+|An\s+)?(?P<office>{_WORD}(?:\s+(?:of|for|and|the|{_WORD})){{0,6}}?)\s+to\s+"
    r"(?:make|give|deliver|present)\s+(?:his|her|their|an|the)\s+opening\s+"
    r"(?:remarks|statement|address)\b"
)
# "I welcome the Minister for Ferries to the House.", "I call the Minister.": a chamber's
# chair giving the floor to an office.
_WELCOMES = re.compile(
    r"^I\s+(?:welcome|call(?:\s+on|\s+upon)?)\s+(?:the\s+|An\s+)"
    rf"(?P<office>{_WORD}(?:\s+(?:of|for|and|the|{_WORD})){{0,6}}?)"
    r"(?:\s+(?:and|to)\s+[^.]{0,80})?\.$"
)
# The office's first words: "I thank Members for …", "I am pleased to …".
_ANSWERS = re.compile(
    r"^I\s+(?:thank|am\s+(?:very\s+)?(?:pleased|delighted|glad|grateful|happy|honoured))\b"
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
    return _welcomed(prose, blocks, resolver)


def _welcomed(prose, blocks: dict, resolver: Resolver) -> dict:
    """`blocks` with the paragraphs from an office's answer to the chair's welcome on
    given to that office (see the module)."""
    for position, paragraph in enumerate(prose[:-1]):
        welcome = _WELCOMES.match(paragraph.text.strip())
        office = welcome.group("office") if welcome else ""
        if not set(office.lower().split()) & ROLE_HEADS:
            continue
        answer = answered_at(prose, position, _ANSWERS)
        if answer is None:
            continue
        witness = resolver.by_role(office) or Speaker(office, office, "person")
        result = dict(blocks)
        for later in prose[position + 1 :]:
            result[later.index] = witness
        return result
    # "Our first item of business is a statement from the First Minister" (`announced_item`).
    return announced_blocks(prose, blocks, resolver)
