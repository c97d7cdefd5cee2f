"""A text's apparatus: lines about the copy in front of the reader rather than the world.
An operator's instructions on a call, a transcript's or a file's note on how it was made,
a court reporter's request for corrections, a run of statute citations, a chart's note
on its source, a "See also:" or "Read the transcript …" pointer, and a page's one-line
summary of the occasion ("Letter sent on … to … by …", "Press conference in … about …")."""

import re

# An operator's lines on a telephone briefing: "All participants are in listen-only mode
# until the question and answer session", "To ask a question, press star one", "This call
# is being recorded".
_OPERATOR = re.compile(
    r"\blisten[- ]only\s+mode\b|\bpress\s+(?:star|\*)\s*(?:\w+|\d)\b"
    r"|\b(?:this|today['’]s)\s+(?:call|conference|briefing|teleconference)\s+is\s+(?:now\s+)?"
    r"being\s+recorded\b",
    re.I,
)
# A copy's note on how it was made: "This transcript is not edited and may contain
# errors.", "This text file was formatted by … to be accessible to users with visual
# impairments", "Accessibility features, such as text descriptions of tables, …", a court
# reporter's "Readers are requested to notify the Reporter of Decisions … of any … errors".
_MAKING = re.compile(
    r"\b(?:this|the)\s+transcript\s+(?:is|has)\s+not\s+(?:been\s+)?(?:edited|checked|verified"
    r"|reviewed|proofread)\b|\bmay\s+contain\s+(?:typographical\s+)?(?:errors|inaccuracies)\b"
    r"|^(?:this|the)\s+(?:text\s+)?file\s+(?:was|has\s+been|is)\s+(?:formatted|prepared"
    r"|converted)\b|\btext\s+descriptions?\s+of\s+(?:tables|figures|charts|images)\b"
    r"|\busers\s+with\s+visual\s+impairments\b"
    r"|\breaders\s+are\s+(?:requested|asked|invited)\s+to\s+(?:notify|inform|report)\b"
    r"|\bof\s+any\s+typographical\s+or\s+other\s+(?:formal\s+)?errors\b",
    re.I,
)
# A pointer or a source note: "See also: …", "Read the transcript of the press conference
# with …", "This chart is drawn from …'s Outlook report".
_POINTER = re.compile(
    r"^see\s+also\s*:|^read\s+(?:the\s+)?(?:full\s+)?(?:transcript|text|speech|statement"
    r"|report|letter)\s+(?:of|from|by|with|on)\b"
    r"|^this\s+(?:chart|map|graphic|figure|table|graph)\s+(?:is|was)\s+(?:drawn|taken|adapted"
    r"|based|derived|updated)\s+(?:from|on)\b",
    re.I,
)
# A page's summary of the occasion, opened by the kind of text and its circumstances:
# "Letter sent on 20 July 2021 to … by …", "Press conference in Sydney on 5 May about …".
_OCCASION = re.compile(
    r"^(?:(?:open\s+)?letter|memo(?:randum)?|submission)\s+(?:sent|written|delivered"
    r"|addressed)\s+(?:on|to|by)\b"
    r"|^(?:joint\s+)?(?:press|media|news)\s+conference\s+(?:held\s+)?(?:in|at)\s+[^.]{0,60}?"
    r"\bon\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+(?:about|on|regarding)\b",
    re.I,
)
# A statute citation: section signs, reporter volumes, "U. S. C." and numbers, with
# fewer than three words of prose left when they are taken out.
_CITATION_PART = re.compile(
    r"§+\s*[\w.()\-–,]*|\b\d+\s*Stat\.|\bU\.\s*S\.\s*C\.|\bC\.\s*F\.\s*R\.|\b(?:Pub|L|No)\."
    r"|\(\s*[\w.]{1,4}\s*\)|\b[\d,.;:()\-–]+",
)


# A date written out ("5 July 2021", "July 5, 2021"), a year, or a figure in a name
# ("COVID-19", "G20"): figures that only date or name.
_DATE = re.compile(
    r"\b[A-Za-z]+-?\d+\b|\b\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b|\b[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}\b|\b(?:19|20)\d\d\b"
)


def _undated_figure(text: str) -> bool:
    """Whether `text` holds a figure other than a date."""
    return bool(re.search(r"\d", _DATE.sub(" ", text)))


def citation_run(text: str) -> bool:
    """Whether `text` is mostly a run of statute citations ("§§201, 202(a)(1), 121Stat.
    1519, 42 U. S. C. §7545(o)(1)(J)")."""
    if "§" not in text and not re.search(r"\bU\.\s*S\.\s*C\.|\bStat\.", text):
        return False
    left = _CITATION_PART.sub(" ", text)
    words = [w for w in re.findall(r"[A-Za-z]{3,}", left) if w.lower() not in ("and", "the")]
    return len(words) < 3


def apparatus(text: str) -> str:
    """Why `text` is the apparatus of the copy rather than a claim, or ""."""
    text = text.strip()
    if _OPERATOR.search(text):
        return "an operator's instruction"
    if _MAKING.search(text):
        return "a note on how the copy was made"
    # A summary line that carries a figure of its own besides its date ("Read the
    # transcript of the Minister's interview on 5.4 million more visits …") states it.
    if (_POINTER.search(text) or _OCCASION.search(text)) and not _undated_figure(text):
        return "points to another text or sums up the occasion"
    if citation_run(text):
        return "a run of statute citations"
    return ""
