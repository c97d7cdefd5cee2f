"""Rules of the sixtieth round, written from the misses of rounds 43–45 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

from extraction import suggest_claims


def _quotes(body, **metadata):
    return [candidate.quote for candidate in suggest_claims(body, **metadata)]


# (1) A list set with the typewriter's double hyphen is a list: each item is its own claim.

WIRE_LIST = (
    "Northland ports handled more cargo in the year to June, officials announced today.\n\n"
    "Here are the figures for the first half of the year:\n\n"
    "-- East Harbour: 41,200 containers, 102.5 percent of its target of 40,200;\n\n"
    "-- West Quay: 18,350 containers, 97.1 percent of its target of 18,900; and\n\n"
    "-- North Pier: 9,040 containers, 100 percent of its target of 9,040.\n"
)


def test_double_hyphen_items_are_each_suggested():
    quotes = _quotes(WIRE_LIST, kind="article", publisher="Northland Ports Authority")
    for item in ("East Harbour: 41,200", "West Quay: 18,350", "North Pier: 9,040"):
        assert sum(item in quote for quote in quotes) == 1
    # No item runs on into the next.
    assert not any("West Quay" in quote and "North Pier" in quote for quote in quotes)


def test_double_hyphen_inside_a_sentence_is_not_a_list_mark():
    body = "The council -- after a long debate -- cut the levy by 3 percent to £41 million.\n"
    quotes = _quotes(body, kind="article", publisher="Northland Gazette")
    assert any(quote.startswith("The council --") for quote in quotes)


# (2) "I am afraid that, …": regret about a figure reported, not an opinion.


def test_regret_before_a_reported_figure_is_a_claim():
    body = (
        "I am afraid that, in the past 24 hours, 31 deaths have been registered of patients "
        "who had tested positive.\n"
    )
    quotes = _quotes(body, kind="statement", publisher="Northland Government")
    assert any("31 deaths have been registered" in quote for quote in quotes)


def test_opinion_after_the_regret_is_still_an_opinion():
    body = "I am afraid that I think we should all be much more careful this winter.\n"
    assert _quotes(body, kind="statement", publisher="Northland Government") == []


# (3) A question stating a finding in a "showing that …" or "own up that …" clause.


def test_question_stating_a_figure_it_cites_is_suggested():
    body = (
        "To ask the Northland Government what its response is to the latest statistics "
        "showing that only 58.4% of patients were seen within four hours.\n"
    )
    quotes = _quotes(body, kind="parliamentary_record", publisher="Northland Assembly")
    assert any("only 58.4% of patients" in quote for quote in quotes)


def test_question_asking_for_confirmation_of_a_figure_is_not_suggested():
    body = "Can the Minister confirm that more than 950 motels are now used as housing?\n"
    assert _quotes(body, kind="parliamentary_record", publisher="Northland Assembly") == []


def test_question_about_a_figure_without_a_finding_is_not_suggested():
    body = "How much longer can the rate stay below 6 per cent?\n"
    assert _quotes(body, kind="interview", publisher="Northland Radio") == []
