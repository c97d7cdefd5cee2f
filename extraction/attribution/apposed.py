"""A speaker named with an apposition: "Jane Roe, the finance minister, said …", "The
Treasury's chief economist, Jane Roe, said …", "A spokesperson for the Treasury said …"."""

import re

from extraction.attribution.names import (
    CAPS_RUN,
    NAME_TITLE,
    OCCUPATION,
    ROLE_HEADS,
    Speaker,
    parse_person,
)
from extraction.attribution.resolution import Resolver
from extraction.attribution.say import SAY as _SAY
from extraction.attribution.trailing import trailing_person

# "Jane Roe, the finance minister, said …", "Jane Roe, chief economist at Acme Bank, said
# …": a name, what she is between commas, then the saying verb; also after a clause setting
# the scene ("As the figures were published, Dr Jane Roe, chief statistician, said: …").
_SCENE = r"(?:As|When|While|After|Before|Once)\s[^,;“”\"]{3,120},\s+"
_APPOSED = re.compile(
    rf"^(?:(?:And|But|However|Meanwhile),?\s+|{_SCENE})?(?P<who>{NAME_TITLE}"
    rf"[A-Z][\w’'-]+|(?:{NAME_TITLE})?"
    # The apposition between commas or dashes ("Jane Roe - the chief economist - says").
    r"[A-Z][\w’'-]+(?:\s+(?:of|for|[A-Z][\w’'.-]+)){1,6})(?:,|\s+[-–—]{1,2})\s+"
    r"(?P<role>[^,;“”\"–—]{3,80}?)(?:,|\s+[-–—]{1,2})\s+"
    rf"(?:has\s+|had\s+|also\s+)*{_SAY}\b"
)
# An aside between the name and the verb: "Jane Roe, speaking on Monday, said …".
_ASIDE = re.compile(
    r"^(?:speaking|writing|responding|commenting|addressing|asked|in\s+(?:his|her|their|a|an)\s)\b"
)
# "The Treasury's chief economist, Jane Roe, said …": the office first, then the name;
# also after an opening connective ("However, the bus agency chief, Jane Roe, said …") or
# a clause setting the scene ("Speaking at the briefing, Director General, Jane Roe, said").
_SPEAKING_AT = r"(?:Speaking|Addressing|Writing|Responding)\s[^,;“”\"]{3,120},\s+"
_ROLE_FIRST = re.compile(
    rf"^(?:(?:And|But|However|Meanwhile),?\s+(?:the\s+)?|{_SCENE}|{_SPEAKING_AT})?(?:[Tt]he\s+)?"
    r"(?P<role>[^,;“”\"]{3,80}?),\s+"
    # "Prime Minister, the Most Hon. Jane Roe, says …": the address is no part of the name.
    r"(?:the\s+(?:Most\s+|Rt\.?\s+|Right\s+)?(?:Hon\.?|Honou?rable)\s+)?"
    # "Minister of Buses, Senator Colonel Jane Roe, said …": her seat and rank, no office.
    r"(?:(?:Senator|Colonel|Brigadier|Admiral|Commodore)\s+)*"
    rf"(?P<who>(?:{NAME_TITLE})?"
    rf"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){{1,2}}),\s+(?:has\s+|had\s+|also\s+)*{_SAY}\b"
)
# "A spokesperson for the Treasury said …", "Analysts at Acme Bank say …": the body speaks.
_ON_BEHALF = re.compile(
    r"(?:^|(?<=\s))(?:[Aa]n?\s+|[Tt]he\s+)?(?i:spokes(?:person|man|woman)|official|representative"
    r"|analysts|economists|researchers|officials)\s+(?:for|at|from|with)\s+(?P<who>(?:the\s+)?"
    rf"{CAPS_RUN}),?\s+(?:has\s+|have\s+|also\s+)*(?:{_SAY}|say|warn|believe)\b"
)
# "According to the Treasury's chief economist Jane Roe, …".
_ACCORDING_POSSESSIVE = re.compile(
    rf"\b(?i:according\s+to)\s+(?:the\s+)?{CAPS_RUN}[’']s\s+(?P<role>(?:[a-z-]+\s+){{1,3}})"
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,2})"
)


def apposed_speaker(text: str, resolver: Resolver) -> Speaker | None:
    """The person of "Jane Roe, the finance minister, said …": the name before the
    apposition, when it names an office or an occupation; else None."""
    for pattern in (_APPOSED, _ROLE_FIRST, _ACCORDING_POSSESSIVE):
        match = pattern.search(text) if pattern is _ACCORDING_POSSESSIVE else pattern.match(text)
        if not match:
            continue
        role = match.group("role").strip()
        words = {w.lower() for w in re.findall(r"[\w-]+", role)}
        aside = pattern is _APPOSED and _ASIDE.match(role)
        if not (words & ROLE_HEADS or OCCUPATION.search(role) or aside):
            continue
        person = parse_person(match.group("who"))
        if person is None or person.kind != "person":
            continue
        office_first = re.search(r"\s(?:of|for)\s", match.group("who"))
        if pattern is _APPOSED and office_first and set(person.role.lower().split()) & ROLE_HEADS:
            continue  # "Minister of Buses, Senator Jane Roe, said …": the office comes first
        role = person.role or ("" if aside else re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I))
        return resolver.resolve(Speaker(person.name, role, "person"))
    trailing = trailing_person(text, resolver)  # "…, the Minister, Jane Roe, said today."
    if trailing is not None:
        return trailing
    body = _ON_BEHALF.search(text)
    if body:
        name = re.sub(r"^the\s+", "", body.group("who"), flags=re.I)
        return Speaker(name, "", "organisation")
    return None
