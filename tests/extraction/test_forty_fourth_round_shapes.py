"""Rules of the forty-third round on precision and dates, written from the misses of rounds
24 to 27 (measured once unseen, then read), each on an invented text: a line about the
sitting or the text itself is not suggested, while a claim of the same shape still is; a
story's or a listing's date line dates its claims."""

import datetime

import pytest

from extraction.suggest import THRESHOLD


@pytest.fixture
def quotes(suggest):
    """quotes(body, **metadata): the quotes suggested at the assistant's own threshold."""

    def quotes(body, **metadata):
        return [c.quote for c in suggest(body, threshold=THRESHOLD, **metadata)]

    return quotes


def said(found, fragment):
    return any(fragment in quote for quote in found)


# (1) A motion's ask and a take-note debate's subject are put to the House, not claims

MOTION = (
    "Motion\n\n"
    "That the Assembly:\n\n"
    "1. Notes that bus fares have risen by 30 percent since 2019, the highest rise in Europe.\n\n"
    "2. Calls on the Northland Government to publish its bus strategy within 30 days.\n\n"
    "That the Grand Committee takes note of the cost of bus travel, and in particular of "
    "the 30 percent rise in fares since 2019.\n\n"
    'Question again proposed: "That the Bill be now read a Second Time."'
)


def test_a_motions_ask_and_take_note_subject_are_not_suggested(quotes):
    found = quotes(MOTION, kind="parliamentary_record")
    assert not said(found, "Calls on the Northland Government")
    assert not said(found, "takes note of the cost")
    assert not said(found, "Question again proposed")


def test_what_a_motion_notes_is_still_suggested(quotes):
    assert said(quotes(MOTION, kind="parliamentary_record"), "risen by 30 percent")


def test_the_time_the_committee_allows_for_a_debate_is_not_suggested(quotes):
    body = (
        "The Business Committee has agreed to allow two hours and 15 minutes for the debate. "
        "Rents in the region rose by 14 percent in 2023, the fastest rise on record."
    )
    found = quotes(body, kind="parliamentary_record")
    assert not said(found, "agreed to allow")
    assert said(found, "rose by 14 percent")


# (2) A judgment's directions and a bulletin's notes on its method


def test_a_judgments_directions_are_not_suggested(quotes):
    body = (
        "I direct that pursuant to the practice direction no official shorthand note shall be "
        "taken of this judgment and that copies of this version may be treated as authentic.\n\n"
        "These Directions may be supplemented by later directions of a judge within 14 days.\n\n"
        "The council placed 212 families in bed and breakfast accommodation in 2023, up from 40."
    )
    found = quotes(body, kind="judgment")
    assert not said(found, "I direct that")
    assert not said(found, "These Directions")
    assert said(found, "212 families")


def test_a_bulletins_notes_on_its_method_are_not_suggested(quotes):
    body = (
        "Survey estimates in this bulletin have been reweighted to the 2021 population "
        "figures.\n\n"
        "The effect of the storm on our capacity means we have published 12 fewer tables.\n\n"
        "Please contact us to request a format other than those available.\n\n"
        "The employment rate rose by 0.4 percentage points to 76.1 percent in the quarter."
    )
    found = quotes(body, kind="statistical_release")
    assert not said(found, "reweighted")
    assert not said(found, "on our capacity")
    assert not said(found, "Please contact us")
    assert said(found, "76.1 percent")


def test_a_reweighting_reported_as_news_is_still_suggested(quotes):
    body = (
        "The agency said its estimates have been reweighted, cutting the jobless count by 40,000."
    )
    assert said(quotes(body, kind="article"), "40,000")


# (3) The speaker or author steering the text: a member rising, a host's guest, a roll


def test_openings_that_steer_the_text_are_not_suggested(quotes):
    body = (
        "Mr. Speaker, I rise today to discuss the state of our economy in 2024.\n\n"
        "Present: Chairwoman Roe; Representatives Baker, Lee, Grant and 12 others.\n\n"
        "Unemployment in my state has fallen from 9 percent to 4 percent since 2020."
    )
    found = quotes(body, kind="parliamentary_record")
    assert not said(found, "I rise today")
    assert not said(found, "Present:")
    assert said(found, "9 percent to 4 percent")


def test_a_hosts_guest_introduction_is_not_suggested(quotes):
    body = (
        "HOST: I'm joined by the Minister for Energy, Jane Roe.\n\n"
        "JANE ROE: Power prices fell by 11 percent last year, the first fall since 2015."
    )
    found = quotes(body, kind="interview")
    assert not said(found, "joined by")
    assert said(found, "11 percent")


# (4) Dates: a dateline with no place, a listing's stamped items, an occasion's title


def test_a_dateline_with_no_place_dates_the_story(suggest):
    body = (
        "By Jane Roe\nNews Service\n"
        "Feb. 12, 2019 - The budget includes a 2.5 percent pay rise for nurses.\n"
        "Pay for hospital doctors will rise by 3.1 percent, the Secretary said yesterday."
    )
    [claim] = [c for c in suggest(body, kind="article", published_on=None) if "3.1" in c.quote]
    assert claim.date == datetime.date(2019, 2, 12)


def test_a_listings_stamp_dates_its_items(suggest):
    body = (
        "Press releases\n\n"
        "Climate goals: committee backs 40% cut\n\n"
        "ENVI Environment14-03-2015 - 10:30\n\n"
        "The committee backed a 40% cut in emissions by 2030 in a vote of 52 to 10."
    )
    [claim] = [c for c in suggest(body, published_on=None) if "40% cut in" in c.quote]
    assert claim.date == datetime.date(2015, 3, 14)


def test_a_title_naming_an_occasion_dates_the_words_said_there(suggest):
    body = (
        "Remarks by the Minister at the Energy Council press conference of 3 March 2023\n\n"
        "Gas storage is 56 percent full, more than the average for March."
    )
    [claim] = [c for c in suggest(body, kind="speech", published_on=None) if "56" in c.quote]
    assert claim.date == datetime.date(2023, 3, 3)


def test_a_title_with_a_date_but_no_occasion_dates_nothing(suggest):
    body = "Gas storage report of 3 March 2023\n\nGas storage is 56 percent full, more than usual."
    [claim] = [c for c in suggest(body, kind="speech", published_on=None) if "56" in c.quote]
    assert claim.date is None


def test_the_day_a_story_gives_for_a_saying_dates_it(suggest):
    body = (
        "LONDON, July 28, 2020 – Rents rose 9 percent last year, said housing spokesman "
        "Tom Baker July 23.\n\n"
        '"We put up $9 million and got $30 million in homes," Baker said at a July 16 '
        "press briefing."
    )
    found = suggest(body, kind="article", published_on=None)
    [lead] = [c for c in found if "9 percent" in c.quote]
    [briefing] = [c for c in found if "$9 million" in c.quote]
    assert lead.date == datetime.date(2020, 7, 23)
    assert briefing.date == datetime.date(2020, 7, 16)
