"""Dates written out in text: "14 March 2021", "March 14, 2021", "2021-03-14"."""

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
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_PATTERNS = [
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}})\b", re.I
    ),
    re.compile(
        rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I
    ),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
]
# Lines that date the document itself rather than an event in it.
_DATELINE = re.compile(r"\b(?:published|dated|updated|posted|date|delivered|issued)\b", re.I)


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


def document_date(body: str) -> datetime.date | None:
    """The date a text gives for itself ("Published 14 March 2021", "dated …")."""
    for line in body.splitlines():
        if _DATELINE.search(line) and len(line.split()) <= 14:
            dates = find_dates(line)
            if dates:
                return dates[0][1]
    return None
