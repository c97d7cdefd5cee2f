"""Rules of the sixty-seventh round, written from the misses of rounds 52–54 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

import datetime

from extraction import suggest_claims


def _quotes(body, **metadata):
    return [candidate.quote for candidate in suggest_claims(body, **metadata)]


def _dates(body, **metadata):
    return {candidate.date for candidate in suggest_claims(body, **metadata)}


# (1) A findings summary's numbered items: a quantified subject and a finite verb is a
# finding, not a numbered step of a plan.

FINDINGS = (
    "The Office found that: (1) Councils ranked 1,200 projects for funding in 2016; (2) Agency "
    "spending on grants rose by 12 percent to $40 million in 2016; (3) most grants that councils "
    "ranked first were paid on time in 2015 and 2016; (4) for example, in 2016, 70 percent of "
    "the applicants in the top tenth of each list were approved.\n"
)


def test_numbered_findings_of_a_summary_are_suggested():
    quotes = _quotes(FINDINGS, kind="report", publisher="Northland Audit Office")
    assert any(quote.startswith("(3) most grants that councils") for quote in quotes)
    assert any("70 percent of the applicants" in quote for quote in quotes)


def test_numbered_steps_and_scope_items_stay_out():
    steps = (
        "To meet the target, the plan asks councils to:\n\n"
        "(1) invest in 40 new depots across the region;\n\n"
        "(2) most of all, train 300 new drivers a year;\n\n"
        "(3) review the fares every 12 months.\n"
    )
    assert _quotes(steps, kind="press_release", publisher="Northland Transport") == []
    scope = (
        "The Office was asked to examine:\n\n"
        "(1) the process the Agency uses to select projects;\n\n"
        "(2) the extent to which it funds projects that 12 councils rank first; and\n\n"
        "(3) whether councils face common problems.\n"
    )
    assert _quotes(scope, kind="report", publisher="Northland Audit Office") == []


# (2) A trend in words the comparison patterns did not list, and a cause moving a measure.


def test_slowed_stalled_and_no_change_are_trends():
    body = (
        "Today's picture is mixed, and growth in sales has slowed down in 2019.\n\n"
        "Five regions recorded no monthly change.\n\n"
        "Cheaper imports are driving down costs for small farms.\n"
    )
    quotes = _quotes(body, kind="report", publisher="Northland Statistics")
    assert any("has slowed down in 2019" in quote for quote in quotes)
    assert any("Five regions recorded no monthly change" in quote for quote in quotes)
    assert any("driving down costs" in quote for quote in quotes)


def test_the_same_words_as_adjectives_or_on_a_road_are_not_trends():
    body = (
        "The council wants an accelerated rollout of the scheme.\n\n"
        "The inspectors drove down the valley road to the depot.\n"
    )
    assert _quotes(body, kind="press_release", publisher="Northland Council") == []


# (3) A claim of record: "record numbers", "for only the third time in its history".


def test_record_numbers_and_a_rank_in_history_are_records():
    body = (
        "There are record numbers of apprentices in training across the region.\n\n"
        "For only the third time in the nation's history, we have a budget surplus.\n"
    )
    quotes = _quotes(body, kind="speech", publisher="Northland Government")
    assert any("record numbers of apprentices" in quote for quote in quotes)
    assert any("For only the third time" in quote for quote in quotes)


def test_a_record_kept_or_a_second_time_this_week_is_no_record():
    body = (
        "We keep a record of every meeting with the unions.\n\n"
        "For the second time this week, I want to thank our volunteers.\n"
    )
    assert _quotes(body, kind="speech", publisher="Northland Government") == []


# (4) What a law makes so: "the Act makes school meals free for …".


def test_what_a_law_makes_free_is_a_legal_fact():
    body = "First, the Act makes school meals free for young pupils.\n"
    quotes = _quotes(body, kind="interview", publisher="Northland Government")
    assert any("the Act makes school meals free" in quote for quote in quotes)


def test_a_law_that_makes_sense_is_no_provision():
    body = "First, the Act makes sense for the families we talked to.\n"
    assert _quotes(body, kind="interview", publisher="Northland Government") == []


# (5) "Going to" a place is no future.


def test_going_to_a_place_is_not_a_prediction():
    body = "Fewer pupils from rural schools are going to college than in 2015.\n"
    quotes = _quotes(body, kind="statement", publisher="Northland Education Department")
    assert any("going to college" in quote for quote in quotes)


def test_going_to_before_a_verb_is_still_a_promise():
    body = "The department is going to publish a plan for rural schools.\n"
    assert _quotes(body, kind="statement", publisher="Northland Education Department") == []


# (6) A question whose premise reports what a named body found.


def test_question_premise_reporting_a_finding_is_suggested():
    body = (
        "Jane Roe: Why did the Minister extend the scheme, given that the Audit Office found "
        "it overpaid most claimants and cost more than planned?\n"
    )
    quotes = _quotes(body, kind="parliamentary_record", publisher="Northland Parliament")
    assert any("given that the Audit Office found" in quote for quote in quotes)


def test_question_premise_on_what_someone_said_is_still_a_question():
    body = (
        "Jane Roe: Given you said you care about bills, is it time to drop the promise of "
        "lower tariffs?\n"
    )
    assert _quotes(body, kind="interview", publisher="Northland Radio") == []


# (7) A multiple is a figure in words.


def test_multiples_are_figures():
    body = (
        "They are twice as likely to be admitted to hospital as other children.\n\n"
        "Over that period there was a fourfold increase in admissions.\n\n"
        "With the colleges we chose to triple the grant.\n"
    )
    quotes = _quotes(body, kind="speech", publisher="Northland Health")
    assert any("twice as likely" in quote for quote in quotes)
    assert any("fourfold increase" in quote for quote in quotes)
    assert any("triple the grant" in quote for quote in quotes)


def test_figures_of_speech_are_not_multiples():
    body = (
        "The reason for our approach is twofold.\n\n"
        "We will not tolerate double standards in this house.\n"
    )
    assert _quotes(body, kind="speech", publisher="Northland Health") == []


# (8) Dates a page gives itself: a numeric release date in the order of its spelling.


def _release(date_line, spelling):
    return (
        f"News Releases\n\nRelease Date: {date_line}\n\n"
        f"Hospital admissions for asthma fell 12 {spelling} last year, the agency said today.\n"
    )


def test_numeric_release_date_reads_in_the_order_of_the_spelling():
    american = _release("03/04/2021", "percent")
    british = _release("03/04/2021", "per cent")
    assert _dates(american, kind="press_release", publisher="Northland Agency") == {
        datetime.date(2021, 3, 4)
    }
    assert _dates(british, kind="press_release", publisher="Northland Agency") == {
        datetime.date(2021, 4, 3)
    }


def test_numeric_release_date_in_either_order_dates_nothing_without_a_cue():
    body = (
        "News Releases\n\nRelease Date: 03/04/2021\n\n"
        "Hospital admissions for asthma fell by 1,200 last year, the agency said today.\n"
    )
    assert _dates(body, kind="press_release", publisher="Northland Agency") == {None}
    shown = body.replace("03/04/2021", "04/16/2021")
    assert _dates(shown, kind="press_release", publisher="Northland Agency") == {
        datetime.date(2021, 4, 16)
    }


def test_a_page_in_irish_or_welsh_dates_itself_in_that_language():
    irish = (
        "Preasráitis\n\n• Foilsithe: 3 Aibreán 2021\n\n"
        "Bus fares will fall by an average of 15% from May, the Department said.\n"
    )
    welsh = irish.replace("Foilsithe: 3 Aibreán 2021", "Cyhoeddwyd: 3 Ebrill 2021")
    for body in (irish, welsh):
        assert _dates(body, kind="press_release", publisher="Northland Department") == {
            datetime.date(2021, 4, 3)
        }


def test_a_listing_note_on_earlier_statements_does_not_date_the_statement():
    body = (
        "Written statements\n\n"
        "Statements made before 1 May 2015 were published only in print:\n\n"
        "Department for Buses\nMade on: 14 May 2019\nMade by: Jane Roe\n\n"
        "Bus journeys in rural areas rose by 8% in the year to March 2019.\n"
    )
    assert _dates(body, kind="parliamentary_record", publisher="Northland Parliament") == {
        datetime.date(2019, 5, 14)
    }


def test_a_record_citation_line_dates_the_record():
    body = (
        "HC Deb 4 March 2003 vol 400 cc12-4\n\n"
        "Mrs Jane Roe\n\n"
        "Bus journeys in rural areas rose by 8% in the year to March 2003.\n"
    )
    assert _dates(body, kind="parliamentary_record", publisher="House of Commons") == {
        datetime.date(2003, 3, 4)
    }


def test_a_sitting_line_below_the_navigation_dates_the_record():
    links = "".join(f"Link to the previous item, number {n}\n" for n in range(14))
    body = (
        f"{links}Verbatim report of proceedings\nTuesday, 4 March 2014 - Northtown\n\n"
        "Jane Roe, Member of the Commission. – Unemployment now stands at 9.8% in the "
        "region.\n"
    )
    assert _dates(body, kind="parliamentary_record", publisher="Northland Assembly") == {
        datetime.date(2014, 3, 4)
    }


def test_a_weekday_inside_a_sentence_dates_nothing():
    links = "".join(f"Link to the previous item, number {n}\n" for n in range(14))
    body = f"{links}Tuesday, 4 March 2014 was when unemployment reached 9.8% in the region.\n"
    assert _dates(body, kind="parliamentary_record", publisher="Northland Assembly") == {None}


def test_a_communique_is_dated_by_the_meeting_it_reports():
    body = (
        "Media Release\n\nHousing Ministers meeting\n\n"
        "The Housing Ministers' Council met in Northtown on 3 May 2021. Ministers agreed to "
        "build 4,000 new social homes by 2026.\n"
    )
    assert _dates(body, kind="press_release", publisher="Northland Housing Council") == {
        datetime.date(2021, 5, 3)
    }


def test_a_meeting_later_in_the_text_does_not_date_it():
    body = (
        "Media Release\n\nHousing\n\nMinisters agreed to build 4,000 new social homes by 2026.\n\n"
        "Waiting lists rose by 12% in the year.\n\nThe levy fell by 3% in the year.\n\n"
        "Rents rose by 5% in the year.\n\nPrices rose by 2% in the year.\n\n"
        "Wages rose by 4% in the year.\n\nFares rose by 1% in the year.\n\n"
        "The Council will next meet in Northtown on 3 May 2021.\n"
    )
    assert _dates(body, kind="press_release", publisher="Northland Housing Council") == {None}
