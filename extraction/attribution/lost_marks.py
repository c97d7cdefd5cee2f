"""A quotation whose opening marks the page lost: the paragraph closes a quotation it
never opened, no quotation was left open before it, and it names the speaker after the
close.

    Even with a tight budget, I am glad that fares fell this year,” Ms Roe said.
    Bus journeys per head rose more here than anywhere else. We are adding 40 buses …
    With our new routes, this gets us closer to …
    The new money keeps 300 rural routes running.

The unmarked paragraphs after it that speak in the first person ("we", "our", "I") go on
with her words (the page dropped their marks too), up to the first paragraph without
the first person, with a quotation mark of its own, or that is not prose. A page whose
quotations open and close (or one that opened the quotation paragraphs before:
`open_quotes`) is unchanged, and so is narration in the first person after a quotation
that opened and closed.
"""

import re

from extraction.attribution.leading import reported_speaker
from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver

# How many paragraphs the quotation may go on for.
_LONGEST = 4
_FIRST_PERSON = re.compile(
    r"\b(?:I|I’m|I'm|I’ve|I've|[Ww]e|[Ww]e’re|[Ww]e're|[Ww]e’ve|[Ww]e've|[Oo]ur|us|[Mm]y|me)\b"
)
_MARKS = '“”"‘'


def lost_mark_blocks(
    paragraphs: list, blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """`blocks` with the first-person paragraphs after a quotation that lost its opening
    mark given to its speaker (see the module)."""
    result = dict(blocks)
    left_open = False
    for position, paragraph in enumerate(paragraphs):
        text = paragraph.text
        was_open, left_open = left_open, _leaves_open(text, left_open)
        if paragraph.kind != "prose" or was_open:
            continue
        close = text.find("”")
        if close <= 0 or "“" in text[:close] or '"' in text[:close]:
            continue
        speaker = reported_speaker(text[close:].lstrip("”").strip(), resolver)
        if speaker is None or speaker.kind != "person":
            continue
        for following in paragraphs[position + 1 : position + 1 + _LONGEST]:
            words = following.text
            if following.kind != "prose" or any(mark in words for mark in _MARKS):
                break
            if not _FIRST_PERSON.search(words) or result.get(following.index) is not None:
                break
            result[following.index] = speaker
    return result


def _leaves_open(text: str, was_open: bool) -> bool:
    """Whether a quotation is still open after the paragraph: its last curly mark opens
    one, or it has no mark and one was open before it."""
    marks = [ch for ch in text if ch in "“”"]
    return marks[-1] == "“" if marks else was_open
