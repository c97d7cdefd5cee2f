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
# A page in a country's other official language dates itself in that language's months:
# Irish ("3 Aibreán 2021") and Welsh ("3 Ebrill 2021").
MONTHS |= {
    name: number
    for number, names in enumerate(
        [
            ("eanáir", "ionawr"),
            ("feabhra", "chwefror"),
            ("márta", "mawrth"),
            ("aibreán", "ebrill"),
            ("bealtaine", "mai"),
            ("meitheamh", "mehefin"),
            ("iúil", "gorffennaf"),
            ("lúnasa", "awst"),
            ("meán fómhair", "medi"),
            ("deireadh fómhair", "hydref"),
            ("samhain", "tachwedd"),
            ("nollaig", "rhagfyr"),
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


# A date in figures, the day or the month first: "03/04/2021", "6/28/2020", "11/30/98".
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b")
# The spelling a text is written in: American or British and Irish.
_AMERICAN = re.compile(r"\b(?:percent|programs?|center|labor|defense|color|favor|behavior)\b", re.I)
_BRITISH = re.compile(
    r"\bper\s+cent\b|\b(?:programmes?|centre|labour|defence|colour|favour|behaviour)\b", re.I
)


def numeric_date(text: str, body: str) -> datetime.date | None:
    """The date in figures `text` holds: the day first when the first number is over 12,
    the month first when the second is; when either could be the day, the order of the
    spelling `body` is written in (American "percent", "program": the month first; British
    "per cent", "programme": the day first), else none."""
    match = _NUMERIC.search(text)
    if match is None:
        return None
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    american, british = len(_AMERICAN.findall(body)), len(_BRITISH.findall(body))
    if a > 12 or b <= 12 and a != b and british > american:
        day, month = a, b
    elif b > 12 or a == b or american > british:
        day, month = b, a
    else:
        return None
    return figures_date(year, month, day)


def figures_date(year: int, month: int, day: int) -> datetime.date | None:
    """The date a text gives in figures, a two-figure year read as this century's up to
    2049; none when the figures name no day of the calendar."""
    if year < 100:
        year += 2000 if year < 50 else 1900
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


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


# A page's own address at its top: "https://news.example.org/2021/05/03/bus-fares/".
_ADDRESS = re.compile(
    r"^(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/[\w.-]+)*?/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})"
    r"/(?P<d>\d{1,2})/\S*$"
)


def address_date(lines: list[str]) -> datetime.date | None:
    """The date a blog's or a news site's address gives its post, on a line of its own
    among the page's first three ("…/2025/04/01/…"): the day the post went up. An address
    inside a sentence, or one with only a year and a month, dates nothing."""
    for line in lines[:3]:
        match = _ADDRESS.match(line)
        if match is None:
            continue
        try:
            return datetime.date(
                int(match.group("y")), int(match.group("m")), int(match.group("d"))
            )
        except ValueError:
            return None
    return None
