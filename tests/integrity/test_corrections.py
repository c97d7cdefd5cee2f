import pytest
import time_machine
from django.core.exceptions import ValidationError

from claims import services
from claims.models import Claim, Correction
from tests.factories import ClaimFactory, EvidenceFactory


@pytest.fixture
def published(db):
    claim = ClaimFactory(rating=Claim.Rating.MOSTLY_ACCURATE, verdict="Down by about a third.")
    EvidenceFactory(claim=claim)
    return claim


def test_changing_the_rating_of_a_published_claim_without_a_note_is_refused(editor, published):
    published.rating = Claim.Rating.MISLEADING

    with pytest.raises(ValidationError) as raised:
        services.claim_save(claim=published, user=editor)

    assert "correction note" in raised.value.message_dict["correction_note"][0]
    assert Claim.objects.get(pk=published.pk).rating == Claim.Rating.MOSTLY_ACCURATE
    assert not Correction.objects.exists()


def test_a_blank_note_is_no_note(editor, published):
    published.verdict = "A new verdict."

    with pytest.raises(ValidationError):
        services.claim_save(claim=published, user=editor, correction_note="   ")


def test_correcting_a_published_claim_records_old_and_new_rating_verdict_and_note(
    editor, published
):
    before = Claim.objects.get(pk=published.pk).updated_at
    published.rating = Claim.Rating.MISLEADING
    published.verdict = "The comparison leaves out the summer."

    with time_machine.travel(before.timestamp() + 3600, tick=False):
        services.claim_save(
            claim=published, user=editor, correction_note="We compared the wrong months."
        )

    correction = published.corrections.get()
    assert correction.old_rating == Claim.Rating.MOSTLY_ACCURATE
    assert correction.new_rating == Claim.Rating.MISLEADING
    assert correction.old_verdict == "Down by about a third."
    assert correction.new_verdict == "The comparison leaves out the summer."
    assert correction.note == "We compared the wrong months."
    assert correction.corrected_by == editor
    published.refresh_from_db()
    assert published.updated_at > before
    assert published.history.first().history_change_reason.startswith("Correction: We compared")


def test_other_edits_of_a_published_claim_need_no_note(editor, published):
    # Not the statement: since issue 12 a changed statement is a correction.
    published.text = "Crossings fell by a third, as said on the day."

    services.claim_save(claim=published, user=editor)

    assert not Correction.objects.exists()


def test_draft_verdicts_change_freely(editor):
    draft = ClaimFactory(draft=True)
    draft.rating = Claim.Rating.INACCURATE

    services.claim_save(claim=draft, user=editor)

    assert not Correction.objects.exists()


def test_admin_shows_the_correction_note_field_only_on_published_claims(
    editor_client, published, change_url
):
    draft = ClaimFactory(draft=True)

    def page(claim):
        return editor_client.get(change_url(claim)).content.decode()

    assert 'name="correction_note"' in page(published)
    assert 'name="correction_note"' not in page(draft)


def test_admin_refuses_a_rating_change_without_a_note(
    editor_client, published, change_form, change_url, form_errors
):
    data = change_form(editor_client, published)
    data["rating"] = Claim.Rating.INACCURATE

    response = editor_client.post(change_url(published), data)

    assert response.status_code == 200
    assert any("write a correction note" in e for e in form_errors(response))
    assert Claim.objects.get(pk=published.pk).rating == Claim.Rating.MOSTLY_ACCURATE


def test_admin_correction_with_a_note_is_saved_and_logged(
    editor_client, editor, published, change_form, change_url
):
    data = change_form(editor_client, published)
    data["verdict"] = "Revised after new statistics."
    data["correction_note"] = "Updated with the final annual figures."

    response = editor_client.post(change_url(published), data)

    assert response.status_code == 302
    correction = Correction.objects.get(claim=published)
    assert correction.new_verdict == "Revised after new statistics."
    assert correction.note == "Updated with the final annual figures."
    assert correction.corrected_by == editor


def test_corrections_cannot_be_added_changed_or_deleted_in_the_admin(editor_client, published):
    published.rating = Claim.Rating.MIXED
    services.claim_save(claim=published, correction_note="Mixed after review.")
    correction = published.corrections.get()

    assert editor_client.get("/admin/claims/correction/add/").status_code == 403
    assert editor_client.get(f"/admin/claims/correction/{correction.pk}/change/").status_code == 200
    response = editor_client.post(
        f"/admin/claims/correction/{correction.pk}/change/", {"note": "Rewritten."}
    )
    assert response.status_code == 403
    assert (
        editor_client.post(
            f"/admin/claims/correction/{correction.pk}/delete/", {"post": "yes"}
        ).status_code
        == 403
    )
    correction.refresh_from_db()
    assert correction.note == "Mixed after review."
