"""Exports that cannot starve the pages (issue 14): a cap on exports at once, overall
and per client, with their slots given back however a stream ends; an export cut
short is recognisable (the JSON lines' trailer, the CSV's unfinished last line);
`Accept` with the file's own type is served."""

import csv
import datetime
import io
import json
import urllib.request

import pytest
import time_machine
from django.core.signals import request_finished
from django.db import OperationalError, close_old_connections, connection

from claims.api import exports
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

CSV_URL = "/api/v1/claims/export.csv"
JSONL_URL = "/api/v1/claims/export.jsonl"
EVIDENCE_URL = "/api/v1/evidence/export.csv"


@pytest.fixture
def caps(settings):
    def set_caps(overall, per_client):
        settings.EXPORT_MAX_CONCURRENT = overall
        settings.EXPORT_MAX_PER_CLIENT = per_client

    return set_caps


def get(api, url=CSV_URL, address="203.0.113.1", params=None, **headers):
    return api.get(url, params, REMOTE_ADDR=address, **headers)


def read(response) -> bytes:
    """The whole body; reading it to the end gives the slot back, as a server does."""
    return b"".join(response.streaming_content)


def close(response):
    """What the server does when the client goes away: close the response, without
    closing the test's database connection as `request_finished` would. A stream
    begun is closed through the test client's wrapper, which does just that."""
    response._iterator.close()
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)


LOST = OperationalError("server closed the connection unexpectedly")


@pytest.fixture
def failing_rows(monkeypatch):
    """The export's rows, then a lost connection; one chunk per row, so that the
    failure comes after the first bytes were sent. (The JSON lines are read from the
    cursor on every database; the claims CSV by COPY on PostgreSQL.)"""

    def rows(queryset, *, fmt):
        yield from real(queryset, fmt=fmt)
        raise LOST

    real = exports.export_rows
    monkeypatch.setattr(exports, "export_rows", rows)
    monkeypatch.setattr(exports, "CHUNK_BYTES", 1)


@pytest.fixture
def failing_csv(monkeypatch):
    """The CSV exports' chunks, whichever way they are written, then a lost connection."""

    def failing(original):
        def chunks(self, *args, **kwargs):
            yield from original(self, *args, **kwargs)
            raise LOST

        return chunks

    for view in (exports.ClaimCSVExport, exports.EvidenceCSVExport):
        monkeypatch.setattr(view, "chunks", failing(view.chunks))


def assert_too_many(response):
    assert response.status_code == 429
    assert response["Retry-After"] == "30"
    body = response.json()
    assert body["retry_after"] == 30
    assert "Too many exports" in body["detail"]


def test_exports_beyond_the_overall_cap_are_429_with_retry_after(api, caps):
    caps(overall=2, per_client=0)
    ClaimFactory()
    first, second = get(api, address="203.0.113.1"), get(api, address="203.0.113.2")
    assert (first.status_code, second.status_code) == (200, 200)

    assert_too_many(get(api, address="203.0.113.3"))
    assert_too_many(get(api, JSONL_URL, address="203.0.113.4"))
    assert_too_many(get(api, EVIDENCE_URL, address="203.0.113.5"))

    read(first)
    assert get(api, address="203.0.113.3").status_code == 200


def test_exports_beyond_the_per_client_cap_are_429_for_that_client_only(api, caps):
    caps(overall=10, per_client=1)
    ClaimFactory()
    held = get(api, address="203.0.113.1")
    assert held.status_code == 200

    assert_too_many(get(api, JSONL_URL, address="203.0.113.1"))
    other = get(api, address="198.51.100.7")
    assert other.status_code == 200

    read(held)
    assert get(api, address="203.0.113.1").status_code == 200
    read(other)


def test_the_client_is_told_when_to_retry_by_the_settings(api, caps, settings):
    caps(overall=1, per_client=1)
    settings.EXPORT_RETRY_AFTER = 5
    ClaimFactory()
    held = get(api)
    response = get(api, address="198.51.100.7")
    assert response.status_code == 429
    assert response["Retry-After"] == "5"
    assert response.json()["retry_after"] == 5
    read(held)


def test_a_refused_or_bad_request_takes_no_slot(api, caps):
    caps(overall=1, per_client=1)
    assert get(api, params={"rating": "great"}).status_code == 400
    assert get(api, params={"bom": "2"}).status_code == 400
    assert get(api).status_code == 200


def test_a_completed_stream_gives_its_slot_back(api, caps):
    caps(overall=1, per_client=1)
    ClaimFactory.create_batch(3)
    for _ in range(3):
        response = get(api)
        assert response.status_code == 200
        assert len(read(response).splitlines()) == 4


@pytest.mark.parametrize("url", [CSV_URL, JSONL_URL])
def test_a_stream_closed_by_the_client_gives_its_slot_back(api, caps, monkeypatch, url):
    caps(overall=1, per_client=1)
    monkeypatch.setattr(exports, "CHUNK_BYTES", 1)
    ClaimFactory.create_batch(5)
    response = get(api, url)
    next(iter(response.streaming_content))
    assert_too_many(get(api, address="198.51.100.7"))
    # The server closes the response when the client goes away mid-download.
    close(response)
    assert get(api, address="198.51.100.7").status_code == 200


def test_a_response_never_read_gives_its_slot_back_when_closed(api, caps):
    caps(overall=1, per_client=1)
    close(get(api))
    assert get(api).status_code == 200


@pytest.mark.parametrize("url", [CSV_URL, JSONL_URL])
def test_a_stream_that_fails_gives_its_slot_back(api, caps, failing_rows, failing_csv, url):
    caps(overall=1, per_client=1)
    ClaimFactory.create_batch(3)
    response = get(api, url)
    assert response.status_code == 200
    with pytest.raises(OperationalError):
        read(response)
    assert get(api, EVIDENCE_URL).status_code == 200


def test_slots_expire_when_a_worker_dies_holding_them(api, caps, settings):
    caps(overall=1, per_client=1)
    settings.EXPORT_SLOT_TIMEOUT = 60
    # A worker that dies mid-export never gives its slots back.
    held = get(api)
    assert held.status_code == 200
    with time_machine.travel(datetime.timedelta(seconds=59)):
        assert_too_many(get(api, address="198.51.100.7"))
    with time_machine.travel(datetime.timedelta(seconds=61)):
        assert get(api, address="198.51.100.7").status_code == 200


def test_jsonl_export_ends_with_a_trailer_record_counting_its_rows(api):
    ClaimFactory.create_batch(3)
    lines = read(get(api, JSONL_URL)).decode().splitlines()
    # Consumers check this last line: a file without it was cut short.
    assert json.loads(lines[-1]) == {"_end": True, "rows": 3}
    assert all("_end" not in json.loads(line) for line in lines[:-1])


def test_jsonl_export_cut_short_has_no_trailer(api, failing_rows):
    ClaimFactory.create_batch(3)
    response = get(api, JSONL_URL)
    received = []
    with pytest.raises(OperationalError):
        for chunk in response.streaming_content:
            received.append(chunk)
    lines = b"".join(received).decode().splitlines()
    assert lines
    assert all("_end" not in json.loads(line) for line in lines)


def test_csv_export_cut_short_does_not_end_on_a_whole_line(api, failing_csv):
    ClaimFactory.create_batch(3)
    response = get(api)
    received = []
    with pytest.raises(OperationalError):
        for chunk in response.streaming_content:
            received.append(chunk)
    body = b"".join(received)
    assert body.startswith(b"id,slug,")
    assert not body.endswith(b"\r\n")
    assert body.endswith(exports.CSV_CUT_SHORT)
    # A strict CSV reader fails on it; a lenient one gets a short last row.
    with pytest.raises(csv.Error):
        list(csv.reader(io.StringIO(body.decode()), strict=True))
    *_, last = csv.DictReader(io.StringIO(body.decode()))
    assert last["slug"] is None


def test_a_database_error_before_the_first_byte_is_a_503_not_a_short_file(api, monkeypatch):
    def chunks(self, *args, **kwargs):
        raise OperationalError("canceling statement due to statement timeout")
        yield

    for view in (exports.ClaimCSVExport, exports.ClaimJSONLExport):
        monkeypatch.setattr(view, "chunks", chunks)
    response = get(api)
    assert response.status_code == 503
    assert response["Retry-After"]
    assert response.json()["retry_after"] > 0
    assert get(api, JSONL_URL).status_code == 503


@pytest.mark.django_db(transaction=True)
def test_csv_export_cut_short_reaches_the_client_unfinished(live_server, failing_csv):
    ClaimFactory.create_batch(3)
    with urllib.request.urlopen(f"{live_server.url}{CSV_URL}", timeout=10) as response:
        assert response.status == 200
        body = response.read()
    assert body.startswith(b"id,slug,")
    assert body.endswith(exports.CSV_CUT_SHORT)


@pytest.mark.parametrize(
    ("url", "accept"),
    [
        (CSV_URL, "text/csv"),
        (CSV_URL, "text/csv; charset=utf-8"),
        (CSV_URL, "text/*"),
        (CSV_URL, "text/csv, application/json;q=0.5"),
        (EVIDENCE_URL, "text/csv"),
        (JSONL_URL, "application/x-ndjson"),
    ],
)
def test_accepting_the_files_own_type_is_served(api, url, accept):
    ClaimFactory()
    response = get(api, url, HTTP_ACCEPT=accept)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(accept.split(",")[0].split(";")[0].replace("*", ""))
    read(response)


def test_errors_are_json_whatever_the_client_accepts(api):
    response = get(api, params={"rating": "great"}, HTTP_ACCEPT="text/csv")
    assert response.status_code == 400
    assert set(response.json()) == {"rating"}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL statement timeout")
@pytest.mark.django_db(transaction=True)
def test_the_export_query_runs_under_its_own_statement_timeout(api, settings):
    settings.EXPORT_STATEMENT_TIMEOUT = 123
    ClaimFactory()
    seen = []

    def record(execute, sql, params, many, context):
        if "claims_claim" in sql and sql.lstrip().upper().startswith("SELECT"):
            raw = context["connection"].connection
            seen.append(raw.execute("SHOW statement_timeout").fetchone()[0])
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        read(get(api, JSONL_URL))
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        after = cursor.fetchone()[0]
    assert "123s" in seen or "2min 3s" in seen or "123000ms" in seen, seen
    assert after == "30s"
