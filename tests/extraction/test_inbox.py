"""The editors' inbox: new sources, newest first, with the number of suggestions and
of repeats of checked claims, until someone marks them reviewed."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from extraction import inbox, tasks
from extraction.models import InboxEntry
from sources.models import Feed, FeedItem
from tests.extraction.conftest import RELEASE_BODY
from tests.factories import ClaimFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db

INBOX = reverse("admin:extraction_inboxentry_changelist")


def entry_for(source, *, hours_ago=0):
    entry = inbox.inbox_entry_compute(source_id=source.pk)
    InboxEntry.objects.filter(pk=entry.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=hours_ago)
    )
    return entry


@pytest.fixture
def checked():
    return ClaimFactory(
        text="Hip operation waiting lists are down 20% on a year earlier.", statement=""
    )


def test_the_counts_are_stored_with_the_repeated_checked_claims(checked):
    source = SourceFactory(body=RELEASE_BODY, kind="press_release")

    entry = inbox.inbox_entry_compute(source_id=source.pk)

    assert entry.suggestion_count == 2
    assert entry.repeat_count == 1
    assert list(entry.repeats.all()) == [checked]
    assert entry.computed_at is not None
    assert entry.created_at == source.created_at


def test_computing_twice_keeps_one_entry_and_keeps_it_reviewed(checked, editor):
    source = SourceFactory(body=RELEASE_BODY)
    entry = inbox.inbox_entry_compute(source_id=source.pk)
    inbox.inbox_entries_review(entries=[entry], user=editor)

    inbox.inbox_entry_compute(source_id=source.pk)

    entry = InboxEntry.objects.get()
    assert entry.reviewed_by == editor
    assert entry.repeats.count() == 1


def test_a_failure_to_suggest_is_stored_not_raised(monkeypatch):
    def broken(source):
        raise RuntimeError("no memory left")

    monkeypatch.setattr(inbox, "source_suggestions", broken)
    source = SourceFactory(body=RELEASE_BODY)

    entry = inbox.inbox_entry_compute(source_id=source.pk)

    assert entry.error == "Suggestions could not be computed (RuntimeError: no memory left)."
    assert entry.suggestion_count is None


def test_a_source_deleted_before_its_suggestions_is_skipped():
    assert inbox.inbox_entry_compute(source_id=987654) is None
    assert not InboxEntry.objects.exists()


def test_sources_imported_from_feeds_without_suggestions_are_caught_up():
    feed = Feed.objects.create(url="https://council.example/feed.xml")
    lost = SourceFactory(body=RELEASE_BODY)
    done = SourceFactory(body=RELEASE_BODY)
    typed_in = SourceFactory(body=RELEASE_BODY)
    FeedItem.objects.create(feed=feed, guid="1", source=lost, status="imported")
    FeedItem.objects.create(feed=feed, guid="2", source=done, status="imported")
    inbox.inbox_entry_compute(source_id=done.pk)

    assert tasks.suggest_missing() == [lost.pk]
    assert set(InboxEntry.objects.values_list("source", flat=True)) == {lost.pk, done.pk}
    assert typed_in.pk not in InboxEntry.objects.values_list("source", flat=True)


# The admin page.


def test_the_inbox_lists_new_sources_newest_first_with_their_counts(checker_client, checked):
    older = SourceFactory(title="Older release", body=RELEASE_BODY)
    newer = SourceFactory(title="Newer release", body="The weather was fine on Tuesday.")
    entry_for(older, hours_ago=5)
    entry_for(newer, hours_ago=1)

    response = checker_client.get(INBOX)

    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Newer release") < html.index("Older release")
    rows = list(response.context["cl"].result_list)
    assert [e.source for e in rows] == [newer, older]
    assert "Already checked: 1" in html
    assert "Already checked: 0" in html
    assert reverse("admin:claims_claim_change", args=[checked.pk]) in html
    assert ">Mostly accurate</a>" in html
    assert reverse("extraction:suggest-claims", args=[older.pk]) in html
    assert reverse("admin:sources_source_change", args=[older.pk]) in html


def test_an_entry_not_computed_yet_or_failed_says_so(checker_client):
    waiting = SourceFactory(title="Waiting")
    InboxEntry.objects.create(source=waiting)
    failed = SourceFactory(title="Failed")
    InboxEntry.objects.create(source=failed, error="Suggestions could not be computed (X).")

    html = checker_client.get(INBOX).content.decode()

    assert "Not computed yet" in html
    assert "Suggestions could not be computed (X)." in html


def test_source_titles_are_escaped(checker_client):
    entry_for(SourceFactory(title="<script>alert(1)</script>", body="Short."))

    html = checker_client.get(INBOX).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_marking_a_source_reviewed_takes_it_out_of_the_inbox(checker_client, fact_checker):
    kept = entry_for(SourceFactory(title="Still to read", body=RELEASE_BODY))
    done = entry_for(SourceFactory(title="Read already", body=RELEASE_BODY))

    response = checker_client.post(
        INBOX, {"action": "mark_reviewed", "_selected_action": [done.pk]}, follow=True
    )

    assert "1 source(s) marked as reviewed." in response.content.decode()
    assert [e.pk for e in response.context["cl"].result_list] == [kept.pk]
    done.refresh_from_db()
    assert done.reviewed_by == fact_checker
    assert done.reviewed_at is not None
    reviewed = checker_client.get(INBOX, {"reviewed": "yes"})
    assert [e.pk for e in reviewed.context["cl"].result_list] == [done.pk]


def test_the_admin_index_links_to_the_inbox(checker_client):
    html = checker_client.get(reverse("admin:index")).content.decode()

    assert f'href="{INBOX}"' in html
    assert ">Inbox<" in html


@pytest.mark.parametrize("count", [5, 50])
def test_the_inbox_costs_the_same_queries_for_5_or_50_sources(
    checker_client, django_assert_max_num_queries, count
):
    claims = [
        ClaimFactory(text=f"The city built {n + 2},000 homes in {1950 + n}.") for n in range(3)
    ]
    for n in range(count):
        source = SourceFactory(body=f"In {1950 + n % 3} the city built {n % 3 + 2},000 homes.")
        entry = InboxEntry.objects.create(source=source, suggestion_count=1, repeat_count=1)
        entry.repeats.set([claims[n % 3]])

    with django_assert_max_num_queries(10):
        response = checker_client.get(INBOX)

    assert response.status_code == 200
    assert response.content.decode().count("Already checked: 1") == count


def test_anonymous_readers_are_sent_to_the_login_page(client):
    response = client.get(INBOX)

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_staff_who_cannot_see_sources_cannot_see_the_inbox(client):
    client.force_login(UserFactory(username="intern", is_staff=True))

    assert client.get(INBOX).status_code == 403
    assert ">Inbox<" not in client.get(reverse("admin:index")).content.decode()


def test_the_inbox_cannot_be_edited_or_deleted_by_hand(editor_client):
    entry = entry_for(SourceFactory(body="Short."))

    change = reverse("admin:extraction_inboxentry_change", args=[entry.pk])
    assert editor_client.post(change, {"error": "x"}).status_code == 403
    delete = reverse("admin:extraction_inboxentry_delete", args=[entry.pk])
    assert editor_client.post(delete, {"post": "yes"}).status_code == 403
    assert InboxEntry.objects.filter(pk=entry.pk, error="").exists()
