"""Corrections in the feeds: an entry of their own in the claims feed, the claim's
entry updated, and a feed of the corrections log."""

import datetime
import xml.etree.ElementTree as ET

import pytest
import time_machine

from tests.factories import ClaimFactory, CorrectionFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

ATOM = {"atom": "http://www.w3.org/2005/Atom"}
UTC = datetime.UTC


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content).findall("atom:entry", ATOM)


def text(entry, name):
    return entry.find(f"atom:{name}", ATOM).text


def link(entry):
    return entry.find("atom:link", ATOM).get("href")


def test_correction_is_an_entry_of_the_claims_feed_after_its_claim(client):
    with time_machine.travel(datetime.datetime(2024, 1, 10, 12, tzinfo=UTC), tick=False):
        claim = ClaimFactory(statement="Crossings fell by a third.")
    with time_machine.travel(datetime.datetime(2024, 3, 1, 9, tzinfo=UTC), tick=False):
        correction = CorrectionFactory(claim=claim, note="We compared the wrong years.")

    first, second = entries(client, "/feeds/claims/")

    assert link(first) == f"http://testserver{claim.get_absolute_url()}#correction-{correction.pk}"
    assert text(first, "title") == (
        "Correction (rating changed from Accurate to Mostly accurate): “Crossings fell by a third.”"
    )
    assert "Corrected on 1 March 2024: We compared the wrong years." in text(first, "summary")
    assert text(first, "published").startswith("2024-03-01T09:00:00")
    assert link(second) == f"http://testserver{claim.get_absolute_url()}"


def test_corrected_claim_entry_carries_the_correction_and_its_date(client):
    with time_machine.travel(datetime.datetime(2024, 1, 10, 12, tzinfo=UTC), tick=False):
        claim = ClaimFactory()
    with time_machine.travel(datetime.datetime(2024, 3, 1, 9, tzinfo=UTC), tick=False):
        CorrectionFactory(claim=claim, note="We compared the wrong years.")

    (claim_entry,) = [e for e in entries(client, "/feeds/claims/") if "#" not in link(e)]

    assert text(claim_entry, "summary").startswith(
        "<p>Corrected on 1 March 2024: We compared the wrong years.</p>"
    )
    assert text(claim_entry, "updated").startswith("2024-03-01T09:00:00")
    assert text(claim_entry, "published").startswith("2024-01-10T12:00:00")


def test_corrections_of_drafts_are_in_no_feed(client):
    draft = ClaimFactory(draft=True)
    CorrectionFactory(claim=draft, note="Never public.")

    for url in ("/feeds/claims/", "/feeds/corrections/"):
        response = client.get(url)
        assert b"Never public." not in response.content
        assert entries(client, url) == []


def test_correction_summary_is_escaped(client):
    CorrectionFactory(note="<script>alert(1)</script>")

    for url in ("/feeds/claims/", "/feeds/corrections/"):
        summary = text(entries(client, url)[0], "summary")
        assert "<script>" not in summary
        assert "&lt;script&gt;" in summary


def test_corrections_feed_lists_corrections_newest_first(client):
    older = CorrectionFactory(note="Older.")
    newer = CorrectionFactory(note="Newer.")

    feed = entries(client, "/feeds/corrections/")

    assert [link(e) for e in feed] == [
        f"http://testserver{newer.claim.get_absolute_url()}#correction-{newer.pk}",
        f"http://testserver{older.claim.get_absolute_url()}#correction-{older.pk}",
    ]


def test_publication_text_is_not_called_a_claim_in_the_feed(client):
    ClaimFactory(speaker=SpeakerFactory(name="Wikipedia", kind="publication"))

    (entry,) = entries(client, "/feeds/claims/")

    assert text(entry, "title").startswith("Mostly accurate: From the text of Wikipedia, ")
    assert "(from the text of Wikipedia" in text(entry, "summary")


@pytest.mark.parametrize("n", [5, 50])
def test_feeds_with_corrections_run_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, n
):
    for _ in range(n):
        CorrectionFactory()
    with django_assert_max_num_queries(3):
        assert len(entries(client, "/feeds/claims/")) == min(2 * n, 50)
    with django_assert_max_num_queries(1):
        assert len(entries(client, "/feeds/corrections/")) == n
