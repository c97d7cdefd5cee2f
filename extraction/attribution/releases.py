"""A statement page's data paragraph: "The Department's Statistics Bureau today released
sales figures for May. Sales rose 0.4 percent. …" in the third person, with no quotation
marks, before the paragraph that quotes the official the page is headed by. The figures
are the department's release, not the official's words; the official's own words are the
quoted ones after it."""

import re

from extraction.attribution.blocks import FIRST_PERSON, QUOTE_MARKS
from extraction.attribution.names import Speaker
from extraction.text import Paragraph

# A body (capitalised words, possibly a possessive chain) releasing data today.
_DATA_RELEASED = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w’'.&-]*\s+){1,7}(?:today|this\s+morning|yesterday)\s+"
    r"(?:released|published|issued|reported)\s+(?:new\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:data|figures|statistics|estimates|numbers|indicators)\b"
)
# "Secretary Jane Roe today released the following statement on … The report showed …":
# the page's lead-in to the quoted statement, in its own voice, figures and all.
_LEAD_IN = re.compile(r"\b(?:released|issued)\s+the\s+following\s+statement\b")
# A quotation attributed to a named person after it: "…,” Jane Roe said.
_QUOTE_SAID = re.compile(r"[”\"]\s*,?\s*(?:[A-Z][\w’'.-]*\s+){1,6}(?:said|says|added)\b")


def data_paragraphs(
    paragraphs: list[Paragraph], blocks: dict[int, Speaker | None], publication: Speaker | None
) -> dict[int, Speaker | None]:
    """`blocks` with each data paragraph of a statement page given to `publication` (the
    publisher, when the page's own voice is a person): a third-person paragraph with no
    quotation marks opening "X today released … data", followed later by a quotation
    attributed to a person, or the lead-in "X released the following statement" over the
    quoted statement. Without such a quotation the page is the person's narration."""
    if publication is None:
        return blocks
    result = dict(blocks)
    prose = [p for p in paragraphs if p.kind in ("prose", "bullet")]
    for position, paragraph in enumerate(prose):
        text = paragraph.text.strip()
        lead_in = _LEAD_IN.search(text) is not None
        if blocks.get(paragraph.index) is not None or not (_DATA_RELEASED.match(text) or lead_in):
            continue
        if any(mark in text for mark in QUOTE_MARKS if mark != "'") or FIRST_PERSON.search(text):
            continue
        later = prose[position + 1 :]
        quoted = lead_in and later and later[0].text.lstrip()[:1] in '“"'
        if quoted or any(_QUOTE_SAID.search(p.text) for p in later):
            result[paragraph.index] = publication
    return result
