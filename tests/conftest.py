import datetime

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

from claims.models import Claim, Evidence
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


@pytest.fixture(autouse=True)
def _empty_cache():
    """Facet counts are cached (claims.facets): no test sees another's."""
    cache.clear()
    yield
    cache.clear()


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


# Admin forms, posted as a browser would.


def _as_post(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_as_post(v) for v in value]
    return str(value)


def _rendered_values(form, data):
    for name in form.fields:
        value = form[name].value()
        key = form.add_prefix(name)
        if isinstance(value, bool):
            if value:
                data[key] = "on"
        elif hasattr(value, "__iter__") and not isinstance(value, str):
            data[key] = [_as_post(getattr(v, "pk", v)) for v in value]
        else:
            data[key] = _as_post(value)


@pytest.fixture
def change_url():
    """`change_url(obj)`: the admin change page of any registered model instance."""

    def url(obj):
        opts = obj._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])

    return url


@pytest.fixture
def change_form(change_url):
    """`change_form(client, obj)`: the admin change form of `obj` as the page rendered
    it (inline formsets included), ready to edit and post back."""

    def form(client, obj):
        response = client.get(change_url(obj))
        assert response.status_code == 200
        data = {}
        _rendered_values(response.context["adminform"].form, data)
        for inline in response.context["inline_admin_formsets"]:
            formset = inline.formset
            _rendered_values(formset.management_form, data)
            for inline_form in formset.forms:
                _rendered_values(inline_form, data)
        return data

    return form


@pytest.fixture
def evidence_rows():
    """`evidence_rows(data, *rows)`: add new evidence inline rows to posted form data."""

    def add(data, *rows):
        start = int(data["evidence-TOTAL_FORMS"])
        for offset, row in enumerate(rows):
            for key, value in row.items():
                data[f"evidence-{start + offset}-{key}"] = value
        data["evidence-TOTAL_FORMS"] = str(start + len(rows))
        return data

    return add


@pytest.fixture
def form_errors():
    """`form_errors(response)`: every error message an admin page shows, as one list."""

    def errors(response):
        adminform = response.context["adminform"]
        messages = [str(e) for errors in adminform.form.errors.values() for e in errors]
        for inline in response.context["inline_admin_formsets"]:
            messages += [str(e) for e in inline.formset.non_form_errors()]
            for form_errors in inline.formset.errors:
                messages += [str(e) for field in form_errors.values() for e in field]
        return messages

    return errors


@pytest.fixture
def evidence_row():
    """`evidence_row(**fields)`: one new evidence inline row, valid unless told otherwise."""

    def row(**fields):
        return {
            "url": "https://statistics.example.org/irregular-migration",
            "stance": Evidence.Stance.SUPPORTS,
            "title": "Irregular migration detailed dataset",
            "publisher": "Home Office",
            "published_on": "2023-11-23",
            "archived_url": "",
            "note": "",
            **fields,
        }

    return row


@pytest.fixture
def claim_form_data():
    """`claim_form_data(claim=None, evidence=(), publish=None, **fields)`: POST data for
    the claim add/change form with its evidence inline formset.

    Starts from `claim` (its current values and evidence) when given; `evidence` adds
    new inline rows; `publish` defaults to the claim's current publication state."""

    def data_for(*, claim=None, evidence=(), publish=None, **fields):
        data = {
            "text": "",
            "statement": "",
            "speaker": "",
            "said_on": "2023-12-05",
            "topics": [],
            "source": "",
            "quote_start": "",
            "quote_end": "",
            "status": Claim.Status.UNVERIFIED,
            "rating": "",
            "verdict": "",
        }
        rows = []
        if claim is not None:
            data.update(
                text=claim.text,
                statement=claim.statement,
                speaker=claim.speaker_id,
                said_on=claim.said_on.isoformat() if claim.said_on else "",
                topics=[topic.pk for topic in claim.topics.all()],
                source=claim.source_id,
                quote_start=claim.quote_start,
                quote_end=claim.quote_end,
                status=claim.status,
                rating=claim.rating,
                verdict=claim.verdict,
            )
            rows = [
                {
                    "id": item.pk,
                    "claim": claim.pk,
                    "url": item.url,
                    "stance": item.stance,
                    "title": item.title,
                    "publisher": item.publisher,
                    "published_on": item.published_on.isoformat() if item.published_on else "",
                    "archived_url": item.archived_url,
                    "note": item.note,
                }
                for item in claim.evidence.all()
            ]
            if publish is None:
                publish = claim.is_published
        data.update(fields)
        if publish:
            data["publish"] = "on"
        data.update(
            {
                "evidence-TOTAL_FORMS": len(rows) + len(evidence),
                "evidence-INITIAL_FORMS": len(rows),
                "evidence-MIN_NUM_FORMS": 0,
                "evidence-MAX_NUM_FORMS": 1000,
            }
        )
        for index, row in enumerate([*rows, *evidence]):
            for key, value in row.items():
                data[f"evidence-{index}-{key}"] = value
        return {key: "" if value is None else value for key, value in data.items()}

    return data_for
