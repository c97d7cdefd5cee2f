"""A chamber record's speaker line printing the member's name, her party and the time
and day she spoke, on a line of its own over her words:

    Jane Roe Labour 3:23, 25 June 2019
    Jane ap Roe Plaid Cymru 4:48, 19 February 2019
    Jane QR Roe Conservative 2:10, 3 March 2020

The name is the first two capitalised words, or three when the middle one is a family
name's small particle ("ap", "van") or initials in capitals ("QR"); the party is the one
to four capitalised words after it. A line whose name part holds an office or a body's
word ("Deputy Minister Labour 3:23, …"), or that has no time and day after it, is no
speaker line.
"""

import re

from extraction.attribution.names import ORGANISATION_WORDS, ROLE_HEADS, Speaker

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_STAMPED = re.compile(
    rf"^(?P<first>{_CAP})\s+(?P<middle>(?:ap|ab|van|von|de|da|di|du|le|la|[A-Z]{{1,3}})\s+)?"
    rf"(?P<last>{_CAP})\s+(?P<party>{_CAP}(?:\s+{_CAP}){{0,3}})\s+"
    rf"\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?,\s+\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}$"
)


def stamped_turn(text: str) -> Speaker | None:
    """The member a "Name Party h:mm, day Month year" line names (see the module)."""
    match = _STAMPED.match(" ".join(text.split()))
    if not match:
        return None
    middle = (match.group("middle") or "").strip()
    name = " ".join(w for w in (match.group("first"), middle, match.group("last")) if w)
    words = {w.lower() for w in name.split()}
    if words & (ROLE_HEADS | ORGANISATION_WORDS):
        return None
    return Speaker(name, "", "person")
