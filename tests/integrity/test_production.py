import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError
from django.urls import path

from tests.factories import ClaimFactory, UserFactory

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-key-" + "x9Qv3LmZ7pK2rT8wY4nB6cD1fG5hJ0",
    "ALLOWED_HOSTS": "claims.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://claims.example.org",
}


def manage(*args, env):
    # LOCAL_ENV_FILE empty: a local run's var/local.env must not soften these settings.
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", ""), "LOCAL_ENV_FILE": "", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_deploy_check_has_no_warnings_with_production_settings(tmp_path):
    env = {**PRODUCTION_ENV, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_deploy_check_warns_when_https_is_switched_off(tmp_path):
    env = {
        **PRODUCTION_ENV,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
    }

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode != 0
    assert "security.W008" in result.stderr + result.stdout


def test_healthz_answers_200_when_the_database_answers(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response.headers["Cache-Control"]


def test_healthz_answers_503_when_the_database_does_not(client, db):
    # The probe opens a connection of its own (tests/integrity/test_database_failures.py).
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
        side_effect=OperationalError("server closed"),
    ):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_healthz_refuses_writes(client, db):
    assert client.post("/healthz").status_code == 405


def directives(header):
    """A Content-Security-Policy header as {directive: [sources]}: django-csp does not
    keep the directives in one order."""
    return {name: sources for name, *sources in (part.split() for part in header.split(";"))}


@pytest.mark.parametrize("path", ["/healthz", "/admin/login/", "/robots.txt", "/no-such-page/"])
def test_every_response_carries_the_security_headers(client, db, path):
    response = client.get(path)

    assert directives(response.headers["Content-Security-Policy"]) == {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    assert "Content-Security-Policy-Report-Only" not in response.headers
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response.headers["Permissions-Policy"] == (
        "camera=(), geolocation=(), microphone=(), payment=(), usb=()"
    )


def test_the_policy_can_be_sent_report_only(client, db, settings):
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = settings.CONTENT_SECURITY_POLICY
    settings.CONTENT_SECURITY_POLICY = None

    response = client.get("/robots.txt")

    assert "Content-Security-Policy" not in response.headers
    policy = directives(response.headers["Content-Security-Policy-Report-Only"])
    assert policy["script-src"] == ["'self'"]


def test_a_missing_page_is_the_sites_own_404_page(client, db, settings):
    assert settings.DEBUG is False

    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert [t.name for t in response.templates][:2] == ["404.html", "base.html"]
    assert b"<h1>Page not found</h1>" in response.content
    assert b"Using the URLconf" not in response.content


def test_a_draft_claims_address_is_the_sites_own_404_page(client, db):
    draft = ClaimFactory(published_at=None)

    response = client.get(draft.get_absolute_url())

    assert response.status_code == 404
    assert b"<h1>Page not found</h1>" in response.content


def _failing_view(request):
    raise RuntimeError("a bug")


urlpatterns = [path("boom/", _failing_view)]


@pytest.mark.urls(__name__)
def test_a_server_error_is_the_sites_own_500_page(client, db):
    client.raise_request_exception = False

    response = client.get("/boom/")

    assert response.status_code == 500
    assert [t.name for t in response.templates] == ["500.html"]
    assert b"<h1>Something went wrong</h1>" in response.content
    assert b"a bug" not in response.content
    assert b"Traceback" not in response.content


def test_editors_log_in_over_plain_http_with_the_local_settings(client, db, settings):
    """`make run` (factcheck/local.env): no redirect to https, no Secure-only cookies."""
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    UserFactory(username="editor", is_staff=True)
    client.handler.enforce_csrf_checks = True

    login_page = client.get("/admin/login/")
    response = client.post(
        "/admin/login/?next=/admin/",
        {
            "username": "editor",
            "password": "correct-horse-battery-staple",
            "csrfmiddlewaretoken": login_page.context["csrf_token"],
        },
    )

    assert login_page.status_code == 200
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/"
    assert not response.cookies["sessionid"]["secure"]
    assert client.get("/admin/").status_code == 200


def test_plain_http_is_redirected_to_https_in_production(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/admin/login/")

    assert response.status_code == 301
    assert response.headers["Location"].startswith("https://")


def test_healthz_is_not_redirected_to_https(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/healthz").status_code == 200


def test_https_forwarded_by_a_trusted_proxy_is_not_redirected(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

    response = client.get("/admin/login/", headers={"x-forwarded-proto": "https"})

    assert response.status_code == 200
    assert "max-age=" in response.headers["Strict-Transport-Security"]
