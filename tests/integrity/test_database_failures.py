"""A database that is down or hangs (issue 14): /healthz answers within 2 s, a request
that fails on the database is a 503 with Retry-After (JSON for the API, the site's
page otherwise), and the connections carry timeouts."""

import copy
import socket
import subprocess
import sys
import threading
import time
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.db import DataError, IntegrityError, OperationalError, connection

from factcheck import middleware, views
from tests.factories import ClaimFactory

HEALTHZ_BUDGET = 2.0


@pytest.fixture
def silent_database():
    """A server on 127.0.0.1 that accepts connections and never answers a byte."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(timeout=5)
    for conn in accepted:
        conn.close()
    listener.close()
    # A probe still waiting on it ends now that its connection is closed.
    if views._probe is not None:
        views._probe.result(timeout=10)


@pytest.fixture
def database_at(django_db_blocker):
    """`database_at(port)`: the default database's settings pointed at 127.0.0.1:port
    (PostgreSQL), for the health check's own connection; restored afterwards."""
    original = django_settings.DATABASES["default"]

    def point(port):
        params = copy.deepcopy(original)
        params.update(
            ENGINE="django.db.backends.postgresql",
            HOST="127.0.0.1",
            PORT=str(port),
            NAME="claims",
            USER="claims",
            PASSWORD="",
            OPTIONS={},
        )
        django_settings.DATABASES["default"] = params

    with django_db_blocker.unblock():
        yield point
    django_settings.DATABASES["default"] = original


def timed_get(client, path):
    started = time.monotonic()
    response = client.get(path)
    return response, time.monotonic() - started


def test_healthz_answers_503_within_2s_when_the_database_accepts_and_never_answers(
    client, silent_database, database_at
):
    database_at(silent_database)
    response, elapsed = timed_get(client, "/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable"}
    assert elapsed < HEALTHZ_BUDGET


def test_healthz_keeps_its_deadline_when_the_probe_itself_hangs(
    client, silent_database, database_at, monkeypatch
):
    # A connect timeout longer than the deadline: the thread is still waiting.
    monkeypatch.setattr(views, "HEALTHZ_CONNECT_TIMEOUT", 30)
    database_at(silent_database)
    probes = set()
    for _ in range(3):
        response, elapsed = timed_get(client, "/healthz")
        assert response.status_code == 503
        assert elapsed < HEALTHZ_BUDGET
        probes.add(id(views._probe))
    # The requests waited for the one probe; they did not start one each.
    assert len(probes) == 1


def test_healthz_answers_503_within_2s_when_nothing_listens(client, database_at):
    with socket.create_server(("127.0.0.1", 0)) as closed:
        port = closed.getsockname()[1]
    database_at(port)
    response, elapsed = timed_get(client, "/healthz")
    assert response.status_code == 503
    assert elapsed < HEALTHZ_BUDGET


def test_healthz_answers_200_quickly_when_the_database_answers(client, db):
    response, elapsed = timed_get(client, "/healthz")
    assert response.status_code == 200
    assert elapsed < HEALTHZ_BUDGET


def failing_database(error):
    return mock.patch("django.db.backends.base.base.BaseDatabaseWrapper._cursor", side_effect=error)


@pytest.mark.parametrize(
    "path", ["/api/v1/claims/", "/api/v1/speakers/", "/api/v1/claims/export.jsonl"]
)
def test_a_database_error_in_the_api_is_a_json_503_with_retry_after(client, db, path):
    ClaimFactory()
    with failing_database(OperationalError("could not connect to server")):
        response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == str(middleware.DATABASE_RETRY_AFTER)
    assert response["Content-Type"] == "application/json"
    assert response.json()["retry_after"] == middleware.DATABASE_RETRY_AFTER
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/claims/", "/speakers/", "/"])
def test_a_database_error_on_a_page_is_the_sites_503_page(client, db, path):
    ClaimFactory()
    with failing_database(OperationalError("canceling statement due to statement timeout")):
        response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == str(middleware.DATABASE_RETRY_AFTER)
    assert response["Content-Type"].startswith("text/html")
    assert b"Temporarily unavailable" in response.content


@pytest.mark.parametrize(
    ("error", "unavailable"),
    [
        (OperationalError("database is locked"), True),
        (IntegrityError("duplicate key"), False),
        (DataError("invalid input"), False),
    ],
)
def test_only_an_unavailable_database_is_a_503(error, unavailable):
    assert middleware.is_database_unavailable(error) is unavailable


def test_django_interface_and_plain_database_errors_are_unavailable():
    from django.db import DatabaseError, InterfaceError

    assert middleware.is_database_unavailable(InterfaceError("closed"))
    assert middleware.is_database_unavailable(DatabaseError("lost"))


def test_the_connection_has_its_timeouts(db):
    options = django_settings.DATABASES["default"]["OPTIONS"]
    if connection.vendor == "postgresql":
        assert options["connect_timeout"] == 5
        assert "statement_timeout=30000" in options["options"]
        with connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone()[0] == "30s"
    else:
        assert options["timeout"] == 5


@pytest.mark.parametrize(
    ("argv", "timeout"),
    [(["manage.py", "migrate"], "0"), (["manage.py", "runserver"], "30"), (["gunicorn"], "30")],
)
def test_commands_run_without_the_web_statement_timeout(argv, timeout):
    code = (
        f"import sys; sys.argv = {argv!r}; "
        "from factcheck import settings as s; "
        "print(s.DB_STATEMENT_TIMEOUT, s.DATABASES['default']['OPTIONS'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=30,
        env={
            "SECRET_KEY": "test-only-not-secret",
            "DATABASE_URL": "postgres://u@127.0.0.1:9/x",
            "PATH": "/usr/bin:/bin",
        },
        check=True,
    )
    seconds, _, options = result.stdout.partition(" ")
    assert seconds == timeout
    assert ("statement_timeout" in options) is (timeout != "0")
    assert "'connect_timeout': 5" in options
