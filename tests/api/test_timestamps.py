"""One timestamp format in every API response and export (issue 13): RFC 3339 in UTC,
whole seconds, `Z` — what pandas.to_datetime and read_csv(parse_dates=…) read as one
column. Dates stay `YYYY-MM-DD`."""

import csv
import datetime
import io
import json
import re

import pytest
import time_machine

from claims.api.rows import utc_timestamp
from tests.factories import ClaimFactory, CorrectionFactory

pytestmark = pytest.mark.django_db

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
# Anything that starts like a timestamp must be one, whatever its field's name.
LOOKS_LIKE_A_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d")
# Microseconds, and a moment that is another day in London than in UTC.
WITH_MICROSECONDS = datetime.datetime(2024, 6, 3, 23, 30, 58, 251827, tzinfo=datetime.UTC)


def strings(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, str):
        yield value


def timestamps(value) -> list[str]:
    found = [s for s in strings(value) if LOOKS_LIKE_A_TIMESTAMP.match(s)]
    assert found, "no timestamp found"
    return found


def assert_one_format(value):
    for text in timestamps(value):
        assert TIMESTAMP.match(text), text


def streamed(response) -> str:
    assert response.status_code == 200, response
    return b"".join(response.streaming_content).decode()


@pytest.fixture
def claim():
    with time_machine.travel(WITH_MICROSECONDS, tick=False):
        claim = ClaimFactory(published_at=WITH_MICROSECONDS, revised_at=WITH_MICROSECONDS)
        CorrectionFactory(claim=claim)
    return claim


@pytest.mark.parametrize(
    "value",
    [
        datetime.datetime(2024, 6, 3, 9, 0, tzinfo=datetime.UTC),
        datetime.datetime(
            2024, 6, 3, 10, 0, 0, 999999, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
        ),
        "2024-06-03 09:00:00",
        "2024-06-03 09:00:00.999999",
    ],
)
def test_utc_timestamp_writes_whole_seconds_in_utc(value):
    assert utc_timestamp(value) == "2024-06-03T09:00:00Z"


def test_claims_api_list_and_detail(api, claim):
    row = api.get("/api/v1/claims/").json()["results"][0]
    assert row["published_at"] == row["updated_at"] == row["revised_at"] == "2024-06-03T23:30:58Z"
    assert_one_format(row)
    assert_one_format(api.get(f"/api/v1/claims/{claim.slug}/").json())


def test_csv_export(api, claim):
    (row,) = csv.DictReader(io.StringIO(streamed(api.get("/api/v1/claims/export.csv"))))
    for column in ("published_at", "updated_at", "revised_at"):
        assert row[column] == "2024-06-03T23:30:58Z"
    assert_one_format(row)


def test_jsonl_export(api, claim):
    line, _trailer = streamed(api.get("/api/v1/claims/export.jsonl")).splitlines()
    row = json.loads(line)
    assert row["published_at"] == "2024-06-03T23:30:58Z"
    assert_one_format(row)


def test_corrections_endpoint(api, claim):
    body = api.get("/api/v1/corrections/").json()
    assert body["results"][0]["created_at"] == "2024-06-03T23:30:58Z"
    assert_one_format(body)


def test_claimreview_api_and_page(api, client, claim):
    review = api.get("/api/v1/claimreview/").json()["results"][0]
    assert review["dateModified"] == "2024-06-03T23:30:58Z"
    assert review["datePublished"] == "2024-06-03"
    assert_one_format(review)
    page = client.get(claim.get_absolute_url()).content.decode()
    jsonld = page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert json.loads(jsonld)["dateModified"] == "2024-06-03T23:30:58Z"


def test_matches_endpoint(api, claim):
    claim.text = claim.statement = "The health service now employs 135,000 nurses."
    claim.save(update_fields=["text", "statement"])
    response = api.get("/api/v1/claims/matches/", {"text": claim.text})
    assert response.status_code == 200, response.content
    (match,) = response.json()["results"]
    assert match["published_at"] == "2024-06-03T23:30:58Z"


def test_every_api_schema_timestamp_is_documented_as_date_time(api):
    schema = api.get("/api/schema/", {"format": "json"}).json()["components"]["schemas"]
    for name in ("published_at", "updated_at", "revised_at"):
        assert schema["Claim"]["properties"][name]["format"] == "date-time"
    assert schema["Correction"]["properties"]["created_at"]["format"] == "date-time"
