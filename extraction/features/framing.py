"""A speaker's frame around a statement, and a promise measured against the past.

- "I am pleased to say to the House that …", "But I would remind everyone that …": the
  speaker's act of saying, not a stance on what is said; the statement after the frame is
  scored as said.
- "We will build more homes this year than in decades": a promise compared with the
  past, as checkable when the year is out as a figure (the intention penalty does not
  apply).
"""

import re

_LEAD = r"^(?:(?:But|And|However|So|Now|Indeed),?\s+)?"
_WHOM = (
    r"(?:everyone|everybody|you|members|colleagues|people|(?:the|my|this)\s+(?:\w+\s+){0,2}?\w+)"
)
SPEECH_FRAME = re.compile(
    rf"{_LEAD}I\s*(?:am|['’]m)\s+(?:\w+ly\s+)?(?:pleased|happy|delighted|glad|proud)\s+to\s+"
    rf"(?:say|report|confirm|tell|inform)\s+(?:(?:to\s+)?{_WHOM}\s+)?that\s+"
    rf"|{_LEAD}I\s*(?:would|must|should|can|will|want\s+to|['’]d)\s+(?:like\s+to\s+)?"
    rf"(?:remind|tell|inform)\s+{_WHOM}\s+(?:that\s+)?",
    re.I,
)
PAST_COMPARISON = re.compile(
    r"\b(?:more|fewer|less|higher|lower|faster|bigger|greater)\b[^.;]{0,80}?\bthan\s+"
    r"(?:\w+\s+){0,4}?(?:ever|before|in\s+(?:decades|a\s+decade|years|a\s+generation)"
    r"|since\s+\d{4}|last\s+year|the\s+previous\s+\w+|(?:we|they|it)\s+(?:have|has|had|did))\b",
    re.I,
)


def said_statement(text: str) -> str | None:
    """The statement after a speaker's frame, when at least five words follow it."""
    frame = SPEECH_FRAME.search(text.strip().lstrip("“\"‘'"))
    if frame is None:
        return None
    rest = text.strip().lstrip("“\"‘'")[frame.end() :]
    return rest if len(rest.split()) >= 5 else None
