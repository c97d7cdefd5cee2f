"""Malformed input is a 400 (or a 404) with a message, never a server error; the
API answers in JSON, errors included (issue 14, item 1). Crafted cursors, NUL
characters, very long values, odd unicode, repeated parameters, huge and negative
numbers, on every API list and on the public claim list, on both databases."""

import base64
import json
from urllib.parse import quote

import pytest
from django.test import RequestFactory, override_settings

from factcheck import views
from tests.factories import ClaimFactory, CorrectionFactory, TopicFactory

pytestmark = pytest.mark.django_db

# Each list and the name of its default ordering, which its cursors carry.
API_LISTS = {
    "/api/v1/claims/": "-said_on",
    "/api/v1/claimreview/": "-said_on",
    "/api/v1/speakers/": "name",
    "/api/v1/topics/": "name",
    "/api/v1/sources/": "-published_on",
    "/api/v1/corrections/": "-created_at",
}
HTML_LIST = "/claims/"
NOT_A_CURSOR = "Not a cursor from this API: use the `next` link of the previous page."


@pytest.fixture
def data(seed):
    CorrectionFactory(claim=ClaimFactory(topics=[TopicFactory()]))


def cursor(payload: str) -> str:
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def crafted(ordering: str, first: str) -> str:
    """A cursor for `ordering` whose first value is the JSON text `first`."""
    return cursor(f'{{"o":"{ordering}","v":[{first},1]}}')


# JSON text of a first value that no list takes, or takes and must not choke on.
FIRST_VALUES = {
    "infinity": "Infinity",
    "minus-infinity": "-Infinity",
    "nan": "NaN",
    "huge-int": "9" * 40,
    "float": "1.5",
    "true": "true",
    "nested-list": '["2023-01-01"]',
    "object": '{"a":1}',
    "offset-23h": '"2023-01-01T00:00:00-23:00"',
    "offset-15h": '"2023-01-01T00:00:00+15:00"',
    "naive-timestamp": '"2023-01-01T00:00:00"',
    "start-of-time": '"0001-01-01T00:00:00+01:00"',
    "end-of-time": '"9999-12-31T23:59:59-01:00"',
    "timestamp-for-date": '"2023-01-01T00:00:00Z"',
    "year-0": '"0000-01-01"',
    "feb-30": '"2023-02-30"',
    "nul-in-name": '"a\\u0000b"',
    "lone-surrogate": '"\\ud800"',
    "name-100": '"' + "a" * 100 + '"',
    "name-200": '"' + "a" * 200 + '"',
    "long-name": '"' + "a" * 1000 + '"',
    "arabic-digits": '"\\u0662\\u0660\\u0662\\u0663-01-01"',
}
WHOLE_CURSORS = {
    "issue-example": "eyJvIjoiLXNhaWRfb24iLCJ2IjpbIjIwMjMtMDEtMDEiLEluZmluaXR5XX0",
    "deep-nesting": cursor('{"o":"x","v":' + "[" * 2000 + "]" * 2000 + "}"),
    "too-long": "A" * 5000,
    "not-base64": "!!!",
    "bad-padding": "A",
    "not-json": cursor("not json"),
    "not-utf8": base64.urlsafe_b64encode(b"\xff\xfe").decode(),
    "json-list": cursor("[1,2]"),
    "extra-key": cursor('{"o":"name","v":["a",1],"x":1}'),
    "wrong-length": cursor('{"o":"name","v":["a"]}'),
    "null-id": cursor('{"o":"name","v":["a",null]}'),
}


# First values that are plain text: positions on a list ordered by name.
PLAIN_TEXT = {
    "offset-23h",
    "offset-15h",
    "naive-timestamp",
    "start-of-time",
    "end-of-time",
    "timestamp-for-date",
    "year-0",
    "feb-30",
    "arabic-digits",
    "name-100",
}
# The values each list takes (its column's type and length); it refuses the rest.
TAKEN = {
    "/api/v1/speakers/": PLAIN_TEXT | {"name-200"},
    "/api/v1/topics/": PLAIN_TEXT,
    "/api/v1/corrections/": {"timestamp-for-date"},
}


def refusals(client, url, cursors) -> list:
    """The cursors whose answer is not a 400 naming `cursor` (one request each)."""
    wrong = []
    for name, value in cursors.items():
        response = client.get(url, {"cursor": value})
        if response.status_code != 400 or list(response.json()) != ["cursor"]:
            wrong.append((name, response.status_code, response.content[:200]))
    return wrong


@pytest.mark.parametrize("url", API_LISTS)
def test_crafted_cursor_value_is_a_400_naming_cursor(api, data, url):
    ordering = API_LISTS[url]
    taken = TAKEN.get(url, set())
    refused = {n: crafted(ordering, v) for n, v in FIRST_VALUES.items() if n not in taken}
    assert refusals(api, url, refused) == []
    for name in taken:
        assert api.get(url, {"cursor": crafted(ordering, FIRST_VALUES[name])}).status_code == 200


@pytest.mark.parametrize("url", API_LISTS)
def test_malformed_cursor_is_a_400_naming_cursor(api, data, url):
    assert refusals(api, url, WHOLE_CURSORS) == []
    first = api.get(url, {"cursor": WHOLE_CURSORS["issue-example"]}).json()
    assert first in (
        {"cursor": [NOT_A_CURSOR]},
        {"cursor": ["This cursor is for another ordering."]},
    )


def test_the_issue_example_is_refused_with_a_message(api, data):
    response = api.get(f"/api/v1/claims/?cursor={WHOLE_CURSORS['issue-example']}")
    assert response.status_code == 400
    assert response.json() == {"cursor": [NOT_A_CURSOR]}


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("/api/v1/corrections/", '"2023-01-01T00:00:00+14:00"'),
        ("/api/v1/corrections/", '"2023-01-01T00:00:00.123456-12:00"'),
        ("/api/v1/corrections/", '"2023-01-01T00:00:00Z"'),
        ("/api/v1/claims/", '"2023-12-05"'),
        ("/api/v1/claims/", "null"),
        ("/api/v1/sources/", "null"),
        ("/api/v1/speakers/", '"Zoë \\u00e9 \\ud83d\\ude00"'),
    ],
)
def test_well_formed_cursor_values_are_taken(api, data, url, value):
    assert api.get(url, {"cursor": crafted(API_LISTS[url], value)}).status_code == 200


@pytest.mark.parametrize("url", API_LISTS)
def test_next_links_still_walk_every_list(api, data, url):
    seen, page = [], api.get(url, {"page_size": 1})
    while True:
        assert page.status_code == 200, page.content
        seen += [row.get("id", row.get("url")) for row in page.json()["results"]]
        if page.json()["next"] is None:
            break
        page = api.get(page.json()["next"])
    assert len(seen) == len(set(seen)) > 0


# Queries every list gets, raw (percent-encoded as a client would send them).
LONG = "a" * 20_000
HOSTILE_QUERIES = [
    "q=%00",
    "q=a%00b",
    "%00=1",
    "speaker=a%00",
    "ordering=%00",
    "cursor=%00",
    "page_size=%00",
    "facet=%00",
    f"q={LONG}",
    f"speaker={LONG}",
    f"cursor={LONG}",
    f"ordering={LONG}",
    f"{LONG}=1",
    "q=%ED%A0%80",  # a UTF-16 surrogate, invalid in UTF-8
    "q=%FF%FE",
    "q=%C0%AF",  # an overlong "/"
    "q=%E2%80%AE%E2%80%8D%F0%9F%98%80%CC%81",  # RTL override, joiner, emoji, accent
    "speaker=%E2%80%AEeno",
    "said_after=%D9%A2%D9%A0%D9%A2%D9%A3-01-01",  # Arabic-Indic digits
    "said_after=9999-12-31&said_before=0001-01-01",
    "updated_after=2023-01-01T00:00:00-23:00",
    "updated_after=9999-12-31T23:59:59-01:00",
    "published_before=0001-01-01T00:00:00%2B01:00",
    "rating=accurate&rating=accurate&rating=" + "%2C".join(["misleading"] * 50),
    "q=a&q=b",
    "page_size=1&page_size=2",
    "cursor=a&cursor=b",
    "page_size=999999999999999999999999",
    "page_size=-1",
    "page_size=1e3",
    "page_size=%D9%A2",
    "page=-1",
    "page=99999999999999999999",
    "claim=-1",
    "claim=99999999999999999999999",
    "claim=1.5",
    "facet=rating&facet=" + "%2C".join(["year"] * 100),
    "q=" + "a+" * 500,
    "format=%00",
    "format=xml",
    "&&&=&==",
]


def answers(client, url, queries) -> list:
    """(query, status, content type) of each hostile query, one request each."""
    return [(query, *status_and_type(client.get(f"{url}?{query}"))) for query in queries]


def status_and_type(response):
    if response["Content-Type"] == "application/json":
        body = response.json()
        assert body and all(isinstance(name, str) for name in body), body
    return response.status_code, response["Content-Type"]


@pytest.mark.parametrize("url", API_LISTS)
def test_hostile_query_on_an_api_list_is_a_json_client_error(client, data, url):
    wrong = [
        answer
        for answer in answers(client, url, HOSTILE_QUERIES)
        if answer[1] not in (200, 400) or answer[2] != "application/json"
    ]
    assert wrong == []


def test_hostile_query_on_the_claim_list_is_a_page_not_an_error(client, data):
    wrong = [
        answer
        for answer in answers(client, HTML_LIST, HOSTILE_QUERIES)
        if answer[1] not in (200, 400) or not answer[2].startswith("text/html")
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/claims/export.csv",
        "/api/v1/claims/export.jsonl",
        "/api/v1/evidence/export.csv",
        "/api/v1/claims/matches/",
    ],
)
@pytest.mark.parametrize("query", ["q=%00", "text=%00", f"text={LONG}", "bom=%00", "limit=-1"])
def test_hostile_query_on_exports_and_matches_is_a_json_400(client, data, url, query):
    response = client.get(f"{url}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"


def test_a_nul_names_its_parameter(client, data):
    response = client.get("/api/v1/claims/?rating=accurate&q=a%00")
    assert response.status_code == 400
    assert response.json() == {"q": ["Null characters are not allowed."]}


@pytest.mark.parametrize(
    "path",
    [
        "/claims/a%00/",
        "/speakers/a%00/",
        "/topics/%00/",
        "/sources/a%00/",
        "/claims/%ED%A0%80/",
        f"/claims/{'a' * 5000}/",
    ],
)
def test_malformed_slug_in_a_page_address_is_the_sites_404(client, data, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"Page not found" in response.content


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/claims/a%00/",
        "/api/v1/claims/%ED%A0%80/",
        "/api/v1/claims/99999999999999999999999/",
        "/api/v1/speakers/99999999999999999999999/",
        "/api/v1/speakers/-1/",
        "/api/v1/topics/abc/",
        "/api/v1/sources/1.5.6/",
        "/api/v1/corrections/%00/",
        f"/api/v1/claims/{'a' * 5000}/",
        "/api/v1/no-such-list/",
        "/api/v2/claims/",
        "/api/",
    ],
)
def test_unknown_api_address_is_a_json_404(client, data, path):
    response = client.get(path)
    assert response.status_code == 404, response.content[:200]
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_refused_method_on_the_api_is_json(client, data, method):
    response = getattr(client, method)("/api/v1/claims/")
    assert response.status_code in (401, 403, 405)
    assert response["Content-Type"] == "application/json"


def test_too_many_parameters_is_a_json_400(client, data):
    query = "&".join(f"p{i}=1" for i in range(1500))
    response = client.get(f"/api/v1/claims/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert client.get(f"{HTML_LIST}?{query}").status_code == 400


def test_server_error_under_the_api_is_json_and_elsewhere_the_sites_page():
    factory = RequestFactory()
    api_error = views.server_error(factory.get("/api/v1/claims/"))
    assert api_error.status_code == 500
    assert json.loads(api_error.content) == {
        "detail": "Server error: it has been logged; try again later."
    }
    page = views.server_error(factory.get("/claims/"))
    assert page.status_code == 500
    assert b"Something went wrong" in page.content


@override_settings(ALLOWED_HOSTS=["testserver"])
def test_a_disallowed_host_is_a_400_without_the_host_in_a_header(client, data):
    response = client.get("/api/v1/claims/", headers={"host": "evil.example"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert client.get(HTML_LIST, headers={"host": "evil.example"}).status_code == 400


# The OpenAPI schema: strict parameters, errors in JSON, nothing copied into a header.


@pytest.mark.parametrize(
    "query",
    [
        "version=%00",
        'version=a";filename=evil.html',
        "version=%0d%0aSet-Cookie:%20a=b",
        "lang=%00",
        "lang=xx-evil",
        "format=xml",
        "format=json&format=yaml",
        "other=1",
    ],
)
def test_bad_schema_parameter_is_a_json_400(client, query):
    response = client.get("/api/schema/?" + query.replace(" ", "%20").replace('"', "%22"))
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "Content-Disposition" not in response
    assert len(response.json()) == 1


@pytest.mark.parametrize(
    ("query", "suffix"), [("", "yaml"), ("format=json", "json"), ("lang=en", "yaml")]
)
def test_schema_file_name_is_fixed(client, query, suffix):
    response = client.get(f"/api/schema/?{query}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'inline; filename="Claim tracker API.{suffix}"'


@pytest.mark.parametrize("value", ["a\x00", 'a";filename=evil.html', "a\r\nX: y", "ü" * 300])
def test_export_file_name_never_carries_request_text(client, data, value):
    response = client.get("/api/v1/claims/export.csv", {"q": value})
    if response.status_code == 200:
        disposition = response["Content-Disposition"]
        assert disposition.isascii()
        name = disposition.split('filename="', 1)[1][:-1]
        assert all(c.isalnum() or c in "-." for c in name), disposition
    else:
        assert response.status_code == 400


def test_no_request_value_reaches_a_header(client, data):
    """Every header of a few answers, against the value sent (the exports' file names
    carry the filters, reduced to [a-z0-9-]: see above)."""
    marker = "zz9hostile"
    for url in [
        f"/api/v1/claims/?q={marker}",
        f"/api/schema/?version={marker}",
        f"/claims/?q={marker}",
        f"/api/v1/claims/{marker}/",
        f"/claims/{marker}/",
    ]:
        response = client.get(url)
        for header, header_value in response.items():
            assert marker not in header_value, (url, header)


def test_quoted_values_round_trip_through_the_html_list(client, data):
    response = client.get(HTML_LIST, {"q": "crossings", "speaker": quote("james-cleverly")})
    assert response.status_code == 200
