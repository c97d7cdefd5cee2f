"""Clients send a newsroom key as `Authorization: Bearer <key>` or `X-API-Key`."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from apikeys import services
from apikeys.models import APIKey, hash_key
from tests.factories import ClaimFactory, UserFactory

pytestmark = pytest.mark.django_db


def bearer(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def test_issuing_stores_a_hash_and_a_prefix_never_the_key(issue):
    key, secret = issue()
    stored = APIKey.objects.get()
    assert secret.startswith(f"{stored.prefix}.")
    assert stored.secret_hash == hash_key(secret)
    assert secret not in repr(APIKey.objects.values().get())
    assert secret not in repr(list(APIKey.history.values()))


def test_two_keys_never_share_a_prefix_or_a_secret(issue):
    (first, first_secret), (second, second_secret) = issue(), issue()
    assert first.prefix != second.prefix
    assert first_secret != second_secret


@pytest.mark.parametrize(
    "headers",
    [
        lambda key: {"HTTP_AUTHORIZATION": f"Bearer {key}"},
        lambda key: {"HTTP_AUTHORIZATION": f"bearer  {key}"},
        lambda key: {"HTTP_X_API_KEY": key},
        lambda key: {"HTTP_AUTHORIZATION": f"Bearer {key}", "HTTP_X_API_KEY": key},
    ],
)
def test_a_good_key_is_accepted_in_either_header(api, issue, headers):
    ClaimFactory()
    _, secret = issue()
    response = api.get("/api/v1/claims/", **headers(secret))
    assert response.status_code == 200
    assert len(response.json()["results"]) == 1


def test_an_unknown_key_is_a_401_with_a_json_message(api, issue):
    _, secret = issue()
    prefix = secret.split(".")[0]
    forged = f"{prefix}.{'A' * 43}"
    response = api.get("/api/v1/claims/", **bearer(forged))
    assert response.status_code == 401
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Unknown API key."}
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_key_with_an_unknown_prefix_is_a_401(api, issue):
    issue()
    response = api.get("/api/v1/claims/", **bearer(f"{'0' * 10}.{'A' * 43}"))
    assert response.status_code == 401
    assert response.json() == {"detail": "Unknown API key."}


@pytest.mark.parametrize(
    "sent", ["", "not-a-key", "0123456789", "0123456789.short", "<script>", "0" * 500]
)
def test_a_malformed_key_is_a_401_saying_so(api, sent):
    response = api.get("/api/v1/claims/", HTTP_AUTHORIZATION=f"Bearer {sent}")
    assert response.status_code == 401
    assert "Malformed API key" in response.json()["detail"]


def test_a_malformed_key_in_the_header_is_a_401_too(api):
    response = api.get("/api/v1/topics/", HTTP_X_API_KEY="oops")
    assert response.status_code == 401
    assert "Malformed API key" in response.json()["detail"]


def test_two_different_keys_are_refused(api, issue):
    (_, first), (_, second) = issue(), issue()
    response = api.get(
        "/api/v1/claims/", HTTP_AUTHORIZATION=f"Bearer {first}", HTTP_X_API_KEY=second
    )
    assert response.status_code == 401
    assert "Two different API keys" in response.json()["detail"]


def test_a_revoked_key_is_a_401_saying_so(api, issue):
    key, secret = issue()
    assert api.get("/api/v1/claims/", **bearer(secret)).status_code == 200
    services.apikey_revoke(key=key, revoked_by=UserFactory(username="boss"))
    response = api.get("/api/v1/claims/", **bearer(secret))
    assert response.status_code == 401
    assert "revoked" in response.json()["detail"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/claims/",
        "/api/v1/claims/export.csv",
        "/api/v1/claims/matches/?text=crossings",
        "/api/v1/corrections/",
    ],
)
def test_a_bad_key_is_refused_everywhere_in_the_api(api, url):
    response = api.get(url, **bearer("nope"))
    assert response.status_code == 401
    assert "detail" in response.json()


def test_another_authorization_scheme_is_left_alone(api):
    """A staging site behind a proxy's Basic login passes that header on."""
    response = api.get("/api/v1/claims/", HTTP_AUTHORIZATION="Basic dXNlcjpwYXNz")
    assert response.status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_a_key_gives_read_access_only(api, issue, method):
    claim = ClaimFactory(text="Original words.")
    _, secret = issue()
    response = getattr(api, method)(
        f"/api/v1/claims/{claim.id}/", {"text": "Changed."}, format="json", **bearer(secret)
    )
    assert response.status_code in (403, 405)
    assert "detail" in response.json()
    assert api.post("/api/v1/claims/", {"text": "x"}, **bearer(secret)).status_code == 403
    claim.refresh_from_db()
    assert claim.text == "Original words."


def test_last_used_is_recorded_at_most_once_a_minute(api, issue):
    key, secret = issue()
    assert key.last_used_at is None
    start = datetime.datetime(2024, 3, 9, 10, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        api.get("/api/v1/topics/", **bearer(secret))
    key.refresh_from_db()
    assert key.last_used_at == start
    with time_machine.travel(start + datetime.timedelta(seconds=30), tick=False):
        api.get("/api/v1/topics/", **bearer(secret))
    key.refresh_from_db()
    assert key.last_used_at == start
    with time_machine.travel(start + datetime.timedelta(seconds=61), tick=False):
        api.get("/api/v1/topics/", **bearer(secret))
    key.refresh_from_db()
    assert key.last_used_at == start + datetime.timedelta(seconds=61)


def test_use_is_not_an_edit_in_the_audit_trail(api, issue):
    key, secret = issue()
    api.get("/api/v1/topics/", **bearer(secret))
    assert key.history.count() == 1


def test_a_keyed_request_costs_one_query_more_than_an_anonymous_one(api, issue):
    ClaimFactory.create_batch(3)
    key, secret = issue()
    # Used a moment ago: no write due.
    APIKey.objects.filter(pk=key.pk).update(last_used_at=timezone.now())
    for url in ["/api/v1/claims/", "/api/v1/topics/", "/api/v1/claims/export.csv"]:
        with CaptureQueriesContext(connection) as anonymous:
            response = api.get(url)
            assert response.status_code == 200
        # Read to the end, as a client does: an export then gives its client's slot back.
        if response.streaming:
            b"".join(response.streaming_content)
        with CaptureQueriesContext(connection) as keyed:
            response = api.get(url, **bearer(secret))
            assert response.status_code == 200
        if response.streaming:
            b"".join(response.streaming_content)
        assert len(keyed) == len(anonymous) + 1, url


def test_the_first_use_in_a_minute_adds_one_small_update(api, issue):
    _, secret = issue()
    with CaptureQueriesContext(connection) as anonymous:
        api.get("/api/v1/topics/")
    with CaptureQueriesContext(connection) as keyed:
        api.get("/api/v1/topics/", **bearer(secret))
    assert len(keyed) == len(anonymous) + 2
    updates = [q["sql"] for q in keyed if q["sql"].lstrip().upper().startswith("UPDATE")]
    assert len(updates) == 1
    assert "apikeys_apikey" in updates[0]


def test_staff_session_still_works_beside_keys(editor_client):
    ClaimFactory()
    assert editor_client.get("/api/v1/claims/").status_code == 200
