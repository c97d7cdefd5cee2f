"""A quotation opened after its speaker's name and carried over paragraphs that print no
opening marks of their own: "Commenting on the figures, Jane Roe, Statistician, said:
“Prices rose …" / "Rents fell …" / "Wages held steady.”". The paragraphs up to the one
that closes the quotation are hers; a quotation never closed gives nothing.
"""

from extraction.attribution.leading import reported_speaker
from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver

# How many paragraphs a quotation may run on before its close.
_LONGEST = 8


def _balance(text: str) -> int:
    """How many more quotations the paragraph opens than it closes."""
    return text.count("“") - text.count("”") + text.count('"') % 2


def open_quote_blocks(
    paragraphs: list, blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """`blocks` with the paragraphs of a quotation left open after "Jane Roe said: “…" given
    to her, through the paragraph that closes it."""
    result = dict(blocks)
    for position, paragraph in enumerate(paragraphs):
        if paragraph.kind != "prose" or _balance(paragraph.text) <= 0:
            continue
        mark = min(
            (i for i in (paragraph.text.find("“"), paragraph.text.find('"')) if i > 0), default=-1
        )
        speaker = reported_speaker(paragraph.text[: mark + 1], resolver) if mark > 0 else None
        if speaker is None or speaker.kind != "person":
            continue
        run = []
        for following in paragraphs[position + 1 : position + 1 + _LONGEST]:
            if following.kind not in ("prose", "bullet") or following.text[:1] in '“"‘':
                break
            run.append(following)
            if "”" in following.text or following.text.count('"') % 2:
                for held in run:
                    if result.get(held.index) is None:
                        result[held.index] = speaker
                break
    return result
