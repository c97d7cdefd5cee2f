"""A page that prints its quotations in straight single marks, a paragraph to each:

    Harbour Institute director Jane Roe said the yearbook was its most detailed yet.
    'This yearbook tracks every sailing for the first time,' she said.
    'Accidents have halved in ten years.'
    Were the fleet just 50 boats, 31 would be under ten years old.
    'Still, 1 in 20 sailings is cancelled in winter.'

A paragraph opening with such a mark (closed at its end, or left open when the quotation
runs on into the next paragraph) and naming no one is the person the page last reported
as speaking ("Jane Roe … said", "'…,' she said"), across the narration between her
quotations, as a story's closing quotation is. Only on a page with at least two such
paragraphs: one paragraph opening with an apostrophe ("'80s hulls …") is no quotation.
A quotation before anyone is reported, or after a body only, gives no one.
"""

import re

from extraction.attribution.leading import reported_speaker
from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver

# A paragraph opening with a straight single mark: "'We are …'", "'The figures …,' she
# said.", or the first of a quotation's paragraphs, left open as the next one opens again.
_QUOTED = re.compile(r"^'[A-Z0-9]")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?]['’]))\s+(?=['‘“\"]?[A-Z])")


def _quoted(text: str) -> bool:
    return bool(_QUOTED.match(text.strip()))


def straight_quote_blocks(
    paragraphs: list, blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """`blocks` with each paragraph wholly in straight single marks given to the person
    reported last before it (see the module); paragraphs with a speaker keep theirs."""
    prose = [p for p in paragraphs if p.kind == "prose"]
    if sum(1 for p in prose if _quoted(p.text)) < 2:
        return blocks
    result = dict(blocks)
    last: Speaker | None = None
    for paragraph in prose:
        named = None
        for sentence in _SENTENCE_END.split(paragraph.text.strip()):
            speaker = reported_speaker(sentence, resolver, last)
            if speaker is not None:
                named = speaker
        if _quoted(paragraph.text) and named is None:
            if last is not None and result.get(paragraph.index) is None:
                result[paragraph.index] = last
        elif named is not None:
            last = named if named.kind == "person" else None
    return result
