"""Whole-set exports of published claims as CSV and JSON lines (SPEC §6), with the
columns of the one claim row (`rows.CLAIM_ROW`), and of their evidence links as CSV
(`rows.EVIDENCE_ROW`, one row per link).

Hand-written SQL reading, kept for speed (bench/RESULTS.md): one query whatever
the row count, each claim's topics, evidence and corrections count read from the
row the database keeps for it (`claims.claim_summary`, one join) rather than
worked out while the export runs, rows read as plain tuples from a server-side
cursor (no model instances, no per-value converters), output written in ~64 KB
chunks, so memory stays flat from ten rows to millions. The database writes what it
can: spreadsheet-safe text, timestamps in their one format, the numeric rating.
The CSV's cells are written by `csv_cell`, which csv.writer would write character
by character.

A CSV export takes `bom=1` (a UTF-8 byte-order mark first, for spreadsheet
programs); every export's file name carries its main filters, sanitised.

Exports are capped (`export_slots`: at most so many at once, overall and per client,
else a 429). An export cut short is recognisable: the JSON lines end with a trailer
record `{"_end": true, "rows": N}` only when complete, and a stream that fails after
its first bytes ends on an unfinished CSV line and is aborted (no final chunk).
"""

import json
import re
from contextlib import contextmanager, suppress

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import DatabaseError, connection
from django.db.models import Case, F, Func, IntegerField, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Coalesce
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.text import slugify
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.settings import api_settings
from rest_framework.utils.mediatypes import media_type_matches
from rest_framework.views import APIView

from claims.api.base import BAD_REQUEST, PublicAPIMixin, RateLimited
from claims.api.export_slots import ExportSlots, SlotStream
from claims.api.rows import (
    CLAIM_ROW,
    CORRECTED,
    DATE,
    EVIDENCE,
    EVIDENCE_ROW,
    PAGE_URL,
    RATING_LABEL,
    RATING_VALUE,
    RATING_VALUES,
    ROW_ANNOTATIONS,
    TEXT,
    TIMESTAMP,
    TOPICS,
    claim_url_builder,
    is_corrected,
    iso_date,
    neutralise,
    rating_label,
    top_level_names,
)
from claims.filters import ClaimFilterSet
from claims.models import Claim, byline_expressions, public_claim_condition

CHUNK_BYTES = 64 * 1024
ITERATOR_CHUNK_SIZE = 2000


def corrections_count_sql():
    """rows.corrections_count from the claim's summary row, which counts all its
    corrections: every correction of a public claim is public
    (CorrectionQuerySet.public), so a public claim counts all of them, another none."""
    count = Coalesce(F("summary__corrections_count"), Value(0))
    return Case(When(public_claim_condition(), then=count), default=Value(0))


_EXPORT_ANNOTATIONS = {"corrections_count": corrections_count_sql}

# Worked out from another column's value: the database sends a NULL in their place
# rather than the same text twice.
_DERIVED = (PAGE_URL, RATING_LABEL, CORRECTED)
# Worked out from another column's value by the database itself.
_IN_SQL = (RATING_VALUE,)


def spreadsheet_sql(sql: str, vendor: str) -> str:
    """rows.neutralise in SQL: `sql` (written three times) with an apostrophe before
    a leading =, +, -, @, tab or carriage return (OWASP CSV injection)."""
    char = "chr" if vendor == "postgresql" else "char"
    triggers = f"'=', '+', '-', '@', {char}(9), {char}(13)"
    return f"CASE WHEN substr({sql}, 1, 1) IN ({triggers}) THEN '''' || {sql} ELSE {sql} END"


class SpreadsheetText(Func):
    """Text a spreadsheet shows as text (`spreadsheet_sql`), of an expression."""

    output_field = TextField()

    def as_sql(self, compiler, connection, **extra):
        # The value appears three times: so do its parameters.
        sql, params = compiler.compile(self.source_expressions[0])
        return spreadsheet_sql(sql, connection.vendor), (*params, *params, *params)


class UTCTimestampText(Func):
    """A timestamp as rows.utc_timestamp writes it (`2024-06-03T09:00:00Z`), in SQL:
    SQLite's UTC text `YYYY-MM-DD HH:MM:SS[.ffffff]` cut to whole seconds, PostgreSQL's
    timestamptz formatted in UTC; no datetime is built per value in Python."""

    template = "replace(substr(%(expressions)s, 1, 19), ' ', 'T') || 'Z'"
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra):
        template = "to_char(%(expressions)s AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
        return self.as_sql(compiler, connection, template=template, **extra)


def rating_value_sql():
    """rows.rating_value in SQL: the rating's number, NULL for unsupported and unrated."""
    whens = [When(rating=rating, then=Value(value)) for rating, value in RATING_VALUES.items()]
    return Case(*whens, default=None, output_field=IntegerField())


def _selected(column, vendor: str, fmt: str, computed: dict):
    """The SQL for one column. The database writes what it can (text for spreadsheets,
    SQLite's timestamps) so that Python rewrites as few values as possible per row."""
    if column.kind in _DERIVED:
        return RawSQL("NULL", (), output_field=TextField())
    if column.kind == RATING_VALUE:
        return rating_value_sql()
    if column.annotated:
        # The corrections count, from the claim's summary row.
        return _EXPORT_ANNOTATIONS.get(column.lookup, ROW_ANNOTATIONS[column.lookup])()
    # Topics and evidence: as the database keeps them for each claim (claim_summary).
    if column.kind == TOPICS:
        return F("summary__topics")
    if column.kind == EVIDENCE:
        if fmt == "jsonl":
            return F("summary__evidence_json")
        return SpreadsheetText(F("summary__evidence_urls"))
    # A byline: joins to the accounts and their public names, in this one query.
    expression = computed[column.lookup] if column.computed else F(column.lookup)
    if fmt == "csv" and column.kind == TEXT:
        return SpreadsheetText(expression)
    if column.kind == TIMESTAMP:
        return UTCTimestampText(expression)
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


def evidence_export_sql(claims) -> tuple[str, tuple]:
    """The one query of the evidence export: a row per evidence link of the (filtered,
    ordered) claims, in the claims' order, then by stance as on the claim page."""
    vendor = connection.vendor
    ordering = claims.query.order_by or Claim._meta.ordering
    # Every reference to `evidence__…` below shares this one join.
    rows = claims.annotate(evidence_key=F("evidence__id")).filter(evidence_key__isnull=False)
    selected = {
        f"col{i}": _selected(column, vendor, "csv", {}) for i, column in enumerate(EVIDENCE_ROW)
    }
    return (
        rows.annotate(**selected)
        .order_by(*ordering, "evidence__stance", "evidence_key")
        .values_list(*selected)
        .query.sql_with_params()
    )


def _raw_rows(sql_for, queryset):
    try:
        sql, params = sql_for(queryset)
    except EmptyResultSet:
        return
    with connection.chunked_cursor() as cursor:
        with export_statement_timeout():
            cursor.execute(sql, params)
        while rows := cursor.fetchmany(ITERATOR_CHUNK_SIZE):
            yield from rows


@contextmanager
def export_statement_timeout():
    """PostgreSQL: the export's query may run `EXPORT_STATEMENT_TIMEOUT` seconds instead
    of the web requests' `DB_STATEMENT_TIMEOUT` (0: no limit). The server-side cursor
    is declared WITH HOLD (outside a transaction), so the whole query runs in its
    `execute`; the connection's own limit is back (RESET) before the first row is sent.
    In a transaction (the tests; requests are not wrapped in one) the caller's limit
    holds: a session SET there would be undone or kept with the transaction."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('statement_timeout', %s, false)",
            [str(settings.EXPORT_STATEMENT_TIMEOUT * 1000)],
        )
    try:
        yield
    except Exception:
        with suppress(DatabaseError):
            _reset_statement_timeout()
        raise
    _reset_statement_timeout()


def _reset_statement_timeout():
    with connection.cursor() as cursor:
        cursor.execute("RESET statement_timeout")


def export_rows(queryset, *, fmt: str):
    """Plain tuples from `export_sql`, read raw, in chunks, from a server-side cursor
    (PostgreSQL) or SQLite's stepping cursor: Django's per-value converters would
    cost more than the query itself, so values are written by rows.py instead.
    `fmt="copy"`: whole CSV lines from PostgreSQL's COPY (copy_export.copy_rows)."""
    if fmt == "copy":
        from claims.api.copy_export import copy_rows

        return copy_rows(queryset)
    return _raw_rows(lambda qs: export_sql(qs, fmt=fmt), queryset)


def evidence_rows(claims):
    """Plain tuples from `evidence_export_sql`, read as `export_rows` reads."""
    return _raw_rows(evidence_export_sql, claims)


def _rewrites(writers: dict) -> list[tuple[int, int, object]]:
    """(index, index read, function) for each column whose value is rewritten; a
    derived column reads the column it is worked out from."""
    read_from = {}
    for i, c in enumerate(CLAIM_ROW):
        if c.kind not in _DERIVED and c.kind not in _IN_SQL:
            read_from.setdefault(c.lookup, i)
    return [
        (i, read_from[c.lookup] if c.kind in _DERIVED else i, writers[c.kind])
        for i, c in enumerate(CLAIM_ROW)
        if c.kind in writers
    ]


def _csv_bool(count) -> str:
    return "true" if count else "false"


def csv_cell(value) -> str:
    """A value as one cell of csv.writer's default (excel) dialect: None empty, other
    values as str(); quoted, with quotes doubled, when it holds a comma, a quote, CR
    or LF. Faster than csv.writer, which looks at every character in turn: the
    cells are most of the CSV export's time in Python (bench/RESULTS.md)."""
    if value is None:
        return ""
    if value.__class__ is not str:
        value = str(value)
    if "," in value or '"' in value or "\n" in value or "\r" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def _in_chunks(lines):
    """Lines of text joined and encoded in ~CHUNK_BYTES chunks; the last may be empty."""
    batch, size = [], 0
    for line in lines:
        batch.append(line)
        size += len(line)
        if size >= CHUNK_BYTES:
            yield "".join(batch).encode()
            batch.clear()
            size = 0
    yield "".join(batch).encode()


def csv_chunks(rows, url_for, *, columns=CLAIM_ROW, bom=False):
    """CSV of `columns` (the claim row, or EVIDENCE_ROW for the evidence export), as
    csv.writer writes it (CRLF line ends), in ~64 KB chunks."""
    return _in_chunks(_csv_lines(rows, url_for, columns, bom))


def _csv_lines(rows, url_for, columns, bom):
    cell = csv_cell
    yield ("\ufeff" if bom else "") + ",".join([cell(c.flat_name) for c in columns]) + "\r\n"
    # Text is made safe for spreadsheets and timestamps written in SQL.
    rewrites = (
        _rewrites(
            {
                PAGE_URL: lambda slug: neutralise(url_for(slug)),
                RATING_LABEL: rating_label,
                CORRECTED: _csv_bool,
            }
        )
        if columns is CLAIM_ROW
        else []
    )
    for row in rows:
        if rewrites:
            row = list(row)
            for i, read, rewrite in rewrites:
                row[i] = rewrite(row[read])
        yield ",".join([cell(value) for value in row]) + "\r\n"


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
    """JSON lines of the claim row, then the trailer record, in ~64 KB chunks."""
    return _in_chunks(_jsonl_lines(rows, url_for))


def _jsonl_lines(rows, url_for):
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    rewrites = _rewrites(
        {
            DATE: iso_date,
            PAGE_URL: url_for,
            RATING_LABEL: rating_label,
            CORRECTED: is_corrected,
            TOPICS: lambda topics: topics.split(";") if topics else [],
        }
    )
    before, evidence_index, after = _json_layout()
    count = 0
    for row in rows:
        count += 1
        cells = list(row)
        for i, read, rewrite in rewrites:
            cells[i] = rewrite(cells[read])
        head = dumps(_json_object(cells, before))[:-1]
        tail = dumps(_json_object(cells, after))[1:] if after else "}"
        yield f'{head},"evidence":{cells[evidence_index] or "[]"}{"," if after else ""}{tail}\n'
    # Written only once every row is: a file without it was cut short.
    yield dumps({JSONL_END: True, "rows": count}) + "\n"


JSONL_END = "_end"
# Sent when a CSV export fails after its first bytes, before the connection is
# dropped: an unfinished quoted cell, so the file does not end on a whole line.
CSV_CUT_SHORT = b'"The export was cut short by a server error: this file is incomplete.'


def cut_short_on_failure(chunks, marker: bytes = b""):
    """The chunks; when producing one fails after the first was sent, `marker`, then
    the error again, so that the server drops the connection without the chunked
    stream's final empty chunk: the client sees a broken transfer, not a short file.
    A failure before the first chunk is raised in the view (`ClaimExport.get`)."""
    chunks = iter(chunks)
    first = next(chunks, None)
    if first is None:
        return
    yield first
    try:
        yield from chunks
    except Exception:
        if marker:
            yield marker
        raise


# The filters a file name carries, in this order, when given.
FILENAME_FILTERS = (
    "rating",
    "status",
    "speaker",
    "topic",
    "source",
    "q",
    "said_after",
    "said_before",
    "updated_after",
    "updated_before",
    "published_after",
    "published_before",
)
FILENAME_VALUE_CHARS = 40
FILENAME_FILTER_CHARS = 100


def _filename_part(text: str, limit: int) -> str:
    """[a-z0-9-] only: request values never reach the header as given."""
    return re.sub(r"[^a-z0-9]+", "-", slugify(text))[:limit].strip("-")


def export_filename(stem: str, params, extension: str) -> str:
    """`claims-rating-misleading-speaker-jane-doe-2026-12-01.csv`: the main filters
    (already validated by the FilterSet), sanitised, of bounded length."""
    parts = []
    for name in FILENAME_FILTERS:
        values = [_filename_part(v, FILENAME_VALUE_CHARS) for v in params.getlist(name)]
        if value := "-".join(v for v in values if v):
            parts.append(f"{_filename_part(name, FILENAME_VALUE_CHARS)}-{value}")
    filters = "-".join(parts)[:FILENAME_FILTER_CHARS].strip("-")
    return "-".join(p for p in (stem, filters, f"{timezone.localdate():%Y-%m-%d}") if p) + (
        f".{extension}"
    )


BOM_PARAMETER = OpenApiParameter(
    "bom",
    str,
    enum=["0", "1"],
    description="1: start the file with a UTF-8 byte-order mark, so that spreadsheet "
    "programs (Excel) read it as UTF-8 when it is opened directly. 0 (default): none.",
)


def wants_bom(params) -> bool:
    """`bom=1` or `bom=0` (the default); anything else is a 400 naming it."""
    values = params.getlist("bom")
    if len(values) > 1:
        raise ValidationError({"bom": ["Give this parameter once."]})
    if values and values[0] not in ("0", "1"):
        raise ValidationError({"bom": ["Must be 0 or 1."]})
    return values == ["1"]


class ClaimExport(PublicAPIMixin, APIView):
    """Every published claim matching the claim-list filters, streamed."""

    filterset_class = ClaimFilterSet
    stem = "claims"
    extension = ""
    content_type = ""
    # Parameters the export takes besides the FilterSet's (base.PublicAPIMixin).
    query_parameters = ()
    # Sent before the connection is dropped when the stream fails (cut_short_on_failure).
    cut_short_marker = b""

    def get_queryset(self):
        return Claim.objects.public()

    def get(self, request):
        bom = self.read_bom(request.query_params)
        queryset = self.filter_queryset(self.get_queryset())
        url_for = claim_url_builder(request)
        slots = ExportSlots.acquire(request)
        if slots is None:
            raise self.too_many_exports()
        try:
            chunks = cut_short_on_failure(
                self.chunks(queryset, url_for, bom=bom), self.cut_short_marker
            )
            # The query runs for the first chunk, here: a database error is still an
            # error response (a 503), not a stream cut short.
            first = next(chunks, b"")
        except BaseException:
            slots.release()
            raise
        response = StreamingHttpResponse(
            SlotStream(_then(first, chunks), slots), content_type=self.content_type
        )
        filename = export_filename(self.stem, request.query_params, self.extension)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        # nginx: read the whole export from the worker at once and feed slow clients
        # itself (docs/operations.md#exports-under-load); other proxies ignore it.
        response["X-Accel-Buffering"] = "yes"
        return response

    def too_many_exports(self) -> RateLimited:
        wait = settings.EXPORT_RETRY_AFTER
        caps = ", ".join(
            f"{cap} {scope}"
            for cap, scope in (
                (settings.EXPORT_MAX_CONCURRENT, "at once"),
                (settings.EXPORT_MAX_PER_CLIENT, "per client"),
            )
            if cap
        )
        return RateLimited(
            wait,
            {
                "detail": f"Too many exports are running (at most {caps}): "
                f"try again in {wait} seconds.",
                "exports": "For the whole data set, download once and then fetch only what "
                "changed since, with `updated_after` (see the API documentation).",
            },
        )

    def perform_content_negotiation(self, request, force=False):
        """A client asking for the file's own type (`Accept: text/csv`) gets it, not a
        406; errors (400, 429, 503) are JSON whatever it asked for."""
        media_type = self.content_type.partition(";")[0]
        accepted = request.META.get("HTTP_ACCEPT", "")
        if api_settings.URL_FORMAT_OVERRIDE not in request.query_params and any(
            media_type_matches(media_type, item.strip())
            for item in accepted.split(",")
            if item.strip()
        ):
            return JSONRenderer(), JSONRenderer.media_type
        return super().perform_content_negotiation(request, force)

    def read_bom(self, params) -> bool:
        if "bom" not in self.query_parameters and "bom" in params:
            raise ValidationError({"bom": ["Only the CSV exports take a byte-order mark."]})
        return wants_bom(params)

    def filter_queryset(self, queryset):
        for backend in api_settings.DEFAULT_FILTER_BACKENDS:
            queryset = backend().filter_queryset(self.request, queryset, self)
        return queryset


def _then(first, rest):
    yield first
    yield from rest


def _columns_text(columns) -> str:
    """The CSV's columns for the schema, each with its label."""
    return "\n\n" + "\n".join(f"- `{c.flat_name}`: {c.label}" for c in columns)


@extend_schema(
    summary="Export claims as CSV",
    description="Every published claim matching the filters, streamed as UTF-8 CSV with "
    "the claim fields flattened: speaker_*, source_*, topics joined with ';', evidence "
    "URLs joined with a space; true/false for `corrected`; empty cells for nulls. Cells "
    "that a spreadsheet would run as a formula start with an apostrophe. The file name "
    "carries the main filters. Columns, in order:" + _columns_text(CLAIM_ROW),
    parameters=[BOM_PARAMETER],
    responses={
        (200, "text/csv"): OpenApiResponse(response=OpenApiTypes.STR, description="CSV file"),
        400: BAD_REQUEST,
    },
)
class ClaimCSVExport(ClaimExport):
    extension = "csv"
    content_type = "text/csv; charset=utf-8"
    query_parameters = ("bom",)
    cut_short_marker = CSV_CUT_SHORT

    def chunks(self, queryset, url_for, *, bom):
        if connection.vendor == "postgresql":
            # Written by the database's own COPY where the filters allow it.
            from claims.api.copy_export import claims_csv_chunks

            return claims_csv_chunks(queryset, url_for, bom=bom, rows=export_rows)
        return csv_chunks(export_rows(queryset, fmt="csv"), url_for, bom=bom)


@extend_schema(
    summary="Export claims as JSON lines",
    description="Every published claim matching the filters, streamed one JSON object "
    "per line, each with the fields of the claim endpoint. The file name carries the "
    "main filters.",
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

    def chunks(self, queryset, url_for, *, bom):
        return jsonl_chunks(export_rows(queryset, fmt="jsonl"), url_for)


@extend_schema(
    summary="Export evidence links as CSV",
    description="One row per evidence link of the published claims matching the claim "
    "filters (the filters apply to the claims), in the claims' order and then by stance, "
    "streamed as UTF-8 CSV, spreadsheet-safe as the claims export. Join it to the claims "
    "export on `claim_id`. Columns, in order:" + _columns_text(EVIDENCE_ROW),
    parameters=[BOM_PARAMETER],
    responses={
        (200, "text/csv"): OpenApiResponse(response=OpenApiTypes.STR, description="CSV file"),
        400: BAD_REQUEST,
    },
)
class EvidenceCSVExport(ClaimExport):
    stem = "evidence"
    extension = "csv"
    content_type = "text/csv; charset=utf-8"
    query_parameters = ("bom",)
    cut_short_marker = CSV_CUT_SHORT

    def chunks(self, queryset, url_for, *, bom):
        return csv_chunks(evidence_rows(queryset), url_for, columns=EVIDENCE_ROW, bom=bom)
