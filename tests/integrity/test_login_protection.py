"""Login lockout that nobody can turn against the desk (issue 12): an account is
locked at one address, an address trying many accounts is locked for all of them,
and the lockout page says for how long and how an editor unlocks it."""

import datetime

import pytest
import time_machine
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory

LOGIN = reverse("admin:login")
PASSWORD = "correct-horse-battery-staple"
DESK = "203.0.113.7"  # the newsroom's one public address, shared by everyone there
STRANGER = "198.51.100.66"


@pytest.fixture(autouse=True)
def _limits(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
    settings.LOGIN_ACCOUNTS_PER_ADDRESS = 4


@pytest.fixture
def editor_account(db):
    return UserFactory(username="editor", groups=["Editors"])


@pytest.fixture
def colleague(db):
    return UserFactory(username="colleague", groups=["Fact-checkers"])


def log_in(client, username, password, ip=DESK):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=ip,
    )


def is_logged_in(response):
    return response.status_code == 302 and response.headers["Location"] == "/admin/"


def test_right_password_logs_in(client, editor_account):
    assert is_logged_in(log_in(client, "editor", PASSWORD))


def test_wrong_password_shows_the_login_form_again(client, editor_account):
    response = log_in(client, "editor", "wrong")

    assert response.status_code == 200
    assert b"Please enter the correct username and password" in response.content


def test_an_account_is_locked_at_the_address_it_failed_from(client, editor_account):
    for _ in range(3):
        log_in(client, "editor", "wrong")

    response = log_in(client, "editor", PASSWORD)

    assert response.status_code == 429
    assert b"too many login attempts" in response.content.lower()


def test_a_colleague_behind_the_same_address_is_not_locked_by_someone_elses_failures(
    client, editor_account, colleague
):
    for _ in range(5):
        log_in(client, "editor", "wrong")
    assert log_in(client, "editor", PASSWORD).status_code == 429

    assert is_logged_in(log_in(client, "colleague", PASSWORD))


def test_a_stranger_guessing_at_a_known_username_does_not_lock_the_real_editor_out(
    client, editor_account
):
    for n in range(10):
        for _ in range(3):
            log_in(client, "editor", f"guess-{n}", ip=f"198.51.100.{n}")

    assert log_in(client, "editor", PASSWORD, ip="198.51.100.0").status_code == 429
    assert is_logged_in(log_in(client, "editor", PASSWORD, ip=DESK))


def test_an_address_failing_for_many_accounts_is_locked_for_every_account(client, editor_account):
    for n in range(4):
        log_in(client, f"guess{n}", "wrong", ip=STRANGER)

    response = log_in(client, "editor", PASSWORD, ip=STRANGER)

    assert response.status_code == 429
    assert is_logged_in(log_in(client, "editor", PASSWORD, ip=DESK))


def test_a_few_mistyped_usernames_do_not_lock_the_address(client, editor_account):
    for typo in ["edtior", "editr", "Editor"]:
        log_in(client, typo, PASSWORD)

    assert is_logged_in(log_in(client, "editor", PASSWORD))


def test_the_many_accounts_rule_counts_only_the_cool_off_window(client, editor_account):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for n in range(3):
            log_in(client, f"guess{n}", "wrong", ip=STRANGER)
    with time_machine.travel(start + datetime.timedelta(minutes=31), tick=False):
        log_in(client, "guess3", "wrong", ip=STRANGER)

        assert is_logged_in(log_in(client, "editor", PASSWORD, ip=STRANGER))


def test_fewer_failures_than_the_limit_do_not_lock(client, editor_account):
    for _ in range(2):
        log_in(client, "editor", "wrong")

    assert is_logged_in(log_in(client, "editor", PASSWORD))


def test_lockout_ends_after_the_cool_off_period(client, editor_account):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for _ in range(3):
            log_in(client, "editor", "wrong")
        assert log_in(client, "editor", PASSWORD).status_code == 429

    with time_machine.travel(start + datetime.timedelta(minutes=31), tick=False):
        assert is_logged_in(log_in(client, "editor", PASSWORD))


def test_the_lockout_page_says_for_how_long_and_how_an_editor_unlocks_it(client, editor_account):
    for _ in range(3):
        log_in(client, "editor", "wrong")

    response = log_in(client, "editor", PASSWORD)

    assert response.status_code == 429
    assert response.headers["Retry-After"] == str(30 * 60)
    page = response.content.decode()
    assert "Too many login attempts" in page
    assert "30 minutes" in page
    assert "python manage.py axes_reset_username editor" in page
    assert "Access attempts" in page
    # The admin's look (its base template and style sheets), not a bare text reply.
    assert 'id="container"' in page
    assert "/static/admin/css/base.css" in page
    assert "/static/css/admin.css" in page
    assert "<style" not in page
    assert "<script>" not in page


def test_the_lockout_page_escapes_the_username_it_shows(client, db):
    for _ in range(3):
        log_in(client, "<b>x</b>", "wrong")

    page = log_in(client, "<b>x</b>", "wrong").content.decode()

    assert "<b>x</b>" not in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page


def test_the_unlock_command_lets_the_locked_account_in_at_once(client, editor_account):
    for _ in range(3):
        log_in(client, "editor", "wrong")
    assert log_in(client, "editor", PASSWORD).status_code == 429

    call_command("axes_reset_username", "editor", verbosity=0)

    assert is_logged_in(log_in(client, "editor", PASSWORD))


def test_deleting_the_access_attempts_in_the_admin_unlocks_the_account(client, editor_account):
    for _ in range(3):
        log_in(client, "editor", "wrong")
    chief = Client()
    chief.force_login(UserFactory(username="chief", is_superuser=True))
    listed = chief.get(reverse("admin:axes_accessattempt_changelist"))
    assert b"editor" in listed.content
    attempts = list(AccessAttempt.objects.filter(username="editor"))

    done = chief.post(
        reverse("admin:axes_accessattempt_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [a.pk for a in attempts],
            "post": "yes",
        },
    )

    assert done.status_code == 302
    assert not AccessAttempt.objects.filter(username="editor").exists()
    assert is_logged_in(log_in(client, "editor", PASSWORD))


def test_client_address_behind_a_proxy_is_the_one_the_proxy_appended(
    client, editor_account, settings
):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    for n in range(4):
        client.post(
            LOGIN,
            {"username": f"guess{n}", "password": "wrong"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"1.2.3.{n}, 203.0.113.9",
        )

    blocked = client.post(
        LOGIN,
        {"username": "editor", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.9",
    )
    other = log_in(client, "editor", PASSWORD, ip="10.0.0.1")

    assert blocked.status_code == 429
    assert is_logged_in(other)
