"""Recall and precision rules of the fiftieth round, written from the level-3 misses and
false positives of rounds 31-33 (measured once unseen, then read), each on an invented
neutral text: the rule fires on the right shape and not on a similar wrong one."""

import datetime

from extraction import suggest_claims

RELEASE = {
    "kind": "press_release",
    "publisher": "Office for Bus Statistics",
    "published_on": datetime.date(2024, 5, 2),
}
RECORD = {
    "kind": "parliamentary_record",
    "publisher": "Assembly Record",
    "published_on": datetime.date(2024, 5, 2),
}
REPORT = {
    "kind": "report",
    "publisher": "Court of Appeals for the Ninth District",
    "published_on": datetime.date(2024, 5, 2),
}


def _suggested(fragment: str, body: str, **metadata) -> bool:
    return any(fragment in c.quote for c in suggest_claims(body, **metadata))


# (1) A figure with a verb of change, or moved from one value to another


def test_a_figure_reduced_from_one_value_to_another_is_suggested():
    body = (
        "The Office today revised its survey of bus use. This provisionally lowered the share "
        "of late buses from 6.1 percent to 5.4 percent, although this will need to be "
        "confirmed at the next release."
    )
    assert _suggested("from 6.1 percent to 5.4 percent", body, **RECORD)


def test_a_verb_of_change_without_a_figure_is_not_suggested():
    body = "This provisionally reduced the confusion, although this will need to be confirmed."
    assert not _suggested("reduced the confusion", body, **RECORD)


# (2) A run of periods or a high over years


def test_a_run_of_quarters_in_a_row_is_suggested():
    body = "This is the 9th quarter in a row where bus ridership fell on an annual basis."
    assert _suggested("9th quarter in a row", body, **RELEASE)


def test_an_ordinal_visit_is_not_a_run():
    body = "This is the 9th time that I have visited the depot on a Monday."
    assert not _suggested("9th time", body, **RELEASE)


def test_a_high_over_years_is_suggested_beside_praise():
    body = "This is excellent progress, and we now have a 12-year high in the number of drivers."
    assert _suggested("12-year high", body, kind="speech", publisher="Jane Roe")


# (3) A measure credited with an outcome


def test_a_measure_that_helped_an_outcome_is_a_cause():
    body = (
        "The substantial expansion of the Free Fares Programme (FFP) helped shield our children "
        "from the economic distress experienced by their parents."
    )
    assert _suggested("helped shield", body, **RELEASE)


def test_a_talk_that_helped_enormously_is_not_a_cause():
    body = "We had that discussion at the depot and it helped enormously."
    assert not _suggested("helped enormously", body, kind="speech", publisher="Jane Roe")


# (4) A judgment's caption


CAPTION = (
    "Argued March 4, 2023 Decided May 2, 2024\n\n"
    "Jane Poe argued the cause for petitioners. With her on the briefs were John Doe and "
    "Mary Major.\n\n"
    "Richard Roe, Attorney, Department of Transport, argued the cause for respondents.\n\n"
    "Before: ROE and DOE, Circuit Judges, and POE, Senior Circuit Judge.\n\n"
    "Opinion for the Court filed by Senior Circuit Judge POE.\n\n"
    "In 2015, the Agency adopted a rule that cut bus emission limits by 30 percent."
)


def test_a_judgments_caption_lines_are_not_suggested():
    for fragment in ("argued the cause", "on the briefs", "Before:", "Opinion for the Court"):
        assert not _suggested(fragment, CAPTION, **REPORT)


def test_the_opinions_own_statements_are_suggested_after_its_caption():
    assert _suggested("cut bus emission limits by 30 percent", CAPTION, **REPORT)


# (5) A call to act and a writer's chat with the reader


def test_a_call_to_pass_a_bill_is_not_suggested():
    body = "It is time to pass the Affordable Bus Fares Act."
    assert not _suggested("It is time", body, **RECORD)


def test_a_bill_that_passed_is_suggested():
    body = "Last week, the Assembly passed the Affordable Bus Fares Act by 40 votes to 12."
    assert _suggested("passed the Affordable Bus Fares Act", body, **RECORD)


def test_a_chat_with_the_reader_is_not_suggested():
    body = (
        "If you're anything like me, these winter months have you thinking more about your "
        "bus fares than usual."
    )
    assert not _suggested("winter months", body, **RELEASE)


def test_a_fare_rise_compared_with_last_winter_is_suggested():
    body = "This winter, bus fares rose by more than 10 percent compared with last winter."
    assert _suggested("bus fares rose", body, **RELEASE)


# (6) A reprint of a sitting posted after it: the title's day, the byline's year


def _dates(body: str) -> set:
    found = suggest_claims(body, kind="parliamentary_record", publisher="Assembly Reprints")
    return {c.date for c in found}


QUESTIONS = (
    "{title}\n\n"
    "by Desk Editor on Thursday, {posted}, 2016 — 3:01 PM\n\n"
    "Hon JANE ROE (Minister of Transport): Bus ridership rose by 12 percent last year, to "
    "48 million journeys."
)


def test_a_reprints_title_day_dates_the_sitting():
    body = QUESTIONS.format(title="Questions & Answers – June 29", posted="June 30")
    assert _dates(body) == {datetime.date(2016, 6, 29)}


def test_a_title_naming_no_occasion_leaves_the_posting_date():
    body = QUESTIONS.format(title="Bus news – June 29", posted="June 30")
    assert _dates(body) == {datetime.date(2016, 6, 30)}


def test_a_title_day_weeks_before_the_posting_leaves_the_posting_date():
    body = QUESTIONS.format(title="Questions & Answers – May 2", posted="June 30")
    assert _dates(body) == {datetime.date(2016, 6, 30)}


# (8) A summary line that states a figure with a finite verb but no full stop is a
# sentence, not a heading: statistics releases and summary bullets often leave it off.


def test_a_figure_stated_without_a_full_stop_is_a_claim():
    body = (
        "Bus journeys, first quarter\n\n"
        "In the first quarter 4,120 bus routes were running across the county\n\n"
        "• 607 depots have been rebuilt or refurbished over the last eight years\n\n"
        "The office publishes these figures every quarter."
    )
    assert _suggested("4,120 bus routes were running", body, **RELEASE)
    assert _suggested("607 depots have been rebuilt", body, **RELEASE)


def test_a_heading_with_a_figure_but_no_verb_stays_a_heading():
    body = (
        "Bus journeys 2024: 4,120 routes and 607 depots by county and region\n\n"
        "The office publishes these figures every quarter."
    )
    assert not _suggested("4,120 routes", body, **RELEASE)
