"""Attributions that reach past their own sentence within a paragraph: a source named
in the sentence after a claim ("… fell by 2 percent. That is according to the Bus
Agency."), and a report carried on by the sentence after it ("Ms Roe said a total of
$2 billion was being spent. This includes $600 million in new money.")."""

import re

from extraction.attribution.names import Speaker
from extraction.attribution.quoting import has_quotation
from extraction.attribution.sources import reports_finding
from extraction.features.patterns import POINTS_BACK

# "Jane Roe said a total …", "The minister told reporters that …": the sentence opens with
# its speaker saying something, in reported speech (no quotation marks).
# A briefing's "Asked about the trial, the spokesperson said …" opens with the question put,
# then the speaker.
_SAID_OPENING = re.compile(
    r"^(?:(?:Asked|Pressed|Speaking|Responding|Commenting)\b[^;:“”\"]{0,160}?,\s+)?"
    r"[A-Za-z][^,;:“”\"]{0,60}?\s(?:said|says|told\s+\w+|added|explained|noted)\s+(?!:)"
)
# A sentence that carries the one before on ("This includes …", "These are …", "It will
# …"): it opens with a word pointing back, not with a new subject.
_CARRIES_ON = re.compile(r"^(?:This|These|That|Those|It|They)\s+(?!is\s+according\b)")
# An office's spokesperson ("the Prime Minister's Spokesperson") is one person speaking,
# though the text names the office, not her.
_SPOKESPERSON = re.compile(r"\bspokes(?:person|man|woman)$", re.IGNORECASE)


def carried_attributions(texts: list[str], explicit: list[Speaker | None]) -> list:
    """`explicit` (the speaker each sentence of a paragraph names itself) with the source
    named by a sentence pointing back given to the sentence before it, and a person's
    reported statement carried to the sentence after it when that sentence points back
    to it and names no one."""
    explicit = list(explicit)
    for position in range(1, len(texts)):
        if (
            POINTS_BACK.match(texts[position])
            and explicit[position] is not None
            and explicit[position - 1] is None
        ):
            # "Prices fell by 2 percent. That is according to the Bus Agency.": the source
            # named after a sentence is the sentence's.
            explicit[position - 1] = explicit[position]
    for position in range(1, len(texts)):
        before = explicit[position - 1]
        if (
            explicit[position] is None
            and before is not None
            and (before.kind == "person" or _SPOKESPERSON.search(before.name))
            and _SAID_OPENING.match(texts[position - 1])
            and not has_quotation(texts[position - 1] + texts[position])
            and _CARRIES_ON.match(texts[position])
        ):
            # The next sentence goes on with what she said, in the same reported voice.
            explicit[position] = before
        elif (
            explicit[position] is None
            and before is not None
            and before.kind == "organisation"
            and reports_finding(texts[position - 1])
            and _CARRIES_ON.match(texts[position])
        ):
            # "Council analysis … suggests that 900 homes … This equates to …": the body's
            # finding goes on in the sentence pointing back to it.
            explicit[position] = before
    return explicit
