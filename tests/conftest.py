import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

from tests.factories import UserFactory

SEED_FIXTURE = "fixtures/seed.json"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True, scope="session")
def _plain_http():
    # Without DEBUG the settings redirect http to https; the test client and the live
    # server speak plain http. Session-wide, so the live server starts with it too.
    django_settings.SECURE_SSL_REDIRECT = False


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    """Pages render `{% static %}`; tests run without collectstatic's manifest."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def seed(db):
    """The seed data: the two source texts and the claims logged from them."""
    call_command("loaddata", SEED_FIXTURE, verbosity=0)


@pytest.fixture
def fact_checker(db):
    return UserFactory(username="checker", groups=["Fact-checkers"])


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", groups=["Editors"])


@pytest.fixture
def checker_client(client, fact_checker):
    client.force_login(fact_checker)
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
