"""The matcher: whether a sentence restates a claim. Subject, figures and the
direction of a change must all agree."""

import pytest

from extraction.matching import (
    RESTATES,
    content_words,
    direction,
    prefilter_terms,
    similarity,
)
from tests.extraction import repeat_cases_unseen as unseen
from tests.extraction.repeat_cases import CHECKED, RESTATED, UNRELATED

CROSSINGS = "Rail crossings on the line are down by a third on last year."
HOUSING = "Housing associations built 135,000 homes for social rent."
SURGERIES = "Half of the town's GP surgeries have closed their lists."


@pytest.mark.parametrize(
    ("claim", "restated"),
    [
        (CROSSINGS, "Rail crossings on the line are down 33% on last year."),
        (CROSSINGS, "Rail crossings on the line are down by one-third compared with last year."),
        (CROSSINGS, "Rail crossings on the line: down by one in three on last year."),
        (CROSSINGS, "Rail crossings on the line fell by 33 per cent on last year."),
        (HOUSING, "Housing associations built 135k homes for social rent."),
        (HOUSING, "Housing associations built 135 thousand homes for social rent."),
        (SURGERIES, "50% of the town's GP surgeries have closed their lists."),
    ],
)
def test_the_same_figure_in_another_form_restates_the_claim(claim, restated):
    assert similarity(claim, restated) >= RESTATES


def test_another_subject_with_the_same_figure_is_not_a_repeat():
    assert similarity(CROSSINGS, "Inflation is down by a third on last year.") == 0


@pytest.mark.parametrize(
    "reversed_",
    [
        "Rail crossings on the line are up by a third on last year.",
        "Rail crossings on the line rose by 33% on last year.",
        "Rail crossings on the line increased by a third on last year.",
    ],
)
def test_a_change_the_other_way_is_not_a_repeat(reversed_):
    assert similarity(CROSSINGS, reversed_) == 0


def test_another_figure_on_the_same_subject_is_not_a_repeat():
    assert similarity(HOUSING, "Housing associations built 35,000 homes for social rent.") < 0.4


def test_bounds_are_not_changes():
    assert direction("More than 135,000 homes were built.") == 0
    assert direction("Up to a third of trains were late.") == 0
    assert direction("Admissions fell by a third.") == -1
    assert direction("Admissions went up by a third.") == 1


def test_number_words_inside_longer_words_are_not_figures():
    assert "tenant" in content_words("Private tenants pay more.")


def test_irregular_forms_are_brought_together():
    assert content_words("Knives were found.") & content_words("A knife was found.")
    assert (
        similarity("The council spent £2m on buses.", "The council is spending £2m on buses.")
        >= RESTATES
    )


def test_sharing_only_verbs_and_actors_is_not_sharing_a_subject():
    assert (
        similarity(
            "The council built 4,200 affordable homes last year.",
            "The council built 4,200 school places last year.",
        )
        == 0
    )


def test_one_in_three_is_looked_for_when_the_figure_is_a_third():
    assert {"third", "33%", "in three"} <= set(prefilter_terms(CROSSINGS))


def test_small_counts_in_words_are_not_prefilter_terms():
    assert "4" not in prefilter_terms("Patients wait four hours in the clinic.")


def rank(sentence):
    scored = ((similarity(sentence, text), key) for key, text in CHECKED.items())
    return [key for value, key in sorted(scored, reverse=True) if value >= RESTATES]


def test_restated_claims_find_the_right_one_in_the_top_three():
    found = sum(key in rank(sentence)[:3] for sentence, key in RESTATED)

    assert found / len(RESTATED) >= 0.9


def test_unrelated_sentences_of_the_same_shape_find_nothing():
    # "nurses left the profession" against "teachers left the profession" was the
    # one miss before swapped subject words were told apart.
    returned = [sentence for sentence in UNRELATED if rank(sentence)]

    assert returned == []


FARES = "Bus fares in the city rose by 5% this year."


@pytest.mark.parametrize(
    "swapped",
    [
        "Rail fares in the city rose by 5% this year.",
        "Taxi fares in the city rose by 5% this year.",
    ],
)
def test_a_swapped_subject_word_before_a_shared_word_is_not_a_restatement(swapped):
    assert similarity(FARES, swapped) < RESTATES


def test_a_swapped_subject_before_a_shared_verb_is_not_a_restatement():
    assert (
        similarity(
            "Nearly 40,000 teachers left the profession last year.",
            "Nearly 40,000 nurses left the profession last year.",
        )
        < RESTATES
    )


def test_a_restatement_that_moves_and_rewords_words_is_kept():
    assert similarity(FARES, "In the city, fares on buses went up 5% this year.") >= RESTATES
    # The word after a shared one said another way is the same subject.
    assert (
        similarity(
            "Bus passenger numbers outside London have fallen by 40% since 2010.",
            "Outside London, bus journeys are down 40 per cent.",
        )
        >= RESTATES
    )


def test_the_fresh_set_meets_what_was_measured():
    # Measured after the rule, on sentences not tuned on: 10 of 10 restatements
    # with the right claim in the top three (the target is 9); 3 of 10
    # swapped-subject sentences still matched (a word swapped after the shared
    # one, "NHS optician" for "NHS dentist", or apart from it, "asthma among
    # teenagers" for "among children").
    found = sum(key in rank(sentence)[:3] for sentence, key in unseen.RESTATED)
    returned = [sentence for sentence in unseen.UNRELATED if rank(sentence)]

    assert found == len(unseen.RESTATED)
    assert len(returned) <= 3
