import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim
from claims.search import fts5_match_expression, search_claims
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def found(query):
    return set(search_claims(Claim.objects.all(), query).values_list("text", flat=True))


@pytest.fixture
def claims():
    cleverly = SpeakerFactory(name="James Cleverly")
    ClaimFactory(text="Crossings are coming down by a third.", speaker=cleverly)
    ClaimFactory(
        text="Rwanda is hosting over 135,000 asylum seekers.",
        verdict="UNHCR figures agree.",
        speaker=SpeakerFactory(name="Rishi Sunak"),
    )
    ClaimFactory(text="Café owners pay less tax.", statement="")


def test_search_matches_words_in_text_case_insensitively(claims):
    assert found("CROSSINGS") == {"Crossings are coming down by a third."}


def test_search_matches_stemmed_forms(claims):
    assert found("crossing") == {"Crossings are coming down by a third."}


def test_search_needs_every_word(claims):
    assert found("rwanda asylum") == {"Rwanda is hosting over 135,000 asylum seekers."}
    assert found("rwanda crossings") == set()


def test_search_matches_verdict_and_speaker_name(claims):
    assert found("unhcr") == {"Rwanda is hosting over 135,000 asylum seekers."}
    assert found("cleverly third") == {"Crossings are coming down by a third."}


def test_search_ignores_accents(claims):
    assert found("cafe") == {"Café owners pay less tax."}


def test_search_follows_edits_and_speaker_renames(claims):
    claim = Claim.objects.get(text__startswith="Café")
    claim.text = "Bakers pay less tax."
    claim.save()
    assert found("bakers") == {"Bakers pay less tax."}
    assert found("café") == set()
    speaker = claim.speaker
    speaker.name = "Penelope Mordaunt"
    speaker.save()
    assert found("mordaunt") == {"Bakers pay less tax."}


def test_deleted_claim_is_no_longer_found(claims):
    Claim.objects.filter(text__startswith="Café").delete()
    assert found("cafe") == set()


@pytest.mark.parametrize(
    "query",
    ['"', "AND OR (", "NEAR(a b)", "*", "col:umn", "'); DROP TABLE x; --", "\x00", "^"],
)
def test_search_operators_and_punctuation_alone_find_nothing_and_never_raise(claims, query):
    assert found(query) == set()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("rwanda)", "Rwanda is hosting over 135,000 asylum seekers."),
        ("(cafe", "Café owners pay less tax."),
        ('"crossings', "Crossings are coming down by a third."),
        ("asylum:", "Rwanda is hosting over 135,000 asylum seekers."),
        ("^rwanda", "Rwanda is hosting over 135,000 asylum seekers."),
    ],
)
def test_search_reads_words_beside_operators_and_punctuation_as_words(claims, query, expected):
    assert found(query) == {expected}


def test_fts5_match_expression_quotes_every_word():
    assert fts5_match_expression('say "NEAR" AND (x)') == '"say" AND "NEAR" AND "AND" AND "x"'
    assert fts5_match_expression('"""') == ""


def test_search_uses_the_full_text_index_not_like(claims):
    with CaptureQueriesContext(connection) as ctx:
        list(search_claims(Claim.objects.all(), "rwanda"))
    sql = ctx.captured_queries[-1]["sql"].upper()
    assert "LIKE" not in sql
    assert ("MATCH" if connection.vendor == "sqlite" else "@@") in sql
