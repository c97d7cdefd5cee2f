import pytest
from django.urls import reverse

from claims.models import Claim
from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    PublisherFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)


def history_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])


@pytest.mark.parametrize(
    ("factory", "field", "new_value"),
    [
        # The quote, not the statement: a changed statement is a correction (issue 12).
        (ClaimFactory, "text", "Crossings fell by a third, as said on the day."),
        (EvidenceFactory, "title", "Small boat arrivals, revised"),
        (SpeakerFactory, "role", "Foreign Secretary"),
        (SourceFactory, "title", "Press release, corrected title"),
        (PublisherFactory, "name", "Home Office (UK)"),
        (TopicFactory, "name", "Asylum and refugees"),
    ],
)
def test_admin_edit_is_kept_with_who_when_and_old_and_new_values(
    editor_client, editor, factory, field, new_value, change_form, change_url
):
    obj = factory()
    if factory is ClaimFactory:
        EvidenceFactory(claim=obj)
    old_value = getattr(obj, field)
    url = change_url(obj)
    data = change_form(editor_client, obj)
    data[field] = new_value

    assert editor_client.post(url, data).status_code == 302

    latest = obj.history.order_by("-history_id").first()
    assert latest.history_user == editor
    assert latest.history_date is not None
    delta = latest.diff_against(latest.prev_record)
    assert [(c.field, c.old, c.new) for c in delta.changes] == [(field, old_value, new_value)]
    page = editor_client.get(history_url(obj)).content.decode()
    assert "editor" in page
    assert old_value in page
    assert new_value in page


def test_one_admin_save_of_a_claim_leaves_one_history_record_with_its_topics(
    editor_client, change_form, change_url
):
    claim = ClaimFactory(draft=True)
    topic = TopicFactory(name="Migration")
    data = change_form(editor_client, claim)
    data["topics"] = [str(topic.pk)]
    data["statement"] = "Now with a topic."
    records_before = claim.history.count()

    editor_client.post(change_url(claim), data)

    assert claim.history.count() == records_before + 1
    latest = claim.history.order_by("-history_id").first()
    assert [t.topic_id for t in latest.topics.all()] == [topic.pk]
    assert latest.statement == "Now with a topic."


def test_claim_history_cannot_be_reverted_around_the_editorial_rules(editor_client):
    claim = ClaimFactory(draft=True)
    claim.statement = "Second version."
    claim.save()
    first = claim.history.order_by("history_id").first()
    url = reverse("admin:claims_claim_simple_history", args=[claim.pk, first.history_id])

    assert editor_client.get(url).status_code == 200
    assert editor_client.post(url, {"statement": "reverted"}).status_code == 403
    assert Claim.objects.get(pk=claim.pk).statement == "Second version."


def test_history_request_middleware_is_installed(settings):
    assert "simple_history.middleware.HistoryRequestMiddleware" in settings.MIDDLEWARE
