"""Check-worthiness by the shape of a sentence: each rule drops a kind of
non-claim and keeps a real claim of the same shape. Sentences invented for the
tests."""

import pytest

from extraction.features import assess
from extraction.suggest import THRESHOLD


def kept(text):
    return assess(text).score >= THRESHOLD


@pytest.mark.parametrize(
    ("dropped", "claim"),
    [
        # Questions, with or without their question mark.
        (
            "What steps she has taken to reduce waiting lists for hip operations since 2019.",
            "Waiting lists for hip operations have fallen by a fifth since 2019.",
        ),
        (
            "The issue in this case is whether the council acted lawfully in 2021.",
            "The court ruled that the council acted unlawfully in 2021.",
        ),
        # Procedure of a debate or a court case.
        (
            "I beg to move, That the Bill be now read a Second time.",
            "The Bill cuts the cap on rents by 5% from April 2025.",
        ),
        (
            "She sought a judicial order to require the council to repair the flat.",
            "The Act requires councils to house homeless families within six weeks.",
        ),
        # Promises and intentions without a fact about the present or the past.
        (
            "We will review the plan when it is published later this year.",
            "The number of buses has been falling since 2015, but the plan will change that.",
        ),
        # Opinion, stance and praise.
        (
            "We are conscious that many councils face higher costs.",
            "Councils' costs rose by 12% in 2023, the fastest rise since 1990.",
        ),
        (
            "These are first-class, first-rate people with the right skills.",
            "For the first time, more women than men were admitted to medical school.",
        ),
        (
            "What we are opening today is the best station in the region.",
            "This is the best set of jobs figures for a decade.",
        ),
        # Greetings, pleasantries and talk addressed to the audience.
        (
            "It is a great pleasure to be with you here today.",
            "Let me say this: unemployment fell to 4% last month, the lowest rate since 1975.",
        ),
        # Headings, bylines, datelines and the text speaking of itself.
        (
            "Transport, Roads and Rail – in the Assembly at 9:30 am on 4 May 2021.",
            "The last train left Northtown at 9:30 am on 4 May 2021, after 150 years of service.",
        ),
        (
            "Subjects: bus fares, rail strikes, the ferry contract, cycling budgets, road repairs",
            "Bus fares, rail fares and ferry fares all rose by more than 10% in 2023.",
        ),
        (
            "Below is the text of the speech made by the minister in Northtown on 4 April 2024.",
            "The minister opened 14 new stations in Northtown between 2020 and 2024.",
        ),
        # Vague amounts are not figures.
        (
            "Since 2020 the department has achieved a significant amount across its priorities.",
            "Since 2020 the department has cut its running costs by £40 million.",
        ),
    ],
)
def test_a_non_claim_is_dropped_and_a_claim_of_the_same_shape_kept(dropped, claim):
    assert not kept(dropped)
    assert kept(claim)


@pytest.mark.parametrize(
    "text",
    [
        "171.We are conscious that in many places we have called for more funds.",
        "Part 7 of the Act is concerned with the allocation of housing.",
        "In July 2018 we celebrated the 70th anniversary of the service.",
        "She is a fine piece of twenty-first century engineering.",
    ],
)
def test_numbers_that_name_or_order_things_are_not_figures(text):
    assert "figure" not in assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "2.The council built 4,200 homes in 2023.",
        "In 2018-19 there were 24.8 million visits, up 4% on 2017-18.",
        "Section 12 lists 340 schools that will close.",
    ],
)
def test_counts_beside_identifiers_and_year_ranges_are_still_figures(text):
    assert "figure" in assess(text).reasons


def test_a_provision_in_the_future_tense_is_a_legal_fact_not_a_promise():
    provision = assess("Under the treaty, appeals will be heard by a new independent body.")
    promise = assess("We will support efforts to reach an agreement next year.")

    assert "intention" not in provision.reasons
    assert "intention" in promise.reasons
    assert provision.score > promise.score


def test_claims_of_record_and_what_a_law_provides_raise_the_score():
    assert "record" in assess("The waiting list is the longest it has ever been.").reasons
    assert "legal fact" in assess("The new law will ban smoking in cars with children.").reasons
    assert kept("The waiting list is the longest it has ever been.")
    assert kept("The new law will ban smoking in cars with children.")


def test_an_evaluative_superlative_is_opinion_unless_it_claims_a_record():
    assert "opinion" in assess("This is the best team anyone could wish for.").reasons
    assert "opinion" not in assess("This was the worst drought in a hundred years.").reasons
