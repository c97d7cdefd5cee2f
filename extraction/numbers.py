"""Quantities in text, in figures or in words, reduced to comparable values:
"a third", "one-third" and "33%" are all 33 per cent; "45,000", "45k" and
"45 thousand" are all 45000. Years are told apart from counts."""

import re
import unicodedata
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100, "dozen": 12,
}  # fmt: skip
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
}
_FRACTIONS = {
    "half": 50, "third": 100 / 3, "quarter": 25, "fifth": 20, "sixth": 100 / 6,
    "tenth": 10, "thirds": 100 / 3, "quarters": 25, "fifths": 20, "tenths": 10,
}  # fmt: skip
_VAGUE = r"(?:dozens|hundreds|thousands|tens\s+of\s+thousands|millions|billions)"

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WORD_NUMBER = "|".join(sorted((re.escape(w) for w in _UNITS), key=len, reverse=True))
_SCALE = r"(?:hundred|thousand|million|billion|trillion|k|m|mn|bn|b|tn)\b"
_PERCENT = r"(?:\s*%|\s*per\s*cent\b|\s*percent\b|\s*pc\b)"
# A vulgar fraction sign, alone or after a whole number: "¾ million", "2½ years".
_VULGAR = "[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]"
# A number naming a part of a text or a place in a series, not counting anything.
_REFERENCE = re.compile(
    r"\b(?:article|section|clause|chapter|paragraph|schedule|annex|rule|part|page|table"
    r"|figure|route|platform|room|no\.?)\s+$",
    re.IGNORECASE,
)
# A reference code of capitals and digits before a hyphen: "motion S6M-09462", "(S5O-05161)".
# Not "COVID-19" (a name without digits) nor "E-1" (a grade).
_CODE_BEFORE = re.compile(r"\b(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{2,}[-‑]$")

_PATTERNS = [
    # 1 in 3, one in five
    (
        "ratio",
        re.compile(rf"\b(\d+|{_WORD_NUMBER})\s+in\s+(\d+|{_WORD_NUMBER})\b", re.IGNORECASE),
    ),
    # a third, one-third, two-thirds, half, three quarters
    (
        "fraction",
        re.compile(
            rf"\b(a|an|one|two|three|four|{_WORD_NUMBER})?[\s-]*"
            rf"(half|thirds?|quarters?|fifths?|sixth|tenths?)\b",
            re.IGNORECASE,
        ),
    ),
    # £3.5bn, $40 million, 45,000, 12.5%, 45k
    (
        "figure",
        re.compile(
            rf"([£$€¥])?\s?(\d{{1,3}}(?:,\d{{3}})+|\d*{_VULGAR}|\d+(?:\.\d+)?)(?:\s?({_SCALE}))?"
            rf"({_PERCENT})?",
            re.IGNORECASE,
        ),
    ),
    # forty thousand, ten per cent
    (
        "words",
        re.compile(
            rf"\b({_WORD_NUMBER})\b(?:[\s-]+({_WORD_NUMBER})\b)?(?:\s+({_SCALE})\b)?"
            rf"({_PERCENT})?",
            re.IGNORECASE,
        ),
    ),
    ("vague", re.compile(rf"\b{_VAGUE}\b", re.IGNORECASE)),
]


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float | None  # None for vague amounts ("thousands")
    unit: str  # "%", a currency sign, "year", or "" for a count
    # A small count in words ("the two schools", "three months"): rarely a statistic.
    weak: bool = False
    # The place of the last digit written (1 for "33%", 0.1 for "2.5%"); None for an
    # exact share ("a third", "one in five"). Agreement is judged to that precision.
    step: float | None = 1.0

    @property
    def key(self) -> str:
        """A canonical form for comparing quantities across wordings."""
        if self.value is None:
            return ""
        value = round(self.value) if self.unit == "%" else self.value
        if value == int(value):
            value = int(value)
        number = f"{value:g}" if isinstance(value, float) else str(value)
        return f"{number}%" if self.unit == "%" else f"{self.unit}{number}"


def _word_value(word: str | None) -> float | None:
    return None if word is None else _UNITS.get(word.lower())


def quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, leftmost first, without overlaps."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(start, end):
        return all(end <= s or start >= e for s, e in taken)

    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or not free(start, end):
                continue
            quantity = _read(kind, match, text)
            if quantity is None:
                continue
            found.append(quantity)
            taken.append((quantity.start, quantity.end))
    return sorted(found, key=lambda q: q.start)


def _read(kind: str, match: re.Match, text: str) -> Quantity | None:
    start, end = match.span()
    if kind == "ratio":
        top = _number(match.group(1))
        bottom = _number(match.group(2))
        if not top or not bottom or top >= bottom:
            return None
        return Quantity(start, end, 100 * top / bottom, "%", step=None)
    if kind == "fraction":
        count_word, fraction = match.group(1), match.group(2).lower()
        if count_word is None:
            if fraction != "half":
                return None  # "the third reading", "quarter-final"
            count = 1.0
        else:
            count = 1.0 if count_word.lower() in ("a", "an") else _number(count_word)
        if count is None:
            return None
        # "a third" counts; "the third" is an ordinal and was excluded above.
        return Quantity(start, end, count * _FRACTIONS[fraction], "%", step=None)
    if kind == "figure":
        currency, digits, scale, percent = match.groups()
        if not currency:
            start = match.start(2)
        value = _digits_value(digits)
        if scale:
            value *= _SCALES[scale.lower()]
        if percent:
            decimals = len(digits.partition(".")[2])
            return Quantity(start, end, value, "%", step=10.0**-decimals)
        if currency:
            return Quantity(start, end, value, currency)
        if re.fullmatch(r"1[5-9]\d\d|20\d\d", digits) and not scale:
            return Quantity(start, end, value, "year")
        # Part of a date, a time or an identifier ("10:30", "A40", "Section 12").
        before = text[max(0, start - 1) : start]
        if before.isalpha() or text[end : end + 1] == ":" or before == ":":
            return None
        if _REFERENCE.search(text[max(0, start - 12) : start]):
            return None
        if _CODE_BEFORE.search(text[max(0, start - 12) : start]):
            return None
        around = text[max(0, start - 12) : end + 12].lower()
        if re.search(rf"\b{_MONTH}\.?\s+{digits}\b|\b{digits}(?:st|nd|rd|th)?\s+{_MONTH}", around):
            return None
        return Quantity(start, end, value, "")
    if kind == "words":
        first, second, scale, percent = match.groups()
        value = (_word_value(first) or 0) + (_word_value(second) or 0)
        if first.lower() in ("one",) and not (second or scale or percent):
            return None  # "one of the", "no one": rarely a figure
        if scale:
            value *= _SCALES[scale.lower()]
        weak = not (scale or percent) and value < 13
        return Quantity(start, end, value, "%" if percent else "", weak)
    return Quantity(start, end, None, "")


def _digits_value(digits: str) -> float:
    """The value of "45,000", "2.5", "¾" or "2½"."""
    if digits[-1:].isdigit():
        return float(digits.replace(",", ""))
    return float(digits[:-1] or 0) + unicodedata.numeric(digits[-1])


def _number(word: str) -> float | None:
    if word.isdigit():
        return float(word)
    return _word_value(word)


def quantity_keys(text: str) -> set[str]:
    """Canonical keys of the figures in `text` (years left out)."""
    return {q.key for q in quantities(text) if q.value is not None and q.unit != "year"}


def surface_forms(key: str) -> list[str]:
    """Ways a canonical quantity may be written, for a database prefilter."""
    if key.endswith("%"):
        number = key[:-1]
        forms = [f"{number}%", f"{number} per cent", f"{number} percent"]
        words = {"33": ["third"], "67": ["two-thirds", "two thirds"], "50": ["half"]}
        words.update({"25": ["quarter"], "75": ["three quarters", "three-quarters"]})
        words.update({"20": ["fifth"], "10": ["tenth"]})
        return forms + words.get(number, [])
    match = re.fullmatch(r"([£$€¥]?)(\d+)", key)
    if not match:
        return [key]
    sign, number = match.groups()
    value = int(number)
    forms = [f"{sign}{value}", f"{sign}{value:,}"]
    for scale, word, short in (
        (1_000_000_000, "billion", "bn"),
        (1_000_000, "million", "m"),
        (1_000, "thousand", "k"),
    ):
        if value >= scale and value % (scale // 10) == 0:
            head = f"{value / scale:g}"
            forms += [f"{sign}{head} {word}", f"{sign}{head}{short}"]
            break
    return forms
