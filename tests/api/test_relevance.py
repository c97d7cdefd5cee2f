"""With `q`, the claims API orders by relevance (the default) and its cursor pages
carry the score: every match comes once, best first."""

import pytest

from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def matches(db):
    strong = ClaimFactory(
        text="Clinic waiting lists fell; clinic staff rose; clinic budgets grew.",
        statement="Clinic clinic clinic.",
        verdict="",
    )
    weak = [
        ClaimFactory(text=f"A new clinic opened in town {n}.", statement="", verdict="")
        for n in range(5)
    ]
    ClaimFactory(text="Bus fares rose.", statement="", verdict="")
    return strong, weak


def test_the_best_match_comes_first_by_default(client, matches):
    strong, _ = matches

    results = client.get("/api/v1/claims/", {"q": "clinic"}).json()["results"]

    assert results[0]["id"] == strong.id
    assert len(results) == 6


def test_cursor_pages_of_a_ranked_search_bring_every_match_once(client, matches):
    strong, weak = matches
    seen, url, params = [], "/api/v1/claims/", {"q": "clinic", "page_size": 2}
    while url:
        page = client.get(url, params).json()
        seen += [row["id"] for row in page["results"]]
        url, params = page["next"], None

    assert seen[0] == strong.id
    assert sorted(seen) == sorted([strong.id, *(claim.id for claim in weak)])


def test_date_order_is_still_there_when_asked_for(client, matches):
    results = client.get("/api/v1/claims/", {"q": "clinic", "ordering": "-said_on"}).json()

    ids = [row["id"] for row in results["results"]]
    assert ids == sorted(ids, reverse=True)  # same said_on: newest id first


def test_relevance_without_words_is_the_date_order(client, matches):
    response = client.get("/api/v1/claims/", {"ordering": "relevance"})

    assert response.status_code == 200
    assert len(response.json()["results"]) == 7
