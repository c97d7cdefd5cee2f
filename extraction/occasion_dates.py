"""The day a speech was given, where its page dates it by something else: the header line
that names the speech and its delivery over a later posting date, and an event the
speech calls tomorrow's when the page is dated by that event."""

import datetime
import re

from extraction.written_dates import MONTH_NAMES, find_dates

# "Speech by Jane Roe, Governor, at the University of X, 20 November 2024.": a header
# line naming the speech, its speaker and its occasion, its date at its end.
SPEECH_HEADER = re.compile(
    r"^(?:(?:keynote|opening|closing|welcome)\s+)?"
    r"(?:speech|remarks|address|lecture|testimony)\s+(?:by|of|from)\s",
    re.IGNORECASE,
)
# "the meeting of 21-22 October", "ahead of the summit on 3 May": an event's date, which
# dates the event, not the speech about it.
_EVENT_BEFORE = re.compile(r"(?:\b(?:of|for|before|ahead\s+of)\s*|\d{1,2}\s*[-–]\s*)$", re.I)
# "tomorrow's European Council", "tomorrow’s summit": the next day's event, by its name.
_TOMORROWS = re.compile(r"\btomorrow[’']s\s+(?P<event>(?:[\w-]+\s*){1,3})", re.IGNORECASE)
_RANGE_START = re.compile(r"(?P<first>\d{1,2})\s*[-–]\s*$")


def delivery_date(lines: list[str], posted: datetime.date | None) -> datetime.date | None:
    """The date a speech's header line gives its delivery, when the page's own date is
    later or missing: a page reposting a speech a week on dates the posting, not the
    speech. The header's date wins only at the line's end and not as an event's."""
    for line in lines[:4]:
        if not SPEECH_HEADER.match(line) or len(line.split()) > 60:
            continue
        dates = find_dates(line)
        if not dates:
            continue
        start, date = dates[-1]
        after = line[start:].split(str(date.year), 1)[-1]
        if re.fullmatch(r"[\s.,;)]*", after) and not _EVENT_BEFORE.search(line[:start]):
            return date if posted is None or date <= posted else None
    return None


def eve_of_event(lines: list[str], body: str, posted: datetime.date) -> datetime.date | None:
    """The day before an event the page's title dates ("… the summit of 21-22 October
    2021") when the page is dated by it and the speech calls that event tomorrow's
    ("at tomorrow's summit"): the speech came the day before the event's first day."""
    title = lines[0] if lines else ""
    dates = find_dates(title)
    if len(dates) != 1 or dates[0][1] != posted:
        return None
    start = dates[0][0]
    if not _EVENT_BEFORE.search(title[:start]):
        return None
    for tomorrow in _TOMORROWS.finditer(body[:3000]):
        words = tomorrow.group("event").split()
        # The event the speech names must be the one the title dates: its first word and
        # the rest of its name ("European Council"), not the verb after ("summit will").
        words = words[:1] + [word for word in words[1:] if word[0].isupper()]
        named = [re.search(rf"\b{re.escape(word)}\b", title[:start], re.I) for word in words]
        if all(named):
            ranged = _RANGE_START.search(title[:start])
            day = int(ranged.group("first")) if ranged else posted.day
            if day > posted.day:  # a span across months ("30 September-1 October")
                return None
            return posted.replace(day=day) - datetime.timedelta(days=1)
    return None


# "Tuesday, 4 March 2014 - Northtown", "Friday 7 May 2021": a record's line of its own
# giving the sitting's weekday and date, under the page's navigation.
_WEEKDAY_LINE = re.compile(
    r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?P<rest>.+)$", re.IGNORECASE
)


def sitting_day(lines: list[str]) -> datetime.date | None:
    """The date of a short line that opens with a weekday and a date, among the first
    thirty lines (below a reprint's links and labels); anything after the date only
    set off by a dash or a bar ("– Northtown")."""
    for line in lines[:30]:
        weekday = _WEEKDAY_LINE.match(line) if len(line.split()) <= 10 else None
        dates = find_dates(weekday.group("rest")) if weekday else []
        if len(dates) != 1 or dates[0][0] != 0:
            continue
        after = weekday.group("rest").split(str(dates[0][1].year), 1)[-1]
        if re.fullmatch(r"(?:\s*[-–—|,]\s*[^.!?]{0,40})?\s*", after):
            return dates[0][1]
    return None


# "Housing Ministers' meeting" over "The Council met in Northtown on 3 May 2021.": a
# communiqué's opening sentence dates the meeting it reports, and the communiqué with it.
_MET_ON = re.compile(
    r"\b(?:met|convened|gathered)\b[^.;]{0,100}?\bon\s+(?:\w+day,?\s+)?(?=\d|[A-Z])", re.I
)
_MEETING_HEADING = re.compile(r"\b(?:meeting|communiqu[eé]|summit)\b", re.I)


def meeting_date(lines: list[str]) -> datetime.date | None:
    """The date on which the body a text's opening sentence reports "met", under a heading
    that names a meeting or a communiqué (in its first eight lines), for a text that gives
    no date of its own. A sentence alone ("The council met on 3 May and agreed …") is an
    event's date, not the text's."""
    for index, line in enumerate(lines[:8]):
        met = _MET_ON.search(line)
        found = find_dates(line[met.end() :]) if met else []
        if not found or found[0][0] != 0:
            continue
        headed = any(
            _MEETING_HEADING.search(above) and len(above.split()) <= 12 and above[-1:] not in ".!?"
            for above in lines[:index]
        )
        return found[0][1] if headed else None
    return None


# "In her March 3, 2021, testimony to the committee …", "in his 3 May 2021 speech at …":
# a page's description of the occasion its text is from.
_DESCRIBED = re.compile(
    rf"\b[Ii]n\s+(?:his|her|their|its)\s+(?=(?:\d{{1,2}}\s+)?(?:{MONTH_NAMES})\b)"
    r"(?P<date>[^.;]{6,24}?),?\s+(?:testimony|speech|remarks|statement|address|evidence"
    r"|lecture|interview)\s+(?:to|before|at|on|with)\b",
    re.IGNORECASE,
)
_DESCRIPTION_CHARS = 800


def described_occasion(body: str) -> datetime.date | None:
    """The date a page's description near its top gives the occasion of its text ("In his
    March 3, 2021, testimony to …"), for a page that gives no date of its own. Not
    "in his 2019 speech" (no day), nor a description further down the text."""
    for match in _DESCRIBED.finditer(body[:_DESCRIPTION_CHARS]):
        found = find_dates(match.group("date"))
        if found:
            return found[0][1]
    return None
