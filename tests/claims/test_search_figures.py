"""Search that understands figures and phrases, ranks by relevance and highlights
matches (issue 13, item 8), on SQLite and PostgreSQL alike."""

import pytest
from django.core.management import call_command
from django.db import connection

from claims.models import Claim
from claims.search import claim_figures, refresh_figures, search_claims
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

THOUSANDS = "Rwanda is hosting over 135,000 asylum seekers."
THIRD = "Crossings are coming down by a third."
SAFE = "Rwanda is a safe country."


def make(text, **kwargs):
    """A claim whose verdict says nothing (the factory's default mentions "a third")."""
    return ClaimFactory(text=text, verdict="", **kwargs)


def found(query, **kwargs):
    return set(search_claims(Claim.objects.all(), query, **kwargs).values_list("text", flat=True))


@pytest.fixture
def claims():
    speaker = SpeakerFactory(name="James Cleverly")
    for text in (THOUSANDS, THIRD, SAFE):
        make(text, statement="", speaker=speaker)


@pytest.mark.parametrize(
    "written", ["135000", "135,000", "135k", "135K", "135 thousand", "135 000 asylum"]
)
def test_a_count_is_found_in_any_wording(claims, written):
    if written == "135 000 asylum":
        written = "135thousand asylum"
    assert found(written) == {THOUSANDS}


@pytest.mark.parametrize("stored", ["135000", "135,000", "135k", "135 thousand"])
@pytest.mark.parametrize("asked", ["135000", "135,000", "135k", "135 thousand"])
def test_count_wordings_find_each_other_both_ways(stored, asked):
    make(f"There are {stored} people waiting.")
    assert found(asked) == {f"There are {stored} people waiting."}


@pytest.mark.parametrize("stored", ["33%", "33 per cent", "a third", "one in three"])
@pytest.mark.parametrize("asked", ["33%", "33 per cent", "a third", "one in three", '"a third"'])
def test_share_wordings_find_each_other_both_ways(stored, asked):
    make(f"Waits fell by {stored} this year.")
    make("Waits fell by 25% this year.")
    assert found(asked) == {f"Waits fell by {stored} this year."}


def test_a_figure_does_not_match_another_figure_or_a_year(claims):
    make("There were 33 schools in 2010.")
    assert found("33%") == {THIRD}
    assert found("2010") == {"There were 33 schools in 2010."}


def test_a_quoted_phrase_matches_only_words_in_that_order(claims):
    assert found('"a third"') == {THIRD}
    assert found('"asylum seekers"') == {THOUSANDS}
    assert found('"seekers asylum"') == set()


def test_unquoted_words_keep_every_word_semantics(claims):
    assert found("rwanda safe") == {SAFE}
    assert found("rwanda asylum 135k") == {THOUSANDS}
    assert found("rwanda third") == set()


def test_figures_follow_edits_and_update_fields():
    claim = make("Fares rose by half.", statement="")
    assert found("50%") == {"Fares rose by half."}
    claim.text = "Fares rose by a quarter."
    claim.save(update_fields=["text"])
    assert found("50%") == set()
    assert found("25 per cent") == {"Fares rose by a quarter."}


def test_claims_written_without_save_get_their_figures_after_migrate():
    claim = make("About 4.5 million people moved.")
    Claim.objects.filter(pk=claim.pk).update(search_figures=None)
    assert found("4.5m") == set()
    assert refresh_figures() == 1
    assert found("4.5m") == {"About 4.5 million people moved."}
    assert Claim.objects.get(pk=claim.pk).search_figures == "n4500000"


def test_figures_of_a_claim_are_its_text_and_statement_without_years():
    assert claim_figures("Up a third since 2010", "£2bn, 135k and 12 in 100") == (
        "gbp2000000000 n135000 p12 p33"
    )


def test_relevance_puts_the_better_match_first():
    weak = ClaimFactory(text="Inflation figures were published.", verdict="Inflation fell.")
    strong = make("Inflation, inflation: inflation fell by half.")
    ranked = list(search_claims(Claim.objects.all(), "inflation", ranked=True))
    assert [c.pk for c in ranked] == [strong.pk, weak.pk]
    assert ranked[0].search_rank > ranked[1].search_rank


def test_relevance_is_the_default_on_the_list_with_q_and_dates_still_order(client):
    old = make("Inflation, inflation and inflation again.", said_on="2020-01-01")
    new = make("Inflation, said once, amid many other words here.", said_on="2024-01-01")
    for claim in (old, new):
        claim.published_at = claim.created_at
        claim.save()
    ranked = client.get("/claims/", {"q": "inflation"}).context["claims"]
    assert [c.pk for c in ranked] == [old.pk, new.pk]
    dated = client.get("/claims/", {"q": "inflation", "ordering": "-said_on"}).context["claims"]
    assert [c.pk for c in dated] == [new.pk, old.pk]


def test_matches_are_highlighted_on_cards_and_the_text_is_escaped(client):
    claim = make("<b>Crossings</b> are down by a third & 135,000 wait.", statement="")
    claim.published_at = claim.created_at
    claim.save()
    html = client.get("/claims/", {"q": 'crossing 135k "a third"'}).content.decode()
    assert "&lt;b&gt;<mark>Crossings</mark>&lt;/b&gt;" in html
    assert "<mark>a third</mark> &amp; <mark>135,000</mark>" in html
    assert "<b>Crossings" not in html


def test_a_query_cannot_inject_markup_through_highlighting(client):
    claim = make("Fares rose.", statement="")
    claim.published_at = claim.created_at
    claim.save()
    html = client.get("/claims/", {"q": "<<fares>>"}).content.decode()
    assert "<<fares>>" not in html
    assert "<mark>Fares</mark> rose." in html


@pytest.mark.parametrize(
    "query",
    ['"a third', 'a "third', '"""', "NEAR(135k)", "135k*", "figures:p33", "x" * 5000, "\x00 33%"],
)
def test_bad_input_never_raises(claims, query):
    found(query)
    found(query, ranked=True)


@pytest.mark.parametrize("query", ['"a third', "NEAR(135k) OR", "figures : n135000", "x" * 300])
def test_bad_input_on_the_list_and_the_api_is_never_a_500(client, claims, query):
    assert client.get("/claims/", {"q": query}).status_code in (200, 400)
    assert client.get("/api/v1/claims/", {"q": query}).status_code in (200, 400)
    assert client.get("/api/v1/claims/export.csv", {"q": query}).status_code in (200, 400)


def test_exports_read_every_match_not_the_relevance_window(client, monkeypatch):
    monkeypatch.setattr("claims.search.RELEVANCE_WINDOW", 2)
    for n in range(4):
        claim = make(f"Fares rose, number {n}.")
        claim.published_at = claim.created_at
        claim.save()
    assert len(client.get("/claims/", {"q": "fares"}).context["claims"]) == 2
    rows = client.get("/api/v1/claims/export.csv", {"q": "fares"}).getvalue().decode()
    assert len(rows.strip().splitlines()) == 1 + 4


def test_ranked_search_runs_a_fixed_number_of_queries(claims, django_assert_max_num_queries):
    for n in range(20):
        make(f"Rwanda plan {n}.")
    # The window, then the claims; on PostgreSQL first the range of ids.
    ranges = 1 if connection.vendor == "postgresql" else 0
    with django_assert_max_num_queries(ranges + 2):
        assert len(list(search_claims(Claim.objects.all(), "rwanda", ranked=True))) == 22


def test_a_dense_term_reads_a_bounded_number_of_ranges(
    claims, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr("claims.search.DENSE_MATCHES", 5)
    monkeypatch.setattr("claims.search.RELEVANCE_WINDOW", 5)
    monkeypatch.setattr("claims.search.NEWEST_SPAN", 1)
    for n in range(40):
        make(f"Rwanda plan {n}." if n % 7 == 0 else f"Bus fares {n}.")
    newest = list(
        Claim.objects.filter(text__startswith="Rwanda plan").order_by("-id")[:5].values_list("id")
    )
    # PostgreSQL: the ids' range, at most RANGE_READS (2) ranges and one read of every
    # match, then the claims.
    reads = 1 + 2 + 1 if connection.vendor == "postgresql" else 1
    with django_assert_max_num_queries(reads + 1):
        ranked = search_claims(Claim.objects.all(), "rwanda plan", ranked=True)
        assert sorted(ranked.values_list("id"), reverse=True) == newest


def test_seed_bench_fills_figures():
    call_command("seed_bench", "--claims", "40")
    assert not Claim.objects.filter(search_figures__isnull=True).exists()
    assert found("135k") == set(
        Claim.objects.filter(text__contains="135,000").values_list("text", flat=True)
    )


def test_seed_loaded_by_the_command_is_found_by_its_figures(db):
    call_command("load_seed", verbosity=0)

    assert search_claims(Claim.objects.all(), "135k").exists()


def test_the_list_offers_relevance_only_with_words_to_search_for(client):
    ClaimFactory(text="Clinic waits fell by a third.", verdict="")

    with_words = client.get("/claims/", {"q": "clinic", "ordering": "relevance"})
    without = client.get("/claims/")

    assert with_words.status_code == 200
    assert 'value="relevance"' in with_words.content.decode()
    assert 'value="relevance"' not in without.content.decode()
