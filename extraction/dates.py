"""Dates written out in text: "14 March 2021", "March 14, 2021", "2021-03-14"."""

import datetime
import re

from extraction.occasion_dates import (
    delivery_date,
    described_occasion,
    eve_of_event,
    meeting_date,
    sitting_day,
)
from extraction.written_dates import (
    MONTH_NAMES,
    address_date,
    figures_date,
    find_dates,
    numeric_date,
)

# Lines that date the document itself rather than an event in it.
# Irish "Foilsithe" and Welsh "Cyhoeddwyd" are "Published"; "Made on:" labels a written
# statement's date, "Released:" a bulletin's (with the page's links after it on the line).
_DATELINE = re.compile(
    r"\b(?:published|dated|updated|posted|date|delivered|issued|foilsithe|cyhoeddwyd"
    r"|(?:made\s+on|released)(?=\s*:))\b",
    re.I,
)
# "Statements made before 1 May 2015 were published only in print": a page's note on
# other texts, dated by the bound of a period, not the page's own dateline.
_BOUND_BEFORE = re.compile(r"\b(?:before|after|since|until|till|prior\s+to)\s*$", re.I)
# "Release Date: 03/04/2021", "Filed Date: 6/28/2020": a label and a date in figures.
_NUMERIC_LABEL = re.compile(
    r"^(?:(?:release|filed|publication|issue)\s+)?(?:date|published|issued|released|posted)"
    r"\s*:?\s*\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})$",
    re.I,
)
# "Next release:", "Next update: 18 May 2022", "Next review due": a date still to come,
# which never dates the text itself, whether on the label's line or the line after.
_NEXT_LABEL = re.compile(
    r"^(?:next|forthcoming|upcoming)\s+(?:release|update|review|publication|edition|issue)\b",
    re.I,
)


_ANSWERED = re.compile(r"\banswered\b(?:\s+by\s+[^,;]{3,60}?)?\s+on\s+", re.I)


def announced_later(lines: list[str], index: int) -> bool:
    """Whether line `index` (of non-empty stripped lines) is, or follows, a "Next
    release" label: the date there is the next edition's, not this one's."""
    if _NEXT_LABEL.match(lines[index]):
        return True
    return index > 0 and bool(_NEXT_LABEL.match(lines[index - 1])) and len(lines[index - 1]) < 40


# What may stand beside a date on a header line of its own: a weekday, a time, "/",
# "9 years ago" ("July 15, 2010 / 9:41 AM / 9 years ago").
_HEADER_NOISE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?"
    r"|\b\d{1,2}\s*[ap]\.?m\b\.?"  # "11am": a release's hour
    r"|\b\d+\s+\w+\s+ago\b|\b(?:updated|gmt|bst|utc|et)\b|[\s,/|·•–—()-]+"
    # Hansard's column line: "21 Jan 2008 : Column 8", "4 May 2010 : Column 12WA".
    r"|:\s*col(?:umn)?s?\.?\s*\d+[A-Z]{0,3}\b"
    # A record's citation after its date: "HC Deb 4 March 2003 vol 400 cc12-4".
    r"|\bvol\.?\s*\d+\s+cc?\.?\s*\d+(?:[-–]\d+)?\w*",
    re.IGNORECASE,
)
# "The speech made by X … on 3 May 2021", "Transcript of the interview given on …".
_HEADER_SENTENCE = re.compile(
    r"\b(?:speech|remarks|statement|interview|transcript|address|lecture|evidence)\b"
    r"[^.]{0,160}\b(?:made|delivered|given|issued|held|gave|recorded)\b",
    re.IGNORECASE,
)
# "LONDON, March 3, 2024 (Reuters) -", "PARIS, 3 March 2024 -": a dateline that opens a story.
# The place may carry accents and a region ("TROIS-RIVIÈRES, QC, Sept. 19, 2025 /CNW/ -").
_UPPER = "A-ZÀ-ÖØ-Þ"
_STORY_DATELINE = re.compile(
    rf"^[{_UPPER}][{_UPPER} .'-]{{1,40}},(?:\s+[{_UPPER}][{_UPPER}.]{{1,4}},)?"
    r"\s+(?P<rest>.{6,40}?)"
    r"\s*(?:\(\w[\w ]*\)|/\w+/)?\s*[-–—]"
)
# "Feb. 27, 2009 - President …": a story's dateline with no place before its date.
_BARE_DATELINE = re.compile(
    rf"^(?i:(?:{MONTH_NAMES})\.?\s+\d{{1,2}},?|\d{{1,2}}\s+(?:{MONTH_NAMES})\.?)"
    r"\s+\d{4}\s*[-–—]\s+[A-Z]"
)
# A record's sitting: "– in the Senedd at 3:46 pm on 8 October 2019.".
_SITTING = re.compile(r"\bat\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s+on\s+", re.I)
# "BOSTON (October 26, 2022) —": a dateline with its date in brackets; "(Boston, Mass.,
# October 26, 2022) –": the place in the brackets with it.
_BRACKETED_DATELINE = re.compile(
    rf"^(?:[{_UPPER}][{_UPPER} .,'-]{{1,40}})?\((?P<rest>[^)]{{6,60}})\)\s*[-–—]"
)
# "Tuesday 12 July 2022", "Thursday, December 6, 2012": a weekday before a date is how
# records and transcripts date themselves, even inside a long first line.
_WEEKDAY_DATE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?=\d|[a-z])", re.I)
_OPENING_CHARS = 300
# "… on 3 May 2024" at the end of a heading dates an event, not the text.
_EVENT_PREPOSITION = re.compile(
    r"\b(?:on|by|from|until|till|since|before|after|in|to|for|between|during|of)\s*$", re.I
)


def only_a_date(line: str) -> datetime.date | None:
    dates = find_dates(line)
    if len(dates) != 1:
        return None
    start, _ = dates[0]
    rest = line[:start] + line[start:].split(str(dates[0][1].year), 1)[-1]
    leftover = _HEADER_NOISE.sub("", rest)
    return dates[0][1] if len(leftover) <= 12 and not re.search(r"[a-z]{5,}", leftover) else None


def _title_date(line: str) -> datetime.date | None:
    """The date on a heading set off from its words by a dash or a bar ("Bus Fares - 3
    March 2024 (Assembly)", "3 March 2024 | Bus fares"); not a date inside a sentence."""
    dates = find_dates(line)
    if len(dates) != 1 or re.search(r"[.!?]$", line) or len(line.split()) > 16:
        return None
    start, date = dates[0]
    after = line[start:].split(str(date.year), 1)[-1]
    if re.search(r"[-–—|]\s*$", line[:start]) or re.match(r"\s*[-–—|]", after):
        return date
    return None


# "30 June 2014 Media Statement", "3 May 2024 Press Release": a header line that gives
# the date and then the kind of text it dates.
_KIND_AFTER = re.compile(
    r"^(?:joint\s+)?(?:(?:media|press|news)\s+(?:statement|release|advisory)|statement|speech"
    r"|transcript|communiqu[eé])$",
    re.IGNORECASE,
)


def _dated_kind(line: str) -> datetime.date | None:
    dates = find_dates(line)
    if len(dates) != 1 or dates[0][0] != 0:
        return None
    after = line.split(str(dates[0][1].year), 1)[-1].strip(" -–—|:")
    return dates[0][1] if _KIND_AFTER.match(after) else None


def _header_line_date(line: str) -> datetime.date | None:
    """A header line that ends with its date after a place, a title or a reference
    ("Brussels, 24 October 2014", "Press Conference: Monday, 15 May 2023", "Report
    GAO-07-1265T September 27, 2007"); not a sentence, not an event's date."""
    if re.search(r"[.!?]$", line) or len(line.split()) > 25:
        return None
    dates = find_dates(line)
    if not dates:
        return None
    start, date = dates[-1]
    after = line[start:].split(str(date.year), 1)[-1]
    if _HEADER_NOISE.sub("", after) or _EVENT_PREPOSITION.search(line[:start]):
        return None
    return date


# "28/06/20", "13.5.2021": a date in figures on a line of its own, as a page stamps it.
# A short label may stand before it ("Daily News 09 /11/ 2017"), and spaces may stand around
# the separators as a page's template left them.
_NUMERIC_LINE = re.compile(
    r"^(?:[A-Z][\w’'-]*\s+){0,3}(?P<a>\d{1,2})\s?(?P<sep>[/.])\s?(?P<b>\d{1,2})\s?(?P=sep)\s?"
    r"(?P<y>\d{4}|\d{2})$"
)


def _numeric_line_date(line: str) -> datetime.date | None:
    """The date of a line holding only a date in figures, when the order of day and month
    shows (a number over 12 is the day: "28/06/20", "6/28/2020"), or day and month are
    the same ("09 / 09 / 2022"); "1/12/2017" may be either and dates nothing."""
    match = _NUMERIC_LINE.match(line)
    if match is None:
        return None
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a or a == b:
        day, month = b, a
    else:
        return None
    return figures_date(year, month, day)


# A heading naming a spoken occasion: "Press briefing: afternoon 31 October 2013".
_OCCASION = re.compile(
    r"\b(?:briefing|press\s+conference|speech|remarks|interview|hearing|debate|doorstop"
    r"|questions|statement)\b",
    re.IGNORECASE,
)


def _event_before(lines: list[str], posted: datetime.date) -> datetime.date | None:
    """The date a heading near the top gives its occasion ("Press briefing: afternoon 31
    October 2013"), when the page's "Published" line dates its posting a few days after:
    the words were said on the occasion's day. Not a dateline itself ("Published …")."""
    for line in lines[:3]:
        if _DATELINE.search(line) or not _OCCASION.search(line):
            continue
        date = _header_line_date(line) or _title_date(line)
        if date is not None and posted - datetime.timedelta(days=7) <= date < posted:
            return date
    return None


# "ENVI Environment22-01-2014 - 16:16": a listing's stamp, the day first in figures joined
# by dashes, a time after it; its label may run into it by the page's layout.
_STAMP = re.compile(
    r"^(?:[A-Z][A-Za-z’'/&-]*\s*){0,6}?(?<!\d)(?P<d>\d{2})-(?P<m>\d{2})-(?P<y>\d{4})"
    r"(?:\s*[-–—|]?\s*\d{1,2}:\d\d)?$"
)


def stamped_date(line: str) -> datetime.date | None:
    match = _STAMP.match(line)
    if match is None:
        return None
    try:
        return datetime.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None


def occasion_title_date(line: str) -> datetime.date | None:
    """The date a title naming a spoken occasion ends with ("Opening remarks by the
    Commissioner at the press conference of 27 June 2022"): the words were said then."""
    dates = find_dates(line)
    if len(dates) != 1 or len(line.split()) > 25 or not _OCCASION.search(line):
        return None
    start, date = dates[0]
    after = line[start:].split(str(date.year), 1)[-1]
    return None if _HEADER_NOISE.sub("", after) else date


def _labelled_below(lines: list[str], index: int) -> list[tuple[int, datetime.date]]:
    """The date on the line under a bare label ("Release date:", "Published:")."""
    if not lines[index].endswith(":") or index + 1 >= len(lines):
        return []
    date = only_a_date(lines[index + 1])
    return [(0, date)] if date is not None else []


# A byline run into its date by the page's layout: "By Jane Roe, News ServiceMay 27, 2021".
_GLUED_MONTH = re.compile(rf"(?<=[a-z])(?=[A-Z])(?=(?i:{MONTH_NAMES})\.?\s+\d{{1,2}}\b)")


def _unglued(line: str) -> str:
    return _GLUED_MONTH.sub(" ", line)


def _header_block(lines: list[str]) -> list[str]:
    """The page's first six lines, and the header lines after them up to the first line
    of the text itself (a sentence, a salutation): a speech's header of institution,
    speaker, office, title and occasion may end in its dateline on the seventh line."""
    block = lines[:6]
    for line in lines[6:12]:
        if re.search(r"[.!?:,;]$", line) or len(line.split()) > 12:
            break
        block.append(line)
    return block


def document_date(body: str) -> datetime.date | None:
    """`_own_date`, or the day a title names for a spoken occasion ("Questions – June 29")
    when the page was posted up to a week later: a reprint's words are the title day's."""
    posted = _own_date(body)
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    # A speech's header dates its delivery; a page dated by an event it calls tomorrow's.
    posted = delivery_date(lines, posted) or posted
    posted = (eve_of_event(lines, body, posted) if posted else None) or posted
    title = next((line.strip() for line in body.splitlines() if line.strip()), "")
    day = _YEARLESS.search(title) if posted and _OCCASION.search(title) else None
    said = find_dates(f"{day.group(0)} {posted.year}") if day and not find_dates(title) else []
    recent = said and posted - datetime.timedelta(days=7) <= said[0][1] < posted
    return said[0][1] if recent else posted


_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEARLESS = re.compile(rf"\b(?:{_DAY}\s+(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\.?\s+{_DAY})\b", re.I)


def _own_date(body: str) -> datetime.date | None:
    """The date a text gives for itself: a dateline ("Published 14 March 2021",
    "dated …", "LONDON, March 3, 2024 (Reuters) -"), a line holding only a date
    ("16 December 2024", "July 15, 2010 / 9:41 AM"), a heading dated after a dash
    ("Bus Fares - 3 March 2024 (Assembly)"), or a header sentence about the text
    ("the speech made by X … on 16 August 2017"), or a header line that ends with one
    ("Brussels, 24 October 2014"), or the sitting of a record ("– in the Senedd at
    3:46 pm on 8 October 2019."), or a weekday's date in its opening ("Tuesday 12 July
    2022")."""
    lines = [_unglued(line.strip()) for line in body.splitlines() if line.strip()]
    # A "Next release" date is the next edition's: read as if the page did not give it.
    lines = [line for i, line in enumerate(lines) if not announced_later(lines, i)]
    for line in lines[:8]:
        # A written answer's "Answered by Jane Roe on 4 June 2025": the answer's words date
        # from then, not from the question's "Date lodged" above it.
        answered = _ANSWERED.search(line) if len(line.split()) <= 14 else None
        found = find_dates(line[answered.end() :]) if answered else []
        if found:
            return found[0][1]
    for index, line in enumerate(lines):
        if _DATELINE.search(line) and len(line.split()) <= 14:
            # "Release date:" over "13 April 2022": the label's date is on the next line.
            dates = find_dates(line) or _labelled_below(lines, index)
            dates = [(at, day) for at, day in dates if not _BOUND_BEFORE.search(line[:at])]
            numeric = numeric_date(line, body) if _NUMERIC_LABEL.match(line) else None
            dates = dates or ([(0, numeric)] if numeric else [])
            if dates:
                return _event_before(lines, dates[0][1]) or dates[0][1]
    for line in lines:
        date = only_a_date(line) if len(line.split()) <= 10 else None
        if date is not None:
            return date
    for line in lines[:3]:
        date = _title_date(line)
        if date is not None:
            return date
    for index, line in enumerate(lines[:10]):
        dateline = _STORY_DATELINE.match(line) or _BRACKETED_DATELINE.match(line)
        found = find_dates(dateline.group("rest")) if dateline else []
        found = found or (find_dates(line[:20]) if _BARE_DATELINE.match(line) else [])
        if found:
            return found[0][1]
        if index >= 6:
            continue
        if _HEADER_SENTENCE.search(line) and len(line.split()) <= 60:
            found = find_dates(line)
            if found:
                return found[-1][1]
    for line in _header_block(lines):
        sitting = _SITTING.search(line)
        found = find_dates(line[sitting.end() :]) if sitting else []
        if found and found[0][0] == 0:
            return found[0][1]
        date = _header_line_date(line) or _dated_kind(line)
        if date is not None:
            return date
    for line in lines[:6]:
        date = _numeric_line_date(line) or stamped_date(line)
        if date is not None:
            return date
    for line in lines[:2]:
        date = occasion_title_date(line)
        if date is not None:
            return date
    opening = body[:_OPENING_CHARS]
    for weekday in _WEEKDAY_DATE.finditer(opening):
        found = find_dates(opening[weekday.end() :])
        if found and found[0][0] == 0:
            return found[0][1]
    # A record's "Tuesday, 4 March 2014 - Place" below its page's links; a communiqué's
    # "The Council met … on 3 May 2021." (`occasion_dates`); a post's address
    # ("…/2025/04/01/…"); a description's "In his May 3, 2021, testimony to …".
    found = sitting_day(lines) or _recent_date(lines) or meeting_date(lines)
    return found or address_date(lines) or described_occasion(body)


# "published today (17 October 2013)", "announced today, 3 May 2024,": the text gives its
# own date as today's.
_TODAY = re.compile(r"\btoday\s*[(,]\s*", re.I)
# "Also this week, at a hearing on June 18, 2025, …": a story about this week's events.
_THIS_WEEK = re.compile(r"\b(?:this|earlier\s+this)\s+week\b", re.I)
# "…, which was released on December 6, 2012": when the text itself came out.
_RELEASED = re.compile(r"\b(?:was|were)\s+(?:first\s+)?(?:released|published|issued)\s+on\s+", re.I)


def _recent_date(lines: list[str]) -> datetime.date | None:
    """A last resort for a text with no dateline: the date it calls today in its first
    lines, or the one date of an event in its opening it places "this week" (a news
    story written within days of it, so right at least to the month)."""
    for line in lines[:6]:
        for today in _TODAY.finditer(line):
            found = find_dates(line[today.end() :])
            if found and found[0][0] == 0:
                return found[0][1]
    for line in lines[:12]:
        dates = find_dates(line) if _THIS_WEEK.search(line) else []
        if len(dates) == 1:
            return dates[0][1]
    for line in lines[:2]:
        # "This is the text file for report X, which was released on December 6, 2012.":
        # the opening's note on when the text itself came out.
        released = _RELEASED.search(line)
        found = find_dates(line[released.end() :]) if released else []
        if found and found[0][0] == 0:
            return found[0][1]
    return None
