"""A speaker's frame around a statement, and a promise measured against the past.

- "I am pleased to say to the House that …", "But I would remind everyone that …": the
  speaker's act of saying, not a stance on what is said; the statement after the frame is
  scored as said.
- "In that respect, I am glad to note – and I will return to it – that …", "It is
  incumbent upon me to point out that …", "The really important thing to point out is
  that …", a briefing's reported "The important thing was that …": the same act, after
  a short opening phrase and with an aside between dashes.
- "We will build more homes this year than in decades": a promise compared with the
  past, as checkable when the year is out as a figure (the intention penalty does not
  apply).
"""

import re

from extraction.features.metadata import without_label

_LEAD = (
    r"^(?:(?:But|And|However|So|Now|Indeed|Of\s+course|Again|In\s+(?:this|that)\s+(?:context"
    r"|respect|regard)),?\s+)?"
)
_WHOM = (
    r"(?:everyone|everybody|you|members|colleagues|people|(?:the|my|this)\s+(?:\w+\s+){0,2}?\w+)"
)
_SAY = r"(?:say|report|confirm|tell|inform|note|point\s+out)"
SPEECH_FRAME = re.compile(
    rf"{_LEAD}I\s*(?:am|['’]m)\s+(?:\w+ly\s+)?(?:pleased|happy|delighted|glad|proud)\s+to\s+"
    rf"{_SAY}\s+(?:(?:to\s+)?{_WHOM}\s+)?(?:again\s+)?that\s+"
    rf"|{_LEAD}I\s*(?:would|must|should|can|will|want\s+to|['’]d)\s+(?:like\s+to\s+)?"
    rf"(?:remind|tell|inform)\s+{_WHOM}\s+(?:that\s+)?"
    # "It is incumbent upon me to point out that …", "I must point out that …".
    rf"|{_LEAD}(?:it\s+is\s+incumbent\s+(?:up)?on\s+me\s+to|I\s+(?:must|should|have\s+to))\s+"
    r"(?:point\s+out|note|say|stress)\s+(?:again\s+)?that\s+"
    # "The really important thing to point out is that …": the weight is the frame's.
    rf"|{_LEAD}the\s+(?:\w+\s+)?(?:important|key|main|crucial|critical|vital|real)\s+(?:thing"
    r"|point)\s+(?:to\s+(?:point\s+out|note|remember|say|stress|understand)\s+)?(?:here\s+)?"
    r"(?:is|was)\s+that\s+",
    re.I,
)
# An aside between dashes: "I am happy to note – and I will come back to it – that …".
_DASHED_ASIDE = re.compile(r"\s+[–—]\s[^–—]{1,100}\s[–—]\s+|—[^—]{1,100}—")
PAST_COMPARISON = re.compile(
    r"\b(?:more|fewer|less|higher|lower|faster|bigger|greater)\b[^.;]{0,80}?\bthan\s+"
    r"(?:\w+\s+){0,4}?(?:ever|before|in\s+(?:decades|a\s+decade|years|a\s+generation)"
    r"|since\s+\d{4}|last\s+year|the\s+previous\s+\w+|(?:we|they|it)\s+(?:have|has|had|did))\b",
    re.I,
)


def said_statement(text: str) -> str | None:
    """The statement after a speaker's frame, when at least five words follow it."""
    # A turn label before the frame ("JANE ROE: The key point is that …") is who speaks.
    plain = without_label(text.strip()).lstrip("“\"‘'")
    frame = SPEECH_FRAME.search(plain) or SPEECH_FRAME.search(_DASHED_ASIDE.sub(" ", plain))
    if frame is None:
        return None
    rest = frame.string[frame.end() :]
    return rest if len(rest.split()) >= 5 else None
