"""How dates and times are written wherever the site publishes data (the API, the
exports, ClaimReview): one format, defined once."""

import datetime


def utc_timestamp(value) -> str | None:
    """RFC 3339 in UTC, whole seconds, `Z` (`2024-06-03T09:00:00Z`: one format that
    spreadsheets and pandas parse as a column), from an aware datetime or SQLite's
    UTC text. Fractions of a second are dropped, not rounded, as SQL's substr does."""
    if value is None:
        return None
    if isinstance(value, str):  # SQLite: "YYYY-MM-DD HH:MM:SS[.ffffff]", in UTC
        return f"{value[:10]}T{value[11:19]}Z"
    return value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
