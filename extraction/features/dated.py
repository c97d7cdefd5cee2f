"""A statement tied to a date: a forecast with its deadline, an act with its day.

- "Starting in fiscal year 2015, the trust fund will have insufficient resources …", "by
  September, the prisons will overflow", "the Fund will be able to pay full benefits until
  2026": a consequence foretold for a named date is checked when the date comes (and a
  forecaster's projection can be checked now), unlike a promise with no date. The
  intention penalty does not apply to it.
- "The previous strategy was published in 2013", "The application was issued on 20 March
  2012": a past act in the passive, with the year or the day it happened, is an event on
  the record even when its verb is not one of the event words.

Not a dated forecast: "I will write to the noble Lord", "We will act by 2030" (the speaker's
own promise, a first-person "will"), "The Government will continue to listen" (no date),
"the strategy aims to cut emissions by 2030" (an aim, no "will").
"""

import re

_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
# "2015", "2014-15", "September", "early 2025", "the end of 2026", "fiscal year 2015".
_WHEN = (
    r"(?:(?:early|late|mid)[-\s]+)?"
    r"(?:(?:the\s+)?(?:end|start|beginning|middle|(?:first|second|third|fourth)\s+(?:half"
    r"|quarter)|spring|summer|autumn|winter)\s+of\s+)?"
    r"(?:(?:fiscal|financial|calendar|tax)\s+year\s+|FY\s*)?"
    rf"(?:(?:19|20)\d\d(?:[-–/]\d{{2,4}})?|{_MONTHS})\b"
)
_DEADLINE = re.compile(
    r"\b(?:by|from|until|till|before|after|during|in|starting\s+(?:in|from)"
    rf"|beginning\s+(?:in|from))\s+{_WHEN}",
    re.I,
)
# What is foretold: "will", "shall", "is expected to", "are projected to".
_FORETOLD = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:expected|projected|forecast|set)\s+to)\b", re.I
)
# The speaker's own promise: "I will", "we'll", "we shall".
_OWN_PROMISE = re.compile(r"\b(?:I|we)\s+(?:will|shall)\b|\b(?:I|we)['’]ll\b", re.I)

# "was published in 2013", "were adopted on 4 May 2020": a past passive with its date.
DATED_ACT = re.compile(
    r"\b(?:was|were)\s+(?:first\s+|last\s+|formally\s+|officially\s+)?"
    r"[a-z]+(?:ed|en|wn|ld|ne)\s+(?:in|on)\s+(?:\d{1,2}\s+)?"
    rf"(?:(?:19|20)\d\d|{_MONTHS})\b",
    re.I,
)


def dated_forecast(text: str) -> bool:
    """Whether `text` foretells something for a named date, not in the speaker's own voice."""
    return bool(_FORETOLD.search(text) and _DEADLINE.search(text) and not _OWN_PROMISE.search(text))
