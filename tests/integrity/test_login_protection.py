import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory

LOGIN = reverse("admin:login")
PASSWORD = "correct-horse-battery-staple"


@pytest.fixture(autouse=True)
def _limits(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)


@pytest.fixture
def editor_account(db):
    return UserFactory(username="editor", groups=["Editors"])


def log_in(client, username, password, ip="203.0.113.7"):
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


def test_account_is_locked_after_repeated_failures_even_from_other_addresses(
    client, editor_account
):
    for n in range(3):
        log_in(client, "editor", "wrong", ip=f"198.51.100.{n}")

    response = log_in(client, "editor", PASSWORD, ip="192.0.2.99")

    assert response.status_code == 429
    assert b"too many login attempts" in response.content.lower()


def test_address_is_locked_after_repeated_failures_even_for_other_accounts(client, editor_account):
    for n in range(3):
        log_in(client, f"guess{n}", "wrong", ip="203.0.113.50")

    assert log_in(client, "editor", PASSWORD, ip="203.0.113.50").status_code == 429
    assert is_logged_in(log_in(client, "editor", PASSWORD, ip="203.0.113.51"))


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


def test_client_address_behind_a_proxy_is_the_one_the_proxy_appended(
    client, editor_account, settings
):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    for n in range(3):
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
