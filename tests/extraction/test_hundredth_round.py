"""Hundredth round: turn labels and headers from rounds 117 to 121. An office alone as a
label ("PRIME MINISTER: …") is the holder the transcript named with it; an interview
"with Jane Q. Roe, Member of the Executive Board …" is hers, and the board is no speaker;
"NEDA USEC. ROE:" is the undersecretary the text names in full; a speech header's name
line keeps its name when qualifications follow a comma; "the Health Minister said: These
figures …" inside a paragraph hands the words after the colon to the minister; "Mr S N
ROE:" is a member's label; a written question "To ask the Minister for Health …" over
"Answer" is answered by that office."""

from extraction.suggest import suggest_claims


def _speaker(text, fragment, **metadata):
    for candidate in suggest_claims(text, **metadata):
        if fragment in candidate.quote:
            return candidate.speaker
    raise KeyError(fragment)


def test_an_office_alone_label_is_the_holder_the_transcript_named_with_it():
    text = (
        "JOHN DOE, HOST: Prime Minister, good morning.\n\n"
        "JANE ROE, PRIME MINISTER: Good morning.\n\n"
        "DOE: The opposition says your plan will cost $40 billion. Is that right?\n\n"
        "PRIME MINISTER: Well, the opposition's own plan cut $50 billion from hospitals in "
        "2014, and fares rose by 12% under them.\n"
    )
    metadata = {"kind": "interview", "title": "Radio interview", "publisher": "Northland Radio"}
    assert _speaker(text, "cut $50 billion", **metadata) == "Jane Roe"


def test_an_office_alone_label_no_one_was_named_with_is_the_office():
    text = (
        "JOHN DOE, HOST: Good morning.\n\n"
        "DOE: The opposition says your plan will cost $40 billion. Is that right?\n\n"
        "PRIME MINISTER: Well, the opposition's own plan cut $50 billion from hospitals in "
        "2014.\n"
    )
    metadata = {"kind": "interview", "title": "Radio interview", "publisher": "Northland Radio"}
    assert _speaker(text, "cut $50 billion", **metadata) == "Prime Minister"


def test_an_interview_with_a_middle_initial_and_a_board_is_the_interviewees():
    text = (
        "Interview with Financial News\n\n"
        "Interview with Jane Q. Roe, Member of the Executive Board of the Bank, conducted by "
        "John Doe on 24 May 2024\n\n"
        "Is wage growth a worry?\n\n"
        "Wage growth slowed to 4.2% in the first quarter, from 4.7% a year earlier.\n"
    )
    speaker = _speaker(
        text,
        "slowed to 4.2%",
        kind="interview",
        title="Interview with Financial News – Jane Q. Roe, Member of the Executive Board",
        publisher="Northland Central Bank",
    )
    assert speaker in ("Jane Q. Roe", "Jane Q Roe")


def test_a_label_with_an_offices_short_form_is_the_person_the_text_names():
    text = (
        "HOST: To tell us more, we are joined by Bus Authority Undersecretary Jane Roe.\n\n"
        "NBA USEC. ROE: Good afternoon. Bus fares rose by 6.1% in September and by 4.9% in "
        "October.\n"
    )
    speaker = _speaker(text, "rose by 6.1%", kind="interview", publisher="Press Office")
    assert speaker == "Jane Roe"


def test_a_name_line_with_qualifications_over_an_office_line_names_the_speaker():
    text = (
        "Opening Statement to the Committee on Buses\n\n"
        "23 November 2022\n\n"
        "Jane Roe, Fellow Chartered AccountantFCA\n"
        "Auditor General of Northland\n\n"
        "Mr. Chair, thank you. Since 2015 alone we have reported on bus safety 14 times, and "
        "fares have risen by 30% since then.\n"
    )
    speaker = _speaker(
        text,
        "reported on bus safety",
        kind="speech",
        title="Opening Statement to the Committee on Buses",
        publisher="Office of the Auditor General",
    )
    assert speaker == "Jane Roe"


_SAID = (
    "Health Minister comments on hospital waiting lists\n\n"
    "Health Minister Jane Roe has commented on the latest waiting lists.\n\n"
    "Speaking today, the Health Minister said: These figures clearly show the scale of the "
    "crisis.\n\n"
    "At 31 December 2023, 341,910 patients were waiting for a first appointment, a rise of "
    "1% since September.\n"
)


def test_words_after_an_office_said_colon_are_the_holders():
    metadata = {"kind": "press_release", "publisher": "Department of Health"}
    assert _speaker(_SAID, "341,910 patients", **metadata) == "Jane Roe"


def test_words_after_a_body_said_colon_stay_the_publishers():
    text = _SAID.replace("the Health Minister said:", "the Statistics Agency said:")
    metadata = {"kind": "press_release", "publisher": "Department of Health"}
    assert _speaker(text, "341,910 patients", **metadata) == "Department of Health"


def test_a_members_label_with_initials_before_the_capital_surname():
    text = (
        "The Acting Chairperson took the Chair.\n\n"
        "Mr S N ROE: Hon House Chairperson, a staggering R14,7 billion of the utility's "
        "contracts were afflicted by corruption last year.\n"
    )
    speaker = _speaker(text, "R14,7 billion", kind="parliamentary_record", publisher="Hansard")
    assert speaker == "Roe"


def test_a_written_question_to_an_office_is_answered_by_that_office():
    text = (
        "Waiting Times for Admissions at Public Hospitals\n\n"
        "Dr Jane Roe\n\n"
        "MP for Northtown\n\n"
        "To ask the Minister for Health (a) when will the measures to reduce waiting times "
        "take effect; and (b) what is the longest waiting time for beds.\n\n"
        "Answer\n\n"
        "1 As we exit from the pandemic, the average length of stay has risen by 15% since "
        "2019.\n"
    )
    speaker = _speaker(
        text, "risen by 15%", kind="parliamentary_record", publisher="Ministry of Health"
    )
    assert speaker == "Minister for Health"


def test_an_offices_short_form_in_a_title_names_the_holder_by_her_full_name():
    text = (
        "Today, Gov. Jane Q. Roe released a statement on the state's unemployment rate.\n\n"
        "Northland’s 4.3 percent unemployment rate was unchanged from last month and is the "
        "lowest in 11 years.\n"
    )
    speaker = _speaker(
        text,
        "4.3 percent unemployment rate",
        kind="press_release",
        title="Gov. Roe statement on Northland's continued low unemployment rate",
        publisher="Office of the Governor",
    )
    assert speaker in ("Jane Q. Roe", "Jane Q Roe")
