"""Facet counts: how many claims of a filtered set have each rating, status, speaker,
topic or year (SPEC §6 `?facet=`, and the counts beside the public list's filters).

One GROUP BY per facet over the filtered set (speakers and topics then fetch the
names of their top rows), only for the facets asked for. Grouping every row costs
what the set costs to read: at a million claims a speaker or year count reads the
whole table (seconds on SQLite), so the answer is kept in the cache for a few
minutes, keyed by the query and by the latest `updated_at` (one indexed lookup),
so that any edit, publication or withdrawal of a claim is seen at once. Deletions
and renames of speakers or topics show when the entry expires.
"""

import hashlib

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db.models import Count, Func, IntegerField, Max
from django.db.models.functions import ExtractYear

from claims.models import Claim, Speaker, Topic

FACETS = ("rating", "speaker", "topic", "status", "year")
# Speakers and topics: the most frequent ones only.
TOP_VALUES = 20
CACHE_SECONDS = 300
UNRATED_LABEL = "Not yet rated"
UNDATED_LABEL = "Undated"


class SaidYear(Func):
    """The year of `said_on`. SQLite stores a date as `YYYY-MM-DD` text, and Django's
    ExtractYear calls a Python function there, once per row."""

    output_field = IntegerField()

    def as_sql(self, compiler, connection, **extra):
        return ExtractYear(*self.source_expressions).as_sql(compiler, connection, **extra)

    def as_sqlite(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"CAST(substr({sql}, 1, 4) AS integer)", params


def _ranked(rows):
    return sorted(rows, key=lambda row: (-row["count"], row["value"] is None, str(row["value"])))


def _choices_facet(claims, field, choices, empty_label=None):
    labels = dict(choices)
    if empty_label is not None:
        labels[""] = empty_label
    counts = claims.values_list(field).annotate(n=Count("pk")).values_list(field, "n")
    return _ranked(
        {"value": value, "label": labels.get(value, value), "count": n} for value, n in counts
    )


def _related_facet(claims, field, model, label_field):
    """Top values by count (a GROUP BY on the id column), then their slugs and names."""
    counts = list(
        claims.values_list(field)
        .annotate(n=Count("pk"))
        .values_list(field, "n")
        .order_by("-n", field)[:TOP_VALUES]
    )
    objects = model.objects.in_bulk([pk for pk, _ in counts])
    return [
        {"value": objects[pk].slug, "label": getattr(objects[pk], label_field), "count": n}
        for pk, n in counts
        if pk in objects
    ]


def _rating(claims):
    return _choices_facet(claims, "rating", Claim.Rating.choices, UNRATED_LABEL)


def _status(claims):
    return _choices_facet(claims, "status", Claim.Status.choices)


def _speaker(claims):
    return _related_facet(claims, "speaker_id", Speaker, "name")


def _topic(claims):
    return _related_facet(claims.filter(topics__isnull=False), "topics", Topic, "name")


def _year(claims):
    counts = (
        claims.annotate(year=SaidYear("said_on"))
        .values_list("year")
        .annotate(n=Count("pk"))
        .values_list("year", "n")
    )
    return _ranked(
        {"value": year, "label": str(year) if year else UNDATED_LABEL, "count": n}
        for year, n in counts
    )


_COUNTERS = {
    "rating": _rating,
    "speaker": _speaker,
    "topic": _topic,
    "status": _status,
    "year": _year,
}


def facet_counts(claims, names) -> dict[str, list[dict]]:
    """{facet: [{value, label, count}, …]} for `claims` (a filtered queryset), most
    frequent first; values no claim has are left out."""
    claims = claims.order_by()
    names = [name for name in FACETS if name in names]
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
    counts = {name: _COUNTERS[name](claims) for name in names}
    cache.set(key, counts, CACHE_SECONDS)
    return counts
