import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse

from sources.models import Source


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Archived copies are stored in a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def stored_files(media_root):
    """`stored_files()`: every file stored under MEDIA_ROOT."""
    return lambda: sorted(p for p in media_root.rglob("*") if p.is_file())


@pytest.fixture
def import_form():
    """`import_form(**fields)`: POST data for the source add form, empty where an
    import can fill it."""

    def data(**fields):
        return {
            "import_url": "",
            "title": "",
            "kind": Source.Kind.OTHER,
            "publisher": "",
            "url": "",
            "published_on": "",
            "archived_url": "",
            "language": "en",
            "body": "",
            "claims-TOTAL_FORMS": 0,
            "claims-INITIAL_FORMS": 0,
            "claims-MIN_NUM_FORMS": 0,
            "claims-MAX_NUM_FORMS": 1000,
            **fields,
        }

    return data


@pytest.fixture
def source_add_url():
    return reverse("admin:sources_source_add")


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        route = self.server.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        if callable(route):
            route(self)
            return
        status, headers, body = route
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


class PageServer:
    """Pages served on 127.0.0.1 for a test: `server.route(path, body, ...)`, or a
    handler function for the awkward ones; `server.released` ends a slow handler."""

    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.routes = {}
        self.released = threading.Event()
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def route(self, path, body=b"", *, status=200, content_type="text/html", headers=None):
        self.httpd.routes[path] = (status, {"Content-Type": content_type, **(headers or {})}, body)

    def handle(self, path, handler):
        self.httpd.routes[path] = handler


@pytest.fixture
def page_server():
    server = PageServer()
    server.thread.start()
    yield server
    server.released.set()
    server.httpd.shutdown()
    server.httpd.server_close()
