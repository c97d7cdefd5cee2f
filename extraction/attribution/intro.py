"""Speaker lines leading into what a person said: "Health Secretary Jane Roe said:",
"Jane Roe, Minister for Housing, said:", a transcript's "JANE ROE, TREASURER:", and the
same after a scene set ("Speaking in Leeds, the minister Jane Roe said:")."""

import re

from extraction.attribution.blocks import addresses_audience
from extraction.attribution.names import (
    CONNECTORS,
    HONORIFICS,
    LABEL_OFFICES,
    ROLE_HEADS,
    Speaker,
    is_cap,
    parse_person,
    split_tokens,
    without_letters,
)
from extraction.attribution.reprints import bare_name
from extraction.attribution.vocabulary import NOT_NAME

_INTRO_VERBS = re.compile(
    r"\s*,?\s*(?:has\s+|had\s+|also\s+|then\s+)*(?:said|says|added|adds|commented|stated|states"
    r"|explained|continued|remarked|told\s+[\w\s]+|responded|replied|wrote)?"
    r"(?:\s+(?:today|yesterday|tonight|on\s+\w+day|this\s+(?:morning|afternoon|evening|week)))?\s*$",
    re.IGNORECASE,
)


# A part in a programme after a label's name: "Correspondent", "BBC Reporter", "Host".
_PROGRAMME_PARTS = LABEL_OFFICES


def _programme_part(office: str) -> bool:
    words = [w.lower() for w in split_tokens(office)]
    return 0 < len(words) <= 4 and words[-1] in _PROGRAMME_PARTS - {"member"}


def intro_speaker(text: str) -> Speaker | None:
    """The speaker a line like "Health Secretary Jane Roe said:" introduces."""
    if not text.endswith(":") or addresses_audience(text):
        return None
    groups = re.findall(r"\(([^)]*)\)", text)
    if groups:
        # Parliamentary records: "Role (Name):" or "Name (Constituency) (Party):".
        outside = re.sub(r"\s*\([^)]*\)", "", text[:-1]).strip()
        words = {w.lower() for w in split_tokens(outside)}
        inner = parse_person(groups[0])
        if words & ROLE_HEADS and inner is not None and inner.kind == "person":
            return Speaker(inner.name, re.sub(r"^the\s+", "", outside, flags=re.I), "person")
        text = outside + ":"
    text = without_letters(text)
    phrase = _INTRO_VERBS.sub("", text[:-1]).strip()
    parts = [part.strip() for part in phrase.split(",") if part.strip()]
    if len(parts) >= 2:
        # "Jane Roe, Minister for Housing, said:", a transcript's "JANE ROE, TREASURER:":
        # the name first, then the office.
        person = bare_name(parts[0])
        office = ", ".join(parts[1:])
        if person is not None and {w.lower() for w in split_tokens(office)} & ROLE_HEADS:
            return Speaker(person.name, re.sub(r"^the\s+", "", office, flags=re.I), "person")
    if len(parts) == 2 and _programme_part(parts[1]):
        # "JANE ROE, VOA Correspondent:", "ROE, BBC Correspondent:": a programme's own
        # reporter, by the name before the comma (a surname alone resolves to the full
        # name the text gives her).
        name = parts[0].title() if parts[0].isupper() else parts[0]
        if re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}", name):
            return Speaker(name, parts[1], "person")
    tokens = split_tokens(phrase)
    if not tokens or len(tokens) > 10 or all(t.lower() in NOT_NAME for t in tokens):
        return None  # "Photo Credit:", "Background notes:": the page's furniture
    had_verb = phrase != text[:-1].strip()
    for token in tokens:
        low = token.lower().strip(".")
        if not (is_cap(token) or low in CONNECTORS or low in HONORIFICS or had_verb):
            return None
    if not had_verb and not any(t.lower().strip(".") in ROLE_HEADS | HONORIFICS for t in tokens):
        # "Foreign Minister, Dr Jane Doe:" names a speaker; "Key findings:" does not.
        caps = [t for t in tokens if is_cap(t)]
        if len(caps) < 2 or len(tokens) > 4:
            return None
    return parse_person(phrase)


def lead_in_speaker(text: str) -> Speaker | None:
    """The speaker a line leading into a quotation names after the scene it sets:
    "Speaking in Leeds, the minister Jane Roe said:", "Commenting on the figures, Jane Roe,
    chief executive of Acme, said:"."""
    parts = re.split(r",\s+", text)
    if len(parts) >= 3 and bare_name(parts[-3]) is not None:
        speaker = intro_speaker(", ".join(parts[-3:]))
        if speaker is not None:
            return speaker
    return intro_speaker(parts[-1]) if len(parts) > 1 else None


# "Jane Roe elaborated on the figures, noting:" over a list: the sentence's subject, then a
# participle handing over to what she listed.
_PARTICIPLE_LEAD = re.compile(
    r"^(?P<who>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:also\s+)?[a-z]+(?:ed|s)\b"
    r"[^:;“”\"]*,\s+(?:noting|saying|adding|explaining|stating|citing|listing)\s*:$"
)


def participle_lead(text: str, surnames: dict[str, Speaker]) -> Speaker | None:
    """The person of a line "Jane Roe elaborated on the figures, noting:": a full name,
    or a surname the text gives someone (`surnames`)."""
    match = _PARTICIPLE_LEAD.match(text.strip())
    if match is None:
        return None
    who = match.group("who")
    if " " not in who:
        known = surnames.get(who.lower())
        return known if known is not None and known.kind == "person" else None
    person = parse_person(who)
    return person if person is not None and person.kind == "person" and not person.role else None
