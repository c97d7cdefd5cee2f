"""Dates written out in text: "14 March 2021", "March 14, 2021", "2021-03-14"; the
primitives the rules on whose date a text gives (`extraction.dates`) are built on."""

import datetime
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# The month names as a regex alternation, longest first ("June" before "Jun").
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_PATTERNS = [
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH_NAMES})\.?,?\s+(?P<y>\d{{4}})\b", re.I
    ),
    re.compile(
        rf"\b(?P<m>{MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I
    ),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
]


def find_dates(text: str) -> list[tuple[int, datetime.date]]:
    """(offset, date) for every complete date in `text`, in order."""
    found = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            month = match.group("m")
            month = int(month) if month.isdigit() else MONTHS[month.lower()]
            try:
                date = datetime.date(int(match.group("y")), month, int(match.group("d")))
            except ValueError:
                continue
            found.append((match.start(), date))
    return sorted(found)
