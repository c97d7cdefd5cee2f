"""GET /api/v1/claims/matches/?text=…: published claims a sentence restates."""

import pytest
from django.core.management import call_command

from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/claims/matches/"
ASTHMA = "Hospital admissions for asthma among children fell by a third since 2019."
BUSES = "Bus passenger numbers outside London have fallen by 40% since 2010."
NURSES = "The health service now employs 135,000 nurses."


def matches(api, text, **params):
    response = api.get(URL, {"text": text, **params})
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_a_restatement_with_another_figure_form_finds_the_checked_claim(api):
    claim = ClaimFactory(text=ASTHMA, statement="")
    ClaimFactory(text=BUSES, statement="")

    [found] = matches(api, "Child asthma admissions to hospital are down 33% since 2019.")

    assert found["id"] == claim.id
    assert found["slug"] == claim.slug
    assert found["rating"] == "mostly_accurate"
    assert found["rating_label"] == "Mostly accurate"
    assert found["speaker"]["name"] == claim.speaker.name
    assert found["url"].endswith(f"/claims/{claim.slug}/")
    assert 0.5 <= found["score"] <= 1
    assert set(found) == {
        "id", "slug", "url", "text", "statement", "speaker", "said_on", "status", "rating",
        "rating_label", "published_at", "score",
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "There are now more than 135k nurses working in the health service.",
        "NHS: 135 thousand nurses employed by the health service.",
    ],
)
def test_counts_agree_across_wordings(api, text):
    claim = ClaimFactory(text=NURSES, statement="")

    assert [found["id"] for found in matches(api, text)] == [claim.id]


@pytest.mark.parametrize(
    "text",
    [
        "Inflation has fallen by a third since 2019.",  # another subject, same figure
        "Hospital admissions for asthma among children rose by a third since 2019.",  # reversed
        "Hospital admissions for asthma among children fell by a quarter since 2019.",  # figure
    ],
)
def test_sentences_of_the_same_shape_that_restate_nothing_find_nothing(api, text):
    ClaimFactory(text=ASTHMA, statement="")

    assert matches(api, text) == []


def test_best_match_comes_first_and_limit_caps_the_list(api):
    exact = ClaimFactory(text=BUSES, statement="")
    looser = ClaimFactory(text="Outside London, bus journeys are down 40 per cent.", statement="")
    ClaimFactory(text=ASTHMA, statement="")

    found = matches(api, BUSES)

    assert [row["id"] for row in found] == [exact.id, looser.id]
    assert found[0]["score"] >= found[1]["score"]
    assert [row["id"] for row in matches(api, BUSES, limit=1)] == [exact.id]


def test_drafts_never_appear(api):
    ClaimFactory(text=ASTHMA, statement="", draft=True)

    assert matches(api, ASTHMA) == []


def test_the_restatement_is_matched_too(api):
    claim = ClaimFactory(
        text="We have cut the queues by a third.",
        statement="Asthma admissions of children to hospital fell by a third since 2019.",
    )

    assert [row["id"] for row in matches(api, ASTHMA)] == [claim.id]


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "   "}, "text"),
        ({"text": "x" * 1001}, "text"),
        ({"text": ASTHMA, "limit": "0"}, "limit"),
        ({"text": ASTHMA, "limit": "21"}, "limit"),
        ({"text": ASTHMA, "limit": "five"}, "limit"),
        ({"text": ASTHMA, "q": "asthma"}, "q"),
        ({"text": [ASTHMA, BUSES]}, "text"),
    ],
)
def test_bad_input_is_a_400_naming_the_parameter(api, params, name):
    response = api.get(URL, params)

    assert response.status_code == 400
    assert name in response.json()


def test_matches_is_not_taken_for_a_claim_id(api):
    ClaimFactory(text=ASTHMA, slug="matches")

    response = api.get(URL, {"text": ASTHMA})

    assert response.status_code == 200
    assert "results" in response.json()


def test_anonymous_clients_are_throttled(api, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute"},
    }
    assert api.get(URL, {"text": ASTHMA}).status_code == 200
    assert api.get(URL, {"text": ASTHMA}).status_code == 200
    response = api.get(URL, {"text": ASTHMA})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0


@pytest.mark.parametrize("others", [3, 30])
def test_one_query_whatever_the_number_of_candidates(api, others, django_assert_max_num_queries):
    for n in range(others):
        ClaimFactory(text=f"Asthma admissions fell by a third in district {n} since 2019.")

    with django_assert_max_num_queries(1):
        found = matches(api, ASTHMA, limit=20)

    assert len(found) == min(others, 20)


def test_the_schema_documents_the_endpoint_and_its_text_parameter(tmp_path):
    out = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(out))
    schema = out.read_text()

    path = schema.split("  /api/v1/claims/matches/:\n", 1)[1].split("\n  /api/", 1)[0]
    assert "name: text\n" in path
    assert "required: true" in path
    assert "name: limit\n" in path
    assert "ClaimMatches" in path
    assert "score:" in schema
