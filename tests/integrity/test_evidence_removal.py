"""A published checked claim never loses its last evidence link (issue 12), whichever
way the evidence goes: its delete button, the bulk delete action, the claim form's
inline, or a move to another claim."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims import services
from claims.models import Evidence
from tests.factories import ClaimFactory, EvidenceFactory

CHANGELIST = reverse("admin:claims_evidence_changelist")


def delete_url(evidence):
    return reverse("admin:claims_evidence_delete", args=[evidence.pk])


@pytest.fixture
def last_link(db):
    return EvidenceFactory(claim=ClaimFactory(statement="Crossings fell."))


@pytest.fixture
def one_of_two(db):
    claim = ClaimFactory()
    EvidenceFactory(claim=claim)
    return EvidenceFactory(claim=claim)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def test_deleting_the_last_link_in_the_evidence_admin_is_refused(editor_client, last_link):
    response = editor_client.post(delete_url(last_link), {"post": "yes"}, follow=True)

    assert Evidence.objects.filter(pk=last_link.pk).exists()
    assert services.LAST_EVIDENCE.format(claim=last_link.claim) in messages_of(response)


def test_the_last_link_offers_no_delete_button(editor_client, last_link, change_url):
    page = editor_client.get(change_url(last_link)).content.decode()

    assert delete_url(last_link) not in page


def test_deleting_one_of_two_links_in_the_evidence_admin_is_allowed(editor_client, one_of_two):
    response = editor_client.post(delete_url(one_of_two), {"post": "yes"})

    assert response.status_code == 302
    assert not Evidence.objects.filter(pk=one_of_two.pk).exists()


def test_deleting_the_only_link_of_a_draft_is_allowed(editor_client):
    evidence = EvidenceFactory(claim=ClaimFactory(draft=True))

    editor_client.post(delete_url(evidence), {"post": "yes"})

    assert not Evidence.objects.exists()


def test_bulk_delete_refuses_the_whole_selection_when_it_empties_a_claim(
    editor_client, last_link, one_of_two
):
    response = editor_client.post(
        CHANGELIST,
        {
            "action": "delete_selected",
            "_selected_action": [last_link.pk, one_of_two.pk],
            "post": "yes",
        },
        follow=True,
    )

    assert Evidence.objects.count() == 3
    assert services.LAST_EVIDENCE.format(claim=last_link.claim) in messages_of(response)
    assert not any("Successfully deleted" in m for m in messages_of(response))


def test_bulk_delete_of_both_links_of_a_claim_is_refused(editor_client, one_of_two):
    response = editor_client.post(
        CHANGELIST,
        {
            "action": "delete_selected",
            "_selected_action": list(Evidence.objects.values_list("pk", flat=True)),
            "post": "yes",
        },
        follow=True,
    )

    assert Evidence.objects.count() == 2
    assert services.LAST_EVIDENCE.format(claim=one_of_two.claim) in messages_of(response)


def test_bulk_delete_that_leaves_a_link_is_allowed(editor_client, one_of_two):
    response = editor_client.post(
        CHANGELIST,
        {"action": "delete_selected", "_selected_action": [one_of_two.pk], "post": "yes"},
        follow=True,
    )

    assert Evidence.objects.count() == 1
    assert any("Successfully deleted 1" in m for m in messages_of(response))


def test_the_service_refuses_removing_the_last_link_whatever_calls_it(editor, last_link):
    with pytest.raises(ValidationError, match="last evidence link"):
        services.evidence_delete(evidence_ids=[last_link.pk], user=editor)

    assert Evidence.objects.filter(pk=last_link.pk).exists()


def test_the_inline_refuses_deleting_the_last_link_with_the_same_message(
    editor_client, last_link, change_form, change_url, form_errors
):
    claim = last_link.claim
    data = change_form(editor_client, claim)
    data["evidence-0-DELETE"] = "on"

    response = editor_client.post(change_url(claim), data)

    assert response.status_code == 200
    assert services.LAST_EVIDENCE.format(claim=claim) in form_errors(response)
    assert claim.evidence.count() == 1


def test_moving_the_last_link_to_another_claim_is_refused(
    editor_client, last_link, change_form, change_url
):
    other = ClaimFactory(draft=True)
    data = change_form(editor_client, last_link)
    data["claim"] = str(other.pk)

    response = editor_client.post(change_url(last_link), data)

    assert response.status_code == 200
    assert services.LAST_EVIDENCE.format(
        claim=last_link.claim
    ) in response.content.decode().replace("&#x27;", "'").replace("&quot;", '"')
    last_link.refresh_from_db()
    assert last_link.claim != other


def test_moving_one_of_two_links_is_allowed(editor_client, one_of_two, change_form, change_url):
    other = ClaimFactory(draft=True)
    data = change_form(editor_client, one_of_two)
    data["claim"] = str(other.pk)

    assert editor_client.post(change_url(one_of_two), data).status_code == 302

    one_of_two.refresh_from_db()
    assert one_of_two.claim == other


def test_fact_checker_cannot_change_or_delete_evidence_of_a_published_claim_directly(
    checker_client, one_of_two, change_form, change_url
):
    response = checker_client.post(delete_url(one_of_two), {"post": "yes"}, follow=True)
    assert Evidence.objects.filter(pk=one_of_two.pk).exists()
    assert services.EVIDENCE_OF_PUBLISHED.format(claim=one_of_two.claim) in messages_of(response)

    page = checker_client.get(change_url(one_of_two))
    assert not page.context["has_change_permission"]


def test_fact_checker_adds_no_evidence_to_a_published_claim_outside_its_form(
    checker_client, evidence_row
):
    claim = ClaimFactory()

    response = checker_client.post(
        reverse("admin:claims_evidence_add"), {**evidence_row(), "claim": claim.pk}
    )

    assert response.status_code == 200
    assert not Evidence.objects.exists()


def test_fact_checker_deletes_evidence_of_a_draft(checker_client):
    evidence = EvidenceFactory(claim=ClaimFactory(draft=True))

    checker_client.post(delete_url(evidence), {"post": "yes"})

    assert not Evidence.objects.exists()


def test_an_editor_may_still_delete_a_published_claim_with_its_evidence(db, last_link, client):
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="root", is_superuser=True))
    claim = last_link.claim

    response = client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"})

    assert response.status_code == 302
    assert not Evidence.objects.exists()
