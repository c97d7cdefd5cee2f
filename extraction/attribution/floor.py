"""A record with no speaker lines, where the presiding officer hands the floor by name:
"Questions now from the party leaders. Leader of the Greens, Jane Roe." The paragraphs
after the call are Jane Roe's until a paragraph opens by addressing the chair again
("Presiding Officer, …", "Mr Speaker, …"): the member answering, who is given the office
the question addressed ("…, First Minister?") when it named one. A call closing a
paragraph of business in prose is read by `chair_calls`."""

import re

from extraction.attribution.chair_calls import chair_turn, handed
from extraction.attribution.laid_statements import laid_floor
from extraction.attribution.motions import moved_floor
from extraction.attribution.names import PARTICLE, Speaker
from extraction.attribution.opening import opened_floor
from extraction.attribution.resolution import Resolver
from extraction.text import Paragraph

_NAME = r"(?:[A-Z][\w’'-]*\.?|[A-Z]\.(?:[A-Z]\.)*)"
# The office, a comma, a name of two to five words, and nothing else: "Leader of the Greens,
# Jane Roe.", "I call on the Minister for Buses, Jane Q. Roe."
CALL = re.compile(
    r"^(?:I\s+(?:now\s+)?call\s+(?:on\s+|upon\s+)?)?(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}?"
    r"(?:Leader|Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Chair|Chairperson"
    r"|Member|Commissioner|Counsel\s+General)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[^,.;:]{2,80})?,\s+"
    rf"(?P<name>{_NAME}(?:\s*{_NAME}){{1,4}})\.?$",
)
# The chair calling a member to open a debate: "I call Jane Roe to move the motion."
_MOVER = re.compile(
    r"^I\s+(?:now\s+)?call\s+(?:on\s+|upon\s+)?"
    rf"(?P<name>{_NAME}(?:\s+(?:{PARTICLE}\s+)*{_NAME}){{1,3}})\s+to\s+move\s+the\s+(?:motion|amendment)\.?$"
)
# A turn opening by addressing the chair: the titles of presiding officers.
_TO_THE_CHAIR = re.compile(
    r"^(?:Thank\s+you(?:\s+very\s+much)?,?\s+)?(?:Mr\.?\s+|Madam\s+|Deputy\s+)?(?:Deputy\s+)?"
    r"(?:Presiding\s+Officer|Llywydd|Speaker|Chair(?:man|woman)?|Ceann\s+Comhairle)\b"
)
# The office a question addresses: "…, First Minister, …", "Minister, will you …".
_ADDRESSED = re.compile(
    r"(?:^|[,.?!]\s+)(?P<office>(?:First|Prime|Deputy\s+First)\s+Minister|(?:Cabinet\s+)?Secretary"
    r"|Minister)(?=[,?.])"
)


def called(text: str) -> Speaker | None:
    """The member a presiding officer's line calls, when the paragraph ends with a call."""
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text)]
    for start in starts:
        match = CALL.match(text[start:].strip()) or _MOVER.match(text[start:].strip())
        if match:
            return Speaker(match.group("name").rstrip("."), "", "person")
    return None


def called_floor(
    paragraphs: list[Paragraph], blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """`blocks` with the paragraphs after a presiding officer's call given to the member
    called, while no speaker line starts another turn (the blocks' speaker is unchanged)."""
    result = dict(blocks)
    holder: Speaker | None = None
    # The turn the call was made in, and whether the member has spoken yet.
    caller: Speaker | None = None
    spoken = False
    addressed = ""
    for paragraph in paragraphs:
        if paragraph.kind not in ("prose", "bullet"):
            # A heading ends the turn; a line ending in a comma is the speech itself
            # read as a heading ("I beg to move,").
            heading = paragraph.kind == "heading" and not paragraph.text.rstrip().endswith(",")
            holder = None if heading else holder
            continue
        if holder is not None and blocks.get(paragraph.index) != caller:
            holder = None
        if holder is not None:
            if spoken and _TO_THE_CHAIR.match(paragraph.text):
                # Another member answers: the office the question named, if any.
                holder = (
                    resolver.by_role(addressed) or Speaker(addressed, addressed, "person")
                    if addressed
                    else None
                )
                addressed = ""
            if holder is not None:
                result[paragraph.index] = holder
                spoken = True
                office = _ADDRESSED.search(paragraph.text)
                addressed = office.group("office") if office else addressed
        person = called(paragraph.text)
        if person is None and chair_turn(blocks.get(paragraph.index)):
            person = handed(paragraph.text, resolver)
        if person is not None:
            holder = resolver.resolve(person)
            resolver.learn(holder)
            caller, spoken, addressed = blocks.get(paragraph.index), False, ""
    # "Before I call the Minister to open the debate, …": the floor once the chair is done.
    # A motion under its mover's name, a resumed debate's "Deputy Roe was in possession".
    result = moved_floor(paragraphs, opened_floor(paragraphs, result, resolver), resolver)
    # "… (Jane Roe) has made the following Written Ministerial Statement." (`laid_statements`)
    return laid_floor(paragraphs, result, resolver)
