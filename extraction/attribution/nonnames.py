"""Speakers that are no one: words the rules read as a source's name but which a reader
sees are not ("an NIH-funded analysis" gives "NIH-funded", "today's Statistics Office
data" gives "today's Statistics Office", "Olive Roe, Statistician said" gives
"Statistician", "Press Secretary Air Force Brig. Gen. Jane Roe" cut at "Brig." gives
"Air Force Brig", "Ferry Office District 7 Director Jane Roe" cut at "7" gives "Ferry
Office District"). Each is put right from the page by its shape, with no list of names:
the person the office word or the rank stands before, else the page's own voice."""

import re

from extraction.attribution.names import ROLE_HEADS, Speaker
from extraction.attribution.resolution import Resolver
from extraction.attribution.validation import valid_speaker

_WORD = r"[A-Z][\w’'-]+"
_NAME = rf"{_WORD}(?:\s+(?:[A-Z]\.\s+)?{_WORD}){{1,2}}"
# A rank's abbreviation, printed with its full stop: a name never ends in one.
_RANKS = r"(?:Gen|Brig|Col|Lt|Maj|Capt|Cmdr|Cdr|Adm|Sgt|Cpl|Pvt)"
_RANK_CUT = re.compile(rf"\b{_RANKS}$")
# "NIH-funded", "council-led": an adjective made of a body's name, not the body.
_MADE_OF = re.compile(
    r"\w-(?:funded|led|backed|based|run|owned|sponsored|commissioned|supported|linked)$", re.I
)
# A name cut at a number inside an office ("District 7 Director Jane Roe"): the office's
# capitalised words after the number, then the person's name, which ends the phrase.
_NUMBERED_OFFICE = (
    rf"(?P<office>{_WORD}(?:\s+{_WORD}){{0,2}}?)\s+(?P<name>{_WORD}(?:\s+[A-Z]\.)?\s+{_WORD})"
    r"(?![\w’'-]|\s+[A-Z])"
)
# "today's", "last year's": the figures' day, before the body that gives them.
_DAYS_OWN = re.compile(r"^[a-z][\w ]*['’]s\s")


def _voice(default: Speaker | None) -> tuple[str | None, str, str]:
    if default is None:
        return None, "", ""
    return default.name, default.role, default.kind


def _put_right(name: str, body: str, default: Speaker | None, *, offices: bool):
    """What stands for `name` when it is no one's name; None when it is a name."""
    words = name.split()
    if _MADE_OF.search(words[0]) or any(_MADE_OF.search(w) for w in words) or _DAYS_OWN.match(name):
        return _voice(default)
    if _RANK_CUT.search(name):
        # "Air Force Brig. Gen. Jane Roe": the person after the ranks.
        after = re.search(rf"{re.escape(name)}\.\s+(?:{_RANKS}\.\s+)*(?P<name>{_NAME})", body)
        if after is not None:
            return after.group("name"), "", "person"
        return _voice(default)
    numbered = re.search(rf"\b{re.escape(name)}\s+\d+\s+{_NUMBERED_OFFICE}", body)
    if numbered is not None and not re.search(rf"\b{re.escape(name)}\b(?!\s+\d)", body):
        # "Ferry Office District 7 Director Jane Roe" cut at the number, a name the page
        # never writes on its own: the person.
        return numbered.group("name"), numbered.group("office"), "person"
    if offices and len(words) == 1 and name.lower() in ROLE_HEADS:
        # "Olive Roe, Statistician said": the person the office word follows.
        holder = re.search(rf"(?P<name>{_NAME}),\s+(?:the\s+)?{re.escape(name)}\b", body)
        if holder is not None:
            return holder.group("name"), name, "person"
    return None


def _gated(candidate, resolver: Resolver, default: Speaker | None, publisher: str):
    """What stands for the candidate's speaker after the gate: None when it passes as it
    is, the page's voice when it names no one."""
    speaker = Speaker(candidate.speaker, candidate.speaker_role, candidate.speaker_kind)
    valid = valid_speaker(speaker, resolver, publisher=publisher)
    if valid == speaker:
        return None
    return _voice(default) if valid is None else (valid.name, valid.role, valid.kind)


def repaired(
    candidates: list,
    body: str,
    default: Speaker | None,
    *,
    offices: bool,
    resolver: Resolver | None = None,
    publisher: str = "",
) -> list:
    """`candidates` with each speaker that is no one's name put right (`offices`: a lone
    office word too, on a page that is not a record of turns, where the office heads a
    turn); with `resolver`, each then passes the gate of `validation.valid_speaker`, and
    one that names no one takes the page's voice."""
    fixes: dict[tuple, tuple | None] = {}
    for candidate in candidates:
        name = candidate.speaker
        if not name:
            continue
        key = (name, candidate.speaker_role, candidate.speaker_kind)
        if key not in fixes:
            fix = _put_right(name, body, default, offices=offices)
            if fix is None and resolver is not None:
                fix = _gated(candidate, resolver, default, publisher)
            fixes[key] = fix
        fix = fixes[key]
        if fix is not None:
            candidate.speaker, candidate.speaker_role, candidate.speaker_kind = fix
    return candidates
