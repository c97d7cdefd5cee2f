"""Property-based tests of the API against its own OpenAPI schema (issue 14, item 1):
schemathesis makes requests from every operation's parameters, valid and invalid,
and sends them to the WSGI application in-process. No answer may be a server error,
and every answer of the API is JSON (the exports' 200s are CSV or JSON lines).

Bounded and deterministic: a fixed number of examples per operation, derandomized,
no example database, so every run (and CI) makes the same requests."""

import json

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings

from tests.factories import ClaimFactory, CorrectionFactory, TopicFactory

# Per operation; about 20 operations, so a few hundred requests in all.
MAX_EXAMPLES = 25

schema = schemathesis.openapi.from_dict(SchemaGenerator().get_schema(request=None, public=True))


@pytest.fixture
def app(settings, seed):
    """The WSGI application over the seed data plus a claim with a correction; made
    here, after the test settings (its middleware reads them once), with the host
    schemathesis sends and no throttling: a 429 would hide the answers under test."""
    settings.ALLOWED_HOSTS = ["localhost", "testserver"]
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1000000/minute", "apikey": "1000000/minute"},
    }
    CorrectionFactory(claim=ClaimFactory(topics=[TopicFactory()]))
    # As Django's test client does: the test's transaction keeps its connection.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield WSGIHandler()
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_input_gives_a_server_error(case, app):
    response = case.call(app=app)
    assert response.status_code < 500, (case.as_curl_command(), response.text[:500])
    content_type = response.headers.get("content-type", [""])[0]
    if response.status_code != 200 or "export" not in case.path:
        assert content_type.startswith("application/json"), (case.as_curl_command(), content_type)
        json.loads(response.content)
