import datetime
from pathlib import Path

import pytest

from claims.models import Claim, Evidence, Speaker
from sources.models import Source

pytestmark = pytest.mark.usefixtures("seed")

# Verbatim copies of the seed texts, shipped with the tests (tests/data/README.md).
SEEDS = Path(__file__).resolve().parent / "data" / "seeds"
SEED_FILES = {
    "treaty-signed-to-strengthen-uk-rwanda-migration-partnership": "000_27eb931e9716d1e9.txt",
    "rwanda-united-kingdom-relations": "003_07cd84c285341717.txt",
}
HEADLINE_QUOTES = {
    "crossings coming down by a third compared to last year": 3052,
    "hosting over 135,000 asylum seekers who have found sanctuary there": 2563,
}
CLUTTER = [
    "Leave a Reply",
    "Skip to toolbar",
    "Click to comment",
    "Connect with us",
    "Continue Reading",
]


def test_seed_loads_both_sources_with_their_claims():
    assert set(Source.objects.values_list("slug", flat=True)) == set(SEED_FILES)
    for source in Source.objects.all():
        assert source.claims.exists()


@pytest.mark.parametrize(("slug", "filename"), SEED_FILES.items())
def test_source_body_is_the_seed_text_exactly(slug, filename):
    expected = (SEEDS / filename).read_text(encoding="utf-8")

    assert Source.objects.get(slug=slug).body == expected


def test_press_release_is_dated_and_the_encyclopedia_entry_is_not():
    press_release = Source.objects.get(kind=Source.Kind.PRESS_RELEASE)
    entry = Source.objects.get(kind=Source.Kind.ENCYCLOPEDIA_ENTRY)

    assert press_release.published_on == datetime.date(2023, 12, 5)
    assert press_release.publisher.name == "UK Home Office"
    assert entry.published_on is None
    assert entry.publisher.name == "Wikipedia"


def test_every_quote_span_reads_exactly_as_the_claim_text():
    claims = Claim.objects.select_related("source").exclude(quote_start=None)

    assert claims.count() == Claim.objects.count()
    for claim in claims:
        assert claim.source.body[claim.quote_start : claim.quote_end] == claim.text, claim.slug


def test_every_seeded_claim_and_evidence_link_passes_validation():
    for claim in Claim.objects.select_related("source", "speaker"):
        claim.full_clean()
    for evidence in Evidence.objects.all():
        evidence.full_clean()


@pytest.mark.parametrize(("quote", "start"), HEADLINE_QUOTES.items())
def test_headline_claim_is_cleverlys_as_home_secretary_on_the_day_of_the_release(quote, start):
    claim = Claim.objects.select_related("speaker").get(text=quote)

    assert claim.quote_start == start
    assert claim.speaker.name == "James Cleverly"
    assert claim.speaker.role == "Home Secretary"
    assert claim.said_on == datetime.date(2023, 12, 5)


def test_press_release_narration_is_attributed_to_the_home_office():
    claim = Claim.objects.select_related("speaker").get(
        text="The landmark Treaty is binding in international law"
    )

    assert claim.speaker.name == "UK Home Office"
    assert claim.speaker.kind == Speaker.Kind.ORGANISATION


def test_every_checked_claim_has_a_rating_a_verdict_and_evidence():
    checked = Claim.objects.filter(status=Claim.Status.CHECKED).prefetch_related("evidence")

    assert checked.count() >= 12
    for claim in checked:
        assert claim.rating, claim.slug
        assert claim.verdict, claim.slug
        assert claim.evidence.all(), claim.slug


def test_claims_not_yet_checked_carry_no_rating_or_verdict():
    unchecked = Claim.objects.exclude(status=Claim.Status.CHECKED)

    assert unchecked.exists()
    assert not unchecked.exclude(rating="").exists()
    assert not unchecked.exclude(verdict="").exists()


def test_every_claim_has_one_to_three_topics():
    for claim in Claim.objects.prefetch_related("topics"):
        assert 1 <= len(claim.topics.all()) <= 3, claim.slug


def test_no_claim_is_taken_from_page_clutter():
    for text in Claim.objects.values_list("text", flat=True):
        assert not any(clutter in text for clutter in CLUTTER), text


def test_seed_has_drafts_and_they_are_not_published():
    drafts = Claim.objects.filter(published_at=None)

    assert drafts.exists()
    assert not Claim.objects.public().filter(pk__in=drafts).exists()
    assert Claim.objects.public().count() == Claim.objects.count() - drafts.count()
