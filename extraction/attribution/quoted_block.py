"""A passage a speaker reads out in her turn, set as its own paragraph after a lead-in
naming another person:

    Mr. ROE. Madam Speaker, last October the Governor, Jane Doe, speaking in Dayton, said:
         Our roads carry twice the freight they carried in 1990. …
    Madam Speaker, I rarely agree with the Governor, but …

The paragraph after the lead-in is the quoted person's words, not the turn's holder's;
the lead-in itself and the paragraphs after the quotation stay the holder's. Only one
paragraph is given over (where the quotation ends is not marked otherwise), and only
inside a turn: the lead-in must end with a colon and name a person other than the
holder ("The letter reads as follows:" or "As I said last week:" names no one), and the
next paragraph must go on in the same turn rather than open a new one.
"""

import re

from extraction.attribution.names import Speaker
from extraction.attribution.reported import reported_speaker
from extraction.attribution.resolution import Resolver


def quoted_blocks(every: list, blocks: dict, resolver: Resolver) -> dict:
    """`blocks` with the paragraph after a lead-in "…, Jane Doe, speaking in Dayton,
    said:" inside another speaker's turn given to the person quoted (see the module)."""
    result = dict(blocks)
    for paragraph, following in zip(every, every[1:], strict=False):
        holder = blocks.get(paragraph.index)
        if holder is None or holder.kind != "person" or paragraph.kind != "prose":
            continue
        text = paragraph.text.rstrip()
        if not text.endswith(":") or following.kind not in ("prose", "bullet"):
            continue
        if blocks.get(following.index) != holder:
            continue
        quoted = _lead_in_person(text, resolver)
        if quoted is not None and quoted.name.split()[-1] != holder.name.split()[-1]:
            # Not the holder herself, by her full name ("Jane Roe" for "Roe").
            result[following.index] = quoted
    return result


def _lead_in_person(text: str, resolver: Resolver) -> Speaker | None:
    """The person a lead-in's last sentence names as saying what follows, read from the
    clause after each comma in turn ("Madam Speaker, last October, Jane Doe, speaking in
    Dayton, said:" is read from "Jane Doe, speaking …")."""
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(text.split()))[-1]
    starts = [0] + [m.end() for m in re.finditer(r",\s+", sentence)]
    for start in starts[:8]:
        speaker = reported_speaker(sentence[start:], resolver)
        if speaker is not None:
            return speaker if speaker.kind == "person" and " " in speaker.name else None
    return None
