import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims import services
from claims.models import Claim
from tests.factories import ClaimFactory, EvidenceFactory, SpeakerFactory, UserFactory

CLAIM_ADD = reverse("admin:claims_claim_add")
CLAIM_LIST = reverse("admin:claims_claim_changelist")
REFUSED_PUBLISH = "You cannot publish claims: only editors can."
REFUSED_UNPUBLISH = "You cannot unpublish claims: only editors can."


def change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def run_action(client, action, claims):
    return client.post(
        CLAIM_LIST,
        {"action": action, "_selected_action": [claim.pk for claim in claims], "index": 0},
    )


def offered_actions(response):
    return {name for name, _ in response.context["action_form"].fields["action"].choices}


def with_evidence(claim):
    """A claim complete enough to be public: checked ones need an evidence link."""
    EvidenceFactory(claim=claim)
    return claim


def codenames(group_name):
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


# The groups made by the data migration


@pytest.mark.django_db
def test_fact_checkers_may_add_and_change_the_curated_models_but_not_publish():
    perms = codenames("Fact-checkers")

    for model in ["claim", "evidence", "speaker", "source", "topic", "publisher"]:
        assert {f"add_{model}", f"change_{model}", f"view_{model}"} <= perms
    assert "publish_claim" not in perms
    assert "delete_claim" not in perms


@pytest.mark.django_db
def test_editors_have_everything_fact_checkers_have_and_may_publish():
    assert codenames("Fact-checkers") < codenames("Editors")
    assert "publish_claim" in codenames("Editors")


@pytest.mark.django_db
def test_publish_permission_follows_the_group(fact_checker, editor):
    assert not services.can_publish(fact_checker)
    assert services.can_publish(editor)
    assert not services.can_publish(AnonymousUser())
    assert not services.can_publish(None)


# Fact-checkers: write, but never publish


@pytest.mark.django_db
def test_fact_checker_can_add_a_claim_as_a_draft(checker_client, claim_form_data, evidence_row):
    response = checker_client.post(
        CLAIM_ADD,
        claim_form_data(
            text="Crossings fell.", speaker=SpeakerFactory().pk, evidence=[evidence_row()]
        ),
    )

    assert response.status_code == 302
    claim = Claim.objects.get()
    assert not claim.is_published
    assert claim.evidence.count() == 1


@pytest.mark.django_db
def test_fact_checker_can_change_a_draft_claim(checker_client, claim_form_data):
    claim = ClaimFactory(draft=True, unverified=True)

    response = checker_client.post(
        change_url(claim),
        claim_form_data(
            claim=claim,
            status=Claim.Status.CHECKED,
            rating=Claim.Rating.MISLEADING,
            verdict="The comparison leaves out the summer peak.",
        ),
    )

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.rating == Claim.Rating.MISLEADING
    assert not claim.is_published


@pytest.mark.django_db
def test_fact_checker_edit_of_a_published_claim_waits_for_review_and_keeps_it_published(
    checker_client, claim_form_data
):
    # Until issue 12 the edit went live at once; now an editor reviews it first.
    claim = with_evidence(ClaimFactory())
    published_at = claim.published_at

    response = checker_client.post(
        change_url(claim),
        claim_form_data(claim=claim, text="Crossings fell by a third, as said on the day."),
    )

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.text != "Crossings fell by a third, as said on the day."
    assert claim.published_at == published_at
    revision = claim.revisions.get()
    assert revision.text == "Crossings fell by a third, as said on the day."
    assert revision.changed_fields == ["text"]


@pytest.mark.django_db
def test_fact_checker_publishing_through_the_change_form_is_refused_with_the_reason(
    checker_client,
    claim_form_data,
):
    claim = ClaimFactory(draft=True)

    response = checker_client.post(
        change_url(claim), claim_form_data(claim=claim, publish=True, verdict="Edited.")
    )

    assert response.status_code == 200
    assert REFUSED_PUBLISH in response.content.decode()
    assert response.context["adminform"].form.errors["publish"][0].startswith(REFUSED_PUBLISH)
    claim.refresh_from_db()
    assert not claim.is_published
    assert claim.verdict != "Edited."


@pytest.mark.django_db
def test_fact_checker_publishing_through_the_add_form_is_refused_and_nothing_is_saved(
    checker_client,
    claim_form_data,
):
    response = checker_client.post(
        CLAIM_ADD,
        claim_form_data(text="Crossings fell.", speaker=SpeakerFactory().pk, publish=True),
    )

    assert response.status_code == 200
    assert REFUSED_PUBLISH in response.content.decode()
    assert not Claim.objects.exists()


@pytest.mark.django_db
def test_fact_checker_unpublishing_through_the_change_form_is_refused(
    checker_client, claim_form_data
):
    claim = ClaimFactory()

    response = checker_client.post(change_url(claim), claim_form_data(claim=claim, publish=False))

    assert response.status_code == 200
    assert REFUSED_UNPUBLISH in response.content.decode()
    claim.refresh_from_db()
    assert claim.is_published


@pytest.mark.django_db
def test_fact_checker_is_not_offered_the_publish_actions(checker_client):
    ClaimFactory(draft=True)

    response = checker_client.get(CLAIM_LIST)

    assert response.status_code == 200
    assert not {"publish_selected", "unpublish_selected"} & offered_actions(response)
    assert "Publish selected claims" not in response.content.decode()


@pytest.mark.django_db
def test_fact_checker_posting_the_publish_action_publishes_nothing(checker_client):
    drafts = ClaimFactory.create_batch(2, draft=True)

    response = run_action(checker_client, "publish_selected", drafts)

    # The action is not offered to them, so the admin takes it for no action at all.
    assert response.status_code == 302
    assert response.headers["Location"] == CLAIM_LIST
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["No action selected."]
    assert not Claim.objects.public().exists()


@pytest.mark.django_db
def test_fact_checker_posting_the_unpublish_action_unpublishes_nothing(checker_client):
    published = ClaimFactory.create_batch(2)

    run_action(checker_client, "unpublish_selected", published)

    assert Claim.objects.public().count() == 2


@pytest.mark.django_db
def test_publish_service_refuses_a_fact_checker(fact_checker):
    claim = ClaimFactory(draft=True)

    with pytest.raises(PermissionDenied, match=REFUSED_PUBLISH):
        services.claim_publish(claim=claim, user=fact_checker)

    claim.refresh_from_db()
    assert not claim.is_published


@pytest.mark.django_db
def test_unpublish_service_refuses_a_fact_checker(fact_checker):
    claim = ClaimFactory()

    with pytest.raises(PermissionDenied, match=REFUSED_UNPUBLISH):
        services.claim_unpublish(claim=claim, user=fact_checker)

    claim.refresh_from_db()
    assert claim.is_published


@pytest.mark.django_db
@pytest.mark.parametrize("user", [None, AnonymousUser()])
def test_publish_service_refuses_without_a_user(user):
    claim = ClaimFactory(draft=True)

    with pytest.raises(PermissionDenied):
        services.claim_publish(claim=claim, user=user)


@pytest.mark.django_db
def test_fact_checker_cannot_delete_claims(checker_client):
    claim = ClaimFactory()

    response = checker_client.post(
        reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    assert Claim.objects.filter(pk=claim.pk).exists()


@pytest.mark.django_db
def test_fact_checker_cannot_open_the_corrections_log(checker_client):
    response = checker_client.get(reverse("admin:claims_correction_changelist"))

    assert response.status_code == 403


# Editors: publish and unpublish


@pytest.mark.django_db
def test_editor_publishes_through_the_change_form(editor_client, editor, claim_form_data):
    claim = with_evidence(ClaimFactory(draft=True))

    response = editor_client.post(change_url(claim), claim_form_data(claim=claim, publish=True))

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.published_at is not None
    assert claim.published_by == editor


@pytest.mark.django_db
def test_editor_publishes_a_new_claim_from_the_add_form(editor_client, editor, claim_form_data):
    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(text="Crossings fell.", speaker=SpeakerFactory().pk, publish=True),
    )

    assert response.status_code == 302
    claim = Claim.objects.get()
    assert claim.is_published
    assert claim.published_by == editor


@pytest.mark.django_db
def test_editor_is_offered_the_publish_actions(editor_client):
    ClaimFactory()

    response = editor_client.get(CLAIM_LIST)

    assert {"publish_selected", "unpublish_selected"} <= offered_actions(response)


@pytest.mark.django_db
def test_editor_publishes_the_selected_drafts_with_the_action(editor_client, editor):
    drafts = [with_evidence(claim) for claim in ClaimFactory.create_batch(2, draft=True)]
    untouched = with_evidence(ClaimFactory(draft=True))

    response = run_action(editor_client, "publish_selected", drafts)

    assert response.status_code == 302
    for claim in drafts:
        claim.refresh_from_db()
        assert claim.published_at is not None
        assert claim.published_by == editor
    untouched.refresh_from_db()
    assert not untouched.is_published
    followed = editor_client.get(response.url)
    assert "Published 2 claim(s)." in followed.content.decode()


@pytest.mark.django_db
def test_publishing_an_already_published_claim_keeps_its_publication_date(editor_client):
    claim = ClaimFactory()
    published_at = claim.published_at

    run_action(editor_client, "publish_selected", [claim])

    claim.refresh_from_db()
    assert claim.published_at == published_at
    assert claim.published_by is None


@pytest.mark.django_db
def test_editor_unpublishes_with_the_action_and_the_claim_keeps_content_and_history(
    editor_client,
):
    evidence = EvidenceFactory()
    claim = evidence.claim
    history_before = claim.history.count()

    response = run_action(editor_client, "unpublish_selected", [claim])

    assert response.status_code == 302
    claim.refresh_from_db()
    assert not claim.is_published
    assert claim.published_by is None
    assert claim.rating == Claim.Rating.MOSTLY_ACCURATE
    assert list(claim.evidence.all()) == [evidence]
    assert claim.history.count() == history_before + 1
    assert claim.history.earliest("history_date").published_at is not None


@pytest.mark.django_db
def test_editor_unpublishes_through_the_change_form(editor_client, claim_form_data):
    claim = with_evidence(ClaimFactory())

    response = editor_client.post(change_url(claim), claim_form_data(claim=claim, publish=False))

    assert response.status_code == 302
    claim.refresh_from_db()
    assert not claim.is_published
    assert Claim.objects.filter(pk=claim.pk).exists()


@pytest.mark.django_db
def test_publish_service_records_who_published_and_when(editor):
    claim = with_evidence(ClaimFactory(draft=True))

    services.claim_publish(claim=claim, user=editor)

    claim.refresh_from_db()
    assert claim.published_at is not None
    assert claim.published_by == editor


@pytest.mark.django_db
def test_a_superuser_without_groups_may_publish():
    superuser = UserFactory(username="root", is_superuser=True)
    claim = with_evidence(ClaimFactory(draft=True))

    services.claim_publish(claim=claim, user=superuser)

    assert claim.is_published


# Who gets into the admin at all


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        reverse("admin:index"),
        CLAIM_LIST,
        CLAIM_ADD,
        reverse("admin:sources_source_changelist"),
    ],
)
def test_anonymous_visitors_are_sent_to_the_admin_login(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response.url == f"{reverse('admin:login')}?next={url}"


@pytest.mark.django_db
def test_anonymous_post_to_the_change_form_changes_nothing(client, claim_form_data):
    claim = ClaimFactory(draft=True)

    response = client.post(change_url(claim), claim_form_data(claim=claim, publish=True))

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    claim.refresh_from_db()
    assert not claim.is_published


@pytest.mark.django_db
def test_staff_without_a_group_may_not_see_claims(client):
    client.force_login(UserFactory(username="intern"))

    response = client.get(CLAIM_LIST)

    assert response.status_code == 403


@pytest.mark.django_db
def test_a_group_member_who_is_not_staff_cannot_log_in_to_the_admin(client):
    client.force_login(UserFactory(username="reader", is_staff=False, groups=["Editors"]))

    response = client.get(CLAIM_LIST)

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
