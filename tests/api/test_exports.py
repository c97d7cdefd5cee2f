import csv
import datetime
import io
import json

import pytest
import time_machine

from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

CSV_URL = "/api/v1/claims/export.csv"
JSONL_URL = "/api/v1/claims/export.jsonl"


def streamed(response) -> str:
    return b"".join(response.streaming_content).decode()


def csv_rows(response):
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(streamed(response))))


def jsonl_rows(response):
    """The claims of a JSON-lines export, which ends with its trailer record: consumers
    check it, for a file without it was cut short."""
    assert response.status_code == 200
    *rows, trailer = [json.loads(line) for line in streamed(response).splitlines()]
    assert trailer == {"_end": True, "rows": len(rows)}
    return rows


def test_csv_export_has_the_flattened_claim_columns(api):
    claim = ClaimFactory(
        speaker=SpeakerFactory(name="James Cleverly"),
        source=SourceFactory(title="Treaty signed", body=""),
        topics=[TopicFactory(name="Small boats"), TopicFactory(name="Asylum")],
    )
    EvidenceFactory(claim=claim, url="https://a.example/1", stance="supports")
    EvidenceFactory(claim=claim, url="https://a.example/2", stance="contradicts")
    (row,) = csv_rows(api.get(CSV_URL))
    assert row["id"] == str(claim.id)
    assert row["url"] == f"http://testserver/claims/{claim.slug}/"
    assert row["speaker_name"] == "James Cleverly"
    assert row["source_title"] == "Treaty signed"
    assert row["topics"] == "asylum;small-boats"
    assert row["evidence"] == "https://a.example/2 https://a.example/1"
    assert row["rating_label"] == "Mostly accurate"
    assert row["said_on"] == "2023-12-05"
    assert row["published_at"].endswith("Z")


def test_csv_quotes_commas_quotes_newlines_and_keeps_non_ascii(api):
    text = 'He said "a third, at least"\nand then: Zürich — 135 000 asylum seekers'
    ClaimFactory(text=text, verdict="Ça va, “oui”.")
    response = api.get(CSV_URL)
    body = streamed(response)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert '"He said ""a third, at least""\nand then' in body
    (row,) = csv.DictReader(io.StringIO(body))
    assert row["text"] == text
    assert row["verdict"] == "Ça va, “oui”."


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_neutralises_cells_a_spreadsheet_would_run(api, start):
    ClaimFactory(text=f'{start}HYPERLINK("http://evil.example")', statement=f"{start}1+1")
    (row,) = csv_rows(api.get(CSV_URL))
    assert row["text"] == f'\'{start}HYPERLINK("http://evil.example")'
    assert row["statement"] == f"'{start}1+1"


def test_export_file_name_carries_the_date_when_unfiltered(api):
    ClaimFactory()
    with time_machine.travel(datetime.datetime(2024, 3, 9, 12, tzinfo=datetime.UTC)):
        csv_response = api.get(CSV_URL)
        # Read to the end, which gives the client's export slot back.
        streamed(csv_response)
        jsonl_response = api.get(JSONL_URL)
    assert csv_response["Content-Disposition"] == 'attachment; filename="claims-2024-03-09.csv"'
    assert jsonl_response["Content-Disposition"] == (
        'attachment; filename="claims-2024-03-09.jsonl"'
    )


def test_jsonl_lines_have_the_claim_fields_of_the_api(api):
    claim = ClaimFactory(source=SourceFactory(body=""), topics=[TopicFactory(name="Asylum")])
    EvidenceFactory(claim=claim, archived_url="https://web.archive.org/x")
    ClaimFactory(unverified=True, said_on=None)
    exported = jsonl_rows(api.get(JSONL_URL))
    listed = api.get("/api/v1/claims/").json()["results"]
    assert exported == listed


def test_exports_never_contain_drafts(api):
    ClaimFactory(text="Public words.")
    ClaimFactory(text="Secret draft words.", draft=True)
    assert [row["text"] for row in csv_rows(api.get(CSV_URL))] == ["Public words."]
    assert [row["text"] for row in jsonl_rows(api.get(JSONL_URL))] == ["Public words."]


def test_exports_apply_the_claim_list_filters(api):
    ClaimFactory(text="Rated inaccurate.", rating="inaccurate")
    ClaimFactory(text="Rated accurate about boats.", rating="accurate")
    assert [r["text"] for r in csv_rows(api.get(CSV_URL, {"rating": "inaccurate"}))] == [
        "Rated inaccurate."
    ]
    assert [r["text"] for r in jsonl_rows(api.get(JSONL_URL, {"q": "boats"}))] == [
        "Rated accurate about boats."
    ]


def test_export_of_an_empty_result_is_just_the_header(api):
    ClaimFactory()
    body = streamed(api.get(CSV_URL, {"q": '"'}))
    assert body.splitlines() == [body.splitlines()[0]]
    assert body.startswith("id,slug,url,")
    empty = streamed(api.get(JSONL_URL, {"q": "nothingmatchesthis"}))
    assert empty == '{"_end":true,"rows":0}\n'  # the trailer alone


@pytest.mark.parametrize("url", [CSV_URL, JSONL_URL])
@pytest.mark.parametrize("count", [5, 50])
def test_export_runs_one_query_whatever_the_row_count(
    api, django_assert_max_num_queries, url, count
):
    topic = TopicFactory()
    for _ in range(count):
        EvidenceFactory(claim=ClaimFactory(topics=[topic]))
    with django_assert_max_num_queries(1):
        response = api.get(url)
        lines = streamed(response).splitlines()
    assert len(lines) == count + 1  # the CSV's header, the JSON lines' trailer


def test_export_is_streamed_in_chunks(api):
    for _ in range(3):
        ClaimFactory()
    response = api.get(CSV_URL)
    assert response.streaming


@pytest.mark.parametrize("url", [CSV_URL, JSONL_URL])
def test_export_rejects_bad_filters_with_400_naming_them(api, url):
    response = api.get(url, {"rating": "great", "said_after": "yesterday"})
    assert response.status_code == 400
    assert set(response.json()) == {"rating", "said_after"}


def test_bom_1_prefixes_a_utf8_byte_order_mark_to_the_csv(api):
    ClaimFactory(verdict="“Curly” quotes")
    raw = b"".join(api.get(CSV_URL, {"bom": "1"}).streaming_content)
    assert raw.startswith(b"\xef\xbb\xbfid,slug,")
    (row,) = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    assert row["verdict"] == "“Curly” quotes"


@pytest.mark.parametrize("params", [{}, {"bom": "0"}])
def test_csv_has_no_byte_order_mark_unless_asked(api, params):
    ClaimFactory()
    assert b"".join(api.get(CSV_URL, params).streaming_content).startswith(b"id,slug,")


@pytest.mark.parametrize("value", ["yes", "true", "2", "", "1 "])
def test_bom_with_another_value_is_a_400_naming_it(api, value):
    response = api.get(CSV_URL, {"bom": value})
    assert response.status_code == 400
    assert set(response.json()) == {"bom"}


def test_bom_given_twice_is_a_400(api):
    response = api.get(f"{CSV_URL}?bom=1&bom=1")
    assert response.status_code == 400
    assert set(response.json()) == {"bom"}


def test_jsonl_takes_no_byte_order_mark(api):
    response = api.get(JSONL_URL, {"bom": "1"})
    assert response.status_code == 400
    assert set(response.json()) == {"bom"}


def test_export_file_name_carries_the_main_filters(api):
    ClaimFactory(rating="misleading", speaker=SpeakerFactory(name="Jane Doe"))
    params = {"rating": "misleading", "speaker": "jane-doe", "bom": "1"}
    with time_machine.travel(datetime.datetime(2026, 12, 1, 12, tzinfo=datetime.UTC)):
        csv_response = api.get(CSV_URL, params)
        streamed(csv_response)
        jsonl_response = api.get(JSONL_URL, {"rating": "mostly_accurate"})
    assert csv_response["Content-Disposition"] == (
        'attachment; filename="claims-rating-misleading-speaker-jane-doe-2026-12-01.csv"'
    )
    assert jsonl_response["Content-Disposition"] == (
        'attachment; filename="claims-rating-mostly-accurate-2026-12-01.jsonl"'
    )


def test_export_file_name_is_sanitised_and_bounded(api):
    ClaimFactory()
    query = 'Zürich "135,000"; rm -rf /\r\nSet-Cookie: x=1 ' + "a" * 150
    with time_machine.travel(datetime.datetime(2024, 3, 9, 12, tzinfo=datetime.UTC)):
        response = api.get(CSV_URL, {"q": query, "said_after": "2023-01-01"})
    disposition = response["Content-Disposition"]
    filename = disposition.removeprefix('attachment; filename="').removesuffix('"')
    assert filename.startswith("claims-q-zurich-135000-rm-rf-set-cookie-x1-")
    assert filename.endswith("-2024-03-09.csv")
    assert len(filename) <= 130
    stem = filename.removesuffix(".csv")
    assert all(c.isascii() and (c.isdigit() or c.islower() or c == "-") for c in stem)
    assert "--" not in stem
