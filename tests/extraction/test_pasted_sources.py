"""A source pasted into the admin as a browser sends it (CRLF line endings, tabs,
non-breaking and zero-width spaces, curly quotes): every suggested span reads
exactly its quote in the stored text, and accepting the suggestions creates
drafts whose quotes match the source."""

import json
import re

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import Claim
from sources.models import Source

pytestmark = pytest.mark.django_db

PASTED = (
    "Transport Secretary Maria Lopez said:\r\n"
    "\r\n"
    "\u201cRail passenger numbers rose by 12%\u00a0in 2024, the largest rise in a decade.\u201d\r\n"
    "\r\n"
    "\tThe department spent \u00a3\u200b2.4 billion on new trains last year, "
    "twice the amount spent in 2019.\r\n"
    "\r\n"
    "\u201cDelays fell to their lowest level since 2010,\u201d she said.\r\n"
)


def add_source(client) -> Source:
    response = client.post(
        reverse("admin:sources_source_add"),
        {
            "title": "Rail figures statement",
            "kind": Source.Kind.PRESS_RELEASE,
            "publisher": "",
            "url": "",
            "published_on": "2025-02-03",
            "archived_url": "",
            "language": "en",
            "body": PASTED,
            "claims-TOTAL_FORMS": 0,
            "claims-INITIAL_FORMS": 0,
            "claims-MIN_NUM_FORMS": 0,
            "claims-MAX_NUM_FORMS": 1000,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Source.objects.get()


def offered_spans(client, source) -> list[tuple[int, int]]:
    response = client.get(reverse("extraction:suggest-claims", args=[source.pk]))
    assert response.status_code == 200
    spans = re.findall(r'name="span"\s+value="(\d+)-(\d+)"', response.content.decode())
    return [(int(start), int(end)) for start, end in spans]


def test_the_stored_text_keeps_everything_but_the_carriage_returns(editor_client):
    source = add_source(editor_client)

    assert source.body == PASTED.replace("\r\n", "\n")


def test_every_suggested_span_reads_its_quote_in_the_stored_text(editor_client):
    source = add_source(editor_client)

    spans = offered_spans(editor_client, source)

    assert len(spans) >= 3
    quotes = [source.body[start:end] for start, end in spans]
    assert any("Rail passenger numbers rose by 12%\u00a0in 2024" in quote for quote in quotes)
    assert any("\u00a3\u200b2.4 billion" in quote for quote in quotes)
    assert any("Delays fell to their lowest level" in quote for quote in quotes)
    for quote in quotes:
        assert quote == quote.strip()
        assert "\r" not in quote


def test_accepted_suggestions_become_drafts_whose_quotes_match_the_source(editor_client):
    source = add_source(editor_client)
    spans = offered_spans(editor_client, source)

    response = editor_client.post(
        reverse("extraction:suggest-claims", args=[source.pk]),
        {"span": [f"{start}-{end}" for start, end in spans]},
    )

    assert response.status_code == 302
    claims = list(Claim.objects.filter(source=source).order_by("quote_start"))
    assert [(c.quote_start, c.quote_end) for c in claims] == sorted(spans)
    for claim in claims:
        assert source.body[claim.quote_start : claim.quote_end] == claim.text
        assert claim.speaker.name == "Maria Lopez"
        assert not claim.is_published


def test_the_command_prints_offsets_into_the_stored_text(editor_client, capsys):
    source = add_source(editor_client)

    call_command("suggest_claims", source.slug, "--json")

    suggestions = json.loads(capsys.readouterr().out)
    assert suggestions
    for suggestion in suggestions:
        assert source.body[suggestion["start"] : suggestion["end"]] == suggestion["quote"]
