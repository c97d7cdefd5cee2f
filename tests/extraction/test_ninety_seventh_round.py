"""Ninety-seventh round: a speaker's name without the page furniture printed around it, read
from rounds 102 to 106. A release's "For Immediate Release" line over "Office of the Press
Secretary" is no one's name; a title's possessive ("Secretary Roe’s Press Conference") and a
transcript's part word after a name ("JANE ROE HOST:") are no part of it; a reprint's member
line ("Photo of Jane Roe Jane Roe …") names who makes a written statement; a chair's
announcement of a statement is followed by the statement even when its maker opens without
addressing the chair."""

from extraction.suggest import suggest_claims


def _speaker(text, fragment, **metadata):
    for candidate in suggest_claims(text, **metadata):
        if fragment in candidate.quote:
            return candidate.speaker
    raise KeyError(fragment)


_RELEASE = (
    "The Governor's Office\n\n"
    "For Immediate Release\n"
    "Office of the Press Secretary\n"
    "March 3, 2011\n\n"
    "Statement by the Press Secretary\n\n"
    "Since its launch in 2009, the ferry refinancing programme has helped 42,000 families "
    "keep their homes, and it remains on track to help 60,000 by the end of this year.\n"
)


def test_a_release_header_is_no_name_and_the_title_names_the_press_secretary():
    speaker = _speaker(
        _RELEASE,
        "42,000 families",
        kind="press_release",
        title="Statement by the Press Secretary",
        publisher="The Governor's Office",
    )
    assert speaker == "Press Secretary"


def test_a_release_named_for_nobody_stays_the_publishers():
    text = _RELEASE.replace("Statement by the Press Secretary\n\n", "")
    speaker = _speaker(
        text, "42,000 families", kind="press_release", publisher="The Governor's Office"
    )
    assert speaker == "The Governor's Office"


_CONFERENCE = (
    "Transcript of Bus Secretary Roe’s Press Conference at the Northtown Depot\n\n"
    "SECRETARY: Thank you all for coming. Last year the depot ran 24,000 services, and by "
    "May of this year the number had already doubled to just over 47,000.\n\n"
    "QUESTION: When will the new routes open?\n"
)


def test_a_titles_possessive_is_no_part_of_the_name():
    speaker = _speaker(
        _CONFERENCE,
        "24,000 services",
        kind="interview",
        title="Transcript of Bus Secretary Roe’s Press Conference at the Northtown Depot",
        publisher="Department of Buses",
    )
    assert speaker == "Roe"


def test_a_part_word_after_a_name_in_a_label_is_the_part_not_the_name():
    text = (
        "JANE ROE HOST: John Doe is the Assistant Minister for Buses. Welcome.\n\n"
        "JOHN DOE: Thank you. We have about 7,000 bus stops across the country, and 1,500 "
        "of them were rebuilt last year.\n"
    )
    speaker = _speaker(text, "Assistant Minister for Buses", kind="interview", title="Radio")
    assert speaker.lower() in {"roe", "jane roe"}


_WRITTEN = (
    "Delivering on Bus Targets\n\n"
    "Department for Buses written statement – made on 24 May 2024.\n\n"
    "Photo of Jane Roe Jane Roe The Secretary of State for Buses\n\n"
    "I want to give an update on our progress. We have met all three of our punctuality "
    "targets to date, and 92% of services now run on time, up from 85% in 2019.\n"
)


def test_a_reprints_member_line_names_who_makes_a_written_statement():
    speaker = _speaker(
        _WRITTEN,
        "92% of services",
        kind="speech",
        title="Delivering on Bus Targets",
        publisher="Parliament Watch",
    )
    assert speaker == "Jane Roe"


def test_a_photo_of_a_place_names_no_one():
    text = _WRITTEN.replace(
        "Photo of Jane Roe Jane Roe The Secretary of State for Buses",
        "Photo of the new depot at Northtown",
    )
    speaker = _speaker(
        text,
        "92% of services",
        kind="speech",
        title="Delivering on Bus Targets",
        publisher="Parliament Watch",
    )
    assert speaker == "Parliament Watch"


_ANNOUNCED = (
    "The next item of business is a statement by Jane Roe on bus punctuality in 2023. The "
    "cabinet secretary will take questions at the end of her statement.\n\n"
    "Last month, the regulator published its annual figures, which show for the first time "
    "that more than nine in ten services in Northland ran on time, against 85% in 2019. That "
    "is a result of the investment this Parliament agreed.\n"
)


def test_an_announced_statement_is_its_makers_when_she_opens_straight_into_it():
    speaker = _speaker(
        _ANNOUNCED,
        "nine in ten services",
        kind="parliamentary_record",
        title="Meeting of the Parliament: Bus Punctuality (ministerial statement)",
        publisher="Northland Parliament",
    )
    assert speaker == "Jane Roe"


def test_a_question_after_the_announcement_is_not_the_statement():
    text = _ANNOUNCED.replace(
        "That is a result of the investment this Parliament agreed.",
        "Will the minister say why the figures for rural routes were left out of the report?",
    )
    speaker = _speaker(
        text,
        "nine in ten services",
        kind="parliamentary_record",
        title="Meeting of the Parliament: Bus Punctuality (ministerial statement)",
        publisher="Northland Parliament",
    )
    assert speaker == "Northland Parliament"
