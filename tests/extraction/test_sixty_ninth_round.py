"""Rules of the sixty-ninth round, written from the misses of rounds 55–57 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

import datetime

from extraction import suggest_claims


def _quotes(body, **metadata):
    return [candidate.quote for candidate in suggest_claims(body, **metadata)]


def _dates(body, **metadata):
    return {candidate.date for candidate in suggest_claims(body, **metadata)}


SPEECH = {"kind": "speech", "publisher": "Northland Government"}
RECORD = {"kind": "parliamentary_record", "publisher": "Northland Parliament"}


# (1) A rank against every place or every year: no praise, a claim of record.


def test_a_rank_anywhere_or_in_a_qualified_history_is_a_record():
    body = (
        "Although the winter has been hard, our clinics still have the shortest waits anywhere "
        "in the country.\n\n"
        "We inherited the largest trade gap in our post-war history.\n\n"
        "Our colleges train more apprentices than ever.\n\n"
        "Every summer our rivers set new records, and 2021 was the hottest of them.\n"
    )
    quotes = _quotes(body, **SPEECH)
    assert any("shortest waits anywhere" in quote for quote in quotes)
    assert any("in our post-war history" in quote for quote in quotes)
    assert any("more apprentices than ever" in quote for quote in quotes)
    assert any("set new records" in quote for quote in quotes)


def test_praise_without_a_place_or_a_history_stays_out():
    body = (
        "This is the best way to book an appointment at the clinic.\n\n"
        "Today I want to set the record straight about our nurses.\n\n"
        "It was an unprecedented step for the council to take.\n\n"
        "It was a year of broken promises and broken records for the town.\n"
    )
    assert _quotes(body, **SPEECH) == []


# (2) A speaker's frame after an opening phrase, around an aside between dashes.


def test_a_frame_with_an_aside_leaves_the_statement_scored():
    body = (
        "In that respect, I am glad to note – and I will return to it – that youth "
        "unemployment has fallen sharply this year.\n\n"
        "It is incumbent upon me to point out that waiting times in our clinics are the "
        "shortest anywhere in the region.\n"
    )
    quotes = _quotes(body, **SPEECH)
    assert any("youth unemployment has fallen sharply" in quote for quote in quotes)
    assert any("incumbent upon me to point out" in quote for quote in quotes)


def test_a_frame_before_no_claim_stays_out():
    body = (
        "In that respect, I am glad to note – as I said yesterday – that we are all here "
        "together again.\n"
    )
    assert _quotes(body, **SPEECH) == []


# (3) A measure that moved, and a count compared, without a figure.


def test_a_measure_that_moved_and_a_count_compared_are_claims():
    body = (
        "Rents have climbed steeply in the northern towns.\n\n"
        "We have merged the wards and, yes, there are fewer nurses on the wards.\n\n"
        "In the region, more people are finding work in the ports.\n"
    )
    quotes = _quotes(body, **SPEECH)
    assert any("Rents have climbed steeply" in quote for quote in quotes)
    assert any("fewer nurses on the wards" in quote for quote in quotes)
    assert any("more people are finding work" in quote for quote in quotes)


def test_a_task_left_or_a_forecast_is_no_movement():
    body = (
        "We know there is more to do for the northern towns.\n\n"
        "There are more questions to answer about the scheme.\n\n"
        "Costs will rise for the northern towns next year.\n"
    )
    assert _quotes(body, **SPEECH) == []


# (4) A multiple of a measure: "more than twice the rate of inflation".


def test_twice_the_rate_is_a_figure():
    body = "From May, care workers will see their wages rise at twice the rate of inflation.\n"
    quotes = _quotes(body, **SPEECH)
    assert any("twice the rate of inflation" in quote for quote in quotes)


def test_twice_without_a_measure_is_no_figure():
    body = "I have said it twice to the council and I will say it again.\n"
    assert _quotes(body, **SPEECH) == []


# (5) A decision taken on a rule.


def test_agreeing_to_lift_a_ban_is_a_decision():
    body = "We agreed to lift the ban on Sunday trading in the market towns.\n"
    quotes = _quotes(body, kind="press_release", publisher="Northland Executive Office")
    assert any("agreed to lift the ban" in quote for quote in quotes)


def test_agreeing_to_cooperate_is_still_an_intention():
    body = "The Ministers agreed to reinforce cooperation on border checks.\n"
    assert _quotes(body, kind="press_release", publisher="Northland Executive Office") == []


# (6) A question that presupposes a figure's change, or states a premise before ", so".


def test_a_why_question_over_a_change_and_a_stated_premise_are_suggested():
    body = (
        "Jane Roe (Northtown) (Lab): Why have 4,000 more families joined the housing list "
        "since the Minister was appointed?\n\n"
        "John Doe (Southtown) (Con): Waiting times are the longest on record in our clinics, "
        "so does the Minister accept that the plan has failed?\n"
    )
    quotes = _quotes(body, **RECORD)
    assert any("4,000 more families joined" in quote for quote in quotes)
    assert any("longest on record" in quote for quote in quotes)


def test_a_why_question_about_a_figure_or_an_empty_premise_stays_a_question():
    body = (
        "Jane Roe (Northtown) (Lab): Why does the Minister think 5,000 homes a year are "
        "enough for the region?\n\n"
        "John Doe (Southtown) (Con): The Minister visited the clinic on Tuesday, so does she "
        "accept that the plan has failed?\n"
    )
    assert _quotes(body, **RECORD) == []


# (7) A study's finding, and a fact put forward as one.


def test_a_study_finding_and_a_fact_not_to_hide_are_claims():
    body = (
        "The study shows that most small farms are making a loss on their dairy herds.\n\n"
        "We cannot hide the fact that waiting lists in the north are longer than in the south.\n"
    )
    quotes = _quotes(body, **SPEECH)
    assert any("The study shows that" in quote for quote in quotes)
    assert any("hide the fact that" in quote for quote in quotes)


def test_a_study_still_to_come_is_no_finding():
    body = "The study will look at whether small farms can keep their dairy herds.\n"
    assert _quotes(body, **SPEECH) == []


# (8) Dates a page gives itself: a "Released:" label with links after it, a post's
# address, a description of the occasion; a period's bound is not the day of the words.


def test_a_released_label_with_links_after_it_dates_the_bulletin():
    body = (
        "Statistical bulletin: Bus use, May 2021\n\n"
        "Released: 12 May 2021 Download data\n\n"
        "Bus journeys rose by 4.2 per cent on the quarter to 312 million.\n"
    )
    assert _dates(body, kind="report", publisher="Northland Statistics") == {
        datetime.date(2021, 5, 12)
    }


def test_a_next_release_date_still_does_not_date_the_bulletin():
    body = (
        "Statistical bulletin: Bus use, May 2021\n\n"
        "Next release: 12 August 2021\n\n"
        "Bus journeys rose by 4.2 per cent on the quarter to 312 million.\n"
    )
    assert _dates(body, kind="report", publisher="Northland Statistics") == {None}


def test_a_post_is_dated_by_its_address():
    body = (
        "https://news.northland.example/2021/05/03/bus-fares-fall/\n\n"
        "Bus fares fall\n\n"
        "Bus fares fell by 15% across the region, the department said.\n"
    )
    assert _dates(body, kind="article", publisher="Northland Transport") == {
        datetime.date(2021, 5, 3)
    }


def test_an_address_inside_the_text_or_without_a_day_dates_nothing():
    body = (
        "https://news.northland.example/2021/05/bus-fares-fall/\n\n"
        "Bus fares fell by 15% across the region, the department said.\n\n"
        "The earlier figures are at https://news.northland.example/2020/04/02/fares/ online.\n"
    )
    assert _dates(body, kind="article", publisher="Northland Transport") == {None}


def test_a_description_of_the_testimony_dates_it():
    body = (
        "Video transcript: the Auditor on bus contracts. Summary: In her March 3, 2021, "
        "testimony to the Transport Committee, the Auditor General spoke on bus contracts. "
        "Bus fares rose by 12 percent in two years while services fell by 8 percent.\n"
    )
    assert _dates(body, kind="speech", publisher="Northland Audit Office") == {
        datetime.date(2021, 3, 3)
    }


def test_a_description_without_a_day_dates_nothing():
    body = (
        "Video transcript: the Auditor on bus contracts. Summary: In her 2021 "
        "testimony to the Transport Committee, the Auditor General spoke on bus contracts. "
        "Bus fares rose by 12 percent in two years while services fell by 8 percent.\n"
    )
    assert _dates(body, kind="speech", publisher="Northland Audit Office") == {None}


def test_the_end_of_a_reported_period_is_not_the_day_of_the_words():
    body = (
        "Published: 14 May 2019\n\n"
        "Speaking on the bus figures for the year to 31 March 2019, Ms Roe said: "
        '"Rural routes carried 10,000 more passengers than in the year before."\n'
    )
    assert _dates(body, kind="press_release", publisher="Northland Government") == {
        datetime.date(2019, 5, 14)
    }


def test_the_day_a_sentence_gives_its_words_still_dates_them():
    body = (
        "Published: 14 May 2019\n\n"
        "On 10 May 2019, Ms Roe said rural routes carried 10,000 more passengers than in the "
        "year before.\n"
    )
    assert _dates(body, kind="press_release", publisher="Northland Government") == {
        datetime.date(2019, 5, 10)
    }
