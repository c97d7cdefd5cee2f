"""A newsroom key gets its own, higher rate; anonymous clients keep theirs and a
429 that says how to get a key."""

import pytest

from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def bearer(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def test_a_keyed_client_is_not_held_to_the_anonymous_rate(api, issue, rates):
    rates(anon="2/minute", apikey="5/minute")
    _, secret = issue()
    for _ in range(2):
        assert api.get("/api/v1/topics/").status_code == 200
    assert api.get("/api/v1/topics/").status_code == 429
    # Same address, but keyed: counted against the key, not the address.
    for _ in range(5):
        assert api.get("/api/v1/topics/", **bearer(secret)).status_code == 200


def test_a_keyed_client_is_throttled_at_its_own_rate(api, issue, rates):
    rates(anon="2/minute", apikey="4/minute")
    _, secret = issue()
    for _ in range(4):
        assert api.get("/api/v1/topics/", **bearer(secret)).status_code == 200
    response = api.get("/api/v1/topics/", **bearer(secret))
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    body = response.json()
    assert "4/minute" in body["detail"]
    assert body["retry_after"] == int(response["Retry-After"])
    assert "api_key" not in body
    assert api.get("/api/v1/claims/export.csv", **bearer(secret)).status_code == 429


def test_a_key_with_its_own_rate_uses_it_instead_of_the_default(api, issue, rates):
    rates(apikey="2/minute")
    _, generous = issue(rate="6/minute")
    for _ in range(6):
        assert api.get("/api/v1/topics/", **bearer(generous)).status_code == 200
    assert api.get("/api/v1/topics/", **bearer(generous)).status_code == 429


def test_keys_are_counted_apart(api, issue, rates):
    rates(apikey="2/minute")
    (_, first), (_, second) = issue(), issue()
    for _ in range(2):
        assert api.get("/api/v1/topics/", **bearer(first)).status_code == 200
    assert api.get("/api/v1/topics/", **bearer(first)).status_code == 429
    assert api.get("/api/v1/topics/", **bearer(second)).status_code == 200


def test_the_default_key_rate_is_ten_times_the_anonymous_one(settings):
    rates = settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
    assert rates["anon"] == "120/minute"
    assert rates["apikey"] == "1200/minute"


@pytest.mark.parametrize(
    "url", ["/api/v1/claims/", "/api/v1/claims/export.jsonl", "/api/v1/claims/matches/?text=x"]
)
def test_the_anonymous_429_says_when_to_retry_and_how_to_get_a_key(api, rates, url):
    rates(anon="1/minute")
    ClaimFactory()
    assert api.get("/api/v1/topics/").status_code == 200
    response = api.get(url)
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    wait = int(response["Retry-After"])
    assert 0 < wait <= 60
    body = response.json()
    assert body["retry_after"] == wait
    assert "1 requests per minute" in body["detail"]
    assert f"{wait} seconds" in body["detail"]
    assert "API key" in body["api_key"]
    assert "Authorization: Bearer" in body["api_key"]
    assert "http://testserver/api/docs/" in body["api_key"]


def test_a_staff_session_is_not_throttled_as_anonymous(editor_client, rates):
    rates(anon="1/minute")
    for _ in range(3):
        assert editor_client.get("/api/v1/topics/").status_code == 200


def test_bad_keys_count_against_the_anonymous_rate(api, rates):
    """Otherwise guessing keys would be the one unthrottled request."""
    rates(anon="2/minute")
    forged = {"HTTP_AUTHORIZATION": f"Bearer {'0' * 10}.{'A' * 43}"}
    assert api.get("/api/v1/topics/", **forged).status_code == 401
    assert api.get("/api/v1/topics/", **forged).status_code == 401
    response = api.get("/api/v1/topics/", **forged)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert api.get("/api/v1/topics/").status_code == 429
