"""The WSGI tier of the page cache (factcheck.cache.CachedPagesApp, issue 14): a cached
anonymous page is answered before Django runs, with the headers Django sent, and it
follows the same rules as the page middleware: never for staff, never a draft, a
correction on the next request."""

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

from claims import services
from claims.models import Claim
from factcheck import cache as page_cache
from factcheck import cache_outage
from tests.factories import ClaimFactory, EvidenceFactory


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.HTTP_CACHE_MAX_AGE = 0
    cache_outage.reset()
    yield
    cache_outage.reset()


@pytest.fixture(autouse=True)
def keep_test_connection():
    """Django's handler closes the database connection around each request; the test's
    transaction needs it open (the test client does the same)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


class Server:
    """The WSGI application as gunicorn calls it, counting what reaches Django."""

    def __init__(self):
        self.django_calls = 0
        handler = WSGIHandler()

        def django(environ, start_response):
            self.django_calls += 1
            return handler(environ, start_response)

        self.application = page_cache.CachedPagesApp(django)

    def get(self, path, method="GET", **headers):
        query = ""
        if "?" in path:
            path, query = path.split("?", 1)
        environ = RequestFactory()._base_environ(
            PATH_INFO=path, QUERY_STRING=query, REQUEST_METHOD=method, **headers
        )
        replied = {}

        def start_response(status, response_headers, exc_info=None):
            replied["status"] = int(status.split()[0])
            replied["headers"] = {name.lower(): value for name, value in response_headers}

        body = b"".join(self.application(environ, start_response))
        return replied["status"], replied["headers"], body


@pytest.fixture
def server():
    return Server()


@pytest.fixture
def published(db):
    claim = ClaimFactory(text="Crossings fell by a third.", verdict="A fall of about a third.")
    EvidenceFactory(claim=claim)
    return claim


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_a_cached_page_is_answered_before_django_with_the_same_headers(
    server, published, django_assert_num_queries
):
    first = server.get(published.get_absolute_url())
    with django_assert_num_queries(0):
        second = server.get(published.get_absolute_url())

    assert server.django_calls == 1
    assert first == second
    status, headers, _ = second
    assert status == 200
    assert "public" in headers["cache-control"]
    assert "Cookie" in headers["vary"]
    assert headers["etag"]
    assert headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_a_client_with_the_etag_gets_a_304_from_the_wsgi_tier(server, published):
    _, headers, _ = server.get("/claims/")
    status, not_modified, body = server.get("/claims/", HTTP_IF_NONE_MATCH=headers["etag"])

    assert status == 304
    assert body == b""
    assert not_modified["etag"] == headers["etag"]
    assert "content-length" not in not_modified
    assert server.django_calls == 1
    assert server.get("/claims/", HTTP_IF_NONE_MATCH='"other"')[0] == 200


def test_a_correction_is_on_the_next_request_through_the_wsgi_tier(
    server, published, editor, commit
):
    assert b"A fall of about a third." in server.get(published.get_absolute_url())[2]

    claim = Claim.objects.get(pk=published.pk)
    claim.rating = Claim.Rating.MISLEADING
    claim.verdict = "The fall was a quarter, not a third."
    with commit():
        services.claim_save(claim=claim, user=editor, correction_note="Wrong period.")

    page = server.get(published.get_absolute_url())[2].decode()
    assert "The fall was a quarter, not a third." in page
    assert "Wrong period." in page


def test_unpublishing_hides_the_claim_from_the_wsgi_tier_at_once(server, published, editor, commit):
    assert server.get(published.get_absolute_url())[0] == 200
    with commit():
        services.claim_unpublish(claim=published, user=editor)
    assert server.get(published.get_absolute_url())[0] == 404


def test_staff_with_a_session_always_reach_django_and_are_never_stored(
    server, client, editor, published
):
    client.force_login(editor)
    session = f"sessionid={client.cookies['sessionid'].value}"
    draft = ClaimFactory(draft=True, text="A draft only staff may see.")

    for _ in range(2):
        status, headers, body = server.get(draft.get_absolute_url(), HTTP_COOKIE=session)
        assert status == 200
        assert b"A draft only staff may see." in body
        assert "public" not in headers.get("cache-control", "")
    staff_list = server.get("/claims/", HTTP_COOKIE=session)
    assert server.django_calls == 3

    assert server.get(draft.get_absolute_url())[0] == 404
    assert b"A draft only staff may see." not in server.get("/claims/")[2]
    assert staff_list[0] == 200


def test_a_pending_message_cookie_reaches_django(server, published):
    server.get("/claims/")
    server.get("/claims/", HTTP_COOKIE="messages=something")
    assert server.django_calls == 2


@pytest.mark.parametrize(
    ("path", "method"),
    [
        ("/claims/", "HEAD"),
        ("/api/v1/claims/", "GET"),
        ("/healthz", "GET"),
        ("/admin/login/", "GET"),
        ("/claims/?rating=nonsense", "GET"),
    ],
)
def test_what_the_wsgi_tier_leaves_to_django(server, published, path, method):
    server.get(path, method=method)
    server.get(path, method=method)
    assert server.django_calls == 2


@pytest.mark.parametrize(
    ("status", "headers", "stored"),
    [
        ("200 OK", [("Cache-Control", "public, max-age=0"), ("Vary", "Cookie")], True),
        ("200 OK", [("Cache-Control", "max-age=0")], False),
        ("200 OK", [("Cache-Control", "private, no-store")], False),
        ("200 OK", [("Cache-Control", "public"), ("Set-Cookie", "csrftoken=x")], False),
        ("200 OK", [("Cache-Control", "public"), ("Vary", "Cookie, Accept-Language")], False),
        ("404 Not Found", [("Cache-Control", "public")], False),
    ],
)
def test_only_what_django_marked_public_is_stored(status, headers, stored):
    from django.http import HttpResponse

    replied = {"status": status, "headers": headers}
    assert page_cache.CachedPagesApp.storable(replied, HttpResponse(b"page")) is stored


def test_a_streamed_reply_is_never_stored():
    from django.http import StreamingHttpResponse

    replied = {"status": "200 OK", "headers": [("Cache-Control", "public")]}
    assert not page_cache.CachedPagesApp.storable(replied, StreamingHttpResponse([b"a"]))


def test_without_a_page_cache_the_wsgi_tier_stores_nothing(server, published, settings):
    settings.PAGE_CACHE_SECONDS = 0
    server.get("/claims/")
    server.get("/claims/")
    assert server.django_calls == 2
