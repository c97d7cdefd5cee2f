import datetime
import re
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


# Seed verdicts a newsroom would sign (issue 11): each fix is held by a test.

CROSSINGS = "crossings coming down by a third compared to last year"
HOSTING = "hosting over 135,000 asylum seekers who have found sanctuary there"
STRONG_HISTORY = "It has a strong history of providing protection to those that need it"
SAFE_COUNTRY = "Rwanda is a safe country"
TREATY_BINDING = "The landmark Treaty is binding in international law"
NEW_LEGISLATION = "new legislation announced by Prime Minister Rishi Sunak"
ORTS_MILNER = "the Orts-Milner agreement granted Ruanda-Urundi to Belgium instead"
ROYAL_ASSENT = datetime.date(2024, 4, 25)
JUDGMENT = "https://caselaw.nationalarchives.gov.uk/uksc/2023/42"
# A note that reports a figure below the one claimed ("fewer than the 135,000 claimed").
LOWER_FIGURE = re.compile(r"\b(lower|fewer|less|below|short)\b[^.]*\bclaim", re.IGNORECASE)


def long_date(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


def test_crossings_claim_is_rated_accurate_against_the_home_offices_own_figures():
    claim = Claim.objects.get(text=CROSSINGS)

    assert claim.rating == Claim.Rating.ACCURATE
    assert "more than 20%" in claim.verdict
    assert "just over 20%" not in claim.verdict
    for figure in ("29 November 2023", "26,168", "37,603", "29,437", "45,774", "36%"):
        assert figure in claim.verdict, figure


def test_crossings_claim_cites_the_home_office_statistics():
    evidence = Claim.objects.get(text=CROSSINGS).evidence.all()

    assert {e.stance for e in evidence if e.url.startswith("https://www.gov.uk/")} == {
        Evidence.Stance.SUPPORTS
    }
    assert len([e for e in evidence if e.url.startswith("https://www.gov.uk/")]) == 2


def test_hosting_claim_treats_unhcrs_lower_count_as_context_not_support():
    claim = Claim.objects.get(text=HOSTING)
    unhcr_count = claim.evidence.get(url="https://data.unhcr.org/fr/country/rwa")

    assert "125,595" in unhcr_count.note
    assert unhcr_count.stance == Evidence.Stance.CONTEXT
    assert not claim.evidence.filter(stance=Evidence.Stance.SUPPORTS).exists()


def test_hosting_verdict_says_the_figures_would_double_count_and_most_are_refugees():
    claim = Claim.objects.get(text=HOSTING)

    assert claim.rating == Claim.Rating.MISLEADING
    assert "twice" in claim.verdict
    assert "nine in ten" in claim.verdict


def test_no_supporting_evidence_reports_a_figure_lower_than_the_claim():
    supports = Evidence.objects.filter(stance=Evidence.Stance.SUPPORTS)

    assert supports.exists()
    for evidence in supports:
        assert not LOWER_FIGURE.search(f"{evidence.title}. {evidence.note}"), evidence.note


def test_lower_figure_pattern_finds_the_context_notes_it_is_meant_for():
    notes = Evidence.objects.filter(stance=Evidence.Stance.CONTEXT).values_list("note", flat=True)

    assert len([note for note in notes if LOWER_FIGURE.search(note)]) >= 3


def test_encyclopedia_narration_is_published_under_a_publication_speaker():
    wikipedia = Speaker.objects.get(name="Wikipedia")
    entry = Source.objects.get(kind=Source.Kind.ENCYCLOPEDIA_ENTRY)

    assert wikipedia.kind == Speaker.Kind.PUBLICATION
    assert "narration" in wikipedia.role
    assert entry.claims.filter(speaker=wikipedia).exists()
    assert not Claim.objects.filter(speaker=wikipedia).exclude(source=entry).exists()


def test_no_person_or_organisation_speaks_for_the_encyclopedia():
    speakers = Speaker.objects.exclude(kind=Speaker.Kind.PUBLICATION)

    assert not speakers.filter(name__icontains="wikipedia").exists()


@pytest.mark.parametrize("quote", [TREATY_BINDING, NEW_LEGISLATION])
def test_treaty_and_legislation_verdicts_published_after_royal_assent_say_so(quote):
    claim = Claim.objects.get(text__startswith=quote)
    checked_on = claim.published_at.date()

    assert checked_on > ROYAL_ASSENT
    assert claim.verdict.startswith(f"As of {long_date(checked_on)}")
    assert "25 April 2024" in claim.verdict
    assert "Royal Assent" in claim.verdict


def test_every_dated_verdict_is_dated_on_the_day_its_check_was_published():
    dated = Claim.objects.filter(verdict__startswith="As of ")

    assert dated.count() >= 6
    for claim in dated:
        assert claim.verdict.startswith(f"As of {long_date(claim.published_at.date())}"), claim.slug


def test_strong_history_verdict_gives_the_supreme_courts_reasons():
    claim = Claim.objects.get(text=STRONG_HISTORY)
    safe_country = Claim.objects.get(text=SAFE_COUNTRY)

    assert claim.rating == safe_country.rating == Claim.Rating.MISLEADING
    assert "Supreme Court" in claim.verdict
    assert "Israel" in claim.verdict
    assert claim.evidence.get(url=JUDGMENT).stance == Evidence.Stance.CONTRADICTS


def test_rwanda_safety_checks_cite_the_judgment_itself():
    for quote in (STRONG_HISTORY, SAFE_COUNTRY):
        assert Claim.objects.get(text=quote).evidence.filter(url=JUDGMENT).exists(), quote


def test_orts_milner_verdict_notes_that_gisaka_stayed_british_until_1923():
    claim = Claim.objects.get(text=ORTS_MILNER)

    assert claim.rating == Claim.Rating.MOSTLY_ACCURATE
    assert "Gisaka" in claim.verdict
    assert "1923" in claim.verdict


def test_the_encyclopedia_source_says_when_it_was_read(seed):
    from sources.models import Source

    source = Source.objects.get(kind=Source.Kind.ENCYCLOPEDIA_ENTRY)

    assert source.accessed_on is not None
