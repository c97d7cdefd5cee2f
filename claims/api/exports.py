"""Whole-set exports of published claims as CSV and JSON lines (SPEC §6), with the
columns of the one claim row (`rows.CLAIM_ROW`).

Hand-written SQL reading, kept for speed (bench/RESULTS.md): one query whatever
the row count, topics and evidence aggregated by correlated subqueries, rows
read as plain tuples from a server-side cursor (no model instances, no per-value
converters), output written in ~64 KB chunks, so memory stays flat from ten rows
to millions.
"""

import csv
import io
import json

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import F, Func, TextField
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.http import StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from claims.api.base import BAD_REQUEST, PublicAPIMixin
from claims.api.rows import (
    CLAIM_ROW,
    DATE,
    EVIDENCE,
    EVIDENCE_FIELDS,
    PAGE_URL,
    RATING_LABEL,
    TEXT,
    TIMESTAMP,
    TOPICS,
    claim_url_builder,
    iso_date,
    neutralise,
    rating_label,
    top_level_names,
    utc_timestamp,
)
from claims.filters import ClaimFilterSet
from claims.models import Claim, byline_expressions

CHUNK_BYTES = 64 * 1024
ITERATOR_CHUNK_SIZE = 2000

# Per-claim aggregates, in each database's dialect. Topics are joined with ";"
# (slugs never contain one); evidence is either its URLs joined with a space (CSV)
# or a JSON array of objects (JSON lines). Orders match rows.attach_topics_and_evidence.
_TOPICS_SQL = {
    "sqlite": "SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct "
    "JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = claims_claim.id "
    "ORDER BY t.slug)",
    "postgresql": "SELECT string_agg(t.slug, ';' ORDER BY t.slug) FROM claims_claim_topics ct "
    "JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = claims_claim.id",
}
_EVIDENCE_URLS_SQL = {
    "sqlite": "SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e "
    "WHERE e.claim_id = claims_claim.id ORDER BY e.stance, e.id)",
    "postgresql": "SELECT string_agg(e.url, ' ' ORDER BY e.stance, e.id) FROM claims_evidence e "
    "WHERE e.claim_id = claims_claim.id",
}
_EVIDENCE_PAIRS = ", ".join(f"'{name}', e.{name}" for name in EVIDENCE_FIELDS)
_EVIDENCE_JSON_SQL = {
    "sqlite": f"SELECT json_group_array(json_object({_EVIDENCE_PAIRS})) FROM (SELECT * FROM "
    "claims_evidence WHERE claim_id = claims_claim.id ORDER BY stance, id) e",
    "postgresql": f"SELECT coalesce(json_agg(json_build_object({_EVIDENCE_PAIRS}) "
    "ORDER BY e.stance, e.id), '[]')::text FROM claims_evidence e "
    "WHERE e.claim_id = claims_claim.id",
}


# Worked out from another column's value: the database sends a NULL in their place
# rather than the same text twice.
_DERIVED = (PAGE_URL, RATING_LABEL)


class SpreadsheetText(Func):
    """Text a spreadsheet shows as text: a leading =, +, -, @, tab or carriage return
    (OWASP CSV injection) gets an apostrophe, as rows.neutralise does, in SQL."""

    output_field = TextField()

    def as_sql(self, compiler, connection, tab="char(9)", cr="char(13)", **extra):
        # The value appears three times: so do its parameters.
        sql, params = compiler.compile(self.source_expressions[0])
        triggers = f"'=', '+', '-', '@', {tab}, {cr}"
        return (
            f"CASE WHEN substr({sql}, 1, 1) IN ({triggers}) THEN '''' || {sql} ELSE {sql} END",
            (*params, *params, *params),
        )

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, tab="chr(9)", cr="chr(13)", **extra)


class SQLiteUTCText(Func):
    """SQLite's UTC text `YYYY-MM-DD HH:MM:SS[.ffffff]` as rows.utc_timestamp writes it."""

    template = "replace(%(expressions)s, ' ', 'T') || 'Z'"
    output_field = TextField()


def _selected(column, vendor: str, fmt: str, computed: dict):
    """The SQL for one column. The database writes what it can (text for spreadsheets,
    SQLite's timestamps) so that Python rewrites as few values as possible per row."""
    if column.kind in _DERIVED:
        return RawSQL("NULL", (), output_field=TextField())
    if column.kind == TOPICS:
        return RawSQL(_TOPICS_SQL[vendor], (), output_field=TextField())
    if column.kind == EVIDENCE:
        sql = (_EVIDENCE_JSON_SQL if fmt == "jsonl" else _EVIDENCE_URLS_SQL)[vendor]
        expression = RawSQL(sql, (), output_field=TextField())
    elif column.computed:
        # The byline: joins to the accounts and their public names, in this one query.
        expression = computed[column.lookup]
    else:
        expression = F(column.lookup)
    if fmt == "csv" and column.kind in (TEXT, EVIDENCE):
        return SpreadsheetText(expression)
    if vendor == "sqlite" and column.kind == TIMESTAMP:
        return SQLiteUTCText(expression)
    if vendor == "sqlite" and column.kind == DATE:
        # As text, dates skip the sqlite3 module's per-value converters.
        return Cast(expression, TextField())
    return expression


def export_sql(queryset, *, fmt: str) -> tuple[str, tuple]:
    """The one query of an export (`fmt` "csv" or "jsonl"): a value per column of
    CLAIM_ROW for each of the (filtered, ordered) claims. Raises EmptyResultSet when
    nothing can match."""
    vendor = connection.vendor
    computed = byline_expressions()
    selected = {
        f"col{i}": _selected(column, vendor, fmt, computed) for i, column in enumerate(CLAIM_ROW)
    }
    return queryset.annotate(**selected).values_list(*selected).query.sql_with_params()


def export_rows(queryset, *, fmt: str):
    """Plain tuples from `export_sql`, read raw, in chunks, from a server-side cursor
    (PostgreSQL) or SQLite's stepping cursor: Django's per-value converters would
    cost more than the query itself, so values are written by rows.py instead."""
    try:
        sql, params = export_sql(queryset, fmt=fmt)
    except EmptyResultSet:
        return
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(ITERATOR_CHUNK_SIZE):
            yield from rows


def _rewrites(writers: dict) -> list[tuple[int, int, object]]:
    """(index, index read, function) for each column whose value is rewritten; a
    derived column reads the column it is worked out from."""
    read_from = {c.lookup: i for i, c in enumerate(CLAIM_ROW) if c.kind not in _DERIVED}
    return [
        (i, read_from[c.lookup] if c.kind in _DERIVED else i, writers[c.kind])
        for i, c in enumerate(CLAIM_ROW)
        if c.kind in writers
    ]


def _timestamp_rewrites() -> dict:
    # SQLite's timestamps come written (SQLiteUTCText); PostgreSQL's as datetimes.
    return {} if connection.vendor == "sqlite" else {TIMESTAMP: utc_timestamp}


def csv_chunks(rows, url_for):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([column.flat_name for column in CLAIM_ROW])
    # Text is made safe for spreadsheets in SQL (SpreadsheetText).
    rewrites = _rewrites(
        {
            **_timestamp_rewrites(),
            PAGE_URL: lambda slug: neutralise(url_for(slug)),
            RATING_LABEL: rating_label,
        }
    )
    for row in rows:
        cells = list(row)
        for i, read, rewrite in rewrites:
            cells[i] = rewrite(cells[read])
        writer.writerow(cells)
        if buffer.tell() >= CHUNK_BYTES:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


def _json_layout():
    """The claim's top-level fields split around `evidence` (JSON the database has
    already built, spliced in as text): each field's column index, or for a group
    its (name, index) pairs and the index of its id, which is null for no object."""
    layout = []
    for name in top_level_names():
        members = [(c.name, i) for i, c in enumerate(CLAIM_ROW) if (c.group or c.name) == name]
        if CLAIM_ROW[members[0][1]].group:
            id_index = next(i for member, i in members if member == "id")
            layout.append((name, members, id_index))
        else:
            layout.append((name, None, members[0][1]))
    split = [name for name, _, _ in layout].index("evidence")
    return layout[:split], layout[split][2], layout[split + 1 :]


def _json_object(cells, fields) -> dict:
    obj = {}
    for name, members, index in fields:
        if members is None:
            obj[name] = cells[index]
        elif cells[index] is None:
            obj[name] = None
        else:
            obj[name] = {member: cells[i] for member, i in members}
    return obj


def jsonl_chunks(rows, url_for):
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    rewrites = _rewrites(
        {
            DATE: iso_date,
            **_timestamp_rewrites(),
            PAGE_URL: url_for,
            RATING_LABEL: rating_label,
            TOPICS: lambda topics: topics.split(";") if topics else [],
        }
    )
    before, evidence_index, after = _json_layout()
    lines = []
    size = 0
    for row in rows:
        cells = list(row)
        for i, read, rewrite in rewrites:
            cells[i] = rewrite(cells[read])
        head = dumps(_json_object(cells, before))[:-1]
        tail = dumps(_json_object(cells, after))[1:] if after else "}"
        line = f'{head},"evidence":{cells[evidence_index] or "[]"}{"," if after else ""}{tail}\n'
        lines.append(line)
        size += len(line)
        if size >= CHUNK_BYTES:
            yield "".join(lines).encode()
            lines.clear()
            size = 0
    yield "".join(lines).encode()


class ClaimExport(PublicAPIMixin, APIView):
    """Every published claim matching the claim-list filters, streamed."""

    filterset_class = ClaimFilterSet
    extension = ""
    content_type = ""

    def get_queryset(self):
        return Claim.objects.public()

    def get(self, request):
        queryset = self.filter_queryset(self.get_queryset())
        url_for = claim_url_builder(request)
        response = StreamingHttpResponse(
            self.chunks(queryset, url_for), content_type=self.content_type
        )
        filename = f"claims-{timezone.localdate():%Y-%m-%d}.{self.extension}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def filter_queryset(self, queryset):
        for backend in api_settings.DEFAULT_FILTER_BACKENDS:
            queryset = backend().filter_queryset(self.request, queryset, self)
        return queryset


@extend_schema(
    summary="Export claims as CSV",
    description="Every published claim matching the filters, streamed as UTF-8 CSV with "
    "the claim fields flattened: speaker_*, source_*, topics joined with ';', evidence "
    "URLs joined with a space. Cells that a spreadsheet would run as a formula start "
    "with an apostrophe.",
    responses={
        (200, "text/csv"): OpenApiResponse(response=OpenApiTypes.STR, description="CSV file"),
        400: BAD_REQUEST,
    },
)
class ClaimCSVExport(ClaimExport):
    extension = "csv"
    content_type = "text/csv; charset=utf-8"

    def chunks(self, queryset, url_for):
        return csv_chunks(export_rows(queryset, fmt="csv"), url_for)


@extend_schema(
    summary="Export claims as JSON lines",
    description="Every published claim matching the filters, streamed one JSON object "
    "per line, each with the fields of the claim endpoint.",
    responses={
        (200, "application/x-ndjson"): OpenApiResponse(
            response=OpenApiTypes.STR, description="JSON lines file"
        ),
        400: BAD_REQUEST,
    },
)
class ClaimJSONLExport(ClaimExport):
    extension = "jsonl"
    content_type = "application/x-ndjson; charset=utf-8"

    def chunks(self, queryset, url_for):
        return jsonl_chunks(export_rows(queryset, fmt="jsonl"), url_for)
