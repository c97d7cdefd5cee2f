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
    assert response.status_code == 200
    return [json.loads(line) for line in streamed(response).splitlines()]


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


def test_export_file_name_carries_the_date(api):
    ClaimFactory()
    with time_machine.travel(datetime.datetime(2024, 3, 9, 12, tzinfo=datetime.UTC)):
        csv_response = api.get(CSV_URL)
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
    assert streamed(api.get(JSONL_URL, {"q": "nothingmatchesthis"})) == ""


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
    assert len(lines) == count + (url == CSV_URL)


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
