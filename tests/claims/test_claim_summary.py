"""The row the database keeps for each claim (claims.claim_summary) agrees with the
claim's topics, evidence and corrections after every kind of write, on SQLite and
PostgreSQL alike, and the exports read it."""

import json
import threading
import time

import pytest
from django.conf import settings
from django.db import connection, connections, transaction

from claims import claim_summary
from claims.api.rows import EVIDENCE_FIELDS, attach_topics_and_evidence
from claims.models import Claim, ClaimSummary, Correction, Evidence
from tests.factories import (
    ClaimFactory,
    CorrectionFactory,
    EvidenceFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def expected(claim: Claim) -> dict:
    """What the summary should say, worked out the way the API's pages do."""
    (claim,) = attach_topics_and_evidence([Claim.objects.get(pk=claim.pk)])
    return {
        "topics": ";".join(claim.topic_slugs),
        "evidence_urls": " ".join(row["url"] for row in claim.evidence_rows),
        "evidence": claim.evidence_rows,
        "corrections_count": Correction.objects.filter(claim=claim).count(),
    }


def kept(claim: Claim) -> dict:
    row = ClaimSummary.objects.get(claim_id=claim.pk)
    return {
        "topics": row.topics,
        "evidence_urls": row.evidence_urls,
        "evidence": json.loads(row.evidence_json),
        "corrections_count": row.corrections_count,
    }


def assert_summaries_match():
    claims = list(Claim.objects.all())
    assert ClaimSummary.objects.count() == len(claims)
    for claim in claims:
        assert kept(claim) == expected(claim), claim.pk


@pytest.fixture
def world():
    rail, tax = TopicFactory(name="Rail", slug="rail"), TopicFactory(name="Tax", slug="tax")
    first = ClaimFactory(topics=[tax, rail])
    second = ClaimFactory(draft=True, topics=[rail])
    EvidenceFactory(claim=first, stance=Evidence.Stance.SUPPORTS, url="https://e.example/s")
    EvidenceFactory(claim=first, stance=Evidence.Stance.CONTEXT, url="https://e.example/c")
    CorrectionFactory(claim=first)
    return {"claims": (first, second), "topics": (rail, tax)}


def test_a_new_claim_gets_its_row_with_nothing_in_it():
    claim = ClaimFactory()
    assert kept(claim) == {
        "topics": "",
        "evidence_urls": "",
        "evidence": [],
        "corrections_count": 0,
    }


def test_rows_follow_topics_evidence_and_corrections_as_they_are_added(world):
    first, _ = world["claims"]
    assert kept(first)["topics"] == "rail;tax"
    assert kept(first)["evidence_urls"] == "https://e.example/c https://e.example/s"
    assert [row["stance"] for row in kept(first)["evidence"]] == ["context", "supports"]
    assert set(kept(first)["evidence"][0]) == set(EVIDENCE_FIELDS)
    assert kept(first)["corrections_count"] == 1
    assert_summaries_match()


def test_rows_follow_removals_edits_and_moves(world):
    first, second = world["claims"]
    rail, tax = world["topics"]
    first.topics.remove(tax)
    second.topics.add(tax)
    evidence = first.evidence.get(url="https://e.example/s")
    evidence.title, evidence.stance = "Retitled", Evidence.Stance.CONTRADICTS
    evidence.save()
    first.evidence.filter(url="https://e.example/c").update(claim=second)
    Correction.objects.filter(claim=first).delete()
    assert_summaries_match()
    assert kept(first)["evidence"][0]["title"] == "Retitled"
    assert kept(second)["evidence_urls"] == "https://e.example/c"


def test_renaming_a_topic_rewrites_the_rows_of_its_claims(world):
    rail, _ = world["topics"]
    rail.slug = "zz-railways"
    rail.save()
    first, second = world["claims"]
    assert kept(first)["topics"] == "tax;zz-railways"
    assert kept(second)["topics"] == "zz-railways"
    assert_summaries_match()


def test_deleting_a_claim_or_a_topic_leaves_no_stale_row(world):
    first, second = world["claims"]
    rail, _ = world["topics"]
    first.delete()
    assert not ClaimSummary.objects.filter(claim_id=first.pk).exists()
    rail.delete()
    assert kept(second)["topics"] == ""
    assert_summaries_match()


def test_a_rebuild_writes_the_same_rows_as_the_triggers(world):
    before = {row.pk: kept(row.claim) for row in ClaimSummary.objects.select_related("claim")}
    with connection.cursor() as cursor:
        for sql in claim_summary.rebuild_statements(connection.vendor):
            cursor.execute(sql)
    after = {row.pk: kept(row.claim) for row in ClaimSummary.objects.select_related("claim")}
    assert after == before


def test_claims_loaded_in_bulk_get_their_rows_at_the_end(world):
    with claim_summary.bulk_loading():
        loaded = ClaimFactory(topics=list(world["topics"]))
        EvidenceFactory(claim=loaded)
    assert kept(loaded) == expected(loaded)
    # The triggers are back afterwards.
    EvidenceFactory(claim=loaded)
    assert_summaries_match()


def test_the_exports_read_the_summary_rows(client, world):
    first, _ = world["claims"]
    # Written behind the triggers' back: the export shows what the row says.
    ClaimSummary.objects.filter(claim_id=first.pk).update(topics="from-the-summary")
    text = b"".join(client.get("/api/v1/claims/export.csv").streaming_content).decode()
    assert "from-the-summary" in text
    response = client.get("/api/v1/claims/export.jsonl")
    lines = b"".join(response.streaming_content).decode().splitlines()
    record = json.loads(lines[0])
    assert record["topics"] == ["from-the-summary"]
    assert [row["url"] for row in record["evidence"]] == [
        "https://e.example/c",
        "https://e.example/s",
    ]


def _waiting_for_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_locks WHERE NOT granted")
        return cursor.fetchone()[0] > 0


@pytest.mark.skipif(
    "postgresql" not in settings.DATABASES["default"]["ENGINE"],
    reason="two connections writing at once: PostgreSQL",
)
@pytest.mark.django_db(transaction=True)
def test_evidence_added_to_one_claim_by_two_transactions_at_once_is_all_counted():
    """The second transaction's trigger waits for the first to commit, then sees its
    evidence: without the lock on the claim it would write a row without it."""
    claim = ClaimFactory()
    first_written, release = threading.Event(), threading.Event()

    def first():
        try:
            with transaction.atomic():
                EvidenceFactory(claim=claim, url="https://e.example/first")
                first_written.set()
                release.wait(10)
        finally:
            connections.close_all()

    def second():
        try:
            first_written.wait(10)
            with transaction.atomic():
                EvidenceFactory(claim=claim, url="https://e.example/second")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    first_written.wait(10)
    deadline = time.monotonic() + 10
    while not _waiting_for_a_lock() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _waiting_for_a_lock(), "the second transaction never waited for the first"
    release.set()
    for thread in threads:
        thread.join(10)
    assert sorted(kept(claim)["evidence_urls"].split()) == [
        "https://e.example/first",
        "https://e.example/second",
    ]
