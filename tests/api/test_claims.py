import datetime

import pytest

from claims.models import Claim
from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    PublisherFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

CLAIM_FIELDS = {
    "id",
    "slug",
    "url",
    "text",
    "statement",
    "speaker",
    "said_on",
    "said_on_precision",
    "source",
    "quote_start",
    "quote_end",
    "status",
    "rating",
    "rating_label",
    "rating_value",
    "verdict",
    "corrected",
    "corrections_count",
    "topics",
    "evidence",
    "checked_by",
    "checked_on",
    "edited_by",
    "published_at",
    "updated_at",
    "revised_at",
}


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


def ids(response):
    return [row["id"] for row in results(response)]


@pytest.fixture
def full_claim():
    source = SourceFactory(publisher=PublisherFactory(name="UK Home Office"))
    claim = ClaimFactory(
        text="crossings coming down by a third compared to last year",
        speaker=SpeakerFactory(name="James Cleverly", role="Home Secretary"),
        source=source,
        quote_start=None,
        quote_end=None,
        topics=[TopicFactory(name="Small boats"), TopicFactory(name="Asylum")],
    )
    claim.full_clean()
    claim.save()
    EvidenceFactory(
        claim=claim,
        url="https://www.gov.uk/stats",
        title="Small boat arrivals",
        publisher="Home Office",
        stance="supports",
        archived_url="https://web.archive.org/x",
    )
    return claim


def test_claim_has_exactly_the_fields_of_the_contract(api, full_claim):
    row = results(api.get("/api/v1/claims/"))[0]
    assert set(row) == CLAIM_FIELDS
    assert row["url"] == f"http://testserver/claims/{full_claim.slug}/"
    assert row["speaker"] == {
        "id": full_claim.speaker_id,
        "name": "James Cleverly",
        "slug": "james-cleverly",
        "role": "Home Secretary",
        "organisation": "UK Government",
        "wikidata_id": "",
    }
    assert row["source"] == {
        "id": full_claim.source_id,
        "title": full_claim.source.title,
        "url": full_claim.source.url,
        "publisher": "UK Home Office",
        "published_on": "2023-12-05",
    }
    assert (row["quote_start"], row["quote_end"]) == (full_claim.quote_start, full_claim.quote_end)
    assert row["said_on"] == "2023-12-05"
    assert row["rating"] == "mostly_accurate"
    assert row["rating_label"] == "Mostly accurate"
    assert row["rating_value"] == 4
    assert (row["corrected"], row["corrections_count"]) == (False, 0)
    assert row["topics"] == ["asylum", "small-boats"]
    assert row["evidence"] == [
        {
            "url": "https://www.gov.uk/stats",
            "title": "Small boat arrivals",
            "publisher": "Home Office",
            "stance": "supports",
            "archived_url": "https://web.archive.org/x",
        }
    ]


def test_claim_without_source_has_null_source_and_empty_lists(api):
    ClaimFactory(unverified=True)
    row = results(api.get("/api/v1/claims/"))[0]
    assert row["source"] is None
    assert row["topics"] == []
    assert row["evidence"] == []
    assert row["rating"] == ""
    assert row["rating_label"] == ""
    assert row["rating_value"] is None


def test_claim_detail_by_id(api, full_claim):
    response = api.get(f"/api/v1/claims/{full_claim.id}/")
    assert response.status_code == 200
    assert set(response.json()) == CLAIM_FIELDS


def test_draft_claim_is_absent_from_list_and_detail(api):
    draft = ClaimFactory(draft=True, text="Secret draft words.")
    published = ClaimFactory()
    assert ids(api.get("/api/v1/claims/")) == [published.id]
    assert api.get(f"/api/v1/claims/{draft.id}/").status_code == 404
    assert ids(api.get("/api/v1/claims/", {"q": "secret"})) == []


def test_claims_are_newest_first_with_undated_last(api):
    old = ClaimFactory(said_on=datetime.date(2020, 1, 1))
    undated = ClaimFactory(said_on=None)
    new = ClaimFactory(said_on=datetime.date(2024, 1, 1))
    assert ids(api.get("/api/v1/claims/")) == [new.id, old.id, undated.id]
    assert ids(api.get("/api/v1/claims/", {"ordering": "said_on"})) == [old.id, new.id, undated.id]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"speaker": "james-cleverly"}, {"cleverly"}),
        ({"topic": "asylum"}, {"cleverly"}),
        ({"source": "the-source"}, {"cleverly"}),
        ({"status": "unverified"}, {"unverified"}),
        ({"rating": "inaccurate"}, {"old"}),
        ({"said_after": "2023-01-01"}, {"cleverly", "unverified"}),
        ({"said_before": "2021-12-31"}, {"old"}),
        ({"q": "boats"}, {"cleverly"}),
        ({"q": "cleverly"}, {"cleverly"}),
    ],
)
def test_each_filter_of_the_claim_list(api, params, expected):
    ClaimFactory(
        text="cleverly",
        statement="Small boats fell.",
        speaker=SpeakerFactory(name="James Cleverly"),
        source=SourceFactory(title="The source", body=""),
        topics=[TopicFactory(name="Asylum")],
    )
    ClaimFactory(text="unverified", unverified=True, said_on=datetime.date(2024, 2, 1))
    ClaimFactory(text="old", rating=Claim.Rating.INACCURATE, said_on=datetime.date(2021, 3, 1))
    ClaimFactory(text="draft", draft=True, speaker=SpeakerFactory(name="James Cleverly Jr"))
    rows = results(api.get("/api/v1/claims/", params))
    assert {row["text"] for row in rows} == expected


@pytest.mark.parametrize("count", [5, 50])
def test_claim_list_runs_a_fixed_number_of_queries(api, django_assert_max_num_queries, count):
    source = SourceFactory(body="")
    topic = TopicFactory()
    for _ in range(count):
        claim = ClaimFactory(source=source, topics=[topic])
        EvidenceFactory(claim=claim)
    with django_assert_max_num_queries(4):
        assert len(results(api.get("/api/v1/claims/", {"page_size": 100}))) == count


def test_pages_walk_the_whole_set_with_cursors_without_repeats(api):
    made = [ClaimFactory(said_on=datetime.date(2023, 1, 1 + i % 3)).id for i in range(7)]
    made.append(ClaimFactory(said_on=None).id)
    seen, url, pages = [], "/api/v1/claims/?page_size=3", 0
    while url:
        body = api.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url, pages = body["next"], pages + 1
    assert pages == 3
    assert sorted(seen) == sorted(made)
    assert len(seen) == len(set(seen))


@pytest.mark.parametrize("ordering", ["said_on", "-said_on", "updated", "-updated"])
def test_cursor_pages_follow_every_ordering(api, ordering):
    for i in range(5):
        ClaimFactory(said_on=None if i == 2 else datetime.date(2023, 1, 1 + i % 2))
    whole = ids(api.get("/api/v1/claims/", {"ordering": ordering}))
    walked, url = [], f"/api/v1/claims/?page_size=2&ordering={ordering}"
    while url:
        body = api.get(url).json()
        walked += [row["id"] for row in body["results"]]
        url = body["next"]
    assert walked == whole


def test_default_page_size_and_last_page_has_no_next(api):
    for _ in range(51):
        ClaimFactory()
    body = api.get("/api/v1/claims/").json()
    assert len(body["results"]) == 50
    assert body["next"]
    last = api.get(body["next"]).json()
    assert len(last["results"]) == 1
    assert last["next"] is None


def test_page_size_up_to_the_maximum_is_accepted(api):
    ClaimFactory()
    assert api.get("/api/v1/claims/", {"page_size": 200}).status_code == 200


def test_cursor_for_another_ordering_is_refused(api):
    for _ in range(3):
        ClaimFactory()
    next_url = api.get("/api/v1/claims/?page_size=1").json()["next"]
    response = api.get(next_url + "&ordering=updated")
    assert response.status_code == 400
    assert "cursor" in response.json()


def test_claimreview_matches_the_claim_page_builder(api, full_claim):
    from claims.claimreview import claim_review

    ClaimFactory(unverified=True)
    ClaimFactory(draft=True)
    rows = results(api.get("/api/v1/claimreview/"))
    expected = claim_review(
        Claim.objects.get(pk=full_claim.pk),
        claim_url=f"http://testserver/claims/{full_claim.slug}/",
    )
    assert rows == [expected]
    assert rows[0]["@type"] == "ClaimReview"
    assert rows[0]["reviewRating"]["ratingValue"] == 4


@pytest.mark.parametrize("count", [5, 50])
def test_claimreview_list_runs_a_fixed_number_of_queries(api, django_assert_max_num_queries, count):
    source = SourceFactory(body="")
    for _ in range(count):
        ClaimFactory(source=source)
    with django_assert_max_num_queries(2):
        assert len(results(api.get("/api/v1/claimreview/", {"page_size": 100}))) == count


@pytest.mark.parametrize("dated", [5, 50])
def test_page_crossing_into_undated_claims_stays_within_four_queries(
    api, django_assert_max_num_queries, dated
):
    topic = TopicFactory()
    for i in range(dated):
        EvidenceFactory(claim=ClaimFactory(said_on=datetime.date(2023, 1, 1 + i % 28)))
    for _ in range(3):
        EvidenceFactory(claim=ClaimFactory(said_on=None, topics=[topic]))
    next_url = api.get(f"/api/v1/claims/?page_size={dated - 2}").json()["next"]
    next_url = next_url.replace(f"page_size={dated - 2}", "page_size=5")
    with django_assert_max_num_queries(4):
        rows = results(api.get(next_url))
    assert [row["said_on"] for row in rows] == [rows[0]["said_on"], rows[1]["said_on"]] + [None] * 3
    assert all(row["topics"] == [topic.slug] for row in rows[2:])


@pytest.mark.parametrize("dense", [False, True])
def test_q_finds_the_same_page_whichever_plan_the_search_picks(api, dense, monkeypatch):
    from claims import search

    for i in range(6):
        ClaimFactory(text=f"Asylum backlog item {i}", said_on=datetime.date(2023, 1, 1 + i))
    ClaimFactory(text="Unrelated words.")
    monkeypatch.setattr(search, "DENSE_MATCHES", 3 if dense else 1000)
    with_q = ids(api.get("/api/v1/claims/", {"q": "asylum backlog", "page_size": 4}))
    expected = list(
        Claim.objects.filter(text__startswith="Asylum")
        .order_by("-said_on")
        .values_list("id", flat=True)[:4]
    )
    assert with_q == expected
