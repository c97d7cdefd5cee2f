"""A press office's round-up of the day's coverage, which reports what ministers said to
which paper:

    In The Courier, the Bus Secretary Jane Roe highlights how the new fares …
    And talking to The Herald, the Deputy PM reiterated the government's focus on …
    Speaking exclusively to The Post, she said:
    <her words, in the next paragraph>

The paper named first is where the words appeared, not who said them; the minister after
it is the speaker of the sentence (by name, or by an office the text gives a holder:
"the Deputy PM" for the Deputy Prime Minister it names). A lead ending "…, she said:" is
the person the same paragraph named last. A sentence about the paper itself ("In The
Courier, prices are compared …") names no one and is left alone.
"""

import re

from extraction.attribution.names import ROLE_HEADS, Speaker, parse_person
from extraction.attribution.resolution import Resolver

_WORDS = r"[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}"
_VERBS = (
    r"(?:highlights|highlighted|reiterates|reiterated|writes|wrote|argues|argued|explains"
    r"|explained|says|said|sets\s+out|set\s+out|warns|warned|stresses|stressed|insists|insisted"
    r"|urges|urged|tells|told|describes|described|points\s+out|pointed\s+out)"
)
_IN_PAPER = re.compile(
    r"^(?:(?:And|But|Meanwhile|Elsewhere),?\s+)?(?:(?:In|On)\s+(?:the\s+)?"
    rf"{_WORDS}|(?:[Ss]peaking|[Tt]alking|[Ww]riting)\s+(?:exclusively\s+)?(?:to|in|for|with|on)"
    r"\s+[^,;“”\"]{2,60}),\s+"
    rf"(?P<who>(?:the\s+)?{_WORDS})\s+(?:has\s+|also\s+)?{_VERBS}\b"
)
_PRONOUN_LEAD = re.compile(r",\s+(?:he|she)\s+(?:said|says|added|wrote|told\s+\w+):\s*$")


def paper_speaker(text: str, resolver: Resolver) -> Speaker | None:
    """The minister a round-up's sentence reports (see the module), or None."""
    match = _IN_PAPER.match(text)
    if match is None:
        return None
    who = re.sub(r"\bPM\b", "Prime Minister", match.group("who"))
    person = parse_person(who)
    if person is not None and person.kind == "person" and len(person.name.split()) >= 2:
        return resolver.resolve(person)
    office = re.sub(r"^the\s+", "", who, flags=re.I).lower()
    if set(office.split()) & ROLE_HEADS:
        return resolver.by_role(office)
    return None


def pronoun_lead(text: str, resolver: Resolver) -> Speaker | None:
    """The person a lead ending "…, she said:" means: of the people the text names in
    full, the one this paragraph names last."""
    if not _PRONOUN_LEAD.search(text):
        return None
    found, last = None, -1
    for person in {id(p): p for p in resolver.surnames.values()}.values():
        if person.kind != "person" or len(person.name.split()) < 2:
            continue
        surname = re.escape(person.name.split()[-1])
        at = max((m.start() for m in re.finditer(rf"\b{surname}\b", text)), default=-1)
        if at > last:
            found, last = person, at
    return found
