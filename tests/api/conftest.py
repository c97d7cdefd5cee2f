import pytest
from django.core.cache import cache
from rest_framework.test import APIClient


@pytest.fixture(autouse=True)
def _fresh_throttle_counts():
    """The anonymous throttle counts requests in the cache: start every test at zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api():
    return APIClient()
