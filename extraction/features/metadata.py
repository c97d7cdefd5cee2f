"""Lines about the page or the occasion, not claims: a report's publication labels, a
host handing over to the speaker, and a transcript's turn label before its words."""

import re

# "ABC-15-677 Published: Jul 30, 2015.", "Publicly Released: …", "Last updated: …": a
# label and a date, with at most a report number before it.
PUBLICATION_LABEL = re.compile(
    r"^(?:[A-Z]{2,}[-\s]?\d[\w.-]*\s+)?(?:(?:Publicly|First|Last)\s+)?"
    r"(?:Published|Released|Issued|Updated|Posted|Modified|Reviewed)(?:\s+on)?\s*:\s*\S",
    re.I,
)
# "Now it's my pleasure to introduce …", "I'd like to introduce …", "Please welcome …":
# a host handing the floor over.
INTRODUCTION = re.compile(
    r"\b(?:it['’]s|it\s+is|it\s+gives\s+me)\s+(?:\w+\s+)?(?:pleasure|privilege|hono(?:u)?r)"
    r"\s+to\s+(?:introduce|welcome|present|turn\s+(?:it\s+)?over\s+to|hand\s+over\s+to)\b"
    r"|\bI(?:['’]d|\s+would)\s+like\s+to\s+(?:introduce|welcome)\b"
    r"|^(?:(?:and\s+)?now,?\s+)?(?:please\s+(?:join\s+me\s+(?:in\s+)?)?welcom(?:e|ing)"
    r"|(?:let\s+me|allow\s+me\s+to)\s+introduce)\b",
    re.I,
)
# A transcript's turn label left before the words ("SECRETARY ROE: Andy, …"): capitals
# and a colon, the label of whoever speaks, not part of what is said.
TURN_LABEL = re.compile(
    r"^(?:[A-Z][A-Z.’'-]+\s+){0,3}[A-Z][A-Z.’'-]+:\s+(?=\S)"
    # A record's heading run into the speech: "Baroness Roe (Con) My Lords, …".
    r"|^(?:[A-Z][\w’'.-]+\s+){1,4}\([A-Z][A-Za-z]{0,5}(?:[-/][A-Za-z]+)?\)\s+(?=[A-Z])"
)
# A question put down for answer, its heading run into it: "… Asked by Baroness Roe To ask
# the Government what …".
ASKED = re.compile(r"\bAsked\s+by:?\s+(?:[A-Z][\w’'.-]+\s+){1,5}To\s+ask\b")


def occasion(text: str) -> str:
    """Why `text` is the page's or the occasion's, or ""."""
    stripped = text.strip()
    if PUBLICATION_LABEL.match(stripped) and len(stripped.split()) <= 12:
        return "a publication label"
    if ASKED.search(stripped):
        return "a question put down for answer"
    if INTRODUCTION.search(stripped) and len(stripped.split()) <= 30:
        return "a host introducing a speaker"
    return ""


def without_label(text: str) -> str:
    """`text` without a transcript's turn label at its start: scored on the words only."""
    return TURN_LABEL.sub("", text, count=1)
