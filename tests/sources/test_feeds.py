"""Feeds: polled from a server on 127.0.0.1, their new items imported as sources,
each item once, and every failure recorded on the feed or the item, never raised."""

import datetime
import hashlib
from collections import Counter

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from extraction.models import InboxEntry
from factcheck.celery import app as celery_app
from sources import feeds, tasks
from sources.models import ArchivedCopy, Feed, FeedItem, Source
from tests.factories import ClaimFactory, PublisherFactory, SourceFactory
from tests.sources.documents import ARTICLE
from tests.sources.feed_documents import HIPS, HOUSING, PAGES, RSS_ITEMS, atom, rss

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_process(settings):
    """Jobs run when sent, as with no broker (whatever the environment says)."""
    settings.IMPORT_ALLOW_LOOPBACK = True
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = eager


@pytest.fixture
def site(page_server):
    """The server with the article pages; `site.serve(path, body, ...)` adds one, and
    `site.hits[path]` counts the requests for each."""
    hits = Counter()

    def serve(path, body=b"", *, status=200, content_type="text/html; charset=utf-8"):
        def handle(request):
            hits[path] += 1
            request.send_response(status)
            request.send_header("Content-Type", content_type)
            request.send_header("Content-Length", str(len(body)))
            request.end_headers()
            request.wfile.write(body)

        page_server.handle(path, handle)

    for path, body in PAGES.items():
        serve(path, body)
    page_server.serve, page_server.hits = serve, hits
    page_server.base = page_server.url("")
    return page_server


@pytest.fixture
def rss_feed(site):
    site.serve("/feed.xml", rss(site.base, RSS_ITEMS), content_type="application/rss+xml")
    return Feed.objects.create(url=site.url("/feed.xml"), kind=Source.Kind.PRESS_RELEASE)


def poll(feed):
    tasks.poll_feed(feed.pk)
    feed.refresh_from_db()
    return feed


# Happy paths.


def test_polling_an_rss_feed_imports_each_item_as_a_source_with_its_text_and_archived_copy(
    site, rss_feed
):
    feed = poll(rss_feed)

    assert feed.last_error == ""
    assert feed.consecutive_failures == 0
    assert feed.title == "Council news"
    assert feed.next_poll_at == feed.last_polled_at + datetime.timedelta(minutes=60)
    article = Source.objects.get(url=site.url("/news/waiting-lists"))
    assert article.title == "Hospital waiting lists fall for third month"
    assert article.kind == Source.Kind.PRESS_RELEASE
    assert ARTICLE[0] in article.body
    assert "Leave a Reply" not in article.body
    assert article.publisher.name == "Department of Health"
    assert article.published_on == datetime.date(2024, 3, 14)
    copy = article.archived_copies.get()
    assert copy.sha256 == hashlib.sha256(PAGES["/news/waiting-lists"]).hexdigest()
    assert copy.original_url == site.url("/news/waiting-lists")
    housing = Source.objects.get(url=site.url("/news/housing"))
    assert HOUSING[1] in housing.body
    assert housing.archived_copies.count() == 1
    assert set(FeedItem.objects.values_list("status", flat=True)) == {"imported"}
    assert {item.source for item in feed.items.all()} == {article, housing}


def test_polling_an_atom_feed_imports_its_entries(site):
    entries = [
        {
            "id": "urn:health:1",
            "link": "/news/hips",
            "title": "Hips",
            "updated": "2024-03-15T09:00:00Z",
        },
        {"id": "urn:health:2", "link": "/news/housing", "title": "Homes"},
    ]
    site.serve("/atom.xml", atom(site.base, entries), content_type="application/atom+xml")
    publisher = PublisherFactory(name="Department of Health")
    feed = Feed.objects.create(url=site.url("/atom.xml"), publisher=publisher)

    feed = poll(feed)

    assert feed.title == "Health news"
    hips = Source.objects.get(url=site.url("/news/hips"))
    assert HIPS[0] in hips.body
    assert hips.title == "Hip operation waiting lists fall"
    # The feed's publisher wins over the one the page names.
    assert hips.publisher == publisher
    assert hips.kind == Source.Kind.ARTICLE
    assert Source.objects.count() == 2
    assert ArchivedCopy.objects.count() == 2
    assert set(feed.items.values_list("guid", flat=True)) == {"urn:health:1", "urn:health:2"}


def test_polling_again_imports_nothing_new_and_fetches_no_page_again(site, rss_feed):
    poll(rss_feed)
    tasks.poll_feed(rss_feed.pk, force=True)

    assert Source.objects.count() == 2
    assert FeedItem.objects.count() == 2
    assert ArchivedCopy.objects.count() == 2
    assert site.hits["/feed.xml"] == 2
    assert site.hits["/news/housing"] == 1


def test_a_new_item_in_the_feed_is_imported_at_the_next_poll(site, rss_feed):
    poll(rss_feed)
    extra = {"guid": "council-3", "link": "/news/hips", "title": "Hips"}
    site.serve("/feed.xml", rss(site.base, [extra, *RSS_ITEMS]))

    tasks.poll_feed(rss_feed.pk, force=True)

    assert Source.objects.count() == 3
    assert Source.objects.filter(url=site.url("/news/hips")).exists()


def test_a_feed_that_repeats_an_item_imports_it_once(site):
    repeated = [RSS_ITEMS[0], RSS_ITEMS[1], RSS_ITEMS[0]]
    site.serve("/feed.xml", rss(site.base, repeated))
    feed = Feed.objects.create(url=site.url("/feed.xml"))

    poll(feed)

    assert Source.objects.count() == 2
    assert site.hits["/news/waiting-lists"] == 1


def test_an_item_is_known_by_its_link_when_it_has_no_guid(site):
    items = [{k: v for k, v in item.items() if k != "guid"} for item in RSS_ITEMS]
    site.serve("/feed.xml", rss(site.base, items))
    feed = Feed.objects.create(url=site.url("/feed.xml"))

    poll(feed)
    tasks.poll_feed(feed.pk, force=True)

    assert Source.objects.count() == 2
    assert set(feed.items.values_list("guid", flat=True)) == {
        site.url("/news/waiting-lists"),
        site.url("/news/housing"),
    }


def test_an_item_whose_page_is_already_a_source_is_not_imported_again(site, rss_feed):
    existing = SourceFactory(url=site.url("/news/housing"))
    other_feed_items = [{"guid": "elsewhere-9", "link": "/news/waiting-lists", "title": "Again"}]
    site.serve("/other.xml", rss(site.base, other_feed_items))
    other = Feed.objects.create(url=site.url("/other.xml"))

    poll(rss_feed)
    poll(other)

    assert Source.objects.count() == 2
    housing_item = rss_feed.items.get(guid="council-2")
    assert housing_item.status == FeedItem.Status.DUPLICATE
    assert housing_item.source == existing
    assert other.items.get().status == FeedItem.Status.DUPLICATE


def test_imported_sources_get_their_suggestions_and_repeats_in_the_inbox(site):
    checked = ClaimFactory(
        text="Hip operation waiting lists are down 20% on a year earlier.", statement=""
    )
    site.serve("/feed.xml", rss(site.base, [{"guid": "h", "link": "/news/hips", "title": "H"}]))
    feed = Feed.objects.create(url=site.url("/feed.xml"))

    poll(feed)

    entry = InboxEntry.objects.get(source__url=site.url("/news/hips"))
    assert entry.suggestion_count >= 2
    assert entry.repeat_count == 1
    assert list(entry.repeats.all()) == [checked]
    assert entry.computed_at is not None
    assert entry.error == ""


# A feed that cannot be read: marked, retried later with backoff, never raised.


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        (b"<?xml version='1.0'?><rss><channel><item><title>Cut", 200, "not well-formed XML"),
        (b"<html><body><p>Just a page</p></body></html>", 200, feeds.NOT_A_FEED),
        (b"<?xml version='1.0'?><catalogue><book/></catalogue>", 200, feeds.NOT_A_FEED),
        (b"Oops", 500, "The server answered 500 Internal Server Error."),
        (b"", 404, "The server answered 404 Not Found."),
    ],
    ids=["broken-xml", "html", "other-xml", "server-error", "not-found"],
)
def test_an_unreadable_feed_is_marked_with_its_error_and_polled_later(site, body, status, message):
    site.serve("/feed.xml", body, status=status, content_type="application/rss+xml")
    feed = Feed.objects.create(url=site.url("/feed.xml"))

    feed = poll(feed)

    assert message in feed.last_error
    assert feed.consecutive_failures == 1
    assert feed.next_poll_at == feed.last_polled_at + datetime.timedelta(minutes=60)
    assert not feeds.due_feeds().exists()
    assert not FeedItem.objects.exists()
    assert not Source.objects.exists()


def test_a_slow_feed_times_out_and_is_marked(site, settings):
    settings.IMPORT_TIMEOUT = 0.2

    def slow(request):
        site.released.wait(5)

    site.handle("/feed.xml", slow)
    feed = Feed.objects.create(url=site.url("/feed.xml"))

    feed = poll(feed)

    assert feed.last_error == "The server did not answer within 0.2 seconds."
    assert feed.consecutive_failures == 1


def test_a_feed_on_a_private_address_is_refused_and_marked(site, settings):
    settings.IMPORT_ALLOW_LOOPBACK = False
    feed = Feed.objects.create(url=site.url("/feed.xml"))

    feed = poll(feed)

    assert "private address" in feed.last_error
    assert site.hits["/feed.xml"] == 0


def test_each_failure_in_a_row_doubles_the_wait_and_a_success_resets_it(site):
    site.serve("/feed.xml", b"Oops", status=500)
    feed = Feed.objects.create(url=site.url("/feed.xml"), poll_interval=30)
    start = timezone.now()
    waits = []
    for hours in range(0, 60, 12):
        # Each poll once the feed is due again.
        with time_machine.travel(start + datetime.timedelta(hours=hours), tick=False):
            assert list(feeds.due_feeds().values_list("pk", flat=True)) == [feed.pk]
            feed = poll(feed)
            waits.append(feed.next_poll_at - feed.last_polled_at)
    assert [w / datetime.timedelta(minutes=1) for w in waits] == [30, 60, 120, 240, 480]
    assert feed.consecutive_failures == 5

    feed.consecutive_failures = 12
    assert feeds.backoff(feed) == datetime.timedelta(days=1)

    site.serve("/feed.xml", rss(site.base, RSS_ITEMS))
    tasks.poll_feed(feed.pk, force=True)
    feed.refresh_from_db()
    assert (feed.consecutive_failures, feed.last_error) == (0, "")
    assert feed.next_poll_at - feed.last_polled_at == datetime.timedelta(minutes=30)


def test_a_failing_feed_does_not_stop_the_others(site, rss_feed):
    site.serve("/broken.xml", b"<rss><channel><item>", content_type="application/rss+xml")
    broken = Feed.objects.create(url=site.url("/broken.xml"))

    polled = tasks.poll_due_feeds()

    assert sorted(polled) == sorted([broken.pk, rss_feed.pk])
    broken.refresh_from_db()
    assert broken.last_error
    assert Source.objects.count() == 2


def test_only_active_feeds_that_are_due_are_polled(site, rss_feed):
    later = timezone.now() + datetime.timedelta(hours=1)
    Feed.objects.create(url=site.url("/inactive.xml"), is_active=False)
    Feed.objects.create(url=site.url("/later.xml"), next_poll_at=later)

    assert tasks.poll_due_feeds() == [rss_feed.pk]
    assert site.hits["/inactive.xml"] == site.hits["/later.xml"] == 0


def test_a_feed_being_polled_is_not_polled_twice_at_once(site, rss_feed):
    # Another worker claimed it a moment ago: it is no longer due.
    Feed.objects.filter(pk=rss_feed.pk).update(next_poll_at=timezone.now() + feeds.POLL_LEASE)

    assert feeds.feed_poll(feed_id=rss_feed.pk) == []
    assert site.hits["/feed.xml"] == 0


# Items that fail.


def test_an_item_whose_page_is_missing_falls_back_to_its_summary_saying_so(site):
    items = [
        {
            "guid": "gone",
            "link": "/news/gone",
            "title": "Gone",
            "description": "<p>Bus fares "
            "will be capped at £2 until the end of 2025, the mayor said.</p><p>Second.</p>",
        },
        RSS_ITEMS[1],
    ]
    site.serve("/feed.xml", rss(site.base, items))
    feed = Feed.objects.create(url=site.url("/feed.xml"))

    poll(feed)

    gone = feed.items.get(guid="gone")
    assert gone.status == FeedItem.Status.IMPORTED
    assert "summary" in gone.note
    assert "404 Not Found" in gone.note
    source = gone.source
    assert source.body == (
        "Bus fares will be capped at £2 until the end of 2025, the mayor said.\n\nSecond."
    )
    assert source.title == "Gone"
    assert source.url == site.url("/news/gone")
    assert not source.archived_copies.exists()
    assert feed.items.get(guid="council-2").status == FeedItem.Status.IMPORTED
    assert feed.last_error == ""


def test_an_item_with_neither_page_nor_summary_fails_is_retried_and_then_left(site):
    items = [{"guid": "gone", "link": "/news/gone", "title": "Gone"}, RSS_ITEMS[1]]
    site.serve("/feed.xml", rss(site.base, items))
    site.serve("/news/gone", b"Not here", status=404)
    feed = Feed.objects.create(url=site.url("/feed.xml"))

    for _ in range(feeds.MAX_ATTEMPTS + 2):
        tasks.poll_feed(feed.pk, force=True)

    gone = feed.items.get(guid="gone")
    assert gone.status == FeedItem.Status.FAILED
    assert gone.note == (
        "The server answered 404 Not Found. The feed gives no summary to import instead."
    )
    assert gone.attempts == feeds.MAX_ATTEMPTS
    assert site.hits["/news/gone"] == feeds.MAX_ATTEMPTS
    assert Source.objects.count() == 1
    assert feed.items.get(guid="council-2").status == FeedItem.Status.IMPORTED


def test_an_item_that_fails_later_is_imported_when_its_page_comes_back(site):
    items = [{"guid": "soon", "link": "/news/soon", "title": "Soon"}]
    site.serve("/feed.xml", rss(site.base, items))
    feed = Feed.objects.create(url=site.url("/feed.xml"))
    poll(feed)
    assert feed.items.get().status == FeedItem.Status.FAILED

    site.serve("/news/soon", PAGES["/news/housing"])
    tasks.poll_feed(feed.pk, force=True)

    item = feed.items.get()
    assert item.status == FeedItem.Status.IMPORTED
    assert item.attempts == 2
    assert HOUSING[0] in item.source.body


def test_an_item_link_that_is_not_http_is_never_fetched(site):
    items = [
        {"guid": "js", "link": "javascript:alert(1)", "title": "Trick",
         "description": "Unemployment fell to 4.2% in February."},
    ]  # fmt: skip
    site.serve("/feed.xml", rss(site.base, items))
    feed = Feed.objects.create(url=site.url("/feed.xml"))

    poll(feed)

    item = feed.items.get()
    assert item.link == ""
    assert item.source.url == ""
    assert item.source.body == "Unemployment fell to 4.2% in February."
    assert "no http(s) link" in item.note


def test_an_item_on_a_private_address_is_refused_with_its_reason(site, settings):
    items = [{"guid": "inside", "link": "http://10.0.0.7/admin", "title": "Inside"}]
    site.serve("/feed.xml", rss(site.base, items))
    feed = Feed.objects.create(url=site.url("/feed.xml"))

    poll(feed)

    item = feed.items.get()
    assert item.status == FeedItem.Status.FAILED
    assert "10.0.0.7 is a private address" in item.note


def test_one_item_that_cannot_be_saved_does_not_stop_the_others(site, rss_feed, monkeypatch):
    real = feeds._source

    def refuse_housing(item, page, text):
        if item.guid == "council-2":
            raise ValueError("an unexpected value")
        return real(item, page, text)

    monkeypatch.setattr(feeds, "_source", refuse_housing)

    poll(rss_feed)

    failed = rss_feed.items.get(guid="council-2")
    assert failed.status == FeedItem.Status.FAILED
    assert failed.note == "The item could not be saved (ValueError: an unexpected value)."
    assert failed.attempts == 1
    assert rss_feed.items.get(guid="council-1").status == FeedItem.Status.IMPORTED
    assert Source.objects.count() == 1
    # Nothing of the failed one was kept: one archived copy, the other item's.
    assert ArchivedCopy.objects.count() == 1


def test_parsing_never_treats_the_body_as_a_file_name(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Local file</title></channel></rss>"
    )

    with pytest.raises(feeds.FeedUnreadable):
        feeds.parse_feed(str(secret).encode())


def test_small_faults_in_a_whole_feed_are_read_past():
    data = rss("https://council.example", RSS_ITEMS).replace(
        b"<title>Council news</title>", b"<title>Council&nbsp;news & views</title>"
    )

    parsed = feeds.parse_feed(data)

    assert parsed.title == "Council\xa0news & views"
    assert [entry.guid for entry in parsed.entries] == ["council-1", "council-2"]


def test_a_feed_cut_short_is_not_read_at_all():
    data = rss("https://council.example", RSS_ITEMS)

    with pytest.raises(feeds.FeedUnreadable, match="not well-formed XML \\(line"):
        feeds.parse_feed(data[: data.index(b"council-2")])


def test_item_html_becomes_paragraphs_without_scripts():
    html = "<p>One &amp; two.</p><script>alert(1)</script><ul><li>Three</li></ul>Four<br>Five"

    assert feeds.html_to_text(html) == "One & two.\n\nThree\n\nFour\n\nFive"


# The command, for cron.


def test_the_command_polls_the_feeds_that_are_due(site, rss_feed, capsys):
    call_command("poll_feeds")

    out = capsys.readouterr().out
    assert "Council news: 2 item(s) imported so far, 0 failed." in out
    assert "Polled 1 feed(s), 0 could not be read." in out
    assert Source.objects.count() == 2

    call_command("poll_feeds")
    assert "No feed is due." in capsys.readouterr().out


def test_the_command_reports_a_feed_that_cannot_be_read(site, capsys):
    site.serve("/feed.xml", b"Oops", status=500)
    Feed.objects.create(url=site.url("/feed.xml"), title="Broken")

    call_command("poll_feeds", "--all")

    captured = capsys.readouterr()
    assert "Broken: The server answered 500 Internal Server Error." in captured.err
    assert "Polled 1 feed(s), 1 could not be read." in captured.out


def test_the_command_polls_one_feed_by_id_and_refuses_an_unknown_one(site, rss_feed):
    Feed.objects.filter(pk=rss_feed.pk).update(
        next_poll_at=timezone.now() + datetime.timedelta(days=1)
    )

    call_command("poll_feeds", "--feed", str(rss_feed.pk))
    assert Source.objects.count() == 2

    with pytest.raises(CommandError, match="No feed has the id 999999."):
        call_command("poll_feeds", "--feed", "999999")


# The admin.


def test_an_editor_registers_a_feed_and_polls_it_now(editor_client, site):
    site.serve("/feed.xml", rss(site.base, RSS_ITEMS))
    response = editor_client.post(
        reverse("admin:sources_feed_add"),
        {
            "url": site.url("/feed.xml"),
            "title": "",
            "publisher": "",
            "kind": Source.Kind.PRESS_RELEASE,
            "is_active": "on",
            "poll_interval": "30",
            "next_poll_at_0": "",
            "next_poll_at_1": "",
            "items-TOTAL_FORMS": 0,
            "items-INITIAL_FORMS": 0,
            "items-MIN_NUM_FORMS": 0,
            "items-MAX_NUM_FORMS": 0,
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    feed = Feed.objects.get()

    response = editor_client.post(
        reverse("admin:sources_feed_changelist"),
        {"action": "poll_now", "_selected_action": [feed.pk]},
        follow=True,
    )

    assert "Polled 1 feed(s); 0 could not be read" in response.content.decode()
    assert Source.objects.count() == 2
    page = editor_client.get(reverse("admin:sources_feed_change", args=[feed.pk]))
    assert "Waiting lists fall" in page.content.decode()


def test_a_feed_url_must_be_http(editor_client):
    response = editor_client.post(
        reverse("admin:sources_feed_add"),
        {"url": "file:///etc/passwd", "kind": "article", "poll_interval": "60",
         "items-TOTAL_FORMS": 0, "items-INITIAL_FORMS": 0},
    )  # fmt: skip

    assert response.status_code == 200
    assert "Enter a valid http:// or https:// address." in response.content.decode()
    assert not Feed.objects.exists()


def test_a_fact_checker_sees_feeds_but_cannot_add_one(checker_client, rss_feed):
    assert checker_client.get(reverse("admin:sources_feed_changelist")).status_code == 200
    assert checker_client.get(reverse("admin:sources_feeditem_changelist")).status_code == 200
    assert checker_client.get(reverse("admin:sources_feed_add")).status_code == 403


def test_anonymous_readers_cannot_see_feeds(client, rss_feed):
    response = client.get(reverse("admin:sources_feed_changelist"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
