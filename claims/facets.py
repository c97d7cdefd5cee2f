"""Facet counts: how many claims of a filtered set have each rating, status, speaker,
topic or year (SPEC §6 `?facet=`, and the counts beside the public list's filters).

Two ways to count, with the same answers:
- from `FacetCount`, which the database keeps (claims.facet_summary), when the set
  is the whole public set or the public set narrowed by one of rating, status,
  speaker or a single topic: a few indexed reads, whatever the size of the set;
- otherwise one GROUP BY per facet over the filtered set (speakers and topics then
  fetch the names of their top rows). Grouping reads every row of the set, so
  the answer is cached for a few minutes, keyed by the query and by the latest
  `updated_at` (one indexed lookup): an edit, publication or withdrawal is seen at
  once; deletions and renames of speakers or topics show when the entry expires.
  The GROUP BYs of one request share `FACET_TIME_LIMIT_MS`, as Datasette's facets
  do: a facet not counted in time is reported as timed out (None here) rather
  than holding a worker for seconds (a million claims after a date, say).
"""

import hashlib
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import OperationalError, connections, transaction
from django.db.models import Count, Func, IntegerField, Max, Sum
from django.db.models.functions import ExtractYear

from claims.models import Claim, FacetCount, Speaker, Topic

FACETS = ("rating", "speaker", "topic", "status", "year")
# Speakers and topics: the most frequent ones only.
TOP_VALUES = 20
CACHE_SECONDS = 300
UNRATED_LABEL = "Not yet rated"
UNDATED_LABEL = "Undated"
RELATED = {"speaker": Speaker, "topic": Topic}


class SaidYear(Func):
    """The year of `said_on`. SQLite stores a date as `YYYY-MM-DD` text, and Django's
    ExtractYear calls a Python function there, once per row."""

    output_field = IntegerField()

    def as_sql(self, compiler, connection, **extra):
        return ExtractYear(*self.source_expressions).as_sql(compiler, connection, **extra)

    def as_sqlite(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"CAST(substr({sql}, 1, 4) AS integer)", params


# --- Counting: (value, count) pairs per facet ------------------------------------

_LIVE_COLUMNS = {"rating": "rating", "status": "status", "speaker": "speaker_id", "topic": "topics"}


def _live_rows(claims, name) -> list[tuple]:
    if name == "year":
        claims = claims.annotate(facet_value=SaidYear("said_on"))
        field = "facet_value"
    else:
        field = _LIVE_COLUMNS[name]
        if name == "topic":
            claims = claims.filter(topics__isnull=False)
    counts = claims.values_list(field).annotate(n=Count("pk")).values_list(field, "n")
    if name in RELATED:
        counts = counts.order_by("-n", field)[:TOP_VALUES]
    return list(counts)


def _summary_rows(name, by_facet, by_values) -> list[tuple]:
    cells = FacetCount.objects.filter(by_facet=by_facet, by_value__in=by_values, facet=name)
    if name == by_facet != "topic":
        # One value per claim: among the claims with these values, each one's own count.
        cells = FacetCount.objects.filter(by_facet="", facet=name, value__in=by_values)
    counts = (
        cells.values_list("value")
        .annotate(n=Sum("count"))
        .filter(n__gt=0)
        .values_list("value", "n")
    )
    if name in RELATED:
        counts = counts.order_by("-n", "value")[:TOP_VALUES]
    rows = list(counts)
    if name in ("speaker", "topic", "year"):
        # Stored as text: ids and years back to numbers, '' (no date) to None.
        rows = [(int(value) if value else None, n) for value, n in rows]
    return rows


def summary_scope(filters: dict | None) -> tuple[str, list[str]] | None:
    """(facet, values) that FacetCount can count by, from the filter form's cleaned
    data: ('', ['']) for the whole public set; None when it cannot."""
    if filters is None:
        return None
    active = {
        name: value
        for name, value in filters.items()
        if name != "ordering" and value not in (None, "", [], ())
    }
    if not active:
        return "", [""]
    if len(active) > 1:
        return None
    ((name, values),) = active.items()
    if name in ("rating", "status"):
        return name, list(values)
    # Topics overlap (a claim may have two): their counts add up only for one.
    if name == "speaker" or (name == "topic" and len(values) == 1):
        ids = RELATED[name].objects.filter(slug__in=values).values_list("pk", flat=True)
        return name, [str(pk) for pk in ids] or ["-"]
    return None


# --- Presenting: {value, label, count}, most frequent first -----------------------


def _ranked(rows):
    return sorted(rows, key=lambda row: (-row["count"], row["value"] is None, str(row["value"])))


def _present(name, rows) -> list[dict]:
    if name in RELATED:
        objects = RELATED[name].objects.in_bulk([pk for pk, _ in rows])
        rows = sorted(rows, key=lambda row: (-row[1], row[0]))
        return [
            {"value": objects[pk].slug, "label": objects[pk].name, "count": n}
            for pk, n in rows
            if pk in objects
        ]
    return _ranked({"value": value, "label": _label(name, value), "count": n} for value, n in rows)


_LABELS = {
    "rating": {**dict(Claim.Rating.choices), "": UNRATED_LABEL},
    "status": dict(Claim.Status.choices),
}


def _label(name, value) -> str:
    if name == "year":
        return str(value) if value else UNDATED_LABEL
    return _LABELS[name].get(value, value)


class FacetTimedOut(Exception):
    pass


@contextmanager
def time_limit(alias: str, seconds: float):
    """Stop the queries inside after `seconds`: SQLite's progress handler, PostgreSQL's
    statement_timeout for this transaction only. Raises FacetTimedOut."""
    database = connections[alias]
    if database.vendor == "sqlite":
        database.ensure_connection()
        deadline = time.monotonic() + seconds
        database.connection.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
        try:
            yield
        except OperationalError as error:
            if "interrupted" in str(error):
                raise FacetTimedOut from error
            raise
        finally:
            database.connection.set_progress_handler(None, 0)
    elif database.vendor == "postgresql":
        try:
            with transaction.atomic(using=alias), database.cursor() as cursor:
                cursor.execute(
                    "SELECT current_setting('statement_timeout'), "
                    "set_config('statement_timeout', %s, true)",
                    [str(max(1, int(seconds * 1000)))],
                )
                (before, _) = cursor.fetchone()
                yield
                cursor.execute("SELECT set_config('statement_timeout', %s, true)", [before])
        except OperationalError as error:
            if getattr(error.__cause__, "sqlstate", None) == "57014":  # query_canceled
                raise FacetTimedOut from error
            raise
    else:
        yield


def _counted_in_time(claims, names, limit_ms=None) -> dict[str, list[dict] | None]:
    """The facets counted within `limit_ms` (default FACET_TIME_LIMIT_MS; 0: none);
    the others None."""
    counts = dict.fromkeys(names)
    limit_ms = settings.FACET_TIME_LIMIT_MS if limit_ms is None else limit_ms
    if limit_ms <= 0:
        return counts
    try:
        with time_limit(claims.db, limit_ms / 1000):
            for name in names:
                counts[name] = _present(name, _live_rows(claims, name))
    except FacetTimedOut:
        pass
    return counts


def facet_counts(
    claims, names, filters: dict | None = None, time_limit_ms: int | None = None
) -> dict[str, list[dict] | None]:
    """{facet: [{value, label, count}, …]} for `claims`: the public set as `filters`
    (the filter form's cleaned data) narrowed it. Most frequent first; values no
    claim has are left out. A facet not counted within the time limit
    (`time_limit_ms`, default FACET_TIME_LIMIT_MS) is None."""
    names = [name for name in FACETS if name in names]
    scope = summary_scope(filters)
    if scope is not None:
        return {name: _present(name, _summary_rows(name, *scope)) for name in names}
    claims = claims.order_by()
    try:
        sql, params = claims.values("pk").query.sql_with_params()
    except EmptyResultSet:
        return {name: [] for name in names}
    version = Claim.objects.aggregate(latest=Max("updated_at"))["latest"]
    digest = hashlib.sha256(repr((sql, params, names, version)).encode()).hexdigest()
    key = f"claims:facets:{digest}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    counts = _counted_in_time(claims, names, time_limit_ms)
    # Timed out too: asking again before a change would spend the limit again.
    cache.set(key, counts, CACHE_SECONDS)
    return counts
