"""Only editors change what readers see (issue 12): a fact-checker's edit of a
published claim waits, as a revision, for an editor to approve or reject it."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from claims import services
from claims.models import Claim, ClaimRevision, Correction
from tests.factories import ClaimFactory, EvidenceFactory, SpeakerFactory

OLD_VERDICT = "Home Office figures show a fall of about a third."
NEW_VERDICT = "The fall is a third only against the record summer of 2022."


@pytest.fixture
def published(db):
    claim = ClaimFactory(
        rating=Claim.Rating.MOSTLY_ACCURATE, verdict=OLD_VERDICT, statement="Crossings fell."
    )
    EvidenceFactory(claim=claim, title="Small boat arrivals")
    return claim


def review_url(revision):
    return reverse("admin:claims_claimrevision_change", args=[revision.pk])


def propose(client, published, change_form, change_url, **values):
    data = change_form(client, published)
    data.update(values)
    response = client.post(change_url(published), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    return ClaimRevision.objects.filter(claim=published).latest("pk")


def public_views(client, claim):
    page = client.get(claim.get_absolute_url()).content.decode()
    api = client.get(f"/api/v1/claims/{claim.pk}/").json()
    return page, api


def test_fact_checkers_rating_change_waits_and_readers_keep_the_approved_version(
    checker_client, client, published, change_form, change_url
):
    revision = propose(
        checker_client,
        published,
        change_form,
        change_url,
        rating=Claim.Rating.MISLEADING,
        verdict=NEW_VERDICT,
        correction_note="The comparison is with a record year.",
    )

    assert revision.status == ClaimRevision.Status.PENDING
    assert revision.changed_fields == ["rating", "verdict"]
    published.refresh_from_db()
    assert (published.rating, published.verdict) == (Claim.Rating.MOSTLY_ACCURATE, OLD_VERDICT)
    assert not Correction.objects.exists()
    client.logout()
    page, api = public_views(client, published)
    assert OLD_VERDICT in page
    assert NEW_VERDICT not in page
    assert api["rating"] == "mostly_accurate"
    assert api["verdict"] == OLD_VERDICT
    feed = client.get(reverse("claims-feed")).content.decode()
    assert NEW_VERDICT not in feed


def test_fact_checkers_evidence_and_speaker_edits_wait_too(
    checker_client, published, change_form, change_url, evidence_rows, evidence_row
):
    other = SpeakerFactory(name="Vincent Biruta")
    data = change_form(checker_client, published)
    data["speaker"] = str(other.pk)
    data["correction_note"] = "The words were Biruta's."
    evidence_rows(data, evidence_row(url="https://unhcr.example.org/rwanda", title="UNHCR"))

    assert checker_client.post(change_url(published), data).status_code == 302

    published.refresh_from_db()
    assert published.speaker != other
    assert published.evidence.count() == 1
    revision = published.revisions.get()
    assert revision.speaker == other
    assert [row["title"] for row in revision.evidence] == ["Small boat arrivals", "UNHCR"]
    assert set(revision.changed_fields) == {"speaker", "evidence"}


def test_an_unchanged_form_sends_nothing_for_review(
    checker_client, published, change_form, change_url
):
    response = checker_client.post(
        change_url(published), change_form(checker_client, published), follow=True
    )

    assert not ClaimRevision.objects.exists()
    assert services.NOTHING_CHANGED in [str(m) for m in response.context["messages"]]


def test_editor_approves_and_the_change_goes_public_with_a_correction(
    checker_client, client, editor, published, change_form, change_url
):
    revision = propose(
        checker_client,
        published,
        change_form,
        change_url,
        rating=Claim.Rating.MISLEADING,
        verdict=NEW_VERDICT,
        correction_note="The comparison is with a record year.",
    )
    client.force_login(editor)

    response = client.post(
        review_url(revision),
        {
            "decision": "approve",
            "correction_note": "The comparison is with a record year.",
            "review_note": "",
        },
    )

    assert response.status_code == 302
    published.refresh_from_db()
    assert (published.rating, published.verdict) == (Claim.Rating.MISLEADING, NEW_VERDICT)
    assert published.is_published
    correction = Correction.objects.get()
    assert (correction.old_rating, correction.new_rating) == ("mostly_accurate", "misleading")
    assert correction.corrected_by == editor
    revision.refresh_from_db()
    assert revision.status == ClaimRevision.Status.APPROVED
    assert revision.reviewed_by == editor
    client.logout()
    page, api = public_views(client, published)
    assert NEW_VERDICT in page
    assert api["rating"] == "misleading"


def test_approval_without_a_correction_note_is_refused_with_the_rule(
    checker_client, client, editor, published, change_form, change_url, form_errors
):
    revision = propose(
        checker_client,
        published,
        change_form,
        change_url,
        verdict=NEW_VERDICT,
        correction_note="Reworded.",
    )
    client.force_login(editor)

    response = client.post(
        review_url(revision), {"decision": "approve", "correction_note": "", "review_note": ""}
    )

    assert response.status_code == 200
    assert "write a correction note" in " ".join(
        str(e) for errors in response.context["adminform"].form.errors.values() for e in errors
    )
    published.refresh_from_db()
    assert published.verdict == OLD_VERDICT


def test_approving_applies_the_proposed_evidence(editor, fact_checker, published):
    revision = services.claim_propose_revision(
        claim=published,
        topics=[],
        evidence=[
            {
                "id": None,
                "url": "https://unhcr.example.org/rwanda",
                "title": "UNHCR on Rwanda",
                "stance": "context",
            }
        ],
        user=fact_checker,
    )

    services.claim_revision_approve(revision=revision, user=editor)

    assert [e.title for e in published.evidence.all()] == ["UNHCR on Rwanda"]


def test_editor_rejects_with_a_note_and_the_public_version_stays(
    checker_client, client, editor, published, change_form, change_url
):
    revision = propose(
        checker_client,
        published,
        change_form,
        change_url,
        verdict=NEW_VERDICT,
        correction_note="Reworded.",
    )
    client.force_login(editor)

    refused = client.post(review_url(revision), {"decision": "reject", "review_note": ""})
    assert refused.status_code == 200
    assert services.REJECTION_NEEDS_NOTE in refused.content.decode()

    response = client.post(
        review_url(revision),
        {"decision": "reject", "review_note": "The old verdict already says this."},
    )

    assert response.status_code == 302
    revision.refresh_from_db()
    assert revision.status == ClaimRevision.Status.REJECTED
    assert revision.review_note == "The old verdict already says this."
    published.refresh_from_db()
    assert published.verdict == OLD_VERDICT
    assert not Correction.objects.exists()


def test_only_editors_approve_or_reject(checker_client, fact_checker, published):
    revision = services.claim_propose_revision(
        claim=Claim.objects.get(pk=published.pk), topics=[], evidence=[], user=fact_checker
    )
    assert revision is not None  # the evidence row went: a change

    with pytest.raises(PermissionDenied):
        services.claim_revision_approve(revision=revision, user=fact_checker)
    with pytest.raises(PermissionDenied):
        services.claim_revision_reject(revision=revision, user=fact_checker, note="No.")
    response = checker_client.post(review_url(revision), {"decision": "approve"})
    assert response.status_code == 403
    assert checker_client.get(review_url(revision)).status_code == 200


def test_approving_the_removal_of_the_last_evidence_is_refused(editor, fact_checker, published):
    revision = services.claim_propose_revision(
        claim=Claim.objects.get(pk=published.pk), topics=[], evidence=[], user=fact_checker
    )

    with pytest.raises(ValidationError, match="at least one evidence link"):
        services.claim_revision_approve(revision=revision, user=editor)

    assert published.evidence.count() == 1


def test_a_decided_revision_is_not_approved_twice(editor, fact_checker, published):
    published.verdict = NEW_VERDICT
    revision = services.claim_propose_revision(
        claim=published,
        topics=[],
        evidence=list(Claim.objects.get(pk=published.pk).evidence.all()),
        user=fact_checker,
        correction_note="Reworded.",
    )
    services.claim_revision_approve(revision=revision, user=editor, correction_note="Reworded.")

    with pytest.raises(ValidationError, match="already"):
        services.claim_revision_approve(revision=revision, user=editor, correction_note="x")


def test_approval_is_refused_when_an_editor_changed_the_same_fields_since(
    editor, fact_checker, published
):
    current = Claim.objects.get(pk=published.pk)
    published.verdict = NEW_VERDICT
    evidence = list(current.evidence.all())
    revision = services.claim_propose_revision(
        claim=published, topics=[], evidence=evidence, user=fact_checker, correction_note="x"
    )
    current.verdict = "An editor's own rewrite."
    services.claim_save(claim=current, user=editor, correction_note="Rewritten.")

    with pytest.raises(ValidationError, match="changed after this change was proposed"):
        services.claim_revision_approve(revision=revision, user=editor, correction_note="x")

    assert Claim.objects.get(pk=published.pk).verdict == "An editor's own rewrite."


def test_approval_still_applies_when_other_fields_changed_since(editor, fact_checker, published):
    current = Claim.objects.get(pk=published.pk)
    published.verdict = NEW_VERDICT
    revision = services.claim_propose_revision(
        claim=published,
        topics=[],
        evidence=list(current.evidence.all()),
        user=fact_checker,
        correction_note="x",
    )
    current.text = "Crossings fell by a third, as said on the day."
    services.claim_save(claim=current, user=editor)

    services.claim_revision_approve(revision=revision, user=editor, correction_note="Reworded.")

    claim = Claim.objects.get(pk=published.pk)
    assert (claim.text, claim.verdict) == (current.text, NEW_VERDICT)


def test_the_service_refuses_a_fact_checker_saving_a_published_claim(fact_checker, published):
    published.verdict = NEW_VERDICT

    with pytest.raises(PermissionDenied, match="only editors change what readers see"):
        services.claim_save(claim=published, user=fact_checker, correction_note="x")


# Speaker and statement: corrections


def test_changing_the_speaker_of_a_published_claim_is_a_correction(editor, published):
    old_speaker = published.speaker
    published.speaker = SpeakerFactory(name="Vincent Biruta", role="")

    with pytest.raises(ValidationError, match="speaker"):
        services.claim_save(claim=published, user=editor)
    services.claim_save(claim=published, user=editor, correction_note="Misattributed.")

    correction = Correction.objects.get()
    assert correction.old_speaker == str(old_speaker)
    assert correction.new_speaker == "Vincent Biruta"
    assert correction.note == "Misattributed."


def test_changing_the_statement_of_a_published_claim_is_a_correction(editor, published):
    published.statement = "Crossings fell by a third."

    with pytest.raises(ValidationError, match="statement"):
        services.claim_save(claim=published, user=editor)
    services.claim_save(claim=published, user=editor, correction_note="Sharper wording.")

    correction = Correction.objects.get()
    assert (correction.old_statement, correction.new_statement) == (
        "Crossings fell.",
        "Crossings fell by a third.",
    )


def test_a_speaker_change_is_never_a_clarification(editor, published):
    published.speaker = SpeakerFactory()

    with pytest.raises(ValidationError) as raised:
        services.claim_save(claim=published, user=editor, clarification=True)

    assert raised.value.message_dict["clarification"] == [
        services.CLARIFICATION_NOT_ALLOWED.format(changed="speaker")
    ]


def test_admin_asks_for_a_correction_note_when_the_speaker_changes(
    editor_client, published, change_form, change_url, form_errors
):
    data = change_form(editor_client, published)
    data["speaker"] = str(SpeakerFactory().pk)

    response = editor_client.post(change_url(published), data)

    assert response.status_code == 200
    assert any("you changed its speaker" in error for error in form_errors(response))


def test_the_claims_list_shows_a_published_claim_with_changes_awaiting_review(
    editor_client, fact_checker, published
):
    services.claim_propose_revision(
        claim=Claim.objects.get(pk=published.pk), topics=[], evidence=[], user=fact_checker
    )

    page = editor_client.get("/admin/claims/claim/").content.decode()

    assert "Published, changes awaiting review" in page
