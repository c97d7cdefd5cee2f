"""Start-up configuration: each case imports the settings in a fresh interpreter,
with an environment built from this one minus the variables under test."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from factcheck.settings import env_bool, env_int, env_list

REPO_ROOT = Path(__file__).resolve().parent.parent
UNDER_TEST = {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "DATABASE_URL", "CONN_MAX_AGE"}
PRINT_SETTINGS = (
    "import json, django; from django.conf import settings; "
    "print(json.dumps({'DEBUG': settings.DEBUG, 'ALLOWED_HOSTS': settings.ALLOWED_HOSTS, "
    "'ENGINE': settings.DATABASES['default']['ENGINE'], "
    "'SECRET_KEY_SET': bool(settings.SECRET_KEY)}))"
)


def import_settings(**env):
    clean = {key: value for key, value in os.environ.items() if key not in UNDER_TEST}
    clean["DJANGO_SETTINGS_MODULE"] = "factcheck.settings"
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        env=clean,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def loaded(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_start_up_without_secret_key_or_debug_stops_with_a_clear_message():
    result = import_settings()

    assert result.returncode != 0
    assert "django.core.exceptions.ImproperlyConfigured: SECRET_KEY is not set." in result.stderr
    assert "Set the SECRET_KEY environment variable" in result.stderr


@pytest.mark.parametrize("debug", ["0", "false", "off", ""])
def test_start_up_with_debug_off_and_no_secret_key_stops(debug):
    result = import_settings(DEBUG=debug)

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_an_empty_secret_key_counts_as_missing():
    result = import_settings(SECRET_KEY="")

    assert "SECRET_KEY is not set" in result.stderr


def test_debug_is_off_unless_asked_for():
    settings = loaded(import_settings(SECRET_KEY="a-real-secret"))

    assert settings["DEBUG"] is False
    assert settings["ALLOWED_HOSTS"] == []


def test_development_mode_runs_without_a_secret_key_on_local_hosts_only():
    settings = loaded(import_settings(DEBUG="1"))

    assert settings["DEBUG"] is True
    assert settings["SECRET_KEY_SET"]
    assert set(settings["ALLOWED_HOSTS"]) == {"localhost", "127.0.0.1", "[::1]"}


@pytest.mark.parametrize("debug", ["maybe", "2", "enabled"])
def test_a_debug_value_that_is_not_a_boolean_is_rejected(debug):
    result = import_settings(DEBUG=debug, SECRET_KEY="a-real-secret")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"DEBUG must be a boolean (1/0, true/false), not '{debug}'." in result.stderr


def test_allowed_hosts_are_read_as_a_comma_separated_list():
    settings = loaded(
        import_settings(SECRET_KEY="s", ALLOWED_HOSTS=" claims.example.org, ,www.example.org ")
    )

    assert settings["ALLOWED_HOSTS"] == ["claims.example.org", "www.example.org"]


def test_database_defaults_to_sqlite_and_follows_database_url():
    default = loaded(import_settings(SECRET_KEY="s"))
    postgres = loaded(
        import_settings(SECRET_KEY="s", DATABASE_URL="postgres://u:p@db.example:5432/claims")
    )

    assert default["ENGINE"] == "django.db.backends.sqlite3"
    assert postgres["ENGINE"] == "django.db.backends.postgresql"


def test_a_malformed_whole_number_setting_is_rejected():
    result = import_settings(SECRET_KEY="s", CONN_MAX_AGE="a minute")

    assert "CONN_MAX_AGE must be a whole number, not 'a minute'." in result.stderr


@pytest.mark.parametrize("raw", ["1", "true", "TRUE", "yes", "on", " On "])
def test_env_bool_reads_true_values(monkeypatch, raw):
    monkeypatch.setenv("FLAG", raw)

    assert env_bool("FLAG") is True


@pytest.mark.parametrize("raw", ["0", "false", "no", "off", ""])
def test_env_bool_reads_false_values(monkeypatch, raw):
    monkeypatch.setenv("FLAG", raw)

    assert env_bool("FLAG", default=True) is False


def test_env_bool_uses_the_default_when_unset(monkeypatch):
    monkeypatch.delenv("FLAG", raising=False)

    assert env_bool("FLAG", default=True) is True


def test_env_bool_rejects_anything_else(monkeypatch):
    monkeypatch.setenv("FLAG", "maybe")

    with pytest.raises(ImproperlyConfigured, match="FLAG must be a boolean"):
        env_bool("FLAG")


def test_env_int_and_env_list(monkeypatch):
    monkeypatch.setenv("NUMBER", "42")
    monkeypatch.setenv("ITEMS", "a, b,,c")

    assert env_int("NUMBER", 1) == 42
    assert env_list("ITEMS") == ["a", "b", "c"]
    monkeypatch.setenv("NUMBER", "")
    assert env_int("NUMBER", 7) == 7
