"""A committee transcript's members list and its question-numbered turns.

A select committee's evidence session opens with "Members present: Mr Jane Roe
(Chair); John Doe; Ann Lee." and then gives turns as "Chair: …", "John Doe: …",
"Q12 John Doe: …": the list is who may speak, and the chair is the member it marks so.
"""

import re

from extraction.attribution.names import Speaker, parse_person
from extraction.attribution.resolution import Resolver

# "Members present:", "Committee members present:", "Present:" before a list of names.
_LIST = re.compile(
    r"^(?:(?:committee\s+)?members?\s+(?:present|in\s+attendance)|present)\s*:\s*(?P<list>.+)$",
    re.IGNORECASE,
)
# A transcript's question number before the turn's label: "Q275  Chair: …".
QUESTION_NUMBER = re.compile(r"^Q\s?\d{1,4}\s+(?=[A-Z])")


def members_present(texts: list[str]) -> list[Speaker]:
    """The members a "Members present:" line lists, each with the office its brackets give
    ("(Chair)"); nothing on a page without such a line."""
    for text in texts:
        match = _LIST.match(text.strip())
        if match:
            break
    else:
        return []
    items = re.split(r";|,\s+(?:and\s+)?|\s+and\s+", match.group("list").strip().rstrip("."))
    members = []
    for item in items:
        role = re.search(r"\(([^()]{2,40})\)", item)
        person = parse_person(re.sub(r"\s*\([^()]*\)", "", item).strip())
        if person is None or person.kind != "person" or len(person.name.split()) < 2:
            continue
        members.append(Speaker(person.name, role.group(1).strip() if role else "", "person"))
    return members


def learn_members(texts: list[str], resolver: Resolver) -> None:
    """Teach `resolver` the members a transcript lists, so that "Roe:" and "Chair:" labels
    name them."""
    for member in members_present(texts):
        resolver.learn(member)


# A committee chair's label: "Chair: …", "The Chairman: …", "Q12 Convener: …".
_CHAIR = re.compile(r"^(?:The\s+)?(?:Chair|Chairman|Chairwoman|Chairperson|Convener)\s*:\s+(?=\S)")


def chair_turn(text: str, resolver: Resolver) -> Speaker | None:
    """The member the text names as chair, for a turn labelled "Chair:"; None when the
    text names no chair (the label alone names no one)."""
    if not _CHAIR.match(QUESTION_NUMBER.sub("", text, count=1)):
        return None
    holder = resolver.by_role("chair")
    return holder if holder is not None and holder.kind == "person" else None


# The presiding officer's label: "Mr Speaker: …", "Madam Deputy Speaker: …", "The
# Presiding Officer: …", "The Ceann Comhairle: …", "An Cathaoirleach: …".
_PRESIDING = re.compile(
    r"^(?:(?:Mr|Madam|Madame)\.?\s+(?P<deputy>(?:Deputy|Acting)\s+)?(?P<speaker>Speaker|President|Chairman)"
    r"|(?:The|An)\s+(?P<office>(?:(?:Deputy|Acting)\s+)?(?:Speaker|Presiding\s+Officer|Ceann\s+Comhairle"
    r"|Cathaoirleach|Leas-Cheann\s+Comhairle)))\s*:\s+(?=\S)"
)


def presiding_turn(text: str, resolver: Resolver) -> Speaker | None:
    """The chair of a house for a turn labelled with the chair's office ("Mr Speaker: …"):
    the member the text names in that office, else the office itself."""
    match = _PRESIDING.match(text)
    if not match:
        return None
    office = match.group("office") or (match.group("deputy") or "") + match.group("speaker")
    office = " ".join(office.split())
    holder = resolver.by_role(office)
    if holder is not None and holder.kind == "person":
        return holder
    return Speaker(office, office, "person")
