"""Transcript labels that the ordinary name rules cannot read: a name in capitals with the
speaker's role in brackets after it ("JANE ROE [MINISTER]: …", "ANN LEE (TREASURER): …"),
and a later bare "JANE ROE: …" once such a label has named her. The name is read as a
name whatever its words, since the bracket says who the person is (a surname may be a
role word: "KING", "BISHOP")."""

import re

from extraction.attribution.names import Speaker, phrase_title
from extraction.attribution.resolution import Resolver

_CAPS_NAME = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.-]+){1,3}"
_BRACKETED = re.compile(
    rf"^(?P<name>{_CAPS_NAME})\s*(?:\[(?P<square>[^\]]{{2,60}})\]|\((?P<round>[^)]{{2,60}})\))"
    r"\s*:\s+(?=\S)"
)
_BARE = re.compile(rf"^(?P<name>{_CAPS_NAME})\s*:\s+(?=\S)")


def transcript_label(text: str, resolver: Resolver) -> Speaker | None:
    """The person a transcript's label in capitals names: "JANE ROE [MINISTER]: …" (the
    role in square or round brackets), or "JANE ROE: …" when a bracketed label, or the
    text, already gave that full name. None for a label naming no one."""
    match = _BRACKETED.match(text)
    if match:
        role = (match.group("square") or match.group("round")).strip()
        if re.search(r"\d", role):
            return None
        return Speaker(as_name(match.group("name")), phrase_title(role.lower()), "person")
    match = _BARE.match(text)
    if not match:
        return None
    name = as_name(match.group("name"))
    known = resolver.surnames.get(name.split()[-1].lower())
    if known is not None and known.kind == "person" and known.name.lower() == name.lower():
        return known
    return None


def as_name(caps: str) -> str:
    """A name in capitals as written in a sentence ("MARY O'NEILL" → "Mary O'Neill")."""
    return re.sub(r"[^\W\d_]+", lambda word: word.group(0).capitalize(), caps)
