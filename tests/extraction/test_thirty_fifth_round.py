"""Rules of the thirty-fifth round, written from the misses of round 20 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

import datetime

from extraction import suggest_claims
from extraction.dates import document_date


def _quotes(body, **metadata):
    """The quotes a fact-checker is shown (suggestions at the default threshold)."""
    return [candidate.quote for candidate in suggest_claims(body, **metadata)]


def _found(body, fragment, **metadata):
    """The suggestion at the default threshold whose quote holds `fragment`."""
    for candidate in suggest_claims(body, **metadata):
        if fragment in candidate.quote:
            return candidate
    raise AssertionError(f"no suggestion contains {fragment!r}")


# (1) A question paper: its procedural lines are not claims; an unsigned reply is the
# office the question was put to.

PAPER = {
    "kind": "parliamentary_record",
    "publisher": "Houses of the Assembly",
    "published_on": datetime.date(2024, 5, 2),
}
PAPER_BODY = (
    "Written Answers.\n\n"
    "The following are questions tabled by Members for written response and the "
    "ministerial replies as received from the Departments.\n"
    "Questions Nos. 1 to 4, inclusive, answered orally.\n"
    "Questions Nos. 5 to 19, inclusive, resubmitted.\n\n"
    "Harbour Dredging.\n\n"
    "Áine Ó Dúill\n\n"
    "Question:\n\n"
    "21 Deputy Áine Ó Dúill asked the Minister for Ports and Harbours if 40 harbours will "
    "be dredged in 2024. [12345/24]\n\n"
    "Áine Ó Dúill\n\n"
    "Question:\n\n"
    "24 Deputy Áine Ó Dúill asked the Minister for Ports and Harbours the cost of dredging "
    "the 12 largest harbours. [12346/24]\n\n"
    "I propose to take Questions Nos. 21 and 24 together.\n\n"
    "Dredging at the 12 largest harbours cost €14 million in 2023, up from €9 million in "
    "2022.\n"
)


def test_a_question_papers_procedural_lines_are_not_suggested():
    quotes = " ".join(_quotes(PAPER_BODY, **PAPER))
    assert "answered orally" not in quotes
    assert "resubmitted" not in quotes
    assert "propose to take" not in quotes
    assert "questions tabled by Members" not in quotes
    assert "asked the Minister" not in quotes


def test_an_unsigned_reply_is_the_office_the_question_was_put_to():
    reply = _found(PAPER_BODY, "€14 million", **PAPER)
    assert reply.speaker == "Minister for Ports and Harbours"


def test_a_debate_turn_that_quotes_a_question_number_is_still_suggested():
    body = (
        "Mr Tom Baker: Question No. 5 asked about harbours; dredging cost €14 million in "
        "2023, up from €9 million in 2022.\n"
    )
    assert any("€14 million" in quote for quote in _quotes(body, **PAPER))


# (2) A section heading with a colon over third-person narration is not a speaker.

RELEASE = {
    "kind": "press_release",
    "publisher": "Department of Harbours",
    "published_on": datetime.date(2024, 3, 1),
}


def test_a_section_heading_over_narration_is_the_publishers():
    body = (
        "Secretary Roe marks a year of harbour work\n\n"
        "Harbour Safety:\n\n"
        "In May, Secretary Roe visited her 40th harbour. Since taking office she has held "
        "120 meetings with harbour crews.\n"
    )
    assert _found(body, "120 meetings", **RELEASE).speaker == "Department of Harbours"


def test_a_speaker_line_over_first_person_words_keeps_its_speaker():
    body = (
        "Secretary Roe marks a year of harbour work\n\n"
        "Jane Roe:\n\n"
        "We repaired 40 harbours this year, twice as many as in 2022.\n"
    )
    assert _found(body, "40 harbours", **RELEASE).speaker == "Jane Roe"


# (3) An interviewer's label naming the host: the questions are the host's.

INTERVIEW = {
    "kind": "interview",
    "publisher": "Department of Roads",
    "title": "Radio interview with Minister Doe",
    "published_on": datetime.date(2024, 3, 1),
}
INTERVIEW_BODY = (
    "Read the transcript of Minister Doe's interview on 400 new road crossings.\n\n"
    "HOST, JANE ROE: The Minister joins us now. Good morning.\n \n"
    "MINISTER FOR ROADS, JOHN DOE: Good morning, Jane.\n \n"
    "ROE: So on this plan to cut fares by 20 per cent, commuters pay 40 per cent more "
    "than in 2010. Is that fair?\n \n"
    "DOE: Road deaths fell by 12 per cent last year.\n"
)


def test_a_named_hosts_questions_are_the_hosts():
    assert _found(INTERVIEW_BODY, "40 per cent more", **INTERVIEW).speaker == "Jane Roe"


def test_the_interviewees_answers_stay_the_interviewees():
    assert _found(INTERVIEW_BODY, "Road deaths", **INTERVIEW).speaker == "John Doe"


def test_the_pages_note_on_its_transcript_is_the_publishers():
    note = _found(INTERVIEW_BODY, "400 new road crossings", **INTERVIEW)
    assert note.speaker == "Department of Roads"


# (4) A news lead's unnamed official, named in the next paragraph; captions; the day.

STORY = {"kind": "article", "publisher": "Harbour News Service"}
STORY_BODY = (
    "Harbour plans aim to cut waiting times\n\n"
    "By Sam Lee, Harbour News ServiceMay 30, 2024\n\n"
    "The harbour board expects to spend $2 billion on berths over five years. Pictured is "
    "a berth at North Quay, Jan. 4, 2024.\n\n"
    "PORTVILLE -- The harbour board expects to spend $2 billion on new berths over the next "
    "five years, a senior official said Monday.\n\n"
    "Waiting times will fall by a third across its 40 harbours, said Jane Roe, the acting "
    "assistant secretary for harbours.\n\n"
    "Last year, the board created a task force of 60 engineers, said Tom Baker, the "
    "board's chief engineer.\n"
)


def test_an_unnamed_official_in_the_lead_is_the_one_named_next():
    lead = _found(STORY_BODY, "PORTVILLE", **STORY)
    assert lead.speaker == "Jane Roe"


def test_the_weekday_the_story_gives_dates_its_reported_words():
    # The story is dated Thursday 30 May; "said Monday" is 27 May.
    assert _found(STORY_BODY, "PORTVILLE", **STORY).date == datetime.date(2024, 5, 27)
    assert _found(STORY_BODY, "task force", **STORY).date == datetime.date(2024, 5, 27)


def test_a_photo_caption_is_not_suggested():
    assert not any("Pictured is" in quote for quote in _quotes(STORY_BODY, **STORY))


def test_an_unnamed_source_not_named_next_stays_unnamed():
    body = (
        "PORTVILLE -- The harbour board expects to spend $2 billion on new berths over the "
        "next five years, a senior official said Monday.\n\n"
        "Waiting times at the 40 harbours rose by a third last year.\n"
    )
    lead = _found(body, "PORTVILLE", **STORY)
    assert lead.speaker == "Harbour News Service"


def test_a_body_that_said_a_weekday_does_not_date_the_story():
    body = (
        "The government said Friday that unemployment fell to 4 percent in May.\n\n"
        "However, the statistics chief, Jane Roe, said two-thirds of the fall came from "
        "people who stopped looking for work.\n"
    )
    published = datetime.date(2024, 6, 8)
    found = _found(body, "two-thirds", **STORY, published_on=published)
    assert found.date == published


# (5) Datelines and Hansard's column line date the text.


def test_a_bracketed_place_and_date_dateline_dates_the_release():
    body = "Title\n\n(Portville, Ore., December 19, 2019) – The Secretary said 40 ports grew."
    assert document_date(body) == datetime.date(2019, 12, 19)


def test_a_byline_run_into_its_date_dates_the_story():
    body = "Title\n\nBy Sam Lee, Harbour News ServiceMay 30, 2024\n\nText."
    assert document_date(body) == datetime.date(2024, 5, 30)


def test_a_hansard_column_line_dates_the_record():
    body = "Lord Doe of Portville: My Lords, fares rose 4%.\n\n21 Jan 2008 : Column 8\n\nMore."
    assert document_date(body) == datetime.date(2008, 1, 21)


def test_a_bracketed_note_without_a_date_dates_nothing():
    assert document_date("Title\n\n(Note on the figures) – prices rose 4% in May.") is None


# (6) A peer's turn label with "of": the speech is that peer's, not the last speaker's.


def test_a_peers_label_with_of_starts_a_turn():
    body = (
        "Baroness Roe: My Lords, could the Minister tell us how the loans are advertised?\n\n"
        "Lord Doe of Portville: My Lords, the noble Baroness raises a good point. Loans are "
        "handled by around 300 caseworkers across the country.\n"
    )
    found = _found(body, "300 caseworkers", kind="parliamentary_record", publisher="House")
    assert "Doe" in found.speaker and "Roe" not in found.speaker


# (7) A reprint's note on its own typography, and a group source named by its kind.


def test_a_reprints_typography_note_is_not_suggested():
    body = (
        "Phrases in [[double square brackets]] are editorial additions or corrections\n\n"
        "Phrases in [[[triple square brackets]]] indicate 3 embedded images in the original "
        "document.\n\n"
        "Ladies and gentlemen, fares rose 4% last year.\n"
    )
    quotes = " ".join(_quotes(body, kind="speech", publisher="Rail Archive"))
    assert "square brackets" not in quotes


def test_according_to_a_group_named_by_its_kind_is_that_group():
    body = "According to many housing agencies, the reforms cost them 20% more staff time.\n"
    found = _found(body, "20% more", kind="report", publisher="Audit Office")
    assert found.speaker == "housing agencies"


def test_according_to_data_is_not_a_speaker():
    body = "According to the latest estimates, the reforms cost agencies 20% more staff time.\n"
    found = _found(body, "20% more", kind="report", publisher="Audit Office")
    assert found.speaker != "the latest estimates"
