"""Attributions that reach past their own sentence within a paragraph: a source named
in the sentence after a claim ("… fell by 2 percent. That is according to the Bus
Agency."), a paragraph's figures said to be a body's ("These figures are published by the
Bus Agency."), and a report carried on by the sentence after it ("Ms Roe said a total of
$2 billion was being spent. This includes $600 million in new money.", "The Bus Agency
estimates that … Compared with May, …")."""

import re

from extraction.attribution.names import CAPS_RUN, ORGANISATION_WORDS, Speaker
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
# "These figures are published by the Bus Agency, the …": the paragraph's figures are hers.
_PUBLISHED_BY = re.compile(
    r"^(?:These|The|Those|All\s+these)\s+(?:figures|data|statistics|estimates|numbers)\s+(?:are|were"
    r"|have\s+been)\s+(?:published|released|compiled|produced|provided)\s+by\s+(?:the\s+)?"
    rf"(?P<who>{CAPS_RUN})"
)
# A statistical finding going on from a comparison: "Compared with May, the number …".
_COMPARED = re.compile(
    r"^(?:Compared\s+(?:with|to)|In\s+comparison|Year\s+on\s+year|Over\s+the\s+year)\b"
)
# An office's spokesperson ("the Prime Minister's Spokesperson") is one person speaking,
# though the text names the office, not her.
_SPOKESPERSON = re.compile(r"\bspokes(?:person|man|woman)$", re.IGNORECASE)


def carried_attributions(texts: list[str], explicit: list[Speaker | None]) -> list:
    """`explicit` (the speaker each sentence of a paragraph names itself) with the source
    named by a sentence pointing back given to the sentence before it, and a person's
    reported statement carried to the sentence after it when that sentence points back
    to it and names no one."""
    explicit = list(explicit)
    publisher = next(filter(None, map(_figures_body, texts)), None)
    if publisher is not None:  # The note naming the publisher is no figure of its own.
        explicit = [
            own or (None if _figures_body(text) else publisher)
            for text, own in zip(texts, explicit, strict=True)
        ]
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
            and (
                reports_finding(texts[position - 1])
                and _CARRIES_ON.match(texts[position])
                or _COMPARED.match(texts[position])
            )
        ):
            # "Council analysis … suggests that 900 homes … This equates to …": the body's
            # finding goes on in the sentence pointing back to it.
            explicit[position] = before
    return explicit


def _figures_body(text: str) -> Speaker | None:
    """The body a sentence says published the paragraph's figures, if any."""
    match = _PUBLISHED_BY.match(text.strip())
    if match is None:
        return None
    name = match.group("who").strip().rstrip(".")
    if len(name.split()) < 2 and name.lower() in ORGANISATION_WORDS:
        return None  # "published by the Office": which office, the text says elsewhere.
    return Speaker(name, "", "organisation")
