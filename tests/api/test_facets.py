"""Facet counts on the claims API (issue 13, item 9)."""

import datetime

import pytest

from claims.models import Claim
from tests.factories import ClaimFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims():
    cleverly, sunak = SpeakerFactory(name="James Cleverly"), SpeakerFactory(name="Rishi Sunak")
    asylum, boats = TopicFactory(name="Asylum"), TopicFactory(name="Small boats")
    rows = [
        (cleverly, "misleading", [asylum, boats], datetime.date(2023, 12, 5)),
        (cleverly, "misleading", [asylum], datetime.date(2023, 1, 5)),
        (cleverly, "accurate", [], datetime.date(2022, 6, 1)),
        (sunak, "misleading", [boats], None),
        (sunak, "", [boats], datetime.date(2023, 3, 1)),
    ]
    for speaker, rating, topics, said_on in rows:
        extra = {"unverified": True} if not rating else {"rating": rating}
        ClaimFactory(speaker=speaker, topics=topics, said_on=said_on, **extra)
    ClaimFactory(speaker=sunak, rating="accurate", draft=True, topics=[asylum])


def facets(response):
    assert response.status_code == 200, response.content
    return response.json()["facets"]


def test_facets_count_every_value_of_the_whole_set(api, claims):
    body = facets(api.get("/api/v1/claims/?facet=rating,speaker,topic,status,year&page_size=1"))
    assert body["rating"] == [
        {"value": "misleading", "label": "Misleading", "count": 3},
        {"value": "", "label": "Not yet rated", "count": 1},
        {"value": "accurate", "label": "Accurate", "count": 1},
    ]
    assert body["speaker"] == [
        {"value": "james-cleverly", "label": "James Cleverly", "count": 3},
        {"value": "rishi-sunak", "label": "Rishi Sunak", "count": 2},
    ]
    assert body["topic"] == [
        {"value": "small-boats", "label": "Small boats", "count": 3},
        {"value": "asylum", "label": "Asylum", "count": 2},
    ]
    assert body["status"] == [
        {"value": "checked", "label": "Checked", "count": 4},
        {"value": "unverified", "label": "Not yet checked", "count": 1},
    ]
    assert body["year"] == [
        {"value": 2023, "label": "2023", "count": 3},
        {"value": 2022, "label": "2022", "count": 1},
        {"value": None, "label": "Undated", "count": 1},
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"rating": "misleading"},
        {"speaker": "rishi-sunak"},
        {"topic": "small-boats"},
        {"said_after": "2023-01-01"},
        {"rating": "misleading,accurate", "topic": "asylum"},
        {"q": "crossings"},
        {"rating": "mixed"},
    ],
)
def test_facet_counts_equal_the_filtered_counts(api, claims, params):
    names = "rating,speaker,topic,status,year"
    body = facets(api.get("/api/v1/claims/", {**params, "facet": names, "page_size": 200}))
    rows = api.get("/api/v1/claims/", {**params, "page_size": 200}).json()["results"]
    for name in ("rating", "speaker", "status"):
        key = (
            (lambda row: row["speaker"]["slug"]) if name == "speaker" else (lambda r, n=name: r[n])
        )
        expected = {}
        for row in rows:
            expected[key(row)] = expected.get(key(row), 0) + 1
        assert {f["value"]: f["count"] for f in body[name]} == expected
    years = {}
    for row in rows:
        year = int(row["said_on"][:4]) if row["said_on"] else None
        years[year] = years.get(year, 0) + 1
    assert {f["value"]: f["count"] for f in body["year"]} == years
    topics = {}
    for row in rows:
        for slug in row["topics"]:
            topics[slug] = topics.get(slug, 0) + 1
    assert {f["value"]: f["count"] for f in body["topic"]} == topics


def test_facets_come_only_when_asked(api, claims):
    body = api.get("/api/v1/claims/").json()
    assert "facets" not in body
    assert list(facets(api.get("/api/v1/claims/?facet=status&facet=rating"))) == [
        "rating",
        "status",
    ]


def test_next_link_leaves_facets_out(api, claims):
    body = api.get("/api/v1/claims/?facet=rating&page_size=2&rating=misleading").json()
    assert "facet=" not in body["next"] and "rating=misleading" in body["next"]


@pytest.mark.parametrize("value", ["colour", "rating,colour", "speakers"])
def test_unknown_facet_is_a_400_naming_it(api, claims, value):
    response = api.get("/api/v1/claims/", {"facet": value})
    assert response.status_code == 400
    assert list(response.json()) == ["facet"]


def test_facets_are_only_on_the_claims_list(api, claims):
    assert api.get("/api/v1/claimreview/?facet=rating").status_code == 400
    assert api.get("/api/v1/claims/export.csv?facet=rating").status_code == 400


def test_speaker_and_topic_facets_keep_the_top_twenty(api):
    for i in range(22):
        speaker = SpeakerFactory(name=f"Speaker {i:02}")
        for _ in range(1 + (i == 21)):
            ClaimFactory(speaker=speaker)
    rows = facets(api.get("/api/v1/claims/?facet=speaker"))["speaker"]
    assert len(rows) == 20
    assert rows[0] == {"value": "speaker-21", "label": "Speaker 21", "count": 2}


def test_no_match_gives_empty_facets(api, claims):
    body = facets(api.get("/api/v1/claims/?facet=rating,speaker&rating=mixed"))
    assert body == {"rating": [], "speaker": []}


@pytest.mark.parametrize("count", [5, 40])
def test_faceted_page_runs_one_query_per_facet(api, django_assert_max_num_queries, count):
    topic = TopicFactory()
    for i in range(count):
        ClaimFactory(topics=[topic], speaker=SpeakerFactory(name=f"S{i}"))
    # The page's 4, the data version, one GROUP BY per facet, the names of the top
    # speakers and topics.
    with django_assert_max_num_queries(4 + 1 + 5 + 2):
        assert api.get("/api/v1/claims/?facet=rating,speaker,topic,status,year").status_code == 200
    # Asked again before any change: the counts come from the cache.
    with django_assert_max_num_queries(4 + 1):
        assert api.get("/api/v1/claims/?facet=rating,speaker,topic,status,year").status_code == 200


def test_an_edit_is_counted_at_once(api, claims):
    url = "/api/v1/claims/?facet=rating"
    assert facets(api.get(url))["rating"][0]["count"] == 3
    claim = Claim.objects.filter(rating="misleading").first()
    claim.rating = "accurate"
    claim.save()
    counts = {row["value"]: row["count"] for row in facets(api.get(url))["rating"]}
    assert counts["misleading"] == 2 and counts["accurate"] == 2
