import pytest

from tests.factories import (
    ClaimFactory,
    CorrectionFactory,
    PublisherFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_speaker_scorecard_counts_published_claims_per_rating(api):
    speaker = SpeakerFactory(name="James Cleverly")
    ClaimFactory(speaker=speaker, rating="accurate")
    ClaimFactory(speaker=speaker, rating="accurate")
    ClaimFactory(speaker=speaker, rating="misleading")
    ClaimFactory(speaker=speaker, unverified=True)
    ClaimFactory(speaker=speaker, rating="inaccurate", draft=True)
    (row,) = results(api.get("/api/v1/speakers/"))
    assert row["name"] == "James Cleverly"
    assert row["url"] == "http://testserver/speakers/james-cleverly/"
    assert row["claim_count"] == 4
    assert row["scorecard"] == {
        "accurate": 2,
        "mostly_accurate": 0,
        "mixed": 0,
        "misleading": 1,
        "inaccurate": 0,
        "unsupported": 0,
    }
    detail = api.get(f"/api/v1/speakers/{speaker.id}/").json()
    assert detail["scorecard"] == row["scorecard"]


def test_speaker_with_only_drafts_is_not_public(api):
    hidden = SpeakerFactory(name="Only Drafts")
    ClaimFactory(speaker=hidden, draft=True)
    assert results(api.get("/api/v1/speakers/")) == []
    assert api.get(f"/api/v1/speakers/{hidden.id}/").status_code == 404


def test_sources_carry_published_claim_counts(api):
    source = SourceFactory(publisher=PublisherFactory(name="UK Home Office"), body="Full text.")
    ClaimFactory(source=source)
    ClaimFactory(source=source, draft=True)
    SourceFactory(title="Only a draft's source", body="")
    ClaimFactory(source=SourceFactory(body=""), draft=True)
    (row,) = results(api.get("/api/v1/sources/"))
    assert row["claim_count"] == 1
    assert row["publisher"] == "UK Home Office"
    assert "body" not in row
    assert api.get(f"/api/v1/sources/{source.id}/").json()["body"] == "Full text."


def test_topics_carry_published_claim_counts(api):
    asylum, boats = TopicFactory(name="Asylum"), TopicFactory(name="Small boats")
    ClaimFactory(topics=[asylum, boats])
    ClaimFactory(topics=[asylum])
    ClaimFactory(topics=[boats], draft=True)
    TopicFactory(name="Unused")
    rows = results(api.get("/api/v1/topics/"))
    assert [(r["slug"], r["claim_count"]) for r in rows] == [("asylum", 2), ("small-boats", 1)]


def test_corrections_of_published_claims_newest_first(api):
    claim = ClaimFactory()
    first = CorrectionFactory(claim=claim, note="First fix.")
    second = CorrectionFactory(claim=claim, note="Second fix.")
    CorrectionFactory(claim=ClaimFactory(draft=True), note="Draft fix.")
    rows = results(api.get("/api/v1/corrections/"))
    assert [r["id"] for r in rows] == [second.id, first.id]
    assert rows[0]["claim"] == claim.id
    assert rows[0]["claim_url"] == f"http://testserver/claims/{claim.slug}/"
    assert "corrected_by" not in rows[0]


def test_corrections_list_starts_empty(api):
    assert results(api.get("/api/v1/corrections/")) == []


@pytest.mark.parametrize(
    ("url", "bound"),
    [
        ("/api/v1/speakers/", 1),
        ("/api/v1/sources/", 1),
        ("/api/v1/topics/", 1),
        ("/api/v1/corrections/", 1),
    ],
)
@pytest.mark.parametrize("count", [5, 50])
def test_collection_lists_run_a_fixed_number_of_queries(
    api, django_assert_max_num_queries, url, bound, count
):
    topic = TopicFactory()
    for _ in range(count):
        claim = ClaimFactory(source=SourceFactory(body=""), topics=[topic])
        CorrectionFactory(claim=claim)
    with django_assert_max_num_queries(bound):
        results(api.get(url, {"page_size": 100}))


def test_collection_pages_walk_with_cursors(api):
    for _ in range(5):
        ClaimFactory()
    names, url = [], "/api/v1/speakers/?page_size=2"
    while url:
        body = api.get(url).json()
        names += [row["name"] for row in body["results"]]
        url = body["next"]
    assert len(names) == 5
    assert names == sorted(names)
