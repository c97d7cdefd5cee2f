"""Attribution in each common genre, on short texts written for the tests."""

import datetime

import pytest

from extraction.attribution import heading_speaker, run_in_speaker
from extraction.dates import document_date

DEBATE = {"kind": "parliamentary_record", "publisher": "House of Examples"}


def test_a_debate_heading_with_office_and_name_gives_the_speech_to_the_named_person(speaker_of):
    body = (
        "The Secretary of State for Transport (Ann Lee)\n\n"
        "Bus journeys rose by 8% in 2023 compared with the year before.\n"
    )

    assert speaker_of(body, "Bus journeys rose", **DEBATE) == "Ann Lee"


def test_a_heading_with_constituency_and_party_starts_a_turn(speaker_of):
    body = (
        "The Secretary of State for Transport (Ann Lee)\n\n"
        "Bus journeys rose by 8% in 2023 compared with the year before.\n\n"
        "Tom Brook (Eastvale South) (Ind)\n\n"
        "Fares in Eastvale have doubled since 2019, the highest rise in the region.\n"
    )

    assert speaker_of(body, "Fares in Eastvale", **DEBATE) == "Tom Brook"


def test_a_reprint_portrait_line_names_the_speaker(speaker_of):
    body = (
        "Ann Lee Portrait The Minister for Rail (Ann Lee)\n"
        "- Record - - - Extracts\n\n"
        "We opened 14 new stations in 2022, more than in any year since 1990.\n"
    )

    assert speaker_of(body, "14 new stations", **DEBATE) == "Ann Lee"


def test_a_bare_name_over_a_party_and_place_line_starts_a_turn(speaker_of):
    body = (
        "Tom Brook\n"
        "Independent, Eastvale South\n"
        "Fares in Eastvale have doubled since 2019, the highest rise in the region.\n"
        "Ann Lee\n"
        "The Minister for Rail\n"
        "We opened 14 new stations in 2022, more than in any year since 1990.\n"
    )

    assert speaker_of(body, "Fares in Eastvale", **DEBATE) == "Tom Brook"
    assert speaker_of(body, "14 new stations", **DEBATE) == "Ann Lee"


def test_a_heading_run_into_the_speech_is_recognised(speaker_of):
    body = (
        "§ The Minister for Rail (Mrs. Ann Lee)Punctuality rose to 91% in May, the best "
        "month for ten years.\n"
        "§ Mrs. LeeWe have also cut delays by a third since 2021.\n"
    )

    assert speaker_of(body, "Punctuality rose", **DEBATE) == "Ann Lee"
    assert speaker_of(body, "cut delays by a third", **DEBATE) == "Ann Lee"


def test_in_a_debate_what_the_speaker_reports_stays_theirs(speaker_of):
    body = (
        "Tom Brook (Eastvale South) (Ind)\n\n"
        "As the Minister said, the line carried 2 million passengers in 2023, "
        "twice as many as in 2015.\n"
    )

    assert speaker_of(body, "2 million passengers", **DEBATE) == "Tom Brook"


def test_the_chair_lines_are_turns_of_their_own(speaker_of):
    body = (
        "Ann Lee (Northtown) (Ind):\n\n"
        "Ferry fares rose by 30% in 2023, the steepest rise on record.\n\n"
        "Madam Deputy Speaker:\n\n"
        "Order.\n"
    )

    assert speaker_of(body, "Ferry fares rose", **DEBATE) == "Ann Lee"


def test_headings_that_name_nobody_are_not_speakers():
    assert heading_speaker("Hospital Waiting Lists") is None
    assert heading_speaker("Rail Services (Northern Region)") is None
    assert run_in_speaker("The council met twice in May.") is None


def test_an_interviewee_named_in_the_header_answers_the_questions(speaker_of):
    body = (
        "Q: How many schools have been rebuilt?\n\n"
        "A: We rebuilt 120 schools in 2023, double the number in 2021.\n"
    )

    speaker = speaker_of(
        body,
        "We rebuilt 120 schools",
        kind="interview",
        title="Interview with Education Minister Ann Lee",
    )

    assert speaker == "Ann Lee"


def test_name_turns_in_a_transcript(speaker_of):
    body = (
        "PRESENTER:\n\nWhat happened to prices?\n\n"
        "ANN LEE:\n\nInflation fell to 2.1% in March, the lowest rate since 2021.\n"
    )

    assert speaker_of(body, "Inflation fell", kind="interview", title="Morning show") == "ANN LEE"


def test_she_said_refers_to_the_official_the_story_named_last(speaker_of):
    body = (
        "Transport Minister Ann Lee welcomed the figures but said more was needed.\n\n"
        "“At least 3,000 people a day still wait over an hour for a bus,” she said.\n"
    )

    assert speaker_of(body, "3,000 people", kind="article", publisher="Example News") == "Ann Lee"


def test_a_release_paragraph_ending_with_said_introduces_the_quotes(speaker_of):
    body = (
        "Speaking ahead of a visit to a depot in Northtown today, which coincides with new "
        "figures on bus use, Transport Minister Ann Lee said:\n\n"
        "“Bus journeys rose by 8% last year, the fastest growth in a decade.\n\n"
        "“We will open 20 new routes by 2026.”\n"
    )

    assert speaker_of(body, "Bus journeys rose") == "Ann Lee"


def test_report_narration_belongs_to_the_institution(speaker_of):
    body = (
        "The Minister for Rail told us that delays had fallen. In 2023, 12% of trains "
        "were cancelled, up from 4% in 2019.\n"
    )

    speaker = speaker_of(body, "12% of trains", kind="report", publisher="Transport Committee")

    assert speaker == "Transport Committee"


def test_a_speech_title_that_starts_with_the_speaker(speaker_of):
    body = "We built 300 miles of cycle lanes in 2023, more than in the previous five years.\n"

    speaker = speaker_of(
        body,
        "300 miles",
        kind="speech",
        title="Ann Lee – 2024 speech on active travel",
        publisher="Ministry of Examples",
    )

    assert speaker == "Ann Lee"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Press summary\n16 May 2024\nR v Example\n", datetime.date(2024, 5, 16)),
        ("March 3, 2024 / 9:41 AM / 2 years ago\n\nPrices rose.", datetime.date(2024, 3, 3)),
        ("Friday 21st June 2024\n\nThe debate began.", datetime.date(2024, 6, 21)),
        ("OSLO, March 3, 2024 (Newswire) - Prices rose.", datetime.date(2024, 3, 3)),
        (
            "Below is the text of the speech made by Ann Lee, the minister, in Northtown "
            "on 4 April 2024.\n\nThank you all.",
            datetime.date(2024, 4, 4),
        ),
        (
            "Ministry of Examples\n\nNorthtown, 24 October 2025\n\nGood evening.",
            datetime.date(2025, 10, 24),
        ),
        ("Press Conference: Monday, 15 May 2023\n\nGood afternoon.", datetime.date(2023, 5, 15)),
        (
            "Bus services\nReport NT-24-0113 September 27, 2024\n\nFares rose.",
            datetime.date(2024, 9, 27),
        ),
        ("SAINT-ÉTIENNE, QC, Sept. 19, 2025 /Newswire/ - Fares rose.", datetime.date(2025, 9, 19)),
        (
            "Bus fares\n\n– in the Assembly at 3:46 pm on 8 October 2019.\n\nThank you.",
            datetime.date(2019, 10, 8),
        ),
        ("NORTHTOWN (October 26, 2022) — Fares rose by 12%.", datetime.date(2022, 10, 26)),
        (
            "Assembly Chamber Tuesday 12 July 2022 14:30:00 Prayers. Bus Fares Question",
            datetime.date(2022, 7, 12),
        ),
        (
            "Remarks\n\nThursday, December 6, 2012 - Northtown, N.D.\n\nThanks.",
            datetime.date(2012, 12, 6),
        ),
    ],
)
def test_a_text_dates_itself_in_its_header_or_dateline(header, expected):
    assert document_date(header) == expected


def test_a_date_inside_a_sentence_does_not_date_the_text():
    assert document_date("The council met on 3 May 2021 and agreed the budget.") is None


def test_a_heading_ending_with_an_events_date_does_not_date_the_text():
    assert document_date("Fares to rise across the county on 3 March 2024\n\nFares rose.") is None


def test_claims_take_the_header_date_when_the_source_has_none(suggest):
    body = (
        "Press summary\n16 May 2024\n\n"
        "The council built 400 homes in 2023, twice as many as in 2022.\n"
    )

    [claim] = [c for c in suggest(body, published_on=None) if "400 homes" in c.quote]

    assert claim.date == datetime.date(2024, 5, 16)


INTERVIEW_QA = (
    "Q: Is it true that 40% of bus routes were cut in 2022, the most in any region?\n\n"
    "A: We rebuilt 120 schools in 2023, double the number in 2021.\n"
)


def test_a_q_line_is_the_publications_when_the_interviewer_is_unnamed(suggest):
    found = suggest(
        INTERVIEW_QA,
        kind="interview",
        title="Interview with Education Minister Ann Lee",
        publisher="Example Radio",
    )
    speakers = {c.quote[:12]: c.speaker for c in found}

    assert speakers["Q: Is it tru"] == "Example Radio"
    assert speakers["A: We rebuil"] == "Ann Lee"


def test_a_q_line_without_a_publication_is_the_interviewers(suggest):
    found = suggest(
        INTERVIEW_QA,
        kind="interview",
        title="Interview with Education Minister Ann Lee",
        publisher="",
    )
    speakers = {c.quote[:12]: c.speaker for c in found}

    assert speakers["Q: Is it tru"] == "Interviewer"
    assert speakers["A: We rebuil"] == "Ann Lee"


def test_an_interviewer_label_turn_lasts_until_the_answer_label(speaker_of):
    body = (
        "JOURNALIST:\n\nSurely fares rose by 30% since 2019, the highest in the region.\n\n"
        "MINISTER:\n\nFares rose by 3% in 2023, the lowest rise since 2015.\n"
    )
    metadata = {"kind": "interview", "title": "Interview with Transport Minister Ann Lee"}

    assert speaker_of(body, "fares rose by 30%", publisher="Example Radio", **metadata) == (
        "Example Radio"
    )
    assert speaker_of(body, "rose by 3%", publisher="Example Radio", **metadata) == "Ann Lee"


def test_a_named_interviewer_keeps_their_own_name(speaker_of):
    body = (
        "TOM BROOK:\n\nFares rose by 30% since 2019, the highest rise in the region.\n\n"
        "ANN LEE:\n\nFares rose by 3% in 2023, the lowest rise since 2015.\n"
    )
    metadata = {"kind": "interview", "title": "Morning show", "publisher": "Example Radio"}

    assert speaker_of(body, "30% since 2019", **metadata) == "TOM BROOK"
    assert speaker_of(body, "3% in 2023", **metadata) == "ANN LEE"


def test_a_transcript_published_by_the_interviewee_does_not_give_them_the_questions(suggest):
    found = suggest(INTERVIEW_QA, kind="interview", title="Doorstop", publisher="Ann Lee MP")
    speakers = {c.quote[:12]: c.speaker for c in found}

    assert speakers["Q: Is it tru"] == "Interviewer"
    assert speakers["A: We rebuil"] == "Ann Lee MP"
