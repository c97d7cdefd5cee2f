"""Clarifications (issue 11): a wording fix of a published verdict, rating unchanged,
is kept in the history and shown as “Updated on”, not in the corrections log; a
change of rating is always a correction."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError

from claims import services
from claims.models import Claim, Correction
from tests.factories import ClaimFactory, EvidenceFactory

pytestmark = pytest.mark.django_db

LATER = datetime.datetime(2024, 6, 7, 10, tzinfo=datetime.UTC)


@pytest.fixture
def published(db):
    claim = ClaimFactory(
        rating=Claim.Rating.MOSTLY_ACCURATE,
        verdict="Crossings fell by 12% on the year.",
        published_at=datetime.datetime(2024, 1, 10, 9, tzinfo=datetime.UTC),
    )
    EvidenceFactory(claim=claim)
    return claim


def test_a_wording_fix_marked_as_a_clarification_needs_no_note(editor, published):
    published.verdict = "Crossings fell by 12 % on the year."

    with time_machine.travel(LATER, tick=False):
        services.claim_save(claim=published, user=editor, clarification=True)

    published.refresh_from_db()
    assert published.verdict == "Crossings fell by 12 % on the year."
    assert published.revised_at == LATER
    assert not Correction.objects.exists()
    latest, before = published.history.order_by("-history_id")[:2]
    assert latest.history_change_reason == "Clarification: wording"
    assert before.verdict == "Crossings fell by 12% on the year."


def test_a_clarification_may_say_what_it_fixed_in_the_history(editor, published):
    published.verdict = "Crossings fell by 12 % on the year."

    services.claim_save(
        claim=published, user=editor, clarification=True, correction_note="Typography."
    )

    assert published.history.first().history_change_reason == "Clarification: Typography."
    assert not Correction.objects.exists()


@pytest.mark.parametrize("note", ["", "Just a wording fix."])
def test_a_change_of_rating_is_never_a_clarification(editor, published, note):
    published.rating = Claim.Rating.MIXED

    with pytest.raises(ValidationError) as raised:
        services.claim_save(claim=published, user=editor, clarification=True, correction_note=note)

    assert raised.value.message_dict["clarification"] == [services.CLARIFICATION_CHANGES_RATING]
    published.refresh_from_db()
    assert published.rating == Claim.Rating.MOSTLY_ACCURATE
    assert published.revised_at is None
    assert not Correction.objects.exists()


def test_unchecking_a_published_claim_is_never_a_clarification(editor, published):
    published.status, published.rating = Claim.Status.IN_PROGRESS, ""

    with pytest.raises(ValidationError):
        services.claim_save(claim=published, user=editor, clarification=True)


def test_without_the_clarification_mark_a_wording_change_is_still_a_correction(editor, published):
    published.verdict = "Crossings fell by 12 % on the year."

    with pytest.raises(ValidationError) as raised:
        services.claim_save(claim=published, user=editor)

    assert "correction note" in raised.value.message_dict["correction_note"][0]


def test_a_correction_also_dates_the_update(editor, published):
    published.rating = Claim.Rating.MIXED

    with time_machine.travel(LATER, tick=False):
        services.claim_save(claim=published, user=editor, correction_note="New figures.")

    published.refresh_from_db()
    assert published.revised_at == LATER


def test_other_edits_do_not_date_an_update(editor, published):
    # Not the statement: since issue 12 a changed statement is a correction.
    published.text = "Crossings fell by a third, as said on the day."

    services.claim_save(claim=published, user=editor)

    published.refresh_from_db()
    assert published.revised_at is None


def test_a_clarification_is_shown_as_updated_on_the_claim_page_not_as_a_correction(
    client, editor, published
):
    published.verdict = "Crossings fell by 12 % on the year."
    with time_machine.travel(LATER, tick=False):
        services.claim_save(claim=published, user=editor, clarification=True)

    html = client.get(published.get_absolute_url()).content.decode()

    assert 'Updated on <time datetime="2024-06-07T10:00:00+00:00">7 June 2024</time>' in html
    assert "This check has not been corrected." in html
    assert client.get("/api/v1/corrections/").json()["results"] == []
    row = client.get(f"/api/v1/claims/{published.pk}/").json()
    assert row["revised_at"] == "2024-06-07T10:00:00Z"


# The admin form


def test_admin_offers_the_clarification_choice_beside_the_correction_note(
    editor_client, published, change_url
):
    draft = ClaimFactory(draft=True)

    published_page = editor_client.get(change_url(published)).content.decode()
    draft_page = editor_client.get(change_url(draft)).content.decode()

    assert 'name="clarification"' in published_page
    assert "This is a clarification (wording only)" in published_page
    assert 'name="clarification"' not in draft_page


def test_admin_saves_a_clarification_without_a_note(
    editor_client, published, change_form, change_url
):
    data = change_form(editor_client, published)
    data["verdict"] = "Crossings fell by 12 % on the year."
    data["clarification"] = "on"

    response = editor_client.post(change_url(published), data)

    assert response.status_code == 302
    published.refresh_from_db()
    assert published.verdict == "Crossings fell by 12 % on the year."
    assert published.revised_at is not None
    assert not Correction.objects.exists()


def test_admin_refuses_a_rating_change_as_a_clarification(
    editor_client, published, change_form, change_url, form_errors
):
    data = change_form(editor_client, published)
    data["rating"] = Claim.Rating.INACCURATE
    data["clarification"] = "on"

    response = editor_client.post(change_url(published), data)

    assert response.status_code == 200
    assert services.CLARIFICATION_CHANGES_RATING in form_errors(response)
    published.refresh_from_db()
    assert published.rating == Claim.Rating.MOSTLY_ACCURATE
