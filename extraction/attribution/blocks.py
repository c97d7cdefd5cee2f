"""Where a speaker's block ends: after "Jane Roe said:" the paragraphs are hers until the
text returns to narration. A block in quotation marks ends where they close; an unquoted
block ends at a paragraph that speaks as the narration did, or of the speaker or the body
she speaks for in the third person."""

import re

from extraction.attribution.names import ROLE_HEADS, Speaker

QUOTE_MARKS = "“\"‘'"


def left_open(text: str, was_open: bool) -> bool:
    """Whether a quotation in double marks is open after `text`, given whether it was
    open before it (a paragraph opening “ without ” leaves it open)."""
    if text[:1] in '“"':
        was_open = False
    opened = text.count("“") + text.count('"') % 2
    closed = text.count("”")
    if opened > closed:
        return True
    return was_open and opened == closed == 0


# A line addressing the audience ("Mr. Chairman and Members of the Committee:", "Madam
# Speaker, honourable Members,", "Ladies and gentlemen:"): a plural audience, no verb.
_AUDIENCE = re.compile(
    r"\b(?:members|ladies\s+and\s+gentlemen|colleagues|guests|delegates|excellencies)\b", re.I
)
_SAYING = re.compile(r"\b(?:said|says|told|added|stated|wrote|asked|replied|answered)\b", re.I)


# A motion's opening, "That the House:", "That this Assembly:": the mover puts the clauses
# after it to the House, which is addressed, not speaking.
_MOTION = re.compile(r"^That\s+(?:(?:the|this)\s+)?[A-ZÀ-ÖØ-Þ][^:.]{0,60}:$")


# A line addressing the chair ("Madam Speaker", "Mr. President", "Deputy Speaker Sir,"):
# the speech itself, never a header naming who gives it.
CHAIR_ADDRESSED = re.compile(
    r"^(?:(?:Madam|Mr\.?|Mister)\s+(?:Deputy\s+)?(?:Speaker|President|Chair)"
    r"|(?:Deputy\s+)?(?:Speaker|President|Chair)\s+Sir\b)",
    re.IGNORECASE,
)


def addresses_audience(text: str) -> bool:
    """Whether a short line ending in a colon or a comma greets the audience: a
    salutation, which names whom the speaker addresses, never the speaker; or opens a
    motion put to the House (`_MOTION`), whose text stays the mover's."""
    text = text.strip()
    if _MOTION.match(text):
        return True
    short = len(text.split()) <= 20 and text.endswith((":", ","))
    return short and bool(_AUDIENCE.search(text)) and not _SAYING.search(text)


FIRST_PERSON = re.compile(
    r"\b(?:I|I’m|I'm|I’ve|I've|we|we’re|we're|we’ve|we've|our|us|my|me)\b", re.I
)
# The speaker's own "I", "my", "me" ("I’ve" holds "I"): a plural "we" may be an institution's.
FIRST_SINGULAR = re.compile(r"\b(?:I|[Mm]y|me)\b")


def leaves_block(text: str, *, opened: bool, narration: list[str]) -> bool:
    """Whether a paragraph after a speaker line returns to narration: a quoted block
    ends where a paragraph no longer opens with a quotation mark; an unquoted one
    where a paragraph with no first-person word opens as narration already did before
    ("The new funding will support …" … "The new funding will provide …")."""
    if opened:
        return text[:1] not in QUOTE_MARKS
    if FIRST_PERSON.search(text):
        return False
    opening = " ".join(text.split()[:3])
    if len(opening.split()) < 3 or not re.match(r"(?:The|This|These|Its|Their)\s", opening):
        return False
    pattern = re.compile(rf"(?:^|[.!?]\s+){re.escape(opening)}\b")
    return any(pattern.search(earlier) for earlier in narration)


# "the government", "the Department's", "the UK Government": the body a minister speaks
# for, named in the third person.
_OWN_BODY = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,2}(?i:government|department|ministry)(?:['’]s)?\b"
)


def speaks_of(text: str, speaker: Speaker) -> bool:
    """Whether a paragraph with no first-person word speaks in the third person of the
    speaker ("The minister also visited …", "She visited …") or of the body they speak for
    ("the government has …"): narration, once the block before it spoke as "we"."""
    if FIRST_PERSON.search(text):
        return False
    if _OWN_BODY.search(text) or re.match(r"(?:He|She)\s", text):
        return True
    heads = [w for w in speaker.role.lower().split() if w in ROLE_HEADS]
    return bool(heads) and bool(re.search(rf"\b[Tt]he\s+{re.escape(heads[-1])}\b", text, re.I))
