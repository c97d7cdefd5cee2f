"""The day a speech was given, where its page dates it by something else: the header line
that names the speech and its delivery over a later posting date, and an event the
speech calls tomorrow's when the page is dated by that event."""

import datetime
import re

from extraction.written_dates import find_dates

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
