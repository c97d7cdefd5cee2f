"""Whole-set exports of published claims as CSV and JSON lines (SPEC §6).

One SQL query whatever the row count: topics and evidence are aggregated by
correlated subqueries, rows come from a server-side iterator of plain tuples (no
model instances), and the output is written in ~64 KB chunks, so memory stays
flat from ten rows to millions.
"""

import csv
import io
import json

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import TextField
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.http import StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from claims.api import BAD_REQUEST, PublicAPIMixin
from claims.filters import ClaimFilterSet
from claims.models import Claim
from claims.serializers import claim_url_builder

CHUNK_BYTES = 64 * 1024
ITERATOR_CHUNK_SIZE = 2000

# OWASP CSV injection: a spreadsheet runs cells starting with these as formulas.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = [
    "id",
    "slug",
    "url",
    "text",
    "statement",
    "speaker_id",
    "speaker_name",
    "speaker_slug",
    "speaker_role",
    "said_on",
    "source_id",
    "source_title",
    "source_url",
    "source_publisher",
    "source_published_on",
    "quote_start",
    "quote_end",
    "status",
    "rating",
    "rating_label",
    "verdict",
    "topics",
    "evidence",
    "published_at",
    "updated_at",
]

_VALUES = [
    "id",
    "slug",
    "text",
    "statement",
    "speaker_id",
    "speaker__name",
    "speaker__slug",
    "speaker__role",
    "said_on",
    "source_id",
    "source__title",
    "source__url",
    "source__publisher__name",
    "source__published_on",
    "quote_start",
    "quote_end",
    "status",
    "rating",
    "verdict",
    "topic_slugs",
    "evidence_data",
    "published_at",
    "updated_at",
]

_DATE_VALUES = ["said_on", "source__published_on", "published_at", "updated_at"]

RATING_LABELS = dict(Claim.Rating.choices)

# Per-claim aggregates, in each database's dialect. Topics are joined with ";"
# (slugs never contain one); evidence is either its URLs joined with a space (CSV)
# or a JSON array of objects (JSON lines).
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
_EVIDENCE_JSON_SQL = {
    "sqlite": "SELECT json_group_array(json_object('url', url, 'title', title, 'publisher', "
    "publisher, 'stance', stance, 'archived_url', archived_url)) FROM (SELECT * FROM "
    "claims_evidence e WHERE e.claim_id = claims_claim.id ORDER BY e.stance, e.id)",
    "postgresql": "SELECT coalesce(json_agg(json_build_object('url', e.url, 'title', e.title, "
    "'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url) "
    "ORDER BY e.stance, e.id), '[]')::text FROM claims_evidence e "
    "WHERE e.claim_id = claims_claim.id",
}


def export_rows(queryset, *, evidence_as: str):
    """Plain tuples in `_VALUES` order for the (filtered, ordered) published claims.

    The ORM builds the SQL; the rows are read raw, in chunks, from a server-side
    cursor (PostgreSQL) or SQLite's stepping cursor: Django's per-value converters
    would cost more than the query itself, so dates are formatted here instead."""
    vendor = connection.vendor
    evidence_sql = (_EVIDENCE_JSON_SQL if evidence_as == "json" else _EVIDENCE_URLS_SQL)[vendor]
    names = list(_VALUES)
    annotations = {
        "topic_slugs": RawSQL(_TOPICS_SQL[vendor], (), output_field=TextField()),
        "evidence_data": RawSQL(evidence_sql, (), output_field=TextField()),
    }
    if vendor == "sqlite":
        # As text, dates skip the sqlite3 module's per-value converters.
        for name in _DATE_VALUES:
            annotations[f"{name}_text"] = Cast(name, TextField())
            names[names.index(name)] = f"{name}_text"
    values = queryset.annotate(**annotations).values_list(*names)
    try:
        sql, params = values.query.sql_with_params()
    except EmptyResultSet:
        return
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(ITERATOR_CHUNK_SIZE):
            yield from rows


def neutralise(value):
    """A string a spreadsheet will show as text, never run as a formula."""
    if value and value[0] in FORMULA_TRIGGERS:
        return "'" + value
    return value


def _iso(value) -> str | None:
    """A timestamp as the API writes it: ISO 8601 in UTC with a Z."""
    if value is None:
        return None
    if isinstance(value, str):  # SQLite: "YYYY-MM-DD HH:MM:SS[.ffffff]", in UTC
        return f"{value[:10]}T{value[11:]}Z"
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _date(value) -> str | None:
    return value if value is None or isinstance(value, str) else value.isoformat()


def csv_chunks(rows, url_for):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    labels = RATING_LABELS
    for (
        pk,
        slug,
        text,
        statement,
        speaker_id,
        speaker_name,
        speaker_slug,
        speaker_role,
        said_on,
        source_id,
        source_title,
        source_url,
        source_publisher,
        source_published_on,
        quote_start,
        quote_end,
        status,
        rating,
        verdict,
        topics,
        evidence,
        published_at,
        updated_at,
    ) in rows:
        writer.writerow(
            (
                pk,
                slug,
                url_for(slug),
                neutralise(text),
                neutralise(statement),
                speaker_id,
                neutralise(speaker_name),
                speaker_slug,
                neutralise(speaker_role),
                said_on,
                source_id,
                neutralise(source_title),
                neutralise(source_url),
                neutralise(source_publisher),
                source_published_on,
                quote_start,
                quote_end,
                status,
                rating,
                labels.get(rating, ""),
                neutralise(verdict),
                topics,
                neutralise(evidence),
                _iso(published_at),
                _iso(updated_at),
            )
        )
        if buffer.tell() >= CHUNK_BYTES:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


def jsonl_chunks(rows, url_for):
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    labels = RATING_LABELS
    lines = []
    size = 0
    for (
        pk,
        slug,
        text,
        statement,
        speaker_id,
        speaker_name,
        speaker_slug,
        speaker_role,
        said_on,
        source_id,
        source_title,
        source_url,
        source_publisher,
        source_published_on,
        quote_start,
        quote_end,
        status,
        rating,
        verdict,
        topics,
        evidence,
        published_at,
        updated_at,
    ) in rows:
        source = None
        if source_id is not None:
            source = {
                "id": source_id,
                "title": source_title,
                "url": source_url,
                "publisher": source_publisher,
                "published_on": _date(source_published_on),
            }
        head = dumps(
            {
                "id": pk,
                "slug": slug,
                "url": url_for(slug),
                "text": text,
                "statement": statement,
                "speaker": {
                    "id": speaker_id,
                    "name": speaker_name,
                    "slug": speaker_slug,
                    "role": speaker_role,
                },
                "said_on": _date(said_on),
                "source": source,
                "quote_start": quote_start,
                "quote_end": quote_end,
                "status": status,
                "rating": rating,
                "rating_label": labels.get(rating, ""),
                "verdict": verdict,
                "topics": topics.split(";") if topics else [],
                "published_at": _iso(published_at),
                "updated_at": _iso(updated_at),
            }
        )
        # The evidence array is already JSON, built by the database.
        line = f'{head[:-1]},"evidence":{evidence or "[]"}}}\n'
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
        return csv_chunks(export_rows(queryset, evidence_as="urls"), url_for)


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
        return jsonl_chunks(export_rows(queryset, evidence_as="json"), url_for)
