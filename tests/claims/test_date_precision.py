"""When a claim was said, known to the day, the month or the year (issue 11)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from claims.claimreview import claim_review
from claims.forms import PARTIAL_DATE_INVALID, parse_partial_date
from claims.models import Claim, DatePrecision
from tests.factories import ClaimFactory, SpeakerFactory

D = datetime.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025", (D(2025, 1, 1), "year")),
        ("March 2025", (D(2025, 3, 1), "month")),
        ("mar 2025", (D(2025, 3, 1), "month")),
        ("2025-03", (D(2025, 3, 1), "month")),
        ("2025-03-05", (D(2025, 3, 5), "day")),
        ("5 March 2025", (D(2025, 3, 5), "day")),
        ("March 5, 2025", (D(2025, 3, 5), "day")),
        ("  ", None),
    ],
)
def test_partial_dates_are_read_to_their_precision(text, expected):
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize(
    "text", ["25", "2025-13", "2025-02-30", "31 February 2025", "Marchember 2025", "03/2025"]
)
def test_anything_else_is_a_clear_error(text):
    with pytest.raises(ValidationError) as raised:
        parse_partial_date(text)
    assert raised.value.messages == [PARTIAL_DATE_INVALID]


@pytest.mark.parametrize(
    ("said_on", "precision", "shown", "iso"),
    [
        (D(2025, 1, 1), "year", "2025", "2025"),
        (D(2025, 3, 1), "month", "March 2025", "2025-03"),
        (D(2025, 3, 5), "day", "5 March 2025", "2025-03-05"),
    ],
)
def test_a_date_is_shown_and_marked_up_at_its_precision(said_on, precision, shown, iso):
    claim = Claim(said_on=said_on, said_on_precision=precision)
    assert (claim.said_on_display, claim.said_on_iso) == (shown, iso)


@pytest.mark.django_db
def test_the_database_keeps_a_month_or_a_year_as_its_first_day():
    claim = ClaimFactory(said_on=D(2025, 3, 1), said_on_precision=DatePrecision.MONTH)
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(said_on=D(2025, 3, 5))
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(said_on_precision=DatePrecision.YEAR)


# Pages, feed and ClaimReview


@pytest.mark.django_db
def test_claim_page_and_card_show_a_year_as_a_year(client):
    claim = ClaimFactory(
        said_on=D(2025, 1, 1), said_on_precision="year", speaker=SpeakerFactory(name="A Minister")
    )

    detail = client.get(claim.get_absolute_url()).content.decode()
    listed = client.get(reverse("claims:list")).content.decode()

    assert '<time datetime="2025">2025</time>' in detail
    assert "1 January 2025" not in detail
    assert '<time datetime="2025">2025</time>' in listed


@pytest.mark.django_db
def test_claim_page_shows_a_month_as_a_month(client):
    claim = ClaimFactory(said_on=D(2025, 3, 1), said_on_precision="month")

    detail = client.get(claim.get_absolute_url()).content.decode()

    assert '<time datetime="2025-03">March 2025</time>' in detail


@pytest.mark.django_db
def test_feed_says_when_at_the_precision_known(client):
    ClaimFactory(said_on=D(2025, 3, 1), said_on_precision="month", text="Feed me.")

    body = client.get(reverse("claims-feed")).content.decode()

    assert "March 2025" in body
    assert "1 March 2025" not in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("said_on", "precision", "expected"),
    [
        (D(2025, 1, 1), "year", "2025"),
        (D(2025, 3, 1), "month", "2025-03"),
        (D(2025, 3, 5), "day", "2025-03-05"),
    ],
)
def test_claimreview_dates_the_claim_in_reduced_precision_iso(said_on, precision, expected):
    claim = ClaimFactory(said_on=said_on, said_on_precision=precision)

    review = claim_review(claim, claim_url="https://example.org/c/")

    assert review["itemReviewed"]["datePublished"] == expected


# Filters: a period is in a range when it overlaps it.


@pytest.fixture
def periods(db):
    return {
        "year": ClaimFactory(said_on=D(2025, 1, 1), said_on_precision="year"),
        "march": ClaimFactory(said_on=D(2025, 3, 1), said_on_precision="month"),
        "day": ClaimFactory(said_on=D(2025, 3, 15), said_on_precision="day"),
        "last_year": ClaimFactory(said_on=D(2024, 12, 31), said_on_precision="day"),
    }


def found(api_client, periods, **params):
    response = api_client.get("/api/v1/claims/", params)
    assert response.status_code == 200
    ids = {row["id"] for row in response.json()["results"]}
    return {name for name, claim in periods.items() if claim.id in ids}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"said_after": "2025-12-31"}, {"year"}),
        ({"said_after": "2025-03-31"}, {"year", "march"}),
        ({"said_after": "2025-03-15"}, {"year", "march", "day"}),
        ({"said_after": "2025-03-16"}, {"year", "march"}),
        ({"said_after": "2025-04-01"}, {"year"}),
        ({"said_after": "2026-01-01"}, set()),
        ({"said_before": "2025-01-01"}, {"year", "last_year"}),
        ({"said_before": "2025-02-28"}, {"year", "last_year"}),
        ({"said_before": "2025-03-01"}, {"year", "march", "last_year"}),
        ({"said_before": "2025-03-14"}, {"year", "march", "last_year"}),
        ({"said_before": "2024-12-31"}, {"last_year"}),
        ({"said_after": "2025-03-10", "said_before": "2025-03-12"}, {"year", "march"}),
    ],
)
def test_a_month_or_a_year_is_found_by_any_range_it_overlaps(client, periods, params, expected):
    assert found(client, periods, **params) == expected


def test_the_public_list_filters_the_same_way(client, periods):
    response = client.get(reverse("claims:list"), {"said_after": "2025-12-01"})

    assert list(response.context["claims"]) == [periods["year"]]


def test_newest_first_orders_a_period_by_its_first_day(client, periods):
    rows = client.get("/api/v1/claims/", {"page_size": 2}).json()
    ids = [row["id"] for row in rows["results"]]
    ids += [row["id"] for row in client.get(rows["next"]).json()["results"]]

    assert ids == [periods[n].id for n in ("day", "march", "year", "last_year")]
    assert [r["said_on_precision"] for r in rows["results"]] == ["day", "month"]


# Admin form


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "said_on", "precision"),
    [
        ("2025", D(2025, 1, 1), "year"),
        ("March 2025", D(2025, 3, 1), "month"),
        ("2025-03", D(2025, 3, 1), "month"),
        ("2025-03-05", D(2025, 3, 5), "day"),
        ("", None, "day"),
    ],
)
def test_admin_form_takes_a_year_a_month_or_a_day(
    editor_client, claim_form_data, typed, said_on, precision
):
    data = claim_form_data(text="We said it.", speaker=SpeakerFactory().pk, said_on=typed)

    response = editor_client.post(reverse("admin:claims_claim_add"), data)

    assert response.status_code == 302
    claim = Claim.objects.get(text="We said it.")
    assert (claim.said_on, claim.said_on_precision) == (said_on, precision)


@pytest.mark.django_db
def test_admin_form_refuses_a_date_it_cannot_read(editor_client, claim_form_data):
    data = claim_form_data(text="We said it.", speaker=SpeakerFactory().pk, said_on="Spring 2025")

    response = editor_client.post(reverse("admin:claims_claim_add"), data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["said_on"] == [PARTIAL_DATE_INVALID]
    assert not Claim.objects.exists()


@pytest.mark.django_db
def test_admin_form_shows_a_month_as_typed_back(editor_client, change_url):
    claim = ClaimFactory(said_on=D(2025, 3, 1), said_on_precision="month")

    form = editor_client.get(change_url(claim)).context["adminform"].form

    assert form["said_on"].value() == "2025-03"
