"""The claims CSV says what the API says, cell for cell, whatever the database: topics
in slug order, evidence URLs by stance then id, corrections, spreadsheet-safe text,
and filters. Its cells are written as csv.writer writes them."""

import csv
import datetime
import io

import pytest
from django.http import QueryDict
from hypothesis import given
from hypothesis import strategies as st

from claims.api import exports
from claims.api.rows import (
    CLAIM_ROW,
    CORRECTED,
    EVIDENCE,
    EVIDENCE_ROW,
    TEXT,
    TOPICS,
    claim_url_builder,
    neutralise,
)
from claims.filters import ClaimFilterSet
from claims.models import Claim
from tests.factories import (
    ClaimFactory,
    CorrectionFactory,
    EvidenceFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

CSV_URL = "/api/v1/claims/export.csv"
LIST_URL = "/api/v1/claims/"


def expected_cell(column, record: dict) -> str:
    """The CSV cell the API record's value should give."""
    if column.group:
        group = record[column.group]
        value = None if group is None else group[column.name]
    else:
        value = record[column.name]
    if column.kind == TOPICS:
        value = ";".join(value)
    elif column.kind == EVIDENCE:
        value = neutralise(" ".join(link["url"] for link in value))
    elif column.kind == CORRECTED:
        value = "true" if value else "false"
    elif column.kind == TEXT:
        value = neutralise(value)
    return "" if value is None else str(value)


def exported_and_listed(api, params=None):
    response = api.get(CSV_URL, params or {})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    header, *rows = csv.reader(io.StringIO(body, newline=""))
    assert header == [column.flat_name for column in CLAIM_ROW]
    # The list in the export's order (newest first, or the asked ordering).
    listed = api.get(LIST_URL, {**(params or {}), "page_size": 100}).json()["results"]
    expected = [[expected_cell(c, record) for c in CLAIM_ROW] for record in listed]
    return rows, expected


@pytest.fixture
def varied_claims(db):
    boats, asylum, zeta = (TopicFactory(name=n) for n in ("Small boats", "Asylum", "Zeta"))
    speaker = SpeakerFactory(name='Jo "JJ" Smith, MP', organisation="=SUM(A1)", role="")
    several = ClaimFactory(
        speaker=speaker,
        text='=HYPERLINK("http://evil.example"), said twice\r\nand again',
        statement="-5% on last year",
        verdict='+ it rose; "quoted", @ see\tnotes',
        rating="misleading",
        source=SourceFactory(title="A, B and C", body=""),
        topics=[zeta, boats, asylum],
        said_on=datetime.date(2024, 5, 1),
    )
    # Created out of stance order: the export lists them by stance, then id.
    EvidenceFactory(claim=several, url="https://e.example/supports-1", stance="supports")
    EvidenceFactory(claim=several, url="https://e.example/contradicts", stance="contradicts")
    EvidenceFactory(claim=several, url="https://e.example/context", stance="context")
    EvidenceFactory(claim=several, url="https://e.example/supports-2", stance="supports")
    CorrectionFactory(claim=several)
    CorrectionFactory(claim=several)
    plain = ClaimFactory(
        text="Crossings fell by a third.", rating="accurate", said_on=datetime.date(2023, 1, 2)
    )
    EvidenceFactory(claim=plain, url="https://e.example/only")
    ClaimFactory(unverified=True, said_on=None, source=None, text="Undated, unchecked.")
    ClaimFactory(said_on=datetime.date(2025, 1, 1), said_on_precision="year", topics=[zeta])
    ClaimFactory(draft=True, text="A draft is never exported.", topics=[boats])
    return several


def test_csv_rows_are_the_api_records_cell_for_cell(api, varied_claims):
    rows, expected = exported_and_listed(api)
    assert len(rows) == 4
    assert rows == expected
    (several,) = [row for row in rows if row[0] == str(varied_claims.id)]
    cells = dict(zip([c.flat_name for c in CLAIM_ROW], several, strict=True))
    assert cells["topics"] == "asylum;small-boats;zeta"
    assert cells["evidence"] == (
        "https://e.example/context https://e.example/contradicts "
        "https://e.example/supports-1 https://e.example/supports-2"
    )
    assert (cells["corrected"], cells["corrections_count"]) == ("true", "2")
    assert cells["text"].startswith("'=HYPERLINK(")
    assert cells["speaker_organisation"] == "'=SUM(A1)"


@pytest.mark.parametrize(
    "params",
    [
        {"rating": "misleading"},
        {"rating": "accurate,misleading"},
        # The list ranks `q` by relevance unless told; the export reads every match by date.
        {"q": "crossings", "ordering": "-said_on"},
        {"topic": "zeta"},
        {"topic": "zeta,asylum"},
        {"speaker": "no-such-speaker"},
        {"said_after": "2024-01-01"},
        {"ordering": "said_on"},
        {"ordering": "-updated"},
    ],
)
def test_filtered_csv_rows_are_the_filtered_api_records(api, varied_claims, params):
    rows, expected = exported_and_listed(api, params)
    assert rows == expected


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_the_export_reads_each_claims_summary_row_once(db, fmt):
    """Topics, evidence and the corrections count come from the row the database
    keeps for each claim, in one join: no subquery over the related tables a row."""
    sql, _ = exports.export_sql(Claim.objects.public(), fmt=fmt)
    assert sql.count('JOIN "claims_claimsummary"') == 1
    for table in ("claims_evidence", "claims_claim_topics", "claims_correction"):
        assert table not in sql


def _writer_bytes(rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([column.flat_name for column in EVIDENCE_ROW])
    writer.writerows(rows)
    return buffer.getvalue().encode()


AWKWARD = [
    "",
    " ",
    "plain",
    "a,b",
    'say "hi"',
    '"',
    "line\nbreak",
    "carriage\rreturn",
    "crlf\r\n",
    "tab\there",
    "café ½ — “curly”",
    "\x00nul",
    "'=already",
    "trailing space ",
]


def test_csv_cells_are_written_as_csv_writer_writes_them():
    values = [*AWKWARD, None, 0, 7, -3, datetime.date(2024, 6, 3)]
    rows = [tuple((values[(i + j) % len(values)]) for j in range(9)) for i in range(len(values))]
    written = b"".join(exports.csv_chunks(iter(rows), None, columns=EVIDENCE_ROW))
    assert written == _writer_bytes(rows)


@given(st.lists(st.lists(st.one_of(st.none(), st.integers(), st.text()), min_size=9, max_size=9)))
def test_any_cells_are_written_as_csv_writer_writes_them(rows):
    rows = [tuple(row) for row in rows]
    written = b"".join(exports.csv_chunks(iter(rows), None, columns=EVIDENCE_ROW))
    assert written == _writer_bytes(rows)


def test_csv_chunks_are_about_64_kb_and_end_on_whole_lines():
    rows = [(i, "slug", "x" * 200, "", "", None, "", "", "") for i in range(2000)]
    chunks = list(exports.csv_chunks(iter(rows), None, columns=EVIDENCE_ROW))
    assert len(chunks) > 4
    assert all(exports.CHUNK_BYTES <= len(c) < 2 * exports.CHUNK_BYTES for c in chunks[:-1])
    assert all(c.endswith(b"\r\n") for c in chunks)
    assert b"".join(chunks) == _writer_bytes(rows)


def test_cursor_csv_of_a_filtered_queryset(varied_claims):
    """export_rows and csv_chunks, as the benchmark and the COPY comparison call them."""
    queryset = ClaimFilterSet(QueryDict("rating=misleading"), queryset=Claim.objects.public()).qs
    rows = exports.export_rows(queryset, fmt="csv")
    body = b"".join(exports.csv_chunks(rows, claim_url_builder(None)))
    header, *records = csv.reader(io.StringIO(body.decode(), newline=""))
    assert [record[0] for record in records] == [str(varied_claims.id)]
    assert records[0][header.index("evidence")].count("https://") == 4
