import hashlib
import socket
import time

import pytest

from sources import fetching
from sources.models import ArchivedCopy, Source
from tests.sources.documents import ARTICLE, CLUTTERED_HTML, make_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def loopback_allowed(settings):
    settings.IMPORT_ALLOW_LOOPBACK = True


@pytest.fixture
def no_connections(monkeypatch):
    """Fails the test if anything opens a connection."""

    def refuse(*args, **kwargs):
        raise AssertionError("a connection was opened")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


@pytest.fixture
def resolves_to(monkeypatch):
    """`resolves_to(*addresses)`: every host name resolves to these addresses, one
    list per lookup if given lists (the last one repeats)."""

    def install(*answers):
        lookups = [list(a) if isinstance(a, list | tuple) else [a] for a in answers]
        if not any(isinstance(a, list | tuple) for a in answers):
            lookups = [list(answers)]
        calls = []

        def getaddrinfo(host, port, *args, **kwargs):
            addresses = lookups[min(len(calls), len(lookups) - 1)]
            calls.append(host)
            return [
                (
                    socket.AF_INET6 if ":" in a else socket.AF_INET,
                    socket.SOCK_STREAM,
                    6,
                    "",
                    (a, port),
                )
                for a in addresses
            ]

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        return calls

    return install


@pytest.fixture
def post_url(editor_client, import_form, source_add_url):
    """`post_url(url, **fields)`: the source add form posted with a URL to fetch."""

    def post(address, **fields):
        return editor_client.post(source_add_url, import_form(import_url=address, **fields))

    return post


@pytest.fixture
def refused(stored_files):
    """`refused(response)`: the fetch error shown on the form, after checking that
    nothing at all was saved."""

    def check(response):
        assert response.status_code == 200
        assert not Source.objects.exists()
        assert not ArchivedCopy.objects.exists()
        assert stored_files() == []
        errors = response.context["adminform"].form.errors["import_url"]
        assert len(errors) == 1
        assert errors[0] in response.content.decode().replace("&#x27;", "'")
        return errors[0]

    return check


# The happy paths, from a server on 127.0.0.1.


def test_fetched_page_becomes_a_source_with_an_archived_copy(
    loopback_allowed, page_server, post_url, stored_files
):
    page_server.route(
        "/news/waiting-lists", CLUTTERED_HTML, content_type="text/html; charset=utf-8"
    )
    url = page_server.url("/news/waiting-lists")

    response = post_url(url)

    assert response.status_code == 302
    source = Source.objects.get()
    assert source.title == "Hospital waiting lists fall for third month"
    assert source.url == url
    assert ARTICLE[0] in source.body
    assert "Leave a Reply" not in source.body
    copy = source.archived_copies.get()
    assert copy.original_url == url
    assert copy.content_type == "text/html"
    assert copy.sha256 == hashlib.sha256(CLUTTERED_HTML).hexdigest()
    assert copy.file.read() == CLUTTERED_HTML
    assert len(stored_files()) == 1


def test_fetched_pdf_served_as_octet_stream_is_recognised_by_its_signature(
    loopback_allowed, page_server, post_url
):
    data = make_pdf(["Rents rose by 9% in the year to March."], title="Housing report")
    page_server.route("/files/download?id=7", data, content_type="application/octet-stream")

    response = post_url(page_server.url("/files/download?id=7"))

    assert response.status_code == 302
    source = Source.objects.get()
    assert source.title == "Housing report"
    assert source.body == "Rents rose by 9% in the year to March."
    assert source.archived_copies.get().content_type == "application/pdf"


def test_redirect_is_followed_and_the_final_address_becomes_the_source_url(
    loopback_allowed, page_server, post_url
):
    page_server.route("/old", status=301, headers={"Location": "/new"})
    page_server.route("/new", CLUTTERED_HTML)

    response = post_url(page_server.url("/old"))

    assert response.status_code == 302
    source = Source.objects.get()
    assert source.url == page_server.url("/new")
    assert source.archived_copies.get().original_url == page_server.url("/old")


def test_editors_url_is_kept_over_the_fetched_address(loopback_allowed, page_server, post_url):
    page_server.route("/page", CLUTTERED_HTML)

    post_url(page_server.url("/page"), url="https://health.example.org/canonical")

    assert Source.objects.get().url == "https://health.example.org/canonical"


# Refusals: each with its message on the form, and nothing saved.


@pytest.mark.parametrize(
    "url",
    [
        "ftp://files.example.org/report.pdf",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "gopher://127.0.0.1:6379/_INFO",
    ],
)
def test_addresses_other_than_http_and_https_are_refused(post_url, refused, no_connections, url):
    assert (
        refused(post_url(url, title="T")) == "Only http:// and https:// addresses can be fetched."
    )


@pytest.mark.parametrize(
    "url", ["http://", "https://exa mple.org/", "http://[::1/", "HTTP://[", "https:/x"]
)
def test_malformed_http_address_is_refused(post_url, refused, no_connections, url):
    assert refused(post_url(url, title="T")) == "Enter a valid http:// or https:// address."


def test_loopback_is_refused_unless_the_setting_allows_it(page_server, post_url, refused):
    page_server.route("/page", CLUTTERED_HTML)

    message = refused(post_url(page_server.url("/page")))

    assert message == "127.0.0.1 is a private address: only public web addresses can be fetched."


def test_private_address_is_refused_before_any_connection(post_url, refused, no_connections):
    message = refused(post_url("http://10.0.0.1/admin"))

    assert message == "10.0.0.1 is a private address: only public web addresses can be fetched."


@pytest.mark.parametrize(
    "address",
    [
        "192.168.1.20",
        "172.16.0.5",
        "169.254.169.254",  # cloud metadata service (link-local)
        "100.64.0.1",  # shared address space
        "0.0.0.0",
        "224.0.0.1",  # multicast
        "240.0.0.1",  # reserved
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
    ],
)
def test_host_name_resolving_to_a_non_public_address_is_refused(
    post_url, refused, resolves_to, no_connections, address
):
    resolves_to(address)

    message = refused(post_url("https://intranet.example.org/page"))

    assert message == (
        f"intranet.example.org ({address}) is a private address: "
        "only public web addresses can be fetched."
    )


def test_one_private_address_among_public_ones_is_enough_to_refuse(
    post_url, refused, resolves_to, no_connections
):
    resolves_to("93.184.215.14", "10.1.2.3")

    assert "(10.1.2.3) is a private address" in refused(post_url("https://mixed.example.org/"))


def test_name_that_resolves_to_a_private_address_when_connecting_is_refused(
    post_url, refused, resolves_to, no_connections
):
    # Public at the first lookup, loopback at the second (DNS rebinding): the check
    # made while connecting refuses it, and no connection is opened.
    calls = resolves_to(["93.184.215.14"], ["127.0.0.1"])

    message = refused(post_url("http://rebinding.example.org/"))

    assert message == (
        "rebinding.example.org (127.0.0.1) is a private address: "
        "only public web addresses can be fetched."
    )
    assert calls == ["rebinding.example.org", "rebinding.example.org"]


def test_unknown_host_is_refused(post_url, refused, monkeypatch):
    def fail(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)

    assert refused(post_url("https://no-such-host.invalid/")) == (
        "no-such-host.invalid could not be found."
    )


def test_redirect_to_a_private_address_is_refused(loopback_allowed, page_server, post_url, refused):
    page_server.route("/go", status=302, headers={"Location": "http://10.0.0.1/secret"})

    message = refused(post_url(page_server.url("/go")))

    assert message == "10.0.0.1 is a private address: only public web addresses can be fetched."


def test_redirect_to_another_scheme_is_refused(loopback_allowed, page_server, post_url, refused):
    page_server.route("/go", status=302, headers={"Location": "file:///etc/passwd"})

    assert refused(post_url(page_server.url("/go"))) == (
        "Only http:// and https:// addresses can be fetched."
    )


def test_redirect_to_a_malformed_address_is_refused(
    loopback_allowed, page_server, post_url, refused
):
    page_server.route("/go", status=302, headers={"Location": "http://[::1/"})

    assert refused(post_url(page_server.url("/go"))).startswith(
        "The server sent an invalid answer (Invalid URL in location header"
    )


def test_endless_redirects_are_refused(loopback_allowed, page_server, post_url, refused):
    page_server.route("/loop", status=302, headers={"Location": "/loop"})

    assert refused(post_url(page_server.url("/loop"))) == (
        "The address redirected more than 5 times."
    )


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (404, "The server answered 404 Not Found."),
        (500, "The server answered 500 Internal Server Error."),
    ],
)
def test_error_status_is_refused(loopback_allowed, page_server, post_url, refused, status, message):
    page_server.route("/page", b"<h1>Error</h1>", status=status)

    assert refused(post_url(page_server.url("/page"))) == message


def test_unsupported_content_type_is_refused(loopback_allowed, page_server, post_url, refused):
    page_server.route("/photo", b"\x89PNG\r\n\x1a\n", content_type="image/png")

    assert refused(post_url(page_server.url("/photo"))) == (
        "The address returned image/png: only HTML pages, PDFs and plain-text files can be "
        "imported."
    )


def test_body_declared_larger_than_the_limit_is_refused_before_it_is_read(
    loopback_allowed, page_server, post_url, refused, settings
):
    settings.IMPORT_MAX_BYTES = 20 * 1024 * 1024
    sent = []

    def huge(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(21 * 1024 * 1024))
        handler.end_headers()
        sent.append(True)

    page_server.handle("/huge", huge)

    assert refused(post_url(page_server.url("/huge"))) == "The page is larger than 20 MB."


def test_body_larger_than_the_limit_is_refused_while_streaming(
    loopback_allowed, page_server, post_url, refused, settings
):
    settings.IMPORT_MAX_BYTES = 64 * 1024
    written = []

    def endless(handler):
        # No Content-Length: the body only ends when the client stops reading.
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.end_headers()
        try:
            for _ in range(10_000):
                handler.wfile.write(b"x" * 1024)
                written.append(1024)
        except OSError:
            pass

    page_server.handle("/endless", endless)

    assert refused(post_url(page_server.url("/endless"))) == "The page is larger than 64 KB."
    assert sum(written) < 10_000 * 1024


def test_server_that_does_not_answer_in_time_is_refused(
    loopback_allowed, page_server, post_url, refused, settings
):
    settings.IMPORT_TIMEOUT = 0.3
    page_server.handle("/slow", lambda handler: page_server.released.wait(10))

    started = time.monotonic()
    message = refused(post_url(page_server.url("/slow")))

    assert message == "The server did not answer within 0.3 seconds."
    assert time.monotonic() - started < 3


def test_server_that_trickles_the_page_past_the_deadline_is_refused(
    loopback_allowed, page_server, post_url, refused, settings
):
    settings.IMPORT_TIMEOUT = 0.5
    settings.IMPORT_DEADLINE = 0.6

    def trickle(handler):
        # Each byte in time for the read timeout, the whole never in time for the deadline.
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        try:
            while not page_server.released.wait(0.05):
                handler.wfile.write(b"<")
                handler.wfile.flush()
        except OSError:
            pass

    page_server.handle("/trickle", trickle)

    started = time.monotonic()
    message = refused(post_url(page_server.url("/trickle")))

    assert message == "The server did not send the whole page within 0.6 seconds."
    assert time.monotonic() - started < 3


def test_closed_port_is_refused_with_a_message(loopback_allowed, post_url, refused):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    assert refused(post_url(f"http://127.0.0.1:{port}/")).startswith(
        "The server could not be reached"
    )


def test_page_without_main_text_is_refused(loopback_allowed, page_server, post_url, refused):
    page_server.route("/empty", b"<html><head><title>Empty</title></head><body></body></html>")

    assert refused(post_url(page_server.url("/empty"))) == "No main text was found in this page."


# The module on its own.


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("::ffff:192.168.0.1", False),
        ("fe80::1%eth0", False),
        ("198.51.100.7", False),  # documentation range
    ],
)
def test_is_public(address, public):
    assert fetching.is_public(address) is public


def test_loopback_allowed_only_when_asked():
    assert fetching.is_public("127.0.0.1", allow_loopback=True)
    assert fetching.is_public("::1", allow_loopback=True)
    assert not fetching.is_public("10.0.0.1", allow_loopback=True)


@pytest.mark.parametrize(
    ("limit", "label"),
    [(20 * 1024 * 1024, "20 MB"), (64 * 1024, "64 KB"), (1000, "1000 bytes")],
)
def test_size_label(limit, label):
    assert fetching.size_label(limit) == label
