"""Talk to the audience: a sentence that speaks to "you" without a figure or comparison is
a speaker's aside ("You will all have seen …"), not a claim; "your health", "your lungs"
are anyone's ("vaping is dangerous for your health"), and speak to no one. A sentence that
only opens by reminding the audience of what it knows ("Those of you who follow this know
that …", "As many of you know, …") states what follows the frame: the "you" is the frame's
alone. The occasion's pleasantries ("Dear friends, it is great to be here in …") are
greetings.

The House addressed is not the speaker speaking of herself: in "My Lords, officials have
met the councils …" the "my" is the Lords' form of address, and the answer's statement
stands as any other. A reply's comment on the question put ("the noble Baroness raises a
very good point", "my hon. Friend makes a reasonable case") is a stance, not a claim."""

import re

from extraction.features.patterns import FIRST_PERSON, SECOND_PERSON

# "My Lords"; "in our history", "in our nation's history" (the country's record); "my
# administration" (the office a leader speaks for, as its name would).
_LORDS = re.compile(
    r"\bmy\s+lords?\b|\b(?:in|of)\s+our\s+(?:\w+[’']s\s+)?history\b|\bmy\s+administration\b",
    re.I,
)
PRAISES_POINT = re.compile(
    r"\b(?:raises?|raised|makes?|made)\s+(?:a|an|some|two|several)\s+(?:very\s+|really\s+)?"
    r"(?:good|fair|reasonable|valid|powerful|strong|excellent|interesting|important|pertinent"
    r"|serious)\s+(?:points?|case|arguments?|questions?)\b",
    re.I,
)


def speaks_of_self(text: str) -> bool:
    """Whether `text` has a first-person word other than the Lords' "My Lords", a history
    ("in our history") or an administration ("my administration")."""
    return bool(FIRST_PERSON.search(_LORDS.sub(" ", text)))


# "Those of you who have been following along know that", "As you will know,", "You may
# remember that": the audience knowing, then the statement.
_KNOWING_FRAME = re.compile(
    r"^(?:(?:And|But|So|Now|As)\s+)?(?:(?:those|all|many|some|most)\s+of\s+you\b[^,.;:]{0,60}?"
    r"|you(?:\s+(?:all|may|might|will|would|probably|already))*)\s+"
    r"(?:know|remember|will\s+know|will\s+remember|will\s+have\s+(?:seen|heard)|have\s+(?:seen|heard))"
    r"(?:\s+that\b|\s*,)",
    re.IGNORECASE,
)


# "is dangerous for your health", "into your lungs": anyone's body, not the listener's.
_ANYONES_BODY = re.compile(
    r"\byour\s+(?:own\s+)?(?:health|lungs?|heart|body|brain|blood|skin|teeth|liver|kidneys?)\b",
    re.I,
)


def addresses_audience(text: str) -> bool:
    """Whether `text` speaks to the audience outside a knowing frame at its start."""
    frame = _KNOWING_FRAME.match(text.strip())
    rest = text.strip()[frame.end() :] if frame else text
    return bool(SECOND_PERSON.search(_ANYONES_BODY.sub(" ", rest)))


# A writer's chat with the reader at a blog post's opening: "If you're anything like me,
# …", "Have you ever wondered …", "Chances are you …": the reader's supposed life, no claim.
_CHAT = re.compile(
    r"^[\"“‘']?\s*(?:(?:if|like)\s+(?:you['’]re|you\s+are)\s+(?:\w+\s+){0,2}?like\s+"
    r"(?:me|us|most|many)\b|have\s+you\s+ever\b|chances\s+are,?\s+you\b|ever\s+wonder(?:ed)?\b)",
    re.IGNORECASE,
)


def chats_with_reader(text: str) -> bool:
    return bool(_CHAT.search(text.strip()))


# Pleasantries of an occasion: "Dear friends, it is great to be here in …", "It's wonderful
# to be back at …", "It is good to see so many of you".
PLEASANTRY = re.compile(
    r"\b(?:it\s+is|it['’]s)\s+(?:\w+\s+)?(?:great|good|wonderful|nice|lovely|fantastic"
    r"|terrific|a\s+(?:\w+\s+)?(?:treat|joy))\s+to\s+(?:be\s+(?:here|back|with)|see\s+(?:you"
    r"|so\s+many|everyone)|join\s+(?:you|us)|welcome)\b"
    r"|^[“\"]?dear\s+(?:friends|colleagues|all|members|guests|delegates|everyone)\b",
    re.I,
)
