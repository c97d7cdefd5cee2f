"""The facet counts the database keeps (claims.facet_summary) agree with a GROUP BY
over the claims after every kind of write, on SQLite and PostgreSQL alike."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection

from claims import facet_summary
from claims.facets import FACETS, facet_counts
from claims.models import Claim, FacetCount
from tests.factories import ClaimFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db

SCOPES = [
    {},
    {"rating": ["misleading"]},
    {"rating": ["misleading", "accurate"]},
    {"status": ["checked"]},
    {"speaker": "SPEAKER"},
    {"topic": "TOPIC"},
]


@pytest.fixture
def world():
    ada, bo = SpeakerFactory(name="Ada Example"), SpeakerFactory(name="Bo Example")
    rail, tax = TopicFactory(name="Rail"), TopicFactory(name="Tax")
    claims = [
        ClaimFactory(speaker=ada, rating="misleading", topics=[rail, tax]),
        ClaimFactory(speaker=ada, rating="accurate", topics=[rail]),
        ClaimFactory(speaker=bo, rating="misleading", said_on=None),
        ClaimFactory(speaker=bo, unverified=True, topics=[tax]),
        ClaimFactory(speaker=bo, rating="accurate", draft=True, topics=[rail]),
    ]
    return {"speakers": (ada, bo), "topics": (rail, tax), "claims": claims}


def assert_kept_counts_match(world):
    ada, _ = world["speakers"]
    rail, _ = world["topics"]
    public = Claim.objects.public()
    for scope in SCOPES:
        slugs = {"SPEAKER": [ada.slug], "TOPIC": [rail.slug]}
        filters = {
            name: slugs[value] if isinstance(value, str) else value for name, value in scope.items()
        }
        claims = public
        if "rating" in filters:
            claims = claims.filter(rating__in=filters["rating"])
        if "status" in filters:
            claims = claims.filter(status__in=filters["status"])
        if "speaker" in filters:
            claims = claims.filter(speaker__slug__in=filters["speaker"])
        if "topic" in filters:
            claims = claims.filter(topics__slug__in=filters["topic"])
        kept = facet_counts(claims, FACETS, filters)
        cache.clear()  # a bulk update() leaves `updated_at`, the live counts' cache key
        counted = facet_counts(claims, FACETS)  # no filters given: a GROUP BY
        assert kept == counted, filters


def test_the_kept_counts_match_after_inserts(world):
    assert_kept_counts_match(world)
    assert (
        FacetCount.objects.filter(by_facet="", facet="rating", value="misleading").get().count == 2
    )


def test_publishing_and_withdrawing_move_a_claim_in_and_out(world):
    draft = world["claims"][-1]
    draft.published_at = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    draft.save()
    assert_kept_counts_match(world)
    Claim.objects.filter(pk=world["claims"][0].pk).update(published_at=None)
    assert_kept_counts_match(world)


def test_edits_of_every_counted_column_move_the_claim(world):
    claim = world["claims"][0]
    claim.rating = "mixed"
    claim.speaker = world["speakers"][1]
    claim.said_on = datetime.date(1999, 5, 1)
    claim.save()
    assert_kept_counts_match(world)
    unverified = world["claims"][3]
    unverified.status = Claim.Status.IN_PROGRESS
    unverified.save()
    assert_kept_counts_match(world)
    # A bulk update, which no signal sees.
    Claim.objects.filter(status=Claim.Status.CHECKED).update(rating="inaccurate")
    assert_kept_counts_match(world)


def test_topics_added_removed_and_replaced(world):
    rail, tax = world["topics"]
    claim = world["claims"][1]
    claim.topics.add(tax)
    assert_kept_counts_match(world)
    claim.topics.remove(rail)
    assert_kept_counts_match(world)
    claim.topics.set([rail, tax, TopicFactory(name="Ports")])
    assert_kept_counts_match(world)
    claim.topics.clear()
    assert_kept_counts_match(world)
    tax.delete()
    assert_kept_counts_match(world)


def test_deleted_claims_leave_no_count(world):
    for claim in world["claims"]:
        claim.delete()
    assert not FacetCount.objects.filter(count__gt=0).exists()
    assert facet_counts(Claim.objects.public(), FACETS, {}) == {name: [] for name in FACETS}


def test_a_rebuild_gives_what_the_triggers_kept(world):
    rail, _ = world["topics"]
    world["claims"][2].topics.add(rail)
    before = set(
        FacetCount.objects.filter(count__gt=0).values_list(
            "by_facet", "by_value", "facet", "value", "count"
        )
    )
    with connection.cursor() as cursor:
        for sql in facet_summary.rebuild_statements(connection.vendor):
            cursor.execute(sql)
    after = set(FacetCount.objects.values_list("by_facet", "by_value", "facet", "value", "count"))
    assert before == after


def test_bulk_loading_counts_the_claims_it_loaded_at_the_end(world):
    with facet_summary.bulk_loading():
        ClaimFactory(speaker=world["speakers"][0], rating="misleading")
    assert_kept_counts_match(world)
    # The triggers are back after the block.
    ClaimFactory(speaker=world["speakers"][0], rating="mixed")
    assert_kept_counts_match(world)


def test_unknown_slugs_count_nothing(client, world):
    body = client.get("/api/v1/claims/?facet=rating,year&speaker=nobody-at-all").json()
    assert body["facets"] == {"rating": [], "year": []}
