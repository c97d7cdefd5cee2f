"""The date of each suggested claim: a date the sentence gives for a reported statement,
the occasion a story gives for a speaker's words, the date line of the item a claim sits
under on a page of several dated items, else the document's own date."""

import datetime
import re

from extraction.dates import announced_later, only_a_date
from extraction.written_dates import MONTH_NAMES, MONTHS, find_dates

# "… told reporters May 23", "…, she said on 23 May": the day of the saying, the year left
# to the story's own date. The speaker may stand between ("said spokesman Jane Roe May 23"),
# or the occasion ("said at a May 16 press briefing").
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?\w+|announced|added|stated|testified|wrote)\s+"
    r"(?:at\s+(?:a|an|the|his|her|their)\s+|(?:[A-Z][\w.’'-]*\s+){1,5})?"
    rf"(?:on\s+)?(?:(?P<m1>{MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_NAMES}))\b(?!\.?,?\s*\d{{4}})",
    re.IGNORECASE,
)

# "…, a senior official said Monday.": a news story's day of the saying, by its weekday.
_SAID_WEEKDAY = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?\w+|announced|added|stated|testified|wrote)\s+"
    r"(?:on\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def date_claims(
    body: str, candidates: list, published_on: datetime.date | None, *, story: bool = False
) -> None:
    """Set each candidate's `date` (candidates with `quote`, `start`, `speaker` and
    `reasons`). In a news `story`, the weekday the story gives for the words it reports
    ("said Monday") dates every reported statement that gives no day of its own: a story
    reports one occasion (a hearing, a briefing), whoever speaks at it."""
    items = _item_dates(body)
    occasions = _occasions(candidates, published_on)
    day = _story_day(candidates, published_on) if story else None
    for candidate in candidates:
        own = _said_on(candidate, published_on) or _reported_date(candidate)
        own = own if _reported(candidate) else None
        occasion = occasions.get(candidate.speaker) if _reported(candidate) else None
        occasion = occasion or (day if _reported(candidate) else None)
        candidate.date = own or occasion or _item_date(items, candidate.start) or published_on


def _story_day(candidates: list, published_on: datetime.date | None) -> datetime.date | None:
    """The day a story's first "… said Monday" of a person's words names: the latest such
    weekday on or before the story's date (a story dated Thursday, "said Monday")."""
    if published_on is None:
        return None
    for candidate in candidates:
        match = _SAID_WEEKDAY.search(candidate.quote)
        # A person's words on the day (not "The government said Friday", a release's day).
        if match and candidate.speaker_kind == "person" and _reported(candidate):
            weekday = _WEEKDAYS.index(match.group("day").lower())
            return published_on - datetime.timedelta(days=(published_on.weekday() - weekday) % 7)
    return None


def _reported(candidate) -> bool:
    return "reported" in candidate.reasons


# "the figures for the year to 31 March 2019", "since 1 April 2020": the bound of a
# period the words are about, not the day they were said.
_PERIOD_BOUND = re.compile(
    r"\b(?:to|until|till|through|ending|ended|since|from|between|before|after|prior\s+to)\s*$",
    re.IGNORECASE,
)


def _reported_date(candidate) -> datetime.date | None:
    """A full date the sentence gives for a reported statement ("On 3 May, X said …"), not
    the bound of a period it reports on ("for the year to 31 March 2019, X said …")."""
    for start, date in find_dates(candidate.quote):
        if not _PERIOD_BOUND.search(candidate.quote[:start]):
            return date
    return None


def _occasions(candidates: list, published_on: datetime.date | None) -> dict:
    """The day a story gives for a speaker's words ("…, Jane Roe told reporters May 23."):
    the speaker's other reported words in the story were said then too. The year is the
    story's; a day after the story's date is the year before. Without the story's date
    the day dates nothing."""
    found: dict = {}
    for candidate in candidates:
        date = _said_on(candidate, published_on)
        if date is not None and candidate.speaker and _reported(candidate):
            found.setdefault(candidate.speaker, date)
    return found


def _said_on(candidate, published_on: datetime.date | None) -> datetime.date | None:
    """The day the sentence gives for its own saying ("…, she said on 23 May"), in the
    year of the story's date; a day after that date is the year before."""
    match = _SAID_ON.search(candidate.quote) if published_on else None
    if match is None:
        return None
    month = MONTHS[(match.group("m1") or match.group("m2")).lower()]
    day = int(match.group("d1") or match.group("d2"))
    try:
        date = datetime.date(published_on.year, month, day)
        return date.replace(year=published_on.year - 1) if date > published_on else date
    except ValueError:
        return None


def _item_dates(body: str) -> list[tuple[int, datetime.date]]:
    """(offset, date) of each line holding only a date, when a page holds at least two
    with different dates: a page of several items ("Monday 4th March 2024" over each
    written answer), each dating what follows it."""
    lines, offset, seen = [], 0, []
    for line in body.splitlines(keepends=True):
        date = only_a_date(line.strip()) if 0 < len(line.split()) <= 10 else None
        if line.strip():
            seen.append(line.strip())
        # "Next release:" over a date: the next edition's date heads no item here.
        if date is not None and not announced_later(seen, len(seen) - 1):
            lines.append((offset, date))
        offset += len(line)
    return lines if len({date for _, date in lines}) >= 2 else []


def _item_date(items: list[tuple[int, datetime.date]], start: int) -> datetime.date | None:
    before = [date for offset, date in items if offset <= start]
    return before[-1] if before else None
