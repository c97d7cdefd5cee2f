"""Source text is stored with `\\n` line endings however it arrives, and nothing
else in it changes: every quote span is an offset into exactly what is stored."""

import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.urls import reverse

from claims.models import Claim
from sources.models import Source
from tests.factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db

PASTED = (
    "Health Minister Ana Ruiz said:\r\n\r\n"
    "\tWaiting lists\u00a0fell by\u200b a quarter in 2024.\r\n"
    "\u201cWe opened 40 new clinics,\u201d she said.\rEnd of statement."
)
STORED = (
    "Health Minister Ana Ruiz said:\n\n"
    "\tWaiting lists\u00a0fell by\u200b a quarter in 2024.\n"
    "\u201cWe opened 40 new clinics,\u201d she said.\nEnd of statement."
)


def source_form(**fields):
    return {
        "title": "Clinic statement",
        "kind": Source.Kind.PRESS_RELEASE,
        "publisher": "",
        "url": "",
        "published_on": "2024-03-01",
        "archived_url": "",
        "language": "en",
        "body": PASTED,
        "claims-TOTAL_FORMS": 0,
        "claims-INITIAL_FORMS": 0,
        "claims-MIN_NUM_FORMS": 0,
        "claims-MAX_NUM_FORMS": 1000,
        **fields,
    }


def test_text_pasted_in_the_admin_is_stored_with_newlines_and_nothing_else_changed(
    editor_client,
):
    response = editor_client.post(reverse("admin:sources_source_add"), source_form())

    assert response.status_code == 302
    assert Source.objects.get().body == STORED


def test_a_quote_found_in_pasted_text_reads_exactly_its_words_in_the_stored_text(
    editor_client,
):
    editor_client.post(reverse("admin:sources_source_add"), source_form())
    source = Source.objects.get()

    claim = ClaimFactory(
        source=source, text="We opened 40 new clinics", quote_start=None, quote_end=None
    )
    claim.full_clean()

    assert source.body[claim.quote_start : claim.quote_end] == "We opened 40 new clinics"


def test_editing_a_source_with_crlf_keeps_the_spans_of_its_claims(editor_client):
    source = SourceFactory(body=STORED)
    claim = ClaimFactory(source=source, text="We opened 40 new clinics")
    claim.full_clean()
    claim.save()
    url = reverse("admin:sources_source_change", args=[source.pk])

    response = editor_client.post(url, source_form(title=source.title))

    assert response.status_code == 302
    source.refresh_from_db()
    assert source.body == STORED
    claim.refresh_from_db()
    assert source.body[claim.quote_start : claim.quote_end] == "We opened 40 new clinics"


def test_saving_from_code_normalises_line_endings_too():
    source = SourceFactory(body="One.\r\nTwo.\rThree.")

    source.refresh_from_db()
    assert source.body == "One.\nTwo.\nThree."


def test_migration_normalises_stored_text_and_shifts_the_spans_of_its_claims():
    source = SourceFactory(body="x")
    quote = "We opened 40 new clinics"
    # Stored as an older version stored it: in SQL, past the field's conversion.
    with connection.cursor() as cursor:
        cursor.execute("UPDATE sources_source SET body = %s WHERE id = %s", [PASTED, source.pk])
    start = PASTED.index(quote)
    claim = ClaimFactory(source=None, text=quote)
    Claim.objects.filter(pk=claim.pk).update(
        source=source, quote_start=start, quote_end=start + len(quote)
    )
    migration = importlib.import_module("sources.migrations.0003_normalise_source_line_endings")

    migration.normalise_bodies(apps, None)

    source.refresh_from_db()
    claim.refresh_from_db()
    assert source.body == STORED
    assert source.body[claim.quote_start : claim.quote_end] == quote
