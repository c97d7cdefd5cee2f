"""A person named with an apposition at the end of a sentence: "The council believes …,
the Minister for Transport, Jane Roe, said today.", "…, Jane Roe, the Minister for
Transport, said.", "…, according to the Minister, Jane Roe." A release's lead in this shape
is the minister's words, not the publishing body's narration. A body ("…, the department
said") or an office alone ("…, the Minister said") is left to the older patterns, and the
apposition must close the sentence, so a quotation reporting it ("“…, the Minister, Jane
Roe, said,” Mr Doe recalled.") is not read as hers."""

import re

from extraction.attribution.names import NAME_TITLE, OCCUPATION, ROLE_HEADS, Speaker, parse_person
from extraction.attribution.resolution import Resolver

# A personal name: two or three capitalised words, a form of address before them allowed.
_NAME = rf"(?:{NAME_TITLE})?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){{1,2}}"
# An office: a few words, no quotation mark, comma or clause break.
_OFFICE = r"[^,;:“”\"()]{3,80}?"
# When it was said, closing the sentence: "today", "on Monday", "in Leeds on Monday".
_WHEN = r"(?:\s+(?:today|yesterday|tonight|this\s+\w+|last\s+\w+|on\s+\w+(?:\s+\d{1,2})?"
_WHEN += r"|in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|at\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))*"
_VERB = r"(?:has\s+|had\s+)?(?:said|says|told\s+[A-Z][\w’'-]+|added|announced|explained|warned)"
_END = rf"{_WHEN}\s*[.!]?[”\"’]?\s*$"
# "…, the Minister for Transport, Jane Roe, said today."
_OFFICE_FIRST = re.compile(
    rf"[,”\"]\s+(?:the\s+|[Tt]he\s+)?(?P<role>{_OFFICE}),\s+(?P<who>{_NAME}),\s+{_VERB}{_END}"
)
# "…, Jane Roe, the Minister for Transport, said today."
_NAME_FIRST = re.compile(
    rf"[,”\"]\s+(?P<who>{_NAME}),\s+(?:the\s+)?(?P<role>{_OFFICE}),\s+{_VERB}{_END}"
)
# "…, according to the Minister for Transport, Jane Roe."
_ACCORDING = re.compile(
    rf",\s+(?i:according\s+to)\s+(?:the\s+)?(?P<role>{_OFFICE}),\s+(?P<who>{_NAME})\s*[.!]?\s*$"
)


def trailing_person(text: str, resolver: Resolver) -> Speaker | None:
    """The person an apposition closing the sentence names as saying it, with the office
    she holds; None unless the office is one (a minister, a director, an economist) and
    the name a person's."""
    for pattern in (_OFFICE_FIRST, _NAME_FIRST, _ACCORDING):
        match = pattern.search(text)
        if not match:
            continue
        role = re.sub(r"^(?:the|a|an)\s+", "", match.group("role").strip(), flags=re.I)
        words = {w.lower() for w in re.findall(r"[\w-]+", role)}
        if not (words & ROLE_HEADS or OCCUPATION.search(role)):
            continue
        person = parse_person(match.group("who"))
        if person is None or person.kind != "person" or " " not in person.name:
            continue
        return resolver.resolve(Speaker(person.name, person.role or role, "person"))
    return None
