"""A measure that moved, or a count compared, without a figure.

- "youth unemployment has fallen sharply", "rents have climbed steeply", "inflation
  continued to fall", "irregular arrivals have sharply dropped": as checkable as
  "inflation is low" (the state of a measure): the measure's own series says whether it
  moved so. The measure is the subject, a few words at most before a verb of movement in
  the past or the perfect.
- "there are fewer nurses on the wards", "more people are finding work": a
  count set against an earlier one, which a series can confirm.

- "That's more than dairy, more than meat.", "This is more than the population of two
  countries.": a sentence comparing the figure just given with another quantity; the
  figure is in the sentence before, the comparison is checked against it.

Not a movement: "costs will rise" (a forecast, left to the prediction rules: only past and
perfect forms count), "the rate at which we rose to the challenge" (the measure must stand
just before the verb). Not a count: "there is more to do", "there are more questions to
answer" (a task, no count), "more than 4,000" (a figure's own comparison, scored with the
figure). Not a comparison back: "That is more than I can say for them", "This is more than
a policy" (a clause or a bare noun after "than", no quantity compared).
"""

import re

_MEASURE = (
    r"(?:unemployment|employment|inflation|prices|wages|earnings|rents|fares|costs|bills|sales"
    r"|exports|imports|output|productivity|deficit|debt|borrowing|investment|crime|emissions"
    r"|delinquenc(?:y|ies)|poverty|homelessness|admissions|enrol{1,2}ments?|attendance"
    r"|vacancies|arrivals|crossings|(?:im|e)?migration|deaths|fatalities|casualties|(?:jobless|unemployment|inflation|interest|crime|poverty|vacancy|growth"
    r"|delinquency|participation|employment|birth|death|mortality)\s+rates?)"
)
_MOVED = (
    r"(?:rose|risen|fell|fallen|dropped|increased|decreased|declined|climbed|grown|grew|improved"
    r"|worsened|jumped|soared|surged|plunged|slipped|edged\s+(?:up|down)"
    r"|continued\s+to\s+(?:fall|rise|grow|decline|increase|decrease|improve|worsen|climb))"
)
MEASURE_MOVED = re.compile(
    rf"\b{_MEASURE}\b(?:\s+(?:of|among|for|in)(?:\s+[\w’'-]+){{1,3}}?)?"
    r"(?:\s+(?:has|have|had|also|already|now|then|again|\w+ly)){0,3}"
    rf"\s+{_MOVED}\b",
    re.I,
)
# "there are fewer nurses on the wards", "more people are finding work".
COUNT_COMPARED = re.compile(
    r"\bthere\s+(?:are|were|have\s+been)\s+(?:now\s+|still\s+|also\s+)?(?:\w+ly\s+|far\s+)?"
    r"(?:more|fewer)\s+(?!than\b)[a-z]+\b(?!\s+to\b)"
    r"|\b(?:more|fewer)\s+(?:people|\w+s)\s+(?:are|were|have|had)\s+(?:now\s+|also\s+)?"
    r"(?:\w+ing|been)\b",
    re.I,
)
# "That's more than dairy", "This is higher than expected in spring": the figure of the
# sentence before, compared.
COMPARED_BACK = re.compile(
    r"^[“\"‘']?(?:and\s+|but\s+|so\s+)?(?:that|this)(?:['’]s|\s+is|\s+was|\s+would\s+be)\s+"
    r"(?:\w+\s+){0,2}?(?:more|less|fewer|higher|lower|bigger|larger|greater|smaller)\s+than\s+"
    r"(?!(?:a|an|just|simply|merely|only|i|we|you|he|she|they|it|that|this|enough|ever)\b)",
    re.I,
)
