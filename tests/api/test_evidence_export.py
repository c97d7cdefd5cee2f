"""The evidence export (issue 13): one CSV row per evidence link of a published claim,
with the claim's id and slug; the claim-list filters choose the claims."""

import csv
import datetime
import io

import pytest
import time_machine

from tests.factories import ClaimFactory, EvidenceFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/evidence/export.csv"
HEADER = [
    "claim_id",
    "claim_slug",
    "url",
    "title",
    "publisher",
    "published_on",
    "stance",
    "archived_url",
    "note",
]


def streamed(response) -> str:
    assert response.status_code == 200, response.content
    return b"".join(response.streaming_content).decode()


def rows(response):
    return list(csv.DictReader(io.StringIO(streamed(response))))


def test_one_row_per_link_with_its_claim_id_and_slug(api):
    claim = ClaimFactory()
    EvidenceFactory(
        claim=claim,
        url="https://stats.example/a",
        title="Arrivals, “2023”",
        publisher="Home Office",
        published_on=datetime.date(2023, 11, 30),
        stance="contradicts",
        archived_url="https://web.archive.org/a",
        note="Shows a fall of 36%,\nnot a third.",
    )
    EvidenceFactory(claim=claim, url="https://stats.example/b", stance="supports")
    response = api.get(URL)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = streamed(response)
    assert body.splitlines()[0] == ",".join(HEADER)
    first, second = csv.DictReader(io.StringIO(body))
    assert first == {
        "claim_id": str(claim.id),
        "claim_slug": claim.slug,
        "url": "https://stats.example/a",
        "title": "Arrivals, “2023”",
        "publisher": "Home Office",
        "published_on": "2023-11-30",
        "stance": "contradicts",
        "archived_url": "https://web.archive.org/a",
        "note": "Shows a fall of 36%,\nnot a third.",
    }
    assert (second["url"], second["stance"], second["published_on"]) == (
        "https://stats.example/b",
        "supports",
        "",
    )


def test_rows_follow_the_claims_order_then_the_stance(api):
    old = ClaimFactory(said_on=datetime.date(2020, 1, 1))
    new = ClaimFactory(said_on=datetime.date(2024, 1, 1))
    EvidenceFactory(claim=old, url="https://a.example/old")
    EvidenceFactory(claim=new, url="https://a.example/new-context", stance="context")
    EvidenceFactory(claim=new, url="https://a.example/new-supports", stance="supports")
    ClaimFactory()  # no evidence: no row
    assert [r["url"] for r in rows(api.get(URL))] == [
        "https://a.example/new-context",
        "https://a.example/new-supports",
        "https://a.example/old",
    ]
    assert [r["url"] for r in rows(api.get(URL, {"ordering": "said_on"}))][0] == (
        "https://a.example/old"
    )


def test_drafts_evidence_is_never_exported(api):
    EvidenceFactory(claim=ClaimFactory(draft=True), url="https://secret.example/")
    EvidenceFactory(claim=ClaimFactory(), url="https://public.example/")
    assert [r["url"] for r in rows(api.get(URL))] == ["https://public.example/"]


def test_the_claim_list_filters_choose_the_claims(api):
    boats = TopicFactory(name="Small boats")
    jane = SpeakerFactory(name="Jane Doe")
    wanted = ClaimFactory(speaker=jane, rating="misleading", topics=[boats])
    EvidenceFactory(claim=wanted, url="https://a.example/wanted")
    EvidenceFactory(claim=wanted, url="https://a.example/wanted-too")
    EvidenceFactory(claim=ClaimFactory(speaker=jane, rating="accurate"), url="https://a.example/x")
    EvidenceFactory(claim=ClaimFactory(rating="misleading"), url="https://a.example/y")
    params = {"speaker": "jane-doe", "rating": "misleading", "topic": "small-boats"}
    assert sorted(r["url"] for r in rows(api.get(URL, params))) == [
        "https://a.example/wanted",
        "https://a.example/wanted-too",
    ]
    assert rows(api.get(URL, {"q": "nothingmatchesthis"})) == []


def test_bad_filters_are_a_400_naming_them(api):
    response = api.get(URL, {"rating": "great"})
    assert response.status_code == 400
    assert "rating" in response.json()


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_text_a_spreadsheet_would_run_is_neutralised(api, start):
    EvidenceFactory(title=f"{start}HYPERLINK(1)", publisher=f"{start}cmd", note=f"{start}2+2")
    (row,) = rows(api.get(URL))
    assert (row["title"], row["publisher"], row["note"]) == (
        f"'{start}HYPERLINK(1)",
        f"'{start}cmd",
        f"'{start}2+2",
    )


@pytest.mark.parametrize("count", [5, 50])
def test_one_query_whatever_the_row_count(api, django_assert_max_num_queries, count):
    for _ in range(count):
        claim = ClaimFactory()
        EvidenceFactory(claim=claim)
        EvidenceFactory(claim=claim)
    with django_assert_max_num_queries(1):
        response = api.get(URL)
        assert response.streaming
        lines = streamed(response).splitlines()
    assert len(lines) == 2 * count + 1


def test_bom_and_file_name(api):
    EvidenceFactory(claim=ClaimFactory(rating="misleading"))
    with time_machine.travel(datetime.datetime(2026, 12, 1, 12, tzinfo=datetime.UTC)):
        response = api.get(URL, {"rating": "misleading", "bom": "1"})
    assert streamed(response).startswith("\ufeffclaim_id,")
    assert response["Content-Disposition"] == (
        'attachment; filename="evidence-rating-misleading-2026-12-01.csv"'
    )
    assert not streamed(api.get(URL, {"bom": "0"})).startswith("\ufeff")
    assert api.get(URL, {"bom": "yes"}).status_code == 400
