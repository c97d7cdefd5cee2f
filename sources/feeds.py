"""RSS and Atom feeds: reading one, and importing its new items as sources.

A feed is fetched through `sources.fetching` (public addresses only, size limit,
timeouts) and parsed by feedparser. Each item is recorded once, under its identity
in the feed (guid, else link): the unique constraint on (feed, identity) is what
keeps an item from being imported twice, however often the feed is polled or
repeats it. An item is imported as the admin imports a URL: its page is fetched, the
main text extracted (`sources.importing`) and the bytes kept as an archived copy.
When the page cannot be fetched or read, the item's own content or summary is the
text, and the item's note says so.

A failure never raises out of here: a feed that cannot be read is marked with its
error and polled again later, each time waiting twice as long (at most a day); an
item that fails is marked with its error and tried again at the next polls, at most
MAX_ATTEMPTS times. Each item is saved in its own transaction.
"""

import datetime
import hashlib
import io
import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import feedparser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from factcheck.models import http_url_validator
from sources import fetching, importing
from sources.models import Feed, FeedItem, Source
from sources.services import (
    archived_copy_create,
    archived_files_removed_on_error,
    publisher_for_import,
)

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
MAX_BACKOFF = datetime.timedelta(days=1)
# A feed being polled is not due again for this long, so that two workers (or a
# worker and the command) do not poll it at once; if the poll dies, it comes back.
POLL_LEASE = datetime.timedelta(minutes=10)
# feedparser's warnings that do not make a feed unreadable.
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)

# The end of a whole RSS, Atom or RSS 1.0 (RDF) document.
_ROOT_END = re.compile(rb"</(?:[\w.-]+:)?(?:rss|feed|RDF)\s*>(?:\s*<!--.*?-->)*$", re.DOTALL)
NOT_A_FEED = "This address does not serve an RSS or Atom feed."
DONE = (FeedItem.Status.IMPORTED, FeedItem.Status.DUPLICATE)

_IDENTITY_MAX = FeedItem._meta.get_field("guid").max_length
_LINK_MAX = FeedItem._meta.get_field("link").max_length
_TITLE_MAX = Source._meta.get_field("title").max_length


class FeedUnreadable(Exception):
    """A feed that could not be fetched or parsed; the message is for the editor."""

    @property
    def message(self) -> str:
        return self.args[0]


@dataclass(frozen=True)
class Entry:
    guid: str
    link: str
    title: str
    summary: str
    published_on: datetime.date | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: list[Entry]


# Reading a feed.


def parse_feed(data: bytes) -> ParsedFeed:
    """The feed's title and entries (one per identity, in feed order), or FeedUnreadable."""
    # Always a stream: given bytes or a string, feedparser may treat them as a file
    # name or a URL to open, which a server must never be able to make us do.
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(problem, _HARMLESS):
        # Small faults in a whole feed (an HTML entity, a bare "&") are common and
        # feedparser reads past them; a feed cut short would give half an item.
        if not parsed.get("version") or not _ROOT_END.search(data.rstrip()[-200:]):
            raise FeedUnreadable(f"The feed is not well-formed XML ({_where(problem)}).")
        logger.info("Feed read with errors: %r", problem)
    if not parsed.get("version"):
        raise FeedUnreadable(NOT_A_FEED)
    entries, seen = [], set()
    for raw in parsed.entries:
        entry = _entry(raw)
        if entry is not None and entry.guid not in seen:
            seen.add(entry.guid)
            entries.append(entry)
    return ParsedFeed(title=(parsed.feed.get("title") or "").strip(), entries=entries)


def _where(problem) -> str:
    if hasattr(problem, "getLineNumber"):
        line, column = problem.getLineNumber(), problem.getColumnNumber()
        return f"line {line}, column {column}: {problem.getMessage()}"
    return str(problem)


def _entry(raw) -> Entry | None:
    link = _http_link(raw.get("link") or "")
    title = " ".join((raw.get("title") or "").split())
    contents = [c.get("value") or "" for c in raw.get("content") or []]
    summary = next((c for c in contents if c.strip()), "") or raw.get("summary") or ""
    identity = (raw.get("id") or "").strip() or link
    if not identity:
        if not (title or summary.strip()):
            return None
        # Neither guid nor link: the item is known by what it says.
        identity = "sha256:" + hashlib.sha256(f"{title}\n{summary}".encode()).hexdigest()
    if len(identity) > _IDENTITY_MAX:
        identity = "sha256:" + hashlib.sha256(identity.encode()).hexdigest()
    dated = raw.get("published_parsed") or raw.get("updated_parsed")
    published_on = datetime.date(*dated[:3]) if dated else None
    return Entry(identity, link, title[:_TITLE_MAX], summary, published_on)


def _http_link(link: str) -> str:
    link = link.strip()
    if not link or len(link) > _LINK_MAX:
        return ""
    try:
        http_url_validator(link)
    except ValidationError:
        return ""
    return link


def html_to_text(html: str) -> str:
    """The text of a feed item's content or summary (HTML, or plain text), one
    paragraph per block."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    paragraphs = ("".join(parser.parts)).split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


class _TextParser(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
    SKIPPED = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


# Polling.


def due_feeds(*, now=None):
    now = now or timezone.now()
    return Feed.objects.filter(is_active=True).filter(
        Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
    )


def backoff(feed: Feed) -> datetime.timedelta:
    """How long to wait after the feed's latest failure: its interval, doubled for
    each failure in a row after the first, at most a day."""
    interval = datetime.timedelta(minutes=feed.poll_interval)
    doublings = min(max(feed.consecutive_failures - 1, 0), 16)
    return min(interval * 2**doublings, max(MAX_BACKOFF, interval))


def feed_poll(*, feed_id: int, force: bool = False) -> list[int]:
    """Read the feed, record its new items and return the ids of the items to import
    (new ones, and failed ones to try again). Not due, inactive, taken by another
    poll, or failing: [] (a failure is recorded on the feed)."""
    now = timezone.now()
    claimed = Feed.objects.filter(pk=feed_id)
    if not force:
        claimed = due_feeds(now=now).filter(pk=feed_id)
    if not claimed.update(next_poll_at=now + POLL_LEASE):
        return []
    feed = Feed.objects.get(pk=feed_id)
    try:
        parsed = parse_feed(fetching.fetch(feed.url).data)
    except (fetching.FetchRefused, FeedUnreadable) as error:
        _poll_failed(feed, error.message, now)
        return []
    except Exception as error:
        logger.exception("Polling feed %s failed", feed.pk)
        _poll_failed(feed, f"The feed could not be read ({type(error).__name__}).", now)
        return []
    FeedItem.objects.bulk_create(
        [
            FeedItem(
                feed=feed,
                guid=entry.guid,
                link=entry.link,
                title=entry.title,
                summary=entry.summary,
                published_on=entry.published_on,
            )
            for entry in parsed.entries
        ],
        ignore_conflicts=True,
    )
    feed.last_polled_at = now
    feed.next_poll_at = now + datetime.timedelta(minutes=feed.poll_interval)
    feed.last_error, feed.consecutive_failures = "", 0
    if not feed.title and parsed.title:
        feed.title = parsed.title[: Feed._meta.get_field("title").max_length]
    feed.save(
        update_fields=[
            "last_polled_at",
            "next_poll_at",
            "last_error",
            "consecutive_failures",
            "title",
            "updated_at",
        ]
    )
    pending = feed.items.filter(
        Q(status=FeedItem.Status.NEW) | Q(status=FeedItem.Status.FAILED, attempts__lt=MAX_ATTEMPTS)
    )
    return list(pending.order_by("id").values_list("id", flat=True))


def _poll_failed(feed: Feed, message: str, now) -> None:
    feed.last_polled_at = now
    feed.last_error = message
    feed.consecutive_failures += 1
    feed.next_poll_at = now + backoff(feed)
    feed.save(
        update_fields=[
            "last_polled_at",
            "last_error",
            "consecutive_failures",
            "next_poll_at",
            "updated_at",
        ]
    )


# Importing one item.


@dataclass(frozen=True)
class _Page:
    fetched: fetching.Fetched
    document: importing.ImportedDocument
    kind: str


def feed_item_import(*, item_id: int) -> Source | None:
    """Import the item as a source; the new source, or None when the item was done
    already, is already a source, or failed (its status and note say which)."""
    item = FeedItem.objects.select_related("feed").filter(pk=item_id).first()
    if item is None or item.status in DONE:
        return None
    try:
        page, problem = _page(item), ""
    except (fetching.FetchRefused, importing.UnreadableDocument) as error:
        page, problem = None, error.message
    try:
        return _save(item.pk, page, problem)
    except Exception as error:
        # One bad item (an unexpected value, a database refusal) must not stop the others.
        logger.exception("Importing feed item %s failed", item.pk)
        _item_failed(item.pk, f"The item could not be saved ({type(error).__name__}: {error}).")
        return None


def _page(item: FeedItem) -> _Page:
    if not item.link:
        raise importing.UnreadableDocument("The item has no http(s) link.")
    fetched = fetching.fetch(item.link, accept=_accept_declared_type)
    kind = importing.document_kind(fetched.data, content_type=fetched.content_type)
    return _Page(fetched, importing.extract(fetched.data, kind=kind, url=fetched.final_url), kind)


def _accept_declared_type(content_type):
    try:
        importing.check_declared_type(content_type)
    except importing.UnreadableDocument as error:
        raise fetching.FetchRefused(error.message) from None


def _save(item_id: int, page: _Page | None, problem: str) -> Source | None:
    with archived_files_removed_on_error(), transaction.atomic():
        # Locked: a second worker importing the same item waits, then finds it done.
        item = FeedItem.objects.select_for_update().select_related("feed").get(pk=item_id)
        if item.status in DONE:
            return None
        item.attempts += 1
        addresses = {a for a in (item.link, page.fetched.final_url if page else "") if a}
        existing = Source.objects.filter(url__in=addresses).order_by("pk").first()
        if existing is not None:
            item.status, item.source = FeedItem.Status.DUPLICATE, existing
            item.note = "A source with this address exists already."
            item.save(update_fields=["status", "source", "note", "attempts", "updated_at"])
            return None
        if page is not None:
            text, note = page.document.text, ""
        else:
            text = html_to_text(item.summary)
            if not text:
                item.status = FeedItem.Status.FAILED
                item.note = f"{problem} The feed gives no summary to import instead."
                item.save(update_fields=["status", "note", "attempts", "updated_at"])
                return None
            note = f"Text from the feed's summary: the page could not be imported. {problem}"
        source = _source(item, page, text)
        if page is not None:
            archived_copy_create(
                source=source,
                data=page.fetched.data,
                content_type=page.kind,
                original_url=page.fetched.url,
            )
        item.status, item.source, item.note = FeedItem.Status.IMPORTED, source, note
        item.save(update_fields=["status", "source", "note", "attempts", "updated_at"])
        return source


def _source(item: FeedItem, page: _Page | None, text: str) -> Source:
    feed, document = item.feed, page.document if page else None
    url = item.link
    if page is not None and len(page.fetched.final_url) <= _LINK_MAX:
        url = page.fetched.final_url
    publisher = feed.publisher
    if publisher is None and document is not None and document.publisher:
        publisher = publisher_for_import(name=document.publisher)
    title = (document.title if document else "") or item.title or url or str(feed)
    source = Source(
        title=title[:_TITLE_MAX],
        kind=feed.kind,
        publisher=publisher,
        url=url,
        published_on=(document.published_on if document else None) or item.published_on,
        body=text,
    )
    source.full_clean(exclude=["slug"])
    source.save()
    return source


def _item_failed(item_id: int, message: str) -> None:
    with transaction.atomic():
        item = FeedItem.objects.select_for_update().filter(pk=item_id).first()
        if item is None or item.status in DONE:
            return
        item.status, item.note = FeedItem.Status.FAILED, message
        item.attempts += 1
        item.save(update_fields=["status", "note", "attempts", "updated_at"])
