"""A plenary verbatim record's turns, run into the speech: the speaker's name and what
she speaks as, then a full stop and the words.

    Jane Roe, Member of the Executive. – Mr President, the figures …
    Jane Roe, President-in-Office of the Board. Mr President, the figures …
    Jane Roe (Group). – Mr President, …
    Jane Roe, rapporteur. (DE) Mr President, …
    President. – The next item is …

The dash may be printed as a minus sign ("Jane Roe, rapporteur. − Mr President, …"), and
a name marked so may hold a small word between its capitalised ones ("Jane the Elder
Roe, rapporteur. – …").

With a dash after the full stop, or the bracketed code of the language she spoke ("(DE)")
before her words, any office or group may stand between the name and the words
("rapporteur"); without either, the office must hold an office word and the words must
open by addressing the chair ("Mr President, …"), so that a sentence of narration that
happens to open with a name and an apposition is no turn. The chair's own line
("President. – ") starts the chair's turn. A photo placeholder printed over each turn
("MBRphoto") is no name (`validation.placeholder`).
"""

import re

from extraction.attribution.names import (
    HONORIFICS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    parse_person,
)
from extraction.attribution.stamped import stamped_turn

_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'.-]+"
_NAME = rf"{_CAP}(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|le|la|the)\s+)*{_CAP}){{1,3}}"
# A dash of any kind, the minus sign some verbatim pages print for it included.
_DASH = r"\s*[–—−]\s+(?=\S)"
# The chair addressed: what a turn opens with when no dash marks it.
_ADDRESS = r"(?:Mr|Madam|Madame|Mrs|Ms)\.?\s+(?:President|Chair(?:man|woman)?|Speaker)\b"
_NAMED = re.compile(
    rf"^(?P<name>{_NAME})(?:,\s+(?P<office>[^.:;“”\"()]{{3,120}}?)|\s+\((?P<group>[^()]{{2,40}})\))"
    rf"\.(?:\s+\((?P<language>[A-Z]{{2}})\))?(?:(?P<dash>{_DASH})|\s+(?={_ADDRESS}))"
)
# The chair's line: "President. – ", in the language of the sitting ("Presidente. – ").
_CHAIR = re.compile(rf"^(?P<office>[A-ZÀ-ÖØ-Þ][\w-]+)\.{_DASH}")


def _office_words(office: str) -> set[str]:
    return {w.lower() for w in re.split(r"[\s,-]+", office) if w} & (ROLE_HEADS | {"member"})


def plenary_turn(text: str) -> Speaker | None:
    """The speaker a plenary record's run-in turn names (see the module), or None."""
    match = _NAMED.match(text)
    if match:
        office = (match.group("office") or "").strip()
        marked = match.group("dash") or match.group("language")
        if not marked and not _office_words(office):
            return None
        name = " ".join(match.group("name").split())
        # A name holding a small word ("Jane the Elder Roe") is read whole when a dash marks
        # the turn: the parse would take its first words for an office.
        if marked and re.search(r"\sthe\s", name):
            words = {w.lower() for w in name.split()} - {"the"}
            return None if words & (ROLE_HEADS | ORGANISATION_WORDS) else Speaker(name, office)
        person = parse_person(name)
        if person is None or person.kind != "person":
            return None
        if person.role:
            # A family name opening with a capitalised particle ("Jane Van Roe") parses as
            # a role "Jane" and a name "Van Roe"; a dash-marked turn's name is whole unless
            # the words before it hold an office or a title.
            words = {w.lower().strip(".") for w in person.role.split()}
            if not marked or words & (ROLE_HEADS | HONORIFICS | ORGANISATION_WORDS):
                return None
        return Speaker(name, office, "person")
    chair = _CHAIR.match(text)
    if chair and chair.group("office").lower().startswith(("presid", "chair")):
        return Speaker("President", "President", "person")
    # "Jane Roe Labour 3:23, 25 June 2019" over the words (`stamped`).
    return stamped_turn(text)
