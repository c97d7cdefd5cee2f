"""How a measure moves or stands, and a rank in a country's history, in words the
comparison patterns do not list.

- "growth has slowed down", "sales have stalled", "prices are accelerating", "five
  regions recorded no monthly change", "rates were unchanged": a trend or a level held,
  as checkable as "rose" or "fell".
- "cheaper imports are driving down costs", "pushing rents up": a cause of a movement,
  as "led to" is.
- "record numbers of apprentices", "for only the third time in the nation's history": a
  claim of record, as "a record high" and "for the first time" are.
"""

import re

# A trend or a level held: "slowed (down)", "stalled", "accelerated", "rebounded",
# "levelled off", "plateaued", "eased", "remained flat", "no (monthly) change", "unchanged".
# Only as a verb: "an accelerated rollout", "the accelerated plan" describe, not report.
_NOT_ADJECTIVE = r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bour\s)(?<!\bits\s)"
_AUXILIARY = r"(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?"
TREND = re.compile(
    rf"{_NOT_ADJECTIVE}\b(?:(?:slowed|stalled|accelerated|rebounded|plateaued)(?:\s+down)?"
    rf"|{_AUXILIARY}(?:slowing|stalling|accelerating|rebounding|plateauing)"
    r"|slow(?:s|ing)\s+down|level(?:l)?ed\s+off|unchanged|eased|easing"
    # "homelessness remained virtually flat", "prices stayed broadly flat".
    r"|(?:remain(?:s|ed)?|stay(?:s|ed)?|was|were|is|are)\s+(?:\w+ly\s+)?flat"
    r"|(?:registered|recorded|showed|shows|saw|sees|was|were|is|are)\s+(?:no|little)\s+"
    r"(?:\w+\s+)?change)\b",
    re.I,
)
# A cause moving a measure: "driving down costs", "pushing rents up".
_MOVER = r"(?:driv(?:e|es|en|ing)|drove|push(?:es|ed|ing)?|forc(?:e|es|ed|ing))"
_MEASURE = (
    r"(?:\w+\s+){0,2}?(?:prices?|costs?|bills|rates?|deficit|debt|inflation|unemployment|wages"
    r"|rents|fares|demand|emissions|spending|borrowing|numbers|premiums|taxes)"
)
MOVED = re.compile(
    rf"\b{_MOVER}\s+(?:up|down)\s+(?:the\s+|our\s+|their\s+|its\s+)?{_MEASURE}\b"
    rf"|\b{_MOVER}\s+(?:the\s+|our\s+|their\s+|its\s+)?{_MEASURE}\s+(?:up|down)\b",
    re.I,
)
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))"
RECORD_MORE = re.compile(
    r"\brecord\s+(?:numbers|levels|highs|lows|rates|amounts?|sums?)\b"
    rf"|\bfor\s+(?:only\s+)?the\s+{_ORDINAL}\s+time\s+(?:ever\b|on\s+record\b|since\s+\d{{4}}\b"
    r"|in\s+(?:our|the|its|their|the\s+\w+[’']s|[\w’']+[’']s)\s+(?:\w+\s+)?history\b)",
    re.I,
)
