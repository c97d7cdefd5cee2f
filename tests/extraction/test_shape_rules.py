"""Shape rules of the second round: each drops a non-claim and keeps a similar claim.
The examples are invented and neutral."""

from extraction import suggest_claims
from extraction.features import assess

THRESHOLD = 0.4


def quotes(body, **metadata):
    return [c.quote for c in suggest_claims(body, **metadata)]


def test_a_caption_printed_twice_is_dropped_and_a_claim_beside_it_kept():
    caption = "Commuters wait on a crowded platform at Northtown station during the rail strike."
    claim = "Rail journeys in the region fell by 12% in 2023 compared with 2019, the operator said."
    body = f"{caption}\n\n{caption}\n\n{claim}"

    found = quotes(body, kind="article", publisher="Northtown Gazette")

    assert caption not in " ".join(found)
    assert any("fell by 12%" in q for q in found)


def test_a_repeated_paragraph_with_a_figure_is_suggested_once():
    claim = "The council built 4,200 homes in 2023, twice as many as in 2019."
    body = f"{claim}\n\nOther news follows.\n\n{claim}"

    assert len(quotes(body, kind="article")) == 1


def test_the_publisher_describing_itself_is_dropped_but_its_reported_figures_kept():
    body = (
        "Bus ridership in Northtown rose by 8% last year to 41 million journeys.\n\n"
        "Northtown Gazette provides news and information in 12 languages to an "
        "estimated weekly audience of over 3 million people."
    )

    found = quotes(body, kind="article", publisher="Northtown Gazette")

    assert any("rose by 8%" in q for q in found)
    assert not any("weekly audience" in q for q in found)


def test_a_part_of_an_act_making_provision_is_not_a_claim_but_what_it_requires_is():
    assert (
        assess("Part 4 of the Act makes provision for the licensing of 3 kinds of landlord.").score
        < THRESHOLD
    )
    assert (
        assess("The Act requires councils to inspect 3 in 10 rented homes every year.").score
        >= THRESHOLD
    )


def test_an_engagement_to_come_is_not_a_claim_but_a_past_visit_with_figures_is():
    assert (
        assess(
            "Later today the Transport Secretary will deliver a speech on rail at "
            "a depot in Northtown."
        ).score
        < THRESHOLD
    )
    assert (
        assess(
            "The Transport Secretary visited the depot, where 300 new trains were built last year."
        ).score
        >= THRESHOLD
    )


def test_a_sentence_that_only_introduces_a_quote_is_dropped():
    assert (
        assess(
            "Speaking ahead of a visit to a school in Northtown today (Monday 4 "
            "March), the Education Secretary said:"
        ).score
        < THRESHOLD
    )
    assert (
        assess("The Education Secretary said 2,000 new teachers were recruited in 2023.").score
        >= THRESHOLD
    )


def test_an_exhortation_to_remember_is_dropped_and_the_fact_kept():
    assert (
        assess(
            "When we look back at those who opened the clinic 40 years ago, we "
            "should remember their courage."
        ).score
        < THRESHOLD
    )
    assert assess("The first clinic opened 40 years ago with 12 beds.").score >= THRESHOLD


def test_a_conditional_warning_is_a_claim_and_a_bare_intention_is_not():
    warning = assess(
        "Our review found that unless extra funds are provided, the library "
        "service will be unable to cope."
    )
    assert warning.score >= THRESHOLD
    assert warning.type == "causal"
    assert assess("We will review the library service.").score < THRESHOLD


def test_a_level_held_to_date_is_a_trend():
    assert (
        assess("Unemployment has been running below that level for some time.").score >= THRESHOLD
    )
    assert assess("Unemployment is a subject for some time.").score < THRESHOLD


def test_money_committed_is_a_figure_and_an_aside_between_dashes_is_not_the_stance():
    assert (
        assess(
            "This council has committed £9 million to new parks—members should "
            "note that—as this is our priority."
        ).score
        >= THRESHOLD
    )
    assert assess("We are committed to new parks as this is our priority.").score < THRESHOLD


def test_ministers_agreeing_to_act_is_an_intention_and_agreeing_a_figure_is_not():
    assert (
        assess(
            "The Ministers agreed to strengthen cooperation with neighbours, "
            "including through an early meeting."
        ).score
        < THRESHOLD
    )
    assert assess("The Ministers agreed a budget of £40 million for 2025.").score >= THRESHOLD
