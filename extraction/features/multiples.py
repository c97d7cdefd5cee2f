"""A figure in words: a multiple. "Visitor numbers doubled", "a fourfold increase in
admissions", "plans to triple the grant", "twice as likely to be admitted to hospital as
adults", "fares rising at twice the rate of inflation": each states a quantity (a
factor) as "rose by 100%" or "2.4 times" does, and counts as a figure, though it has no
value to compare.

A figure's sign counts too: "the export figures were negative", "growth turned negative" say
that the figure fell below zero (or stayed above it), which its series settles.

Not a multiple: "double standards", "a double-edged sword", "to double down", "the reason
is twofold" (a figure of speech, no change of a measure)."""

import re

_FACTOR = r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d+)"
MULTIPLE = re.compile(
    # "doubled", "have tripled", "halved": a measure multiplied.
    r"\b(?:doubled|tripled|trebled|quadrupled|halved)\b(?!\s+down\b)"
    # "to double the …", "will triple …", "more than double": a multiple to come or reached.
    r"|\b(?:to|will|would|could|set\s+to|more\s+than|almost|nearly|roughly)\s+"
    r"(?:double|triple|treble|quadruple|halve)\b(?!\s+down\b|[-‑])"
    # "a fourfold increase", "rose fivefold".
    rf"|\b{_FACTOR}[-‑]?fold\s+(?:increase|rise|jump|growth|reduction|decrease|drop|fall"
    r"|higher|greater|more|larger|expansion)\b"
    rf"|\b(?:increased|rose|grew|risen|jumped|fell|dropped|declined|multiplied)\s+(?:by\s+)?"
    rf"(?:more\s+than\s+|nearly\s+|almost\s+|about\s+)?{_FACTOR}[-‑]?fold\b"
    # "twice as likely to be admitted as", "three times as often".
    rf"|\b(?:twice|{_FACTOR}\s+times)\s+as\s+(?:likely|unlikely|much|many|often|high|large"
    r"|big|fast|expensive|long|common)\b"
    # "at twice the rate of inflation", "three times the national average".
    rf"|\b(?:twice|{_FACTOR}\s+times)\s+(?:the|that|their|its|our)\s+(?:\w+\s+)?(?:rate|level"
    r"|amount|number|size|average|cost|price|total)\b"
    # "we got the export figures and they were negative": a figure's sign, below or above zero.
    r"|\b(?:numbers|figures|growth|returns|readings?|balance|output)\b[^.;?!]{0,60}?\b(?:were"
    r"|was|are|is|came\s+in|turned|went|remained|stayed)\s+(?:\w+ly\s+)?(?:negative|positive)\b",
    re.I,
)
