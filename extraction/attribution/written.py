"""Written questions and answers, and debate records printed as one long line.

A written answer's page names both people in its header ("Asked by: Jane Roe, Member
for …", "Answered by John Doe on 4 May 2024") and then prints the question ("To ask the
Government …") and the answer, often under an "Answer" heading. The answer is the
answerer's, the question the asker's; the status heading around them ("Current
Status:") names no one. A legislature's press page names both in one line ("Following
is a question by Hon Jane Roe and a reply by the Secretary for Buses, Mr John Doe, …")
over a "Question:" heading and a "Reply:" heading.

A record exported as plain text may run every speaker heading into one line ("… Asked
by Baroness Roe To ask … The Minister of State (Lord Doe) (Con) My Lords, …"): the
headings are found inside the line and each part goes to its speaker.
"""

import re

from extraction.attribution.made_by import made_by_blocks
from extraction.attribution.names import ROLE_HEADS, Speaker
from extraction.attribution.quoted_block import quoted_blocks
from extraction.attribution.resolution import Resolver
from extraction.attribution.tabled import tabled_blocks
from extraction.attribution.validation import plausible
from extraction.text import Paragraph

_NAME = r"[A-Z][\w’'.-]+(?:\s+(?:of\s+)?[A-Z][\w’'.-]+){0,4}"
_ANSWERED = re.compile(
    rf"^[-–•*\s]*(?:[A-Z][\w ]{{0,30}}:\s*)?Answered\s+by:?\s+(?:the\s+)?(?P<who>{_NAME})"
    # "Answered by Lord Roe - Parliamentary Under-Secretary (…)": the office after a dash;
    # a bulleted status line: "• Current status: Answered by Jane Roe on 4 October 2021".
    r"(?=\s*(?:\(|,|\bon\b|$|\.|[-–—]\s))"
)
_ASKED = re.compile(rf"^[-–•*\s]*Asked\s+by:?\s+(?P<who>{_NAME})(?=\s*(?:\(|,|$|\.))")
# A legislature's press page: "Following is a question by Hon Jane Roe and a reply by the
# Secretary for Buses, Mr John Doe, in the Legislative Council today (May 4):".
_FOLLOWING_QUESTION = re.compile(
    rf"\bFollowing\s+is\s+a\s+(?:written\s+)?question\s+by\s+(?:the\s+)?(?:Hon\.?\s+)?"
    rf"(?P<asker>{_NAME})\s+and\s+(?:a|the)\s+(?:written\s+)?reply\s+by\s+(?:the\s+)?"
    r"(?P<answerer>[A-Z][^:()]{2,120}?)(?=,?\s+in\s+the\b|\s+today\b|\s*:)"
)
# "To ask the Minister for Health (a) when …": the office a written question is put to.
_TO_ASK = re.compile(
    r"^To\s+ask\s+(?:the\s+)?(?P<office>[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*)){0,8})"
)


def _asked_office(text: str, resolver: Resolver) -> Speaker | None:
    """The holder of the office a written question asks, else the office itself."""
    match = _TO_ASK.match(text.strip())
    if match is None:
        return None
    office = re.sub(r"(?:\s+(?:of|for|and|the))+$", "", match.group("office"))
    if not {w.lower() for w in office.split()} & ROLE_HEADS:
        return None
    return resolver.by_role(office.lower()) or Speaker(office, office, "person")


_QUESTION_HEAD = re.compile(r"^Question\s*:?\s*$", re.IGNORECASE)
# A question's opening ("To ask the Government …") or a question mark ending it.
_QUESTION = re.compile(r"^(?:To\s+ask\b|Question\b)|\?\s*$")
_ANSWER_HEAD = re.compile(r"^(?:Answer|Reply|Response)\s*:?\s*$", re.IGNORECASE)


def written_answer_blocks(
    every: list[Paragraph], blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """`blocks` with a written answer's paragraphs given to the answerer and its question
    to the asker, when the page says "Answered by X"; unchanged otherwise (a debate that
    mentions an answered question has no such line on its own). A page of several items,
    each opening "Asked by: …", is read item by item: each answer is its own answerer's."""
    starts = [i for i, p in enumerate(every) if _ASKED.match(p.text.strip())]
    if len(starts) < 2:
        return _item_blocks(every, blocks, resolver)
    result = dict(blocks)
    # An item's headings before its "Asked by" line (title, date) are read with it.
    bounds = [0, *starts[1:], len(every)]
    for begin, end in zip(bounds, bounds[1:], strict=False):
        result = _item_blocks(every[begin:end], result, resolver)
    return result


def _item_blocks(
    item: list[Paragraph], blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """One question and its answer: the question the asker's, the answer the answerer's."""
    answerer = asker = None
    for paragraph in item[:12]:
        text = paragraph.text.strip()
        answered = _ANSWERED.match(text)
        asked = _ASKED.match(text)
        if answered and answerer is None:
            answerer = resolver.person_named(answered.group("who"))
        if asked and asker is None:
            asker = resolver.person_named(asked.group("who"))
        following = _FOLLOWING_QUESTION.search(text)
        if following and answerer is None:
            asker = resolver.person_named(following.group("asker"))
            # "the Secretary for Buses, Mr John Doe": the person after the office.
            office, _, name = following.group("answerer").rpartition(",")
            answerer = resolver.person_named(name.strip()) if office else None
            answerer = answerer or resolver.person_named(following.group("answerer"))
    headed = any(_ANSWER_HEAD.match(p.text.strip()) for p in item)
    # A member's page printing her question and its reply with no heading or label
    # between them (a record's "Jane Roe:" turns say who answered).
    opened = any(_TO_ASK.match(p.text.strip()) for p in item[:6]) and not any(
        blocks.get(p.index) is not None for p in item
    )
    if answerer is None and (headed or opened):
        # "To ask the Minister for Health …" over "Answer": the office asked answers.
        answerer = next(filter(None, (_asked_office(p.text, resolver) for p in item[:12])), None)
    if answerer is None:
        return blocks
    result = dict(blocks)
    started = asking = False
    for position, paragraph in enumerate(item):
        text = paragraph.text.strip()
        if (_QUESTION_HEAD.match(text) or _FOLLOWING_QUESTION.search(text)) and not started:
            # "Question:" over the question's paragraphs, or the line "Following is a
            # question by … and a reply by …": the asker's until the reply.
            asking = True
            result[paragraph.index] = None
            continue
        if asking and not (_ANSWER_HEAD.match(text) or started):
            result[paragraph.index] = asker
            continue
        if _ANSWER_HEAD.match(text) or _ANSWERED.match(text) or _ASKED.match(text):
            # The "Answered by" line after the question opens the answer.
            started = started or bool(_ANSWER_HEAD.match(text) or _ANSWERED.match(text))
            result[paragraph.index] = None
            continue
        if _QUESTION.search(text) and not started:
            result[paragraph.index] = asker
            continue
        if started or any(_QUESTION.search(p.text.strip()) for p in item[:position]):
            result[paragraph.index] = answerer
            started = True
    return result


_PARTY = r"\((?:[A-Z][A-Za-z]{0,5}(?:[-/][A-Za-z]+)?)\)"
_PEER = (
    r"(?:Lord|Baroness|Lady|Viscount|Viscountess|Earl|Countess)\s+[A-Z][\w’'-]+"
    r"(?:\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
)
_TITLED = rf"(?:{_PEER}|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
# "The Minister of State, Department for X (Baroness Roe) (Con)", "Baroness Roe (Con)",
# "Asked by Baroness Roe To ask …": a heading inside a line, then the speech.
_INLINE = re.compile(
    rf"\((?P<office>{_TITLED})\)\s+{_PARTY}(?=\s+[A-Z“‘\"])"
    rf"|(?<![(\w])(?P<member>{_TITLED})\s+{_PARTY}(?=\s+[A-Z“‘\"])"
    rf"|\bAsked\s+by\s+(?P<asker>{_TITLED})(?=\s+To\s+ask\b)"
    # A motion under its mover: "Moved by Baroness Roe That this House regrets …".
    rf"|\bMoved\s+by\s+(?P<mover>{_TITLED})(?=\s+That\b)"
    # The Congressional Record's run-in label addressing the chair: "Mrs. ROE. Madam
    # President, …".
    r"|(?<![(\w])(?P<caller>(?:Mr|Mrs|Ms|Miss|Dr)\.\s+(?P<surname>[A-Z][A-Z’'-]{2,}))\.\s+"
    r"(?=(?:Madam|Mr\.?)\s+(?:President|Speaker|Chairman|Chair)\b)"
)


def inline_turns(text: str, resolver: Resolver) -> list[tuple[int, Speaker]]:
    """Where each speaker heading inside a long line starts, with its speaker; empty
    unless the line holds at least two headings (one is a paragraph mentioning a
    member), or opens a motion under its mover's name: the motion and what follows it
    are the mover's until another heading."""
    turns = []
    moved = False
    for match in _INLINE.finditer(text):
        if match.group("caller"):
            surname = "-".join(part.capitalize() for part in match.group("surname").split("-"))
            turns.append((match.start(), resolver.resolve(Speaker(surname))))
            moved = True  # the chair addressed: a turn however many the line holds
            continue
        who = next(filter(None, match.group("office", "member", "asker", "mover")))
        person = resolver.person_named(who)
        if person is not None:
            turns.append((match.start(), person))
            moved = moved or match.group("mover") is not None
    return turns if len(turns) >= 2 or moved else []


def inline_speaker(turns: list[tuple[int, Speaker]], start: int, end: int) -> Speaker | None:
    """The speaker of the text between `start` and `end` (offsets in the paragraph): the
    last heading before its end, so a sentence that opens with a heading is the new
    speaker's."""
    speaker = None
    for offset, person in turns:
        if offset < max(start + 1, end - 1):
            speaker = person
    return speaker


def record_blocks(
    every: list[Paragraph], blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """A text's turns with written answers and tabled motions read, and no turn given to a
    name that is a heading ("Current Status:"): such a turn falls back to the text's own
    voice."""
    result = written_answer_blocks(every, blocks, resolver)
    # A written statement under its listing's "Made by: Jane Roe (Office)" line.
    result = made_by_blocks(every, result, resolver)
    # A motion's or amendment's words under its movers' names: the mover's (`tabled`).
    result = tabled_blocks(every, result, resolver)
    # A passage read out after "…, Jane Doe, speaking in Dayton, said:" (`quoted_block`).
    result = quoted_blocks(every, result, resolver)
    return {
        index: (speaker if speaker is None or plausible(speaker.name) else None)
        for index, speaker in result.items()
    }
