"""A rank claimed against every place or every year, in words the record patterns do not
list: checkable as "the highest since 1990" is, and no praise.

- "our clinics have the shortest waits anywhere in the country", "the lowest of any
  region": first or last among all of a kind, wherever they are;
- "the biggest deficit in the nation's post-war history", "the lowest turnout in the
  country's modern history": a rank in a history qualified by a word or two;
- "more apprentices than ever", "fewer than ever before": a level above every earlier one;
- "unprecedented levels of demand", "unprecedented numbers of applicants": a record
  level; "broke the record", "set a new record": a record broken;
- "the ports rank poorly in international comparisons", "at the top of the ease of doing
  business index": a place in a ranking or an index, which the ranking shows.

Not a rank: "the best way to do it", "the best of luck" (no place, no history), "an
unprecedented step" (no level), "to set the record straight" (no record of a measure),
"broken promises and broken records" (a figure of speech: "broken" needs its auxiliary),
"at the top of the agenda" (no ranking).
"""

import re

_SUPERLATIVE = (
    r"(?:best|worst|finest|greatest|highest|lowest|largest|biggest|smallest|fastest|slowest"
    r"|longest|shortest|strongest|weakest|most|least)"
)
RANK = re.compile(
    # "the shortest waits anywhere in the country", "the lowest anywhere else".
    rf"\b{_SUPERLATIVE}\b[^.;:?]{{0,60}}?\banywhere\b"
    rf"|\b{_SUPERLATIVE}\b[^.;:?]{{0,60}}?\bof\s+(?:all|any)\s+(?:the\s+|other\s+)?(?:\w+\s+)?"
    r"(?:countries|nations|regions|states|cities|economies|members|councils|areas|sectors"
    r"|provinces|territories|country|nation|region|state|city|economy|member|council|area"
    r"|sector|province|territory)\b"
    # "the biggest deficit in our post-war history", "in the country's modern history".
    rf"|\b{_SUPERLATIVE}\b[^.;:?]{{0,80}}?\bin\s+(?:our|the|its|their|[\w’']+[’']s)\s+"
    r"(?:[\w’'-]+\s+){1,2}?history\b"
    # "more apprentices than ever", "fewer than ever before".
    r"|\b(?:more|fewer|less|higher|lower|bigger|larger|greater|faster)\s+(?:\w+\s+){0,3}?than"
    r"\s+ever\b"
    # "unprecedented levels of demand", "unprecedented numbers of applicants".
    r"|\bunprecedented\s+(?:levels?|numbers|amounts?|rates?|demand|growth|increases?"
    r"|rises?|falls?|declines?)\b"
    # "shattered the record", "broke the record", "set a new all-time record".
    r"|\b(?:broke|(?:has|have|had|been)\s+broken|break(?:s|ing)?|shatter(?:ed|s|ing)?|set|sets"
    r"|smash(?:ed|es|ing)?)\s+"
    r"(?:a\s+|the\s+|new\s+|all[-\s]time\s+|previous\s+)*records?\b(?!\s+straight)"
    # "the ports rank poorly in international comparisons", "ranked last among …".
    r"|\brank(?:s|ed)?\s+(?:\w+ly\s+)?(?:poorly|highly|well|badly|last|first|bottom|top|among)\b"
    # "still at the top of the ease of doing business index", "bottom of the league table".
    r"|\bat\s+the\s+(?:very\s+)?(?:top|bottom)\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:index|indices|rankings?|ratings?|league\s+tables?|tables?)\b",
    re.I,
)
