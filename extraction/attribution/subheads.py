"""A section heading ending in a colon ("Rural Broadband:") over a release's narration is
not a speaker line. It reads like "Jane Roe:" but names no one the text speaks of again,
and what follows speaks of people in the third person, with no "I" or "we" and no
quotation marks: the publisher's narration under a heading."""

from extraction.attribution.blocks import FIRST_PERSON, QUOTE_MARKS
from extraction.attribution.names import Speaker
from extraction.attribution.turns import intro_speaker
from extraction.text import Paragraph


def section_headings(
    paragraphs: list[Paragraph], blocks: dict[int, Speaker | None]
) -> dict[int, Speaker | None]:
    """`blocks` with the paragraphs under a heading read as a speaker line given back to
    the narration (None)."""
    result = dict(blocks)
    body = "\n".join(p.text for p in paragraphs)
    for position, paragraph in enumerate(paragraphs):
        if paragraph.kind != "intro":
            continue
        label = paragraph.text.strip().rstrip(":").strip()
        speaker = intro_speaker(paragraph.text)
        if speaker is None or speaker.name != label or body.count(label) > 1:
            # "Jane Roe said:", "Jane Roe, Minister for X:", or a name the text gives again.
            continue
        under = []
        for following in paragraphs[position + 1 :]:
            if following.kind not in ("prose", "bullet") or result.get(following.index) is None:
                break
            under.append(following)
        spoken = any(
            FIRST_PERSON.search(p.text) or any(mark in p.text for mark in QUOTE_MARKS[:3])
            for p in under
        )
        if under and not spoken:
            result.update({p.index: None for p in under})
    return result
