"""One client identity for throttles, export slots and the login lockout: forwarding
headers count only from trusted proxies (issue 14). And what one search may cost."""

import pytest
from django.test import RequestFactory
from rest_framework.test import APIClient

from claims.api.base import AnonThrottle
from claims.search import MAX_PHRASE_WORDS, MAX_TERMS, fts5_match_expression, parse_query
from factcheck.middleware import client_ip
from tests.factories import ClaimFactory


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.fixture
def low_anonymous_rate(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "anon": "3/minute",
        },
    }


def test_without_trusted_proxies_the_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip(request_from("198.51.100.7", "203.0.113.1")) == "198.51.100.7"


def test_a_client_that_is_not_a_trusted_proxy_cannot_name_another_address(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert client_ip(request_from("198.51.100.7", "10.0.0.5, 203.0.113.1")) == "198.51.100.7"


def test_behind_a_trusted_proxy_the_address_it_appended_is_the_client(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    # The client wrote "1.2.3.4" itself; the proxy appended the address it saw.
    assert client_ip(request_from("10.0.0.1", "1.2.3.4, 203.0.113.9")) == "203.0.113.9"


def test_behind_a_chain_of_trusted_proxies_the_right_most_untrusted_address_is_the_client(
    settings,
):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "192.0.2.10"]
    forwarded = "1.2.3.4, 203.0.113.9, 192.0.2.10, 10.1.2.3"
    assert client_ip(request_from("10.0.0.1", forwarded)) == "203.0.113.9"


def test_garbage_in_the_forwarded_header_stops_at_the_last_trusted_proxy(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    assert client_ip(request_from("10.0.0.1", "not-an-address")) == "10.0.0.1"
    assert client_ip(request_from("10.0.0.1", "")) == "10.0.0.1"


def test_ipv6_proxies_and_clients(settings):
    settings.TRUSTED_PROXIES = ["2001:db8::/32"]
    assert client_ip(request_from("2001:db8::1", "2001:db8:ffff::2")) == "2001:db8:ffff::2"


@pytest.mark.django_db
def test_random_forwarded_addresses_do_not_bypass_the_anonymous_limit(low_anonymous_rate):
    api = APIClient()
    statuses = [
        api.get("/api/v1/topics/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code
        for n in range(6)
    ]
    assert statuses == [200, 200, 200, 429, 429, 429]


@pytest.mark.django_db
def test_random_forwarded_addresses_do_not_bypass_the_limit_behind_a_trusted_proxy(
    low_anonymous_rate, settings
):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    api = APIClient(REMOTE_ADDR="10.0.0.1")
    # The client forges a fresh left-hand address each time; the proxy appends the same one.
    statuses = [
        api.get("/api/v1/topics/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.9").status_code
        for n in range(5)
    ]
    assert statuses == [200, 200, 200, 429, 429]


@pytest.mark.django_db
def test_a_trusted_proxys_header_is_honoured_each_client_has_its_own_count(
    low_anonymous_rate, settings
):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    api = APIClient(REMOTE_ADDR="10.0.0.1")
    for _ in range(3):
        assert api.get("/api/v1/topics/", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 200
    assert api.get("/api/v1/topics/", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
    # Another reader behind the same proxy is not held back by the first.
    assert api.get("/api/v1/topics/", HTTP_X_FORWARDED_FOR="203.0.113.10").status_code == 200


def test_the_api_throttle_identifies_clients_through_client_ip(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    request = request_from("10.0.0.1", "203.0.113.9")
    assert AnonThrottle().get_ident(request) == "203.0.113.9"


def test_login_lockout_and_export_slots_use_the_same_function(settings):
    from claims.api import export_slots

    assert settings.AXES_CLIENT_IP_CALLABLE == "factcheck.middleware.client_ip"
    assert export_slots.client_ip is client_ip


# --- Searching the public list ---------------------------------------------------


@pytest.fixture
def low_search_rate(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "search": "2/minute",
        },
    }


@pytest.mark.django_db
def test_html_search_is_throttled_per_client_with_retry_after(client, low_search_rate):
    ClaimFactory(text="Crossings fell by a third.")
    assert client.get("/claims/", {"q": "crossings"}).status_code == 200
    assert client.get("/claims/", {"q": "third"}).status_code == 200
    refused = client.get("/claims/", {"q": "fell"}, HTTP_X_FORWARDED_FOR="203.0.113.77")

    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Too many searches" in refused.content.decode()
    # Browsing without a search is not counted, and another client may still search.
    assert client.get("/claims/").status_code == 200
    assert client.get("/claims/", {"q": "fell"}, REMOTE_ADDR="198.51.100.2").status_code == 200


def test_a_repeated_word_costs_what_one_word_costs():
    assert parse_query("a " * 100) == parse_query("a")
    assert fts5_match_expression("a " * 100) == fts5_match_expression("a")


def test_a_search_reads_at_most_its_first_distinct_terms():
    words = [f"word{n}" for n in range(40)]
    terms = parse_query(" ".join(words))
    assert len(terms) == MAX_TERMS
    assert [t.words[0] for t in terms] == words[:MAX_TERMS]


def test_a_long_phrase_is_cut_to_its_first_words():
    phrase = " ".join(f"w{n}" for n in range(30))
    (term,) = parse_query(f'"{phrase}"')
    assert len(term.words) == MAX_PHRASE_WORDS


def test_a_very_long_query_is_read_only_in_part():
    assert len(parse_query("x" * 100_000)) <= 1


@pytest.mark.django_db
def test_the_list_says_when_a_search_was_cut_short(client):
    ClaimFactory(text="Crossings fell by a third.")
    many = " ".join(f"word{n}" for n in range(20))
    response = client.get("/claims/", {"q": many})
    assert response.status_code == 200
    assert f"Only the first {MAX_TERMS} different words" in response.content.decode()
    assert "Only the first" not in client.get("/claims/", {"q": "a " * 100}).content.decode()


@pytest.mark.django_db
def test_a_capped_search_through_the_api_answers():
    ClaimFactory(text="Crossings fell by a third.")
    api = APIClient()
    repeated = api.get("/api/v1/claims/", {"q": "crossings " * 15})
    assert repeated.status_code == 200
    assert len(repeated.json()["results"]) == 1
    many = api.get("/api/v1/claims/", {"q": " ".join(f"w{n}" for n in range(30))})
    assert many.status_code == 200
    assert many.json()["results"] == []
