"""Strict parameters on every API endpoint; multi-valued filters mean OR (issue 13,
item 3)."""

import pytest

from claims.models import Claim
from tests.factories import ClaimFactory, CorrectionFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/claims/",
    "/api/v1/speakers/",
    "/api/v1/sources/",
    "/api/v1/topics/",
    "/api/v1/claimreview/",
    "/api/v1/corrections/",
]
EXPORTS = ["/api/v1/claims/export.csv", "/api/v1/claims/export.jsonl"]
MATCHES = "/api/v1/claims/matches/"


@pytest.fixture
def claim():
    claim = ClaimFactory(topics=[TopicFactory()])
    CorrectionFactory(claim=claim)
    return claim


def detail_urls(claim):
    return [
        f"/api/v1/claims/{claim.id}/",
        f"/api/v1/speakers/{claim.speaker_id}/",
        f"/api/v1/topics/{claim.topics.get().id}/",
        f"/api/v1/claimreview/{claim.id}/",
        f"/api/v1/corrections/{claim.corrections.get().id}/",
    ]


def assert_400_naming(response, name):
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    assert list(response.json()) == [name]


@pytest.mark.parametrize("url", [*LISTS, *EXPORTS, f"{MATCHES}?text=crossings"])
def test_unknown_parameter_is_a_400_naming_it(api, claim, url):
    response = api.get(url, {"ratings": "accurate"})
    assert_400_naming(response, "ratings")
    assert "Unknown parameter" in response.json()["ratings"][0]


def test_unknown_parameter_on_a_detail_is_a_400(api, claim):
    for url in detail_urls(claim):
        assert_400_naming(api.get(url, {"rating": "accurate"}), "rating")
        assert api.get(url, {"format": "json"}).status_code == 200


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize("name", ["page_size", "cursor"])
def test_repeated_paging_parameter_is_a_400(api, claim, url, name):
    assert_400_naming(api.get(f"{url}?{name}=1&{name}=2"), name)


@pytest.mark.parametrize("url", ["/api/v1/claims/", "/api/v1/claimreview/", *EXPORTS])
@pytest.mark.parametrize(
    "query",
    [
        "ordering=said_on&ordering=-said_on",
        "q=a&q=b",
        "said_after=2020-01-01&said_after=2021-01-01",
        "updated_after=2020-01-01&updated_after=2021-01-01",
        "format=json&format=json",
    ],
)
def test_repeated_single_valued_filter_is_a_400(api, claim, url, query):
    assert_400_naming(api.get(f"{url}?{query}"), query.partition("=")[0])


@pytest.mark.parametrize("url", ["/api/v1/claims/", *EXPORTS])
def test_two_orderings_at_once_are_a_400(api, claim, url):
    assert_400_naming(api.get(url, {"ordering": "said_on,-updated"}), "ordering")


def test_repeated_matches_parameter_is_a_400(api, claim):
    assert_400_naming(api.get(f"{MATCHES}?text=a&text=b"), "text")
    assert_400_naming(api.get(f"{MATCHES}?text=a&limit=1&limit=2"), "limit")


def test_page_number_is_refused_with_a_hint(api, claim):
    response = api.get("/api/v1/claims/", {"page": 2})
    assert_400_naming(response, "page")
    assert "next" in response.json()["page"][0]


@pytest.mark.parametrize(
    "url", ["/api/v1/claims/", "/api/v1/claimreview/", "/api/v1/corrections/", *EXPORTS]
)
def test_known_parameters_pass(api, claim, url):
    params = {"format": "json"} if not url.endswith((".csv", ".jsonl")) else {}
    if "corrections" in url:
        params.update(claim=claim.id, after="2000-01-01", page_size=5)
    else:
        params.update(rating="mostly_accurate", speaker=claim.speaker.slug, said_after="2000-01-01")
    assert api.get(url, params).status_code == 200


# OR semantics


@pytest.fixture
def ratings():
    return {
        rating: ClaimFactory(text=rating, rating=rating)
        for rating in (Claim.Rating.ACCURATE, Claim.Rating.MOSTLY_ACCURATE, Claim.Rating.MIXED)
    } | {"unverified": ClaimFactory(text="unverified", unverified=True)}


def texts(response):
    assert response.status_code == 200, response.content
    return sorted(row["text"] for row in response.json()["results"])


@pytest.mark.parametrize(
    "query",
    [
        "rating=accurate&rating=mixed",
        "rating=accurate,mixed",
        "rating=accurate,mixed&rating=mixed",
        "rating=accurate,,mixed,",
    ],
)
def test_multi_valued_rating_means_any_of_them_in_both_syntaxes(api, ratings, query):
    assert texts(api.get(f"/api/v1/claims/?{query}")) == ["accurate", "mixed"]


def test_multi_valued_status_means_any_of_them(api, ratings):
    assert texts(api.get("/api/v1/claims/?status=unverified&status=checked")) == sorted(
        ["accurate", "mostly_accurate", "mixed", "unverified"]
    )


def test_multi_valued_speaker_and_topic(api):
    one, two = SpeakerFactory(name="One"), SpeakerFactory(name="Two")
    asylum, boats = TopicFactory(name="Asylum"), TopicFactory(name="Boats")
    ClaimFactory(text="a", speaker=one, topics=[asylum, boats])
    ClaimFactory(text="b", speaker=two, topics=[boats])
    ClaimFactory(text="c", topics=[TopicFactory(name="Other")])
    assert texts(api.get("/api/v1/claims/?speaker=one,two")) == ["a", "b"]
    assert texts(api.get("/api/v1/claims/?speaker=one&speaker=two")) == ["a", "b"]
    # A claim on both topics comes once.
    assert texts(api.get("/api/v1/claims/?topic=asylum,boats")) == ["a", "b"]
    assert texts(api.get("/api/v1/claims/?topic=asylum")) == ["a"]


def test_any_bad_value_among_many_is_a_400(api, ratings):
    response = api.get("/api/v1/claims/?rating=accurate,great")
    assert_400_naming(response, "rating")
    assert "great" in response.json()["rating"][0]
    assert_400_naming(api.get("/api/v1/claims/?speaker=ok,not%20a%20slug"), "speaker")


def test_too_many_values_are_a_400(api):
    query = "&".join(f"speaker=s{i}" for i in range(21))
    assert_400_naming(api.get(f"/api/v1/claims/?{query}"), "speaker")


def test_multi_valued_filters_apply_to_exports(api, ratings):
    response = api.get("/api/v1/claims/export.csv?rating=accurate&rating=mixed")
    assert response.status_code == 200
    rows = b"".join(response.streaming_content).decode().strip().splitlines()
    assert len(rows) == 3
