"""With `q`, the claims API orders by relevance (the default) and its cursor pages
carry the score: every match comes once, best first."""

import pytest

from tests.factories import ClaimFactory, SpeakerFactory

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


@pytest.fixture
def dense(db, monkeypatch):
    """A term in more claims than a search ranks: only its 3 newest matches are
    ranked (DENSE_MATCHES), and the 2 best of them listed (RELEVANCE_WINDOW). Other
    claims between the matches, so that the newest ids hold few of them."""
    from claims import search

    monkeypatch.setattr(search, "DENSE_MATCHES", 3)
    monkeypatch.setattr(search, "RELEVANCE_WINDOW", 2)
    speaker = SpeakerFactory(name="Pat Doe")

    def claim(text):
        return ClaimFactory(text=text, statement="", verdict="", speaker=speaker)

    def others(n):
        for _ in range(n):
            claim("Bus fares rose.")

    others(20)
    made = {"oldest, best": claim("Clinic waits fell; clinic staff rose; clinic budgets grew.")}
    others(3)
    made["weak"] = claim("A new clinic opened in town.")
    others(4)
    made["strong"] = claim("Clinic waits fell; clinic staff rose.")
    others(2)
    made["newest, weak"] = claim("A new clinic opened in town.")
    others(5)
    return made


# PostgreSQL reads the newest ids first, NEWEST_SPAN per match wanted. Here 1 finds
# no match in the newest ids, then reads every match; 2 and 3 find some, then all 3
# in a range sized for the density seen; 1000 reads every id at once.
@pytest.mark.parametrize("span", [1, 2, 3, 1000])
def test_a_dense_term_ranks_its_newest_matches_best_first(client, dense, monkeypatch, span):
    monkeypatch.setattr("claims.search.NEWEST_SPAN", span)
    # The 3 newest matches are "newest, weak", "strong" and "weak"; the best of the
    # term, older, is not among them. Of the 3, the best 2: the stronger first, then
    # the newer of two equal scores.
    expected = [dense["strong"].id, dense["newest, weak"].id]

    api = client.get("/api/v1/claims/", {"q": "clinic"}).json()["results"]
    page = client.get("/claims/", {"q": "clinic"}).context["claims"]

    assert [row["id"] for row in api] == expected
    assert [claim.id for claim in page] == expected


def test_a_draft_is_never_found_however_well_it_matches(client, matches):
    draft = ClaimFactory(text="Clinic clinic clinic clinic.", statement="", verdict="", draft=True)

    api = client.get("/api/v1/claims/", {"q": "clinic"}).json()["results"]
    page = client.get("/claims/", {"q": "clinic"}).context["claims"]

    assert draft.id not in [row["id"] for row in api] + [claim.id for claim in page]
    assert len(api) == len(page) == 6
