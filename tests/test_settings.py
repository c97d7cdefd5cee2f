"""Start-up configuration: each case imports the settings (or runs manage.py) in a
fresh interpreter, with an environment built from this one minus the variables under
test, so that neither this shell nor a local run's var/ changes the outcome."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from factcheck.settings import env_bool, env_int, env_list

REPO_ROOT = Path(__file__).resolve().parent.parent
LOCAL_ENV_TEMPLATE = REPO_ROOT / "factcheck" / "local.env"
UNDER_TEST = {
    "SECRET_KEY",
    "SECRET_KEY_FILE",
    "LOCAL_ENV_FILE",
    "DEBUG",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "CONN_MAX_AGE",
    "SECURE_SSL_REDIRECT",
    "SECURE_COOKIES",
    "SECURE_HSTS_SECONDS",
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_REPORT_ONLY",
}
SETTINGS_AS_JSON = (
    "import json; from django.conf import settings as s; "
    "print(json.dumps({'DEBUG': s.DEBUG, 'ALLOWED_HOSTS': s.ALLOWED_HOSTS, "
    "'ENGINE': s.DATABASES['default']['ENGINE'], 'SECRET_KEY': s.SECRET_KEY, "
    "'SECURE_SSL_REDIRECT': s.SECURE_SSL_REDIRECT, "
    "'SESSION_COOKIE_SECURE': s.SESSION_COOKIE_SECURE, "
    "'CSRF_COOKIE_SECURE': s.CSRF_COOKIE_SECURE, 'SECURE_HSTS_SECONDS': s.SECURE_HSTS_SECONDS}))"
)


def run_python(args, env):
    clean = {key: value for key, value in os.environ.items() if key not in UNDER_TEST}
    clean["DJANGO_SETTINGS_MODULE"] = "factcheck.settings"
    clean.update(env)
    return subprocess.run(
        [sys.executable, *args],
        env=clean,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def import_settings(**env):
    return run_python(["-c", SETTINGS_AS_JSON], env)


def manage(*args, **env):
    """manage.py as a shell runs it: reading var/local.env unless LOCAL_ENV_FILE says otherwise."""
    return run_python(["manage.py", *args], env)


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
    assert settings["SECRET_KEY"]
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


def test_the_secret_key_is_read_from_the_file_when_the_environment_has_none(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text("a-key-kept-in-a-file\n")

    settings = loaded(import_settings(SECRET_KEY_FILE=str(key_file)))

    assert settings["SECRET_KEY"] == "a-key-kept-in-a-file"
    assert settings["DEBUG"] is False


def test_a_secret_key_in_the_environment_wins_over_the_file(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text("a-key-kept-in-a-file")

    settings = loaded(
        import_settings(SECRET_KEY="from-the-environment", SECRET_KEY_FILE=str(key_file))
    )

    assert settings["SECRET_KEY"] == "from-the-environment"


def test_a_secret_key_file_that_is_not_there_stops_start_up_naming_it(tmp_path):
    missing = tmp_path / "no-such-key"

    result = import_settings(SECRET_KEY_FILE=str(missing))

    assert result.returncode != 0
    assert f"SECRET_KEY_FILE points at {missing}, which cannot be read" in result.stderr


def test_an_empty_secret_key_file_counts_as_missing(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text("\n")

    result = import_settings(SECRET_KEY_FILE=str(key_file))

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


POLICIES_AS_JSON = (
    "import json; from django.conf import settings as s; "
    "print(json.dumps([s.CONTENT_SECURITY_POLICY, s.CONTENT_SECURITY_POLICY_REPORT_ONLY]))"
)


def test_the_content_security_policy_is_enforced_unless_report_only_is_asked_for():
    enforced, report_only = loaded(run_python(["-c", POLICIES_AS_JSON], {"SECRET_KEY": "s"}))
    trial = loaded(
        run_python(
            ["-c", POLICIES_AS_JSON],
            {"SECRET_KEY": "s", "CONTENT_SECURITY_POLICY_REPORT_ONLY": "1"},
        )
    )

    assert enforced["DIRECTIVES"]["script-src"] == ["'self'"]
    assert report_only is None
    assert trial == [None, enforced]


def test_a_policy_from_the_environment_replaces_the_built_in_one():
    header = (
        "default-src 'self'; img-src 'self' https://images.example.org; upgrade-insecure-requests"
    )

    policy, _ = loaded(
        run_python(["-c", POLICIES_AS_JSON], {"SECRET_KEY": "s", "CONTENT_SECURITY_POLICY": header})
    )

    assert policy["DIRECTIVES"] == {
        "default-src": ["'self'"],
        "img-src": ["'self'", "https://images.example.org"],
        "upgrade-insecure-requests": True,
    }


def test_a_policy_with_an_unknown_directive_is_refused_rather_than_trimmed():
    result = import_settings(
        SECRET_KEY="s", CONTENT_SECURITY_POLICY="default-src 'self'; scirpt-src 'self'"
    )

    assert result.returncode != 0
    assert "CONTENT_SECURITY_POLICY: unknown directive 'scirpt-src'." in result.stderr


# `make run` copies factcheck/local.env to var/local.env and writes var/secret_key;
# these cases point manage.py at copies in a temporary directory instead.
@pytest.fixture
def local_run(tmp_path):
    """The environment manage.py gets after `make run`: nothing but the local env file."""
    key_file = tmp_path / "secret_key"
    key_file.write_text("a-key-make-run-wrote\n")
    local_env = tmp_path / "local.env"
    local_env.write_text(
        LOCAL_ENV_TEMPLATE.read_text().replace(
            "SECRET_KEY_FILE=var/secret_key", f"SECRET_KEY_FILE={key_file}"
        )
    )
    return {
        "LOCAL_ENV_FILE": str(local_env),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }


def test_the_local_env_template_names_the_key_file_that_make_run_creates():
    makefile = (REPO_ROOT / "Makefile").read_text()

    assert "SECRET_KEY_FILE=var/secret_key" in LOCAL_ENV_TEMPLATE.read_text().splitlines()
    assert "var/secret_key:" in makefile
    assert "var/local.env: factcheck/local.env" in makefile


def test_manage_py_after_make_run_works_with_no_environment(local_run):
    result = manage("shell", "-v", "0", "-c", SETTINGS_AS_JSON, **local_run)

    settings = loaded(result)
    assert settings["DEBUG"] is False
    assert settings["SECRET_KEY"] == "a-key-make-run-wrote"
    assert {"127.0.0.1", "localhost"} <= set(settings["ALLOWED_HOSTS"])


def test_a_local_run_serves_plain_http_without_secure_only_cookies(local_run):
    settings = loaded(manage("shell", "-v", "0", "-c", SETTINGS_AS_JSON, **local_run))

    assert settings["SECURE_SSL_REDIRECT"] is False
    assert settings["SESSION_COOKIE_SECURE"] is False
    assert settings["CSRF_COOKIE_SECURE"] is False
    assert settings["SECURE_HSTS_SECONDS"] == 0


def test_a_local_run_answers_plain_http_on_127_0_0_1_without_a_redirect(local_run):
    fetch = (
        "from django.test import Client; "
        "r = Client(HTTP_HOST='127.0.0.1:8000').get('/robots.txt'); "
        "print(r.status_code, r.headers.get('Location'))"
    )

    result = manage("shell", "-v", "0", "-c", fetch, **local_run)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["200", "None"]


def test_the_environment_wins_over_the_local_env_file(local_run):
    settings = loaded(
        manage(
            "shell",
            "-v",
            "0",
            "-c",
            SETTINGS_AS_JSON,
            **local_run,
            ALLOWED_HOSTS="claims.example.org",
            SECURE_SSL_REDIRECT="1",
        )
    )

    assert settings["ALLOWED_HOSTS"] == ["claims.example.org"]
    assert settings["SECURE_SSL_REDIRECT"] is True


def test_manage_py_without_a_local_run_or_a_key_stops_with_the_clear_message(tmp_path):
    result = manage("check", LOCAL_ENV_FILE=str(tmp_path / "no-local.env"))

    assert result.returncode != 0
    assert "SECRET_KEY is not set. Set the SECRET_KEY environment variable" in result.stderr


def test_an_empty_local_env_file_setting_reads_no_file(local_run):
    result = manage("check", **{**local_run, "LOCAL_ENV_FILE": ""})

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_a_malformed_line_in_the_local_env_file_is_named(tmp_path):
    local_env = tmp_path / "local.env"
    local_env.write_text("# comment\nSECURE_SSL_REDIRECT=0\njust words\n")

    result = manage("check", LOCAL_ENV_FILE=str(local_env), SECRET_KEY="s")

    assert result.returncode != 0
    assert f"{local_env}, line 3: expected NAME=value, not 'just words'" in result.stderr


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
