import pytest

from claims.models import Speaker
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def test_publication_has_a_null_scorecard_in_list_and_detail(api):
    wikipedia = SpeakerFactory(name="Wikipedia", kind=Speaker.Kind.PUBLICATION)
    ClaimFactory(speaker=wikipedia, rating="accurate")

    (row,) = api.get("/api/v1/speakers/").json()["results"]
    detail = api.get(f"/api/v1/speakers/{wikipedia.id}/").json()

    assert row["kind"] == "publication"
    assert row["scorecard"] is None
    assert row["claim_count"] == 1
    assert detail["scorecard"] is None


def test_people_and_organisations_keep_their_scorecard(api):
    for kind in (Speaker.Kind.PERSON, Speaker.Kind.ORGANISATION):
        ClaimFactory(speaker=SpeakerFactory(kind=kind), rating="mixed")

    rows = api.get("/api/v1/speakers/").json()["results"]

    assert [row["scorecard"]["mixed"] for row in rows] == [1, 1]


def test_schema_says_the_scorecard_may_be_null(api):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/json").json()

    scorecard = schema["components"]["schemas"]["Speaker"]["properties"]["scorecard"]
    assert scorecard.get("nullable") is True or any(
        option.get("type") == "null" for option in scorecard.get("oneOf", [])
    ), scorecard
    assert "publication" in scorecard["description"]
