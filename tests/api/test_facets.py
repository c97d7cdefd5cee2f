"""Facet counts on the claims API (issue 13, item 9)."""

import datetime

import pytest
from django.db import connection

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
def test_the_whole_set_is_counted_from_the_kept_counts(api, django_assert_max_num_queries, count):
    topic = TopicFactory()
    for i in range(count):
        ClaimFactory(topics=[topic], speaker=SpeakerFactory(name=f"S{i}"))
    # The page's 4, one indexed read per facet, the names of the top speakers and
    # topics: the same however many claims there are.
    for params in ("", f"&topic={topic.slug}", "&rating=accurate,misleading"):
        with django_assert_max_num_queries(4 + 5 + 2 + 1):
            response = api.get(f"/api/v1/claims/?facet=rating,speaker,topic,status,year{params}")
        assert response.status_code == 200


@pytest.mark.parametrize("count", [5, 40])
def test_other_filtered_sets_run_one_query_per_facet_then_hit_the_cache(
    api, django_assert_max_num_queries, count
):
    topic = TopicFactory()
    for i in range(count):
        ClaimFactory(topics=[topic], speaker=SpeakerFactory(name=f"S{i}"))
    url = "/api/v1/claims/?facet=rating,speaker,topic,status,year&said_after=2000-01-01"
    # The page's 4, the data version, one GROUP BY per facet, the names of the top
    # speakers and topics; on PostgreSQL, the time limit's savepoint and settings.
    time_limit = 4 if connection.vendor == "postgresql" else 0
    with django_assert_max_num_queries(4 + 1 + 5 + 2 + time_limit):
        assert api.get(url).status_code == 200
    # Asked again before any change: the counts come from the cache.
    with django_assert_max_num_queries(4 + 1):
        assert api.get(url).status_code == 200


def test_an_edit_is_counted_at_once(api, claims):
    url = "/api/v1/claims/?facet=rating"
    assert facets(api.get(url))["rating"][0]["count"] == 3
    claim = Claim.objects.filter(rating="misleading").first()
    claim.rating = "accurate"
    claim.save()
    counts = {row["value"]: row["count"] for row in facets(api.get(url))["rating"]}
    assert counts["misleading"] == 2 and counts["accurate"] == 2


def test_facets_not_counted_in_time_are_named_not_guessed(api, claims, settings):
    settings.FACET_TIME_LIMIT_MS = 0
    response = api.get("/api/v1/claims/?facet=rating,year&said_after=2000-01-01")
    assert response.status_code == 200
    body = response.json()
    assert body["facets"] == {}
    assert body["facets_timed_out"] == ["rating", "year"]
    assert len(body["results"]) == 4
    # The kept counts need no time limit: the whole set is always counted.
    body = api.get("/api/v1/claims/?facet=rating").json()
    assert "facets_timed_out" not in body and body["facets"]["rating"]


def test_the_list_page_shows_its_options_without_counts_when_out_of_time(client, claims, settings):
    settings.FACET_TIME_LIMIT_MS = 0
    response = client.get("/claims/?said_after=2000-01-01")
    assert response.status_code == 200
    page = response.content.decode()
    assert ">Misleading<" in page and "Misleading (" not in page


def test_a_slow_count_is_stopped_at_the_time_limit_and_the_connection_still_works():
    from claims.facets import FacetTimedOut, time_limit

    slow = {
        "sqlite": "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
        "WHERE i < 100000000) SELECT count(*) FROM n",
        "postgresql": "SELECT pg_sleep(5)",
    }[connection.vendor]
    with (
        pytest.raises(FacetTimedOut),
        time_limit("default", 0.05),
        connection.cursor() as cursor,
    ):
        cursor.execute(slow)
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)
    assert Claim.objects.count() == 0
