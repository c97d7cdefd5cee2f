import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from claims import services
from claims.models import Claim
from tests.factories import ClaimFactory, EvidenceFactory

CHANGELIST = reverse("admin:claims_claim_changelist")


@pytest.fixture
def checked_draft(db):
    claim = ClaimFactory(draft=True, verdict="Down by a third, as the statistics show.")
    EvidenceFactory(claim=claim)
    return claim


def test_editor_publishing_records_who_and_when(editor, checked_draft):
    services.claim_publish(claim=checked_draft, user=editor)

    checked_draft.refresh_from_db()
    assert checked_draft.published_at is not None
    assert checked_draft.published_by == editor


def test_fact_checker_cannot_publish(fact_checker, checked_draft):
    with pytest.raises(PermissionDenied):
        services.claim_publish(claim=checked_draft, user=fact_checker)

    assert not Claim.objects.get(pk=checked_draft.pk).is_published


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"verdict": ""}, "needs a verdict"),
        ({"verdict": "   "}, "needs a verdict"),
    ],
)
def test_checked_claim_without_verdict_is_not_published(editor, checked_draft, change, message):
    for name, value in change.items():
        setattr(checked_draft, name, value)

    with pytest.raises(ValidationError, match=message):
        services.claim_publish(claim=checked_draft, user=editor)


def test_checked_claim_without_evidence_is_not_published(editor):
    claim = ClaimFactory(draft=True)

    with pytest.raises(ValidationError, match="at least one evidence link"):
        services.claim_publish(claim=claim, user=editor)

    assert not Claim.objects.get(pk=claim.pk).is_published


def test_unverified_claim_is_published_without_evidence(editor):
    claim = ClaimFactory(draft=True, unverified=True)

    services.claim_publish(claim=claim, user=editor)

    assert Claim.objects.get(pk=claim.pk).is_published


def test_saving_a_published_claim_as_checked_needs_evidence(editor):
    claim = ClaimFactory(unverified=True)
    claim.status, claim.rating, claim.verdict = Claim.Status.CHECKED, "mixed", "It is mixed."

    with pytest.raises(ValidationError, match="at least one evidence link"):
        services.claim_save(claim=claim, user=editor, correction_note="First rating.")


def test_unpublishing_keeps_the_claim_and_its_history(editor, checked_draft):
    services.claim_publish(claim=checked_draft, user=editor)
    services.claim_unpublish(claim=checked_draft, user=editor)

    claim = Claim.objects.get(pk=checked_draft.pk)
    assert not claim.is_published
    assert claim.verdict == "Down by a third, as the statistics show."
    assert claim.evidence.count() == 1
    published_states = [h.published_at is not None for h in claim.history.order_by("history_id")]
    assert published_states == [False, True, False]


def test_fact_checker_submits_a_draft_for_review(fact_checker, checked_draft):
    services.claim_request_review(claim=checked_draft, user=fact_checker)

    checked_draft.refresh_from_db()
    assert checked_draft.review_requested_by == fact_checker
    assert checked_draft.review_requested_at is not None
    assert not checked_draft.is_published


def test_review_is_not_requested_for_a_published_claim(fact_checker):
    with pytest.raises(ValidationError, match="already published"):
        services.claim_request_review(claim=ClaimFactory(), user=fact_checker)


def test_fact_checker_asks_for_review_in_the_admin_form(
    checker_client, fact_checker, checked_draft, change_form, change_url
):
    data = change_form(checker_client, checked_draft)
    data["request_review"] = "on"

    assert checker_client.post(change_url(checked_draft), data).status_code == 302

    checked_draft.refresh_from_db()
    assert checked_draft.review_requested_by == fact_checker
    awaiting = checker_client.get(CHANGELIST, {"review": "awaiting"})
    assert list(awaiting.context["cl"].result_list) == [checked_draft]


def test_fact_checker_asks_for_review_with_the_admin_action(checker_client, checked_draft):
    response = checker_client.post(
        CHANGELIST, {"action": "request_review_selected", "_selected_action": [checked_draft.pk]}
    )

    assert response.status_code == 302
    checked_draft.refresh_from_db()
    assert checked_draft.review_requested_at is not None


def test_fact_checker_cannot_publish_through_the_admin_action(checker_client, checked_draft):
    checker_client.post(
        CHANGELIST, {"action": "publish_selected", "_selected_action": [checked_draft.pk]}
    )

    assert not Claim.objects.get(pk=checked_draft.pk).is_published


def test_publish_action_skips_claims_that_are_not_ready_and_says_why(editor_client):
    ready = ClaimFactory(draft=True)
    EvidenceFactory(claim=ready)
    not_ready = ClaimFactory(draft=True)

    response = editor_client.post(
        CHANGELIST,
        {"action": "publish_selected", "_selected_action": [ready.pk, not_ready.pk]},
        follow=True,
    )

    shown = [str(m) for m in response.context["messages"]]
    assert any("Not published" in m and "evidence" in m for m in shown)
    assert "Published 1 claim(s)." in shown
    assert Claim.objects.get(pk=ready.pk).is_published
    assert not Claim.objects.get(pk=not_ready.pk).is_published


def test_admin_refuses_to_publish_a_checked_claim_without_evidence(
    editor_client, change_form, change_url, form_errors
):
    claim = ClaimFactory(draft=True)
    data = change_form(editor_client, claim)
    data["publish"] = "on"

    response = editor_client.post(change_url(claim), data)

    assert response.status_code == 200
    assert any("needs at least one evidence link" in e for e in form_errors(response))
    assert not Claim.objects.get(pk=claim.pk).is_published


def test_admin_publishes_when_the_evidence_is_added_in_the_same_save(
    editor_client, editor, change_form, change_url, evidence_rows
):
    claim = ClaimFactory(draft=True)
    data = change_form(editor_client, claim)
    data["publish"] = "on"
    evidence_rows(
        data,
        {
            "url": "https://www.gov.uk/statistics/small-boats",
            "title": "Small boat arrivals",
            "stance": "supports",
        },
    )

    response = editor_client.post(change_url(claim), data)

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.is_published
    assert claim.published_by == editor
    assert claim.evidence.count() == 1


def test_admin_refuses_to_delete_the_last_evidence_of_a_published_checked_claim(
    editor_client, change_form, change_url
):
    claim = ClaimFactory()
    EvidenceFactory(claim=claim)
    data = change_form(editor_client, claim)
    data["evidence-0-DELETE"] = "on"

    response = editor_client.post(change_url(claim), data)

    assert response.status_code == 200
    assert claim.evidence.count() == 1


def test_admin_refuses_to_publish_a_checked_claim_without_verdict(
    editor_client, checked_draft, change_form, change_url, form_errors
):
    data = change_form(editor_client, checked_draft)
    data["publish"] = "on"
    data["verdict"] = ""

    response = editor_client.post(change_url(checked_draft), data)

    assert response.status_code == 200
    assert any("needs a verdict" in e for e in form_errors(response))


@pytest.mark.parametrize("rows", [5, 50])
def test_awaiting_review_list_takes_the_same_queries_for_5_and_50_claims(
    editor_client, fact_checker, rows, django_assert_max_num_queries
):
    for claim in ClaimFactory.create_batch(rows, draft=True):
        services.claim_request_review(claim=claim, user=fact_checker)

    with django_assert_max_num_queries(12):
        response = editor_client.get(CHANGELIST, {"review": "awaiting"})

    assert response.context["cl"].result_count == rows


def test_an_editor_may_remove_the_last_evidence_while_unpublishing_in_the_same_save(
    editor_client, change_form, change_url
):
    claim = ClaimFactory()
    EvidenceFactory(claim=claim)
    data = change_form(editor_client, claim)
    data["evidence-0-DELETE"] = "on"
    data.pop("publish", None)
    data["verdict"] = "Withdrawn while the evidence is checked again."
    data["correction_note"] = "Withdrawn for a new check."

    response = editor_client.post(change_url(claim), data)

    assert response.status_code == 302
    claim.refresh_from_db()
    assert not claim.is_published
    assert claim.evidence.count() == 0
    assert claim.verdict == "Withdrawn while the evidence is checked again."
