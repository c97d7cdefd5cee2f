"""The byline, date precision and update date in the claim row (issue 11): the API,
the CSV and the JSON lines agree row for row."""

import csv
import datetime
import io
import json

import pytest

from tests.factories import ClaimFactory, StaffProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

DESK = "Open Claims Desk"
NEW_COLUMNS = (
    "said_on",
    "said_on_precision",
    "checked_by",
    "checked_on",
    "edited_by",
    "revised_at",
)


@pytest.fixture(autouse=True)
def _desk_name(settings):
    settings.FACTCHECK_ORG_NAME = DESK


def named(username, display_name):
    return StaffProfileFactory(user=UserFactory(username=username), display_name=display_name).user


@pytest.fixture
def claims():
    jane, robert = named("jdoe", "Jane Doe"), named("rsmith", "Robert Smith")
    published = datetime.datetime(2024, 1, 10, 23, 30, tzinfo=datetime.UTC)
    return {
        "named": ClaimFactory(
            said_on=datetime.date(2025, 3, 5),
            checked_by=jane,
            checked_on=datetime.date(2024, 1, 9),
            published_by=robert,
            published_at=published,
            revised_at=datetime.datetime(2024, 2, 3, 9, tzinfo=datetime.UTC),
        ),
        "unnamed": ClaimFactory(
            said_on=datetime.date(2025, 3, 1),
            said_on_precision="month",
            checked_by=UserFactory(username="login-name"),
            published_by=named("blank", ""),
            published_at=published,
        ),
        "desk": ClaimFactory(
            said_on=datetime.date(2025, 1, 1), said_on_precision="year", published_at=published
        ),
        "unchecked": ClaimFactory(unverified=True, checked_by=jane, said_on=None),
    }


EXPECTED = {
    "named": (
        "2025-03-05",
        "day",
        "Jane Doe",
        "2024-01-09",
        "Robert Smith",
        "2024-02-03T09:00:00Z",
    ),
    "unnamed": ("2025-03-01", "month", DESK, "2024-01-10", DESK, None),
    "desk": ("2025-01-01", "year", DESK, "2024-01-10", DESK, None),
    "unchecked": (None, "day", None, None, DESK, None),
}


def streamed(response) -> str:
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode()


def by_id(rows):
    return {int(row["id"]): row for row in rows}


def test_api_csv_and_jsonl_carry_the_new_columns_and_agree_row_for_row(api, claims):
    api_rows = by_id(api.get("/api/v1/claims/", {"page_size": 100}).json()["results"])
    # Less the last line, the trailer record {"_end": true, "rows": N}.
    jsonl_rows = by_id(
        json.loads(line)
        for line in streamed(api.get("/api/v1/claims/export.jsonl")).splitlines()[:-1]
    )
    csv_rows = by_id(csv.DictReader(io.StringIO(streamed(api.get("/api/v1/claims/export.csv")))))

    for name, claim in claims.items():
        expected = dict(zip(NEW_COLUMNS, EXPECTED[name], strict=True))
        assert {c: api_rows[claim.id][c] for c in NEW_COLUMNS} == expected, name
        assert {c: jsonl_rows[claim.id][c] for c in NEW_COLUMNS} == expected, name
        as_csv = {c: "" if v is None else v for c, v in expected.items()}
        assert {c: csv_rows[claim.id][c] for c in NEW_COLUMNS} == as_csv, name
    assert all(api_rows[i] == jsonl_rows[i] for i in api_rows)
    assert "login-name" not in json.dumps(api_rows)


def test_csv_header_lists_the_new_columns_in_the_row_order(api, claims):
    header = streamed(api.get("/api/v1/claims/export.csv")).splitlines()[0].split(",")

    assert header.index("said_on_precision") == header.index("said_on") + 1
    assert header[header.index("evidence") + 1 : header.index("evidence") + 4] == [
        "checked_by",
        "checked_on",
        "edited_by",
    ]
    assert header[-1] == "revised_at"


def test_csv_neutralises_a_public_name_a_spreadsheet_would_run(api):
    ClaimFactory(checked_by=named("evil", "=HYPERLINK(1)"))

    (row,) = csv.DictReader(io.StringIO(streamed(api.get("/api/v1/claims/export.csv"))))

    assert row["checked_by"] == "'=HYPERLINK(1)"


@pytest.mark.parametrize("url", ["/api/v1/claims/export.csv", "/api/v1/claims/export.jsonl"])
def test_exports_read_the_bylines_in_their_one_query(api, url, django_assert_max_num_queries):
    for i in range(20):
        ClaimFactory(checked_by=named(f"c{i}", f"Checker {i}"), published_by=named(f"e{i}", ""))
    with django_assert_max_num_queries(1):
        body = streamed(api.get(url))
    assert "Checker 19" in body


def test_api_list_reads_the_bylines_without_a_query_per_row(api, django_assert_max_num_queries):
    for i in range(20):
        ClaimFactory(checked_by=named(f"c{i}", f"Checker {i}"), published_by=named(f"e{i}", ""))
    with django_assert_max_num_queries(4):
        rows = api.get("/api/v1/claims/", {"page_size": 100}).json()["results"]
    assert {row["checked_by"] for row in rows} == {f"Checker {i}" for i in range(20)}


def test_claimreview_list_reads_the_people_without_a_query_per_row(
    api, django_assert_max_num_queries
):
    for i in range(20):
        ClaimFactory(checked_by=named(f"c{i}", f"Checker {i}"), published_by=named(f"e{i}", "E"))
    with django_assert_max_num_queries(2):
        rows = api.get("/api/v1/claimreview/", {"page_size": 100}).json()["results"]
    assert all(row["contributor"]["@type"] == "Person" for row in rows)
