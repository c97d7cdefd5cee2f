"""A sentence introducing a person with their role ("Jane Roe is the chief economist at
…"), whom "she says" then refers to."""

import re

from extraction.attribution.names import NAME_TITLE, OCCUPATION, ROLE_HEADS, Speaker, parse_person

# "Jane Roe is the chief economist for …", "Jane Roe, a housing analyst at …, …": a
# story introducing a person, whom "she says" then refers to.
_INTRODUCED = re.compile(
    rf"^(?:{NAME_TITLE})?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})"
    r"(?:\s+(?:is|was|has\s+been)\s+|,\s+)(?:the|a|an|its|their)\s+(?P<role>[^,.;]{2,80})"
)


def introduced_person(text: str) -> Speaker | None:
    """The person a sentence introduces with their role ("Jane Roe is the chief
    economist at …"), or None."""
    match = _INTRODUCED.match(text)
    if not match:
        return None
    role = match.group("role")
    heads = [w for w in re.findall(r"[\w-]+", role.lower()) if w in ROLE_HEADS]
    if not heads and not OCCUPATION.search(role):
        return None
    person = parse_person(match.group("name"))
    if person is None or person.kind != "person":
        return None
    return Speaker(person.name, role.strip(), "person")
