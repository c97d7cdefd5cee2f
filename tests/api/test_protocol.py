"""Bad input, throttling, unsafe methods, conditional GET, CORS and the schema."""

import pytest
from django.core.management import call_command

from claims.models import Claim
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/claims/",
    "/api/v1/speakers/",
    "/api/v1/sources/",
    "/api/v1/topics/",
    "/api/v1/claimreview/",
    "/api/v1/corrections/",
]


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"rating": "great"}, "rating"),
        ({"status": "done"}, "status"),
        ({"said_after": "2023-13-45"}, "said_after"),
        ({"said_before": "last week"}, "said_before"),
        ({"ordering": "speaker"}, "ordering"),
        ({"speaker": "not a slug!"}, "speaker"),
        ({"q": "x" * 201}, "q"),
        ({"page_size": "ten"}, "page_size"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "201"}, "page_size"),
        ({"page_size": "-5"}, "page_size"),
        ({"page": "99999"}, "page"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"cursor": "eyJvIjoiLXNhaWRfb24iLCJ2IjpbInRvZGF5IiwxXX0"}, "cursor"),
        ({"format": "xml"}, "format"),
    ],
)
def test_bad_parameter_is_a_400_naming_it(api, params, name):
    ClaimFactory()
    response = api.get("/api/v1/claims/", params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert name in response.json()


@pytest.mark.parametrize("url", LISTS)
def test_every_list_refuses_a_too_big_page_size(api, url):
    response = api.get(url, {"page_size": 10_000})
    assert response.status_code == 400
    assert "page_size" in response.json()


@pytest.mark.parametrize("query", ['"', "AND OR (", "NEAR(", "*", "a:b", "-", "\u00a0"])
def test_search_operators_never_fail(api, query):
    ClaimFactory()
    assert api.get("/api/v1/claims/", {"q": query}).status_code == 200


def test_anonymous_clients_are_throttled_with_retry_after(api, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute"},
    }
    assert api.get("/api/v1/topics/").status_code == 200
    assert api.get("/api/v1/topics/").status_code == 200
    response = api.get("/api/v1/topics/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert api.get("/api/v1/claims/export.csv").status_code == 429


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_unsafe_methods_are_refused_and_change_nothing(api, method):
    claim = ClaimFactory(text="Original words.")
    for url in ["/api/v1/claims/", f"/api/v1/claims/{claim.id}/", "/api/v1/claims/export.csv"]:
        response = getattr(api, method)(url, {"text": "Changed."}, format="json")
        assert response.status_code == 403, url
        assert "detail" in response.json()
    assert Claim.objects.get().text == "Original words."
    assert Claim.objects.count() == 1


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_logged_in_editor_cannot_write_through_the_api(editor_client, method):
    claim = ClaimFactory(text="Original words.")
    response = getattr(editor_client, method)(
        f"/api/v1/claims/{claim.id}/", {"text": "x"}, content_type="application/json"
    )
    assert response.status_code == 405
    assert Claim.objects.get().text == "Original words."


@pytest.mark.parametrize("url", [*LISTS, "detail"])
def test_conditional_get_answers_304_when_nothing_changed(api, url):
    claim = ClaimFactory()
    url = f"/api/v1/claims/{claim.id}/" if url == "detail" else url
    first = api.get(url)
    assert first.status_code == 200
    etag = first["ETag"]
    again = api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""


def test_etag_changes_when_a_claim_changes(api):
    claim = ClaimFactory(verdict="Before.")
    etag = api.get("/api/v1/claims/")["ETag"]
    claim.verdict = "After."
    claim.save()
    response = api.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_cors_lets_any_origin_read_the_api(api):
    ClaimFactory()
    response = api.get("/api/v1/claims/", HTTP_ORIGIN="https://dataviz.newsroom.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_cors_preflight_allows_only_read_methods(api):
    response = api.options(
        "/api/v1/claims/",
        HTTP_ORIGIN="https://dataviz.newsroom.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    allowed = response["Access-Control-Allow-Methods"]
    assert "GET" in allowed
    assert "POST" not in allowed
    assert "DELETE" not in allowed


def test_openapi_schema_validates_without_warnings(tmp_path):
    out = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(out))
    schema = out.read_text()
    for path in [
        "/api/v1/claims/",
        "/api/v1/claims/{id}/",
        "/api/v1/claims/export.csv",
        "/api/v1/claims/export.jsonl",
        "/api/v1/speakers/",
        "/api/v1/sources/",
        "/api/v1/topics/",
        "/api/v1/claimreview/",
        "/api/v1/corrections/",
    ]:
        assert f"  {path}:" in schema
    for parameter in ["q", "speaker", "topic", "said_after", "ordering", "cursor", "page_size"]:
        assert f"name: {parameter}\n" in schema


def test_schema_and_docs_pages_are_served(api):
    schema = api.get("/api/schema/", {"format": "json"})
    assert schema.status_code == 200
    assert schema.json()["openapi"].startswith("3.")
    docs = api.get("/api/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "/static/drf_spectacular_sidecar/" in html
    assert "cdn." not in html
