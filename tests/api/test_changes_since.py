"""Changes since a date: updated_*/published_* on claims, exports and ClaimReview;
claim/after/before on the corrections log (issue 13, item 2)."""

import datetime

import pytest
from django.db import connection

from claims.models import Claim, Correction
from tests.factories import ClaimFactory, CorrectionFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
CLAIM_URLS = ["/api/v1/claims/", "/api/v1/claimreview/"]


def at(*args):
    return datetime.datetime(*args, tzinfo=UTC)


@pytest.fixture
def timeline():
    """Three claims last changed and first published at known instants."""
    rows = {
        "old": (at(2024, 1, 1, 9, 0, 0), at(2023, 12, 31, 23, 0, 0)),
        "edge": (at(2024, 3, 1, 12, 0, 0, 500_000), at(2024, 3, 1, 0, 0, 0)),
        "new": (at(2024, 6, 1, 8, 0, 0), at(2024, 5, 31, 23, 59, 59)),
    }
    claims = {}
    for text, (updated, published) in rows.items():
        claim = ClaimFactory(text=text, published_at=published)
        # `updated_at` is set on every save: write the instant past it.
        Claim.objects.filter(pk=claim.pk).update(updated_at=updated)
        claims[text] = claim
    return claims


def texts(response):
    assert response.status_code == 200, response.content
    return {row.get("text") or row["claimReviewed"] for row in response.json()["results"]}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"updated_after": "2024-03-01"}, {"edge", "new"}),
        ({"updated_after": "2024-03-02"}, {"new"}),
        ({"updated_before": "2024-03-01"}, {"old", "edge"}),
        ({"updated_before": "2024-02-29"}, {"old"}),
        # Whole seconds name that second: a row shown as 12:00:00Z is found both ways.
        ({"updated_after": "2024-03-01T12:00:00Z"}, {"edge", "new"}),
        ({"updated_before": "2024-03-01T12:00:00Z"}, {"old", "edge"}),
        ({"updated_after": "2024-03-01T12:00:01Z"}, {"new"}),
        # A fraction names that instant.
        ({"updated_after": "2024-03-01T12:00:00.6Z"}, {"new"}),
        ({"updated_before": "2024-03-01T12:00:00.4Z"}, {"old"}),
        # Offsets are honoured: 13:00+01:00 is 12:00Z; an unencoded "+" arrives as a space.
        ({"updated_after": "2024-03-01T13:00:00+01:00"}, {"edge", "new"}),
        ({"updated_after": "2024-03-01T13:00:00 01:00"}, {"edge", "new"}),
        ({"updated_after": "2024-03-01T07:00:01-05:00"}, {"new"}),
        ({"published_after": "2024-01-01"}, {"edge", "new"}),
        ({"published_before": "2023-12-31"}, {"old"}),
        ({"published_after": "2024-05-31T23:59:59Z"}, {"new"}),
        ({"published_after": "2024-03-01", "published_before": "2024-03-01"}, {"edge"}),
        ({"updated_after": "2024-06-02"}, set()),
        ({"updated_after": ""}, {"old", "edge", "new"}),
    ],
)
@pytest.mark.parametrize("url", ["/api/v1/claims/", "/api/v1/claims/export.jsonl"])
def test_changes_since_filters_at_their_edges(api, timeline, url, params, expected):
    response = api.get(url, params)
    if url.endswith(".jsonl"):
        assert response.status_code == 200
        import json

        body = b"".join(response.streaming_content).decode()
        *lines, trailer = body.splitlines()
        assert json.loads(trailer) == {"_end": True, "rows": len(lines)}
        assert {json.loads(line)["text"] for line in lines} == expected
    else:
        assert texts(response) == expected


def test_claimreview_takes_the_same_filters(api, timeline):
    response = api.get("/api/v1/claimreview/", {"updated_after": "2024-03-02"})
    assert response.status_code == 200
    assert len(response.json()["results"]) == 1


def test_csv_export_takes_the_same_filters(api, timeline):
    response = api.get("/api/v1/claims/export.csv", {"published_before": "2023-12-31"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert len(body.strip().splitlines()) == 2  # the header and "old"


def test_drafts_stay_hidden_from_changes_since(api):
    ClaimFactory(text="draft", draft=True)
    assert texts(api.get("/api/v1/claims/", {"updated_after": "2000-01-01"})) == set()


@pytest.mark.parametrize(
    "value",
    [
        "yesterday",
        "2024-13-01",
        "2024-02-30",
        "2024-03-01T12:00:00",  # no offset: RFC 3339 needs one
        "2024-03-01T12:00Z",
        "2024-03-01T25:00:00Z",
        "2024-03-01T12:00:00+24:00",
        "20240301",
        "2024-W09",
        "1" * 41,
    ],
)
@pytest.mark.parametrize(
    "name", ["updated_after", "updated_before", "published_after", "published_before"]
)
@pytest.mark.parametrize("url", [*CLAIM_URLS, "/api/v1/claims/export.csv"])
def test_bad_instant_is_a_400_naming_it(api, url, name, value):
    response = api.get(url, {name: value})
    assert response.status_code == 400
    assert list(response.json()) == [name]


def test_the_last_day_of_the_calendar_is_a_valid_bound(api, timeline):
    assert texts(api.get("/api/v1/claims/", {"updated_before": "9999-12-31"})) == {
        "old",
        "edge",
        "new",
    }


def test_changes_since_pages_walk_in_update_order(api, timeline):
    params = {"updated_after": "2024-01-01", "ordering": "-updated", "page_size": 1}
    seen = []
    url, query = "/api/v1/claims/", params
    while url:
        body = api.get(url, query).json()
        seen += [row["text"] for row in body["results"]]
        url, query = body["next"], None
    assert seen == ["new", "edge", "old"]


# The corrections log


@pytest.fixture
def corrections():
    first, second = ClaimFactory(), ClaimFactory()
    rows = {
        "a": (first, at(2024, 1, 10, 10, 0, 0)),
        "b": (first, at(2024, 2, 10, 10, 0, 0)),
        "c": (second, at(2024, 3, 10, 10, 0, 0)),
    }
    made = {}
    for note, (claim, when) in rows.items():
        correction = CorrectionFactory(claim=claim, note=note)
        Correction.objects.filter(pk=correction.pk).update(created_at=when)
        made[note] = correction
    CorrectionFactory(claim=ClaimFactory(draft=True), note="draft")
    return first, second, made


def notes(response):
    assert response.status_code == 200, response.content
    return [row["note"] for row in response.json()["results"]]


def test_corrections_of_one_claim(api, corrections):
    first, second, _ = corrections
    assert notes(api.get("/api/v1/corrections/", {"claim": first.id})) == ["b", "a"]
    assert notes(api.get("/api/v1/corrections/", {"claim": second.id})) == ["c"]


def test_corrections_of_an_unknown_or_draft_claim_are_an_empty_list(api, corrections):
    draft = Correction.objects.get(note="draft").claim
    assert notes(api.get("/api/v1/corrections/", {"claim": 999_999})) == []
    assert notes(api.get("/api/v1/corrections/", {"claim": draft.id})) == []


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"after": "2024-02-10"}, ["c", "b"]),
        ({"after": "2024-02-10T10:00:01Z"}, ["c"]),
        ({"before": "2024-02-10"}, ["b", "a"]),
        ({"before": "2024-02-10T09:59:59Z"}, ["a"]),
        ({"after": "2024-01-11", "before": "2024-03-09"}, ["b"]),
    ],
)
def test_corrections_made_in_a_span(api, corrections, params, expected):
    assert notes(api.get("/api/v1/corrections/", params)) == expected


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"claim": "abc"}, "claim"),
        ({"claim": "1.5"}, "claim"),
        ({"claim": "0"}, "claim"),
        ({"after": "last week"}, "after"),
        ({"before": "2024-02-30"}, "before"),
    ],
)
def test_bad_corrections_filter_is_a_400_naming_it(api, params, name):
    response = api.get("/api/v1/corrections/", params)
    assert response.status_code == 400
    assert list(response.json()) == [name]


# Query plans: a changes-since page reads an index range.


def explain(sql, params):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            return "\n".join(row[-1] for row in cursor.fetchall())
        cursor.execute("SET LOCAL enable_seqscan = off")  # tiny tables: judge the index use
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.parametrize(
    ("filters", "index"),
    [
        ({"updated_after": "2024-03-01"}, "claim_updated_idx"),
        ({"published_after": "2024-03-01", "ordering": "-updated"}, None),
    ],
)
def test_changes_since_page_reads_an_index_range(filters, index):
    from claims.filters import ClaimFilterSet

    data = {"ordering": "-updated", **filters}
    claims = ClaimFilterSet(data, queryset=Claim.objects.public()).qs[:51]
    sql, params = claims.query.sql_with_params()
    plan = explain(sql, params)
    if index:
        assert index in plan, plan
        assert "SCAN claims_claim\n" not in plan + "\n" and "Seq Scan" not in plan, plan
