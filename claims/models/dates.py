"""Dates known to the day, the month or the year."""

import datetime

from django.db import models
from django.utils import dateformat


class DatePrecision(models.TextChoices):
    """How precisely a date is known: the date field holds the period's first day."""

    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


def partial_date_display(value: datetime.date | None, precision: str) -> str:
    """“5 March 2025”, “March 2025” or “2025”; empty for no date."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return dateformat.format(value, "Y")
    if precision == DatePrecision.MONTH:
        return dateformat.format(value, "F Y")
    return dateformat.format(value, "j F Y")


def partial_date_iso(value: datetime.date | None, precision: str) -> str:
    """ISO 8601 at the date's precision (reduced precision “2025” or “2025-03”), as
    schema.org dates and HTML <time datetime> take it; empty for no date."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
