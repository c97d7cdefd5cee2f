"""The claim record of issue 13: the numeric rating, public corrections, the speaker's
organisation and Wikidata ID, and lookup by slug. The API, the CSV and the JSON
lines agree row for row."""

import csv
import io
import json

import pytest

from claims.models import Claim
from tests.factories import ClaimFactory, CorrectionFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

NEW_COLUMNS = ("rating_value", "corrected", "corrections_count")
SPEAKER_COLUMNS = ("organisation", "wikidata_id")


def streamed(response) -> str:
    assert response.status_code == 200, response
    return b"".join(response.streaming_content).decode()


def by_id(rows):
    return {int(row["id"]): row for row in rows}


def api_rows(api):
    response = api.get("/api/v1/claims/", {"page_size": 100})
    assert response.status_code == 200, response.content
    return by_id(response.json()["results"])


def jsonl_rows(api):
    lines = streamed(api.get("/api/v1/claims/export.jsonl")).splitlines()
    # The last line is the trailer record, {"_end": true, "rows": N}.
    assert json.loads(lines[-1]) == {"_end": True, "rows": len(lines) - 1}
    return by_id(json.loads(line) for line in lines[:-1])


def csv_rows(api):
    return by_id(csv.DictReader(io.StringIO(streamed(api.get("/api/v1/claims/export.csv")))))


def as_csv(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@pytest.fixture
def claims():
    minister = SpeakerFactory(name="Jane Doe", organisation="=Ministry of Truth", wikidata_id="Q42")
    corrected = ClaimFactory(speaker=minister, rating="misleading")
    CorrectionFactory(claim=corrected)
    CorrectionFactory(claim=corrected, old_rating="misleading", new_rating="mixed")
    once = ClaimFactory(rating="accurate")
    CorrectionFactory(claim=once)
    # A draft's corrections are not public, and the draft is not either.
    CorrectionFactory(claim=ClaimFactory(draft=True))
    return {
        "corrected": corrected,
        "once": once,
        "plain": ClaimFactory(speaker=SpeakerFactory(organisation="", wikidata_id="")),
        "unsupported": ClaimFactory(rating="unsupported"),
        "unrated": ClaimFactory(unverified=True),
    }


EXPECTED = {
    "corrected": (2, True, 2),
    "once": (5, True, 1),
    "plain": (4, False, 0),
    "unsupported": (None, False, 0),
    "unrated": (None, False, 0),
}


def test_api_csv_and_jsonl_carry_the_new_columns_and_agree_row_for_row(api, claims):
    listed, exported, spreadsheet = api_rows(api), jsonl_rows(api), csv_rows(api)

    assert set(listed) == set(exported) == set(spreadsheet) == {c.id for c in claims.values()}
    for name, claim in claims.items():
        expected = dict(zip(NEW_COLUMNS, EXPECTED[name], strict=True))
        assert {c: listed[claim.id][c] for c in NEW_COLUMNS} == expected, name
        assert {c: exported[claim.id][c] for c in NEW_COLUMNS} == expected, name
        assert {c: spreadsheet[claim.id][c] for c in NEW_COLUMNS} == {
            c: as_csv(v) for c, v in expected.items()
        }, name
        speaker = listed[claim.id]["speaker"]
        assert speaker == exported[claim.id]["speaker"]
        for column in SPEAKER_COLUMNS:
            assert speaker[column] == getattr(claim.speaker, column)
    assert listed == exported


def test_speaker_organisation_and_wikidata_id_in_every_output(api, claims):
    claim = claims["corrected"]
    assert api_rows(api)[claim.id]["speaker"]["organisation"] == "=Ministry of Truth"
    assert jsonl_rows(api)[claim.id]["speaker"]["wikidata_id"] == "Q42"
    row = csv_rows(api)[claim.id]
    # Text a spreadsheet would run as a formula is neutralised, as every text column is.
    assert row["speaker_organisation"] == "'=Ministry of Truth"
    assert row["speaker_wikidata_id"] == "Q42"


@pytest.mark.parametrize(
    ("rating", "value"),
    [
        ("accurate", 5),
        ("mostly_accurate", 4),
        ("mixed", 3),
        ("misleading", 2),
        ("inaccurate", 1),
        ("unsupported", None),
    ],
)
def test_rating_value_follows_the_claimreview_scale(api, rating, value):
    claim = ClaimFactory(rating=rating)
    assert Claim.RATING_VALUES.get(rating) == value
    assert api_rows(api)[claim.id]["rating_value"] == value
    assert jsonl_rows(api)[claim.id]["rating_value"] == value
    assert csv_rows(api)[claim.id]["rating_value"] == as_csv(value)


def test_every_rating_has_its_value_checked():
    # A rating added to the scale must be given a value here or be deliberately null.
    assert set(Claim.Rating.values) == set(Claim.RATING_VALUES) | {"unsupported"}


def test_corrections_of_other_claims_are_not_counted(api):
    claim = ClaimFactory()
    CorrectionFactory(claim=ClaimFactory())
    row = api.get(f"/api/v1/claims/{claim.id}/").json()
    assert (row["corrected"], row["corrections_count"]) == (False, 0)


def test_a_correction_counts_once_its_claim_is_public(api):
    claim = ClaimFactory(draft=True)
    CorrectionFactory(claim=claim)
    assert api.get(f"/api/v1/claims/{claim.id}/").status_code == 404
    claim.published_at = claim.created_at
    claim.save()
    row = api.get(f"/api/v1/claims/{claim.id}/").json()
    assert (row["corrected"], row["corrections_count"]) == (True, 1)


@pytest.mark.parametrize("count", [3, 30])
def test_list_queries_stay_fixed_whatever_the_corrections(
    api, django_assert_max_num_queries, count
):
    for _ in range(count):
        CorrectionFactory(claim=ClaimFactory())
    with django_assert_max_num_queries(3):
        rows = api.get("/api/v1/claims/", {"page_size": 100}).json()["results"]
    assert [row["corrections_count"] for row in rows] == [1] * count


@pytest.mark.parametrize("url", ["/api/v1/claims/export.csv", "/api/v1/claims/export.jsonl"])
def test_exports_read_the_corrections_in_their_one_query(api, django_assert_max_num_queries, url):
    for _ in range(10):
        CorrectionFactory(claim=ClaimFactory())
    with django_assert_max_num_queries(1):
        body = streamed(api.get(url))
    assert len(body.splitlines()) == 10 + 1  # the CSV's header, the JSON lines' trailer


def test_schema_documents_the_new_columns(api):
    schema = api.get("/api/schema/", {"format": "json"}).json()
    claim = schema["components"]["schemas"]["Claim"]["properties"]
    assert "5 accurate" in claim["rating_value"]["description"]
    assert claim["rating_value"]["nullable"] is True
    assert claim["corrected"]["type"] == "boolean"
    assert "public corrections" in claim["corrections_count"]["description"]
    speaker = schema["components"]["schemas"]["ClaimSpeaker"]["properties"]
    assert {"organisation", "wikidata_id"} <= set(speaker)
    assert "/api/v1/evidence/export.csv" in schema["paths"]


# Lookup by slug (and by id, as before).


def test_claim_detail_by_slug_is_the_claim_by_id(api):
    claim = ClaimFactory()
    by_slug = api.get(f"/api/v1/claims/{claim.slug}/")
    assert by_slug.status_code == 200
    assert by_slug.json() == api.get(f"/api/v1/claims/{claim.id}/").json()


def test_draft_and_unknown_slugs_are_404(api):
    draft = ClaimFactory(draft=True)
    assert api.get(f"/api/v1/claims/{draft.slug}/").status_code == 404
    assert api.get("/api/v1/claims/no-such-claim/").status_code == 404
    assert api.get("/api/v1/claims/99999/").status_code == 404


def test_digits_are_an_id_even_when_a_slug_is_made_of_digits(api):
    figure = ClaimFactory(statement="135,000")
    assert figure.slug == "135000"  # slugs come from text: a bare figure is all digits
    other = ClaimFactory()
    response = api.get(f"/api/v1/claims/{other.id}/")
    assert response.json()["id"] == other.id
    assert api.get(f"/api/v1/claims/{figure.id}/").json()["slug"] == "135000"


def test_claim_detail_by_slug_runs_a_fixed_number_of_queries(api, django_assert_max_num_queries):
    claim = ClaimFactory()
    with django_assert_max_num_queries(3):
        assert api.get(f"/api/v1/claims/{claim.slug}/").status_code == 200


def test_claim_page_links_to_its_json(client, api):
    claim = ClaimFactory()
    body = client.get(claim.get_absolute_url()).content.decode()
    link = f'<link rel="alternate" type="application/json" href="/api/v1/claims/{claim.id}/">'
    assert body.count(link) == 1
    assert api.get(f"/api/v1/claims/{claim.id}/").json()["slug"] == claim.slug
