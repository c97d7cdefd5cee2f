import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from apikeys import services
from apikeys.models import APIKey
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _fresh_throttle_counts():
    """Throttles count requests in the cache: start every test at zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def issue(db):
    """`issue(**fields)`: a saved key and the whole key string, as an editor issues it."""

    def make(**fields):
        key = APIKey(
            holder=fields.pop("holder", "The Example Gazette data desk"),
            contact_email=fields.pop("contact_email", "data@gazette.example"),
            **fields,
        )
        secret = services.apikey_issue(key=key, created_by=UserFactory(username="issuer"))
        return key, secret

    return make


@pytest.fixture
def rates(settings):
    """`rates(anon=…, apikey=…)`: lower the throttle rates for one test."""

    def set_rates(**new):
        settings.REST_FRAMEWORK = {
            **settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {
                **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
                **new,
            },
        }

    return set_rates
