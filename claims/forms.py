"""Form pieces the admin shares: dates known to the day, the month or the year."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError

from claims.models import DatePrecision, partial_date_iso

PARTIAL_DATE_INVALID = (
    "Enter the date as a year (2025), a month (March 2025 or 2025-03) or a day "
    "(5 March 2025 or 2025-03-05)."
)
MONTHS = {
    name: number
    for number, month in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
    for name in (month, month[:3], "sept" if month == "september" else month)
}
_YEAR = r"(?P<year>\d{4})"
_MONTH_NAME = r"(?P<month_name>[a-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_FORMS = [
    (DatePrecision.YEAR, re.compile(rf"{_YEAR}")),
    (DatePrecision.MONTH, re.compile(rf"{_YEAR}-(?P<month>\d{{1,2}})")),
    (DatePrecision.MONTH, re.compile(rf"{_MONTH_NAME},? {_YEAR}")),
    (DatePrecision.DAY, re.compile(rf"{_YEAR}-(?P<month>\d{{1,2}})-{_DAY}")),
    (DatePrecision.DAY, re.compile(rf"{_DAY} {_MONTH_NAME},? {_YEAR}")),
    (DatePrecision.DAY, re.compile(rf"{_MONTH_NAME} {_DAY},? {_YEAR}")),
]


def parse_partial_date(text: str) -> tuple[datetime.date, str] | None:
    """(first day of the period, precision) for “2025”, “March 2025”, “Mar 2025”,
    “2025-03”, “5 March 2025”, “March 5, 2025” or “2025-03-05”; None for empty text.
    Raises ValidationError for anything else, or a day that does not exist."""
    text = " ".join(text.replace(",", ", ").split()).strip().lower().replace(" ,", ",")
    if not text:
        return None
    for precision, pattern in _FORMS:
        if found := pattern.fullmatch(text):
            parts = found.groupdict()
            name = parts.get("month_name")
            month = MONTHS.get(name) if name else int(parts.get("month") or 1)
            try:
                if month is None:
                    break
                value = datetime.date(int(parts["year"]), month, int(parts.get("day") or 1))
            except ValueError:
                break
            return value, precision
    raise ValidationError(PARTIAL_DATE_INVALID, code="invalid")


class PartialDateField(forms.CharField):
    """A date known to the day, the month or the year: cleans to (date, precision)
    or None."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 40)
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"placeholder": "2025, March 2025 or 2025-03-05", "size": 24}),
        )
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, tuple):
            return partial_date_iso(*value)
        if isinstance(value, datetime.date):
            return value.isoformat()
        return value

    def to_python(self, value):
        return parse_partial_date(super().to_python(value))
