import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-key-" + "x9Qv3LmZ7pK2rT8wY4nB6cD1fG5hJ0",
    "ALLOWED_HOSTS": "claims.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://claims.example.org",
}


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", ""), **env},
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
    with mock.patch(
        "factcheck.views.connection.cursor", side_effect=OperationalError("server closed")
    ):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_healthz_refuses_writes(client, db):
    assert client.post("/healthz").status_code == 405


@pytest.mark.parametrize("path", ["/healthz", "/admin/login/", "/robots.txt"])
def test_every_response_carries_the_security_headers(client, db, path):
    response = client.get(path)

    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self';" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


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
