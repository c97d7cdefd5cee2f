import pytest
from django.core.exceptions import ValidationError

from claims import services
from claims.models import Claim
from tests.factories import ClaimFactory, EvidenceFactory, UserFactory


@pytest.fixture
def second_editor(db):
    return UserFactory(username="second-editor", groups=["Editors"])


@pytest.fixture
def claim(db):
    claim = ClaimFactory(draft=True, statement="Crossings fell by a third.")
    EvidenceFactory(claim=claim)
    return claim


def test_second_of_two_editors_saving_the_same_claim_is_refused_with_what_changed(
    client, editor, second_editor, claim, change_form, change_url, form_errors
):
    client.force_login(editor)
    first = change_form(client, claim)
    client.force_login(second_editor)
    second = change_form(client, claim)

    second["statement"] = "Crossings fell by about a third."
    second["said_on"] = "2023-12-04"
    assert client.post(change_url(claim), second).status_code == 302

    client.force_login(editor)
    first["verdict"] = "My verdict, written from the old version."
    response = client.post(change_url(claim), first)

    assert response.status_code == 200
    errors = " ".join(form_errors(response))
    assert "changed by second-editor" in errors
    assert "Statement, now “Crossings fell by about a third.”" in errors
    assert "Said on, now “2023-12-04”" in errors
    assert "not saved" in errors
    claim.refresh_from_db()
    assert claim.statement == "Crossings fell by about a third."
    assert claim.verdict != "My verdict, written from the old version."


def test_editor_can_save_again_after_reloading_a_conflicting_claim(
    client, editor, second_editor, claim, change_form, change_url
):
    client.force_login(editor)
    stale = change_form(client, claim)
    claim.statement = "Someone else's change."
    services.claim_save(claim=claim, user=second_editor)

    assert client.post(change_url(claim), stale).status_code == 200
    fresh = change_form(client, claim)
    fresh["verdict"] = "Reviewed against the latest version."
    assert client.post(change_url(claim), fresh).status_code == 302

    claim.refresh_from_db()
    assert claim.statement == "Someone else's change."
    assert claim.verdict == "Reviewed against the latest version."


def test_each_save_moves_the_claim_to_a_new_version(editor_client, claim, change_form, change_url):
    data = change_form(editor_client, claim)
    assert data["expected_version"] == "1"

    data["statement"] = "Edited once."
    editor_client.post(change_url(claim), data)

    claim.refresh_from_db()
    assert claim.version == 2
    assert change_form(editor_client, claim)["expected_version"] == "2"


def test_service_refuses_a_save_from_an_old_version(editor, claim):
    stale = Claim.objects.get(pk=claim.pk)
    claim.statement = "Saved first."
    services.claim_save(claim=claim, user=editor)

    stale.statement = "Saved second, from the old copy."
    with pytest.raises(services.EditConflict) as raised:
        services.claim_save(claim=stale, user=editor)

    assert "Statement, now “Saved first.”" in " ".join(raised.value.messages)
    assert Claim.objects.get(pk=claim.pk).statement == "Saved first."


def test_conflict_with_a_deleted_claim_says_so(editor, claim):
    stale = Claim.objects.get(pk=claim.pk)
    Claim.objects.filter(pk=claim.pk).delete()

    with pytest.raises(ValidationError, match="deleted"):
        services.claim_save(claim=stale, user=editor)


# The refused form keeps the second editor's work (issue 12).


def test_refused_form_keeps_my_values_shows_theirs_and_saves_once_merged(
    client, editor, second_editor, claim, change_form, change_url
):
    client.force_login(second_editor)
    theirs = change_form(client, claim)
    client.force_login(editor)
    mine = change_form(client, claim)
    client.force_login(second_editor)
    theirs.update(statement="Their statement.", verdict="Their verdict.")
    assert client.post(change_url(claim), theirs).status_code == 302
    client.force_login(editor)

    mine["verdict"] = "My long verdict, an hour of work."
    response = client.post(change_url(claim), mine)

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form["verdict"].value() == "My long verdict, an hour of work."
    assert str(form["expected_version"].value()) == "2"
    html = response.content.decode()
    assert "Saved by second-editor" in html
    assert "“Their verdict.”" in html
    assert "“Their statement.”" in html
    assert services.CONFLICT_KEEPS_VALUES in html.replace("&#x27;", "'")

    merged = {**mine, "expected_version": "2", "statement": "Their statement."}
    merged["verdict"] = "My long verdict, with their point."
    assert client.post(change_url(claim), merged).status_code == 302

    claim.refresh_from_db()
    assert (claim.statement, claim.verdict) == (
        "Their statement.",
        "My long verdict, with their point.",
    )
    assert claim.version == 3


def test_the_merged_form_is_refused_again_if_yet_another_save_comes_first(
    client, editor, second_editor, claim, change_form, change_url
):
    client.force_login(editor)
    mine = change_form(client, claim)
    claim.statement = "Their first change."
    services.claim_save(claim=claim, user=second_editor)
    mine["verdict"] = "Mine."
    first = client.post(change_url(claim), mine)
    resubmitted = {
        **mine,
        "expected_version": first.context["adminform"].form["expected_version"].value(),
    }
    claim.statement = "Their second change."
    services.claim_save(claim=claim, user=second_editor)

    response = client.post(change_url(claim), resubmitted)

    assert response.status_code == 200
    assert "Their second change." in response.content.decode()
    claim.refresh_from_db()
    assert claim.verdict != "Mine."


def test_a_fact_checkers_conflicting_proposal_keeps_their_values_too(
    client, fact_checker, editor, change_form, change_url
):
    published = ClaimFactory(verdict="The old verdict.")
    EvidenceFactory(claim=published)
    client.force_login(fact_checker)
    mine = change_form(client, published)
    published.text = "Crossings fell by a third, as said on the day."
    services.claim_save(claim=published, user=editor)

    mine["verdict"] = "My new verdict."
    mine["correction_note"] = "Reworded."
    response = client.post(change_url(published), mine)

    assert response.status_code == 200
    assert response.context["adminform"].form["verdict"].value() == "My new verdict."
    again = {**mine, "expected_version": "2", "text": published.text}
    assert client.post(change_url(published), again).status_code == 302
    assert published.revisions.get().verdict == "My new verdict."
