"""Hundred-and-eleventh round: read from rounds 177 to 181 after they were measured. A
ministerial statement "Presented to the National Assembly by Hon. Jane Roe, MP Minister of
…" over "Madam Speaker"; a report a site reprints under "NEW REPORT BY …"; a legislature's
"Following is a question by … and a written reply by …" over the question; a body a story
names by its common name ("the country’s finance ministry said")."""

import pytest

STATEMENT = (
    "Presented to the National Assembly by Hon. Jane Roe, MP Minister of Buses\n"
    "1st MARCH, 2024\n"
    "Madam Speaker\n"
    "I appreciate this opportunity to update the House. As of today, a total of 20,577 bus "
    "accidents have been recorded since October.\n"
)


def test_a_statement_presented_to_the_house_by_a_minister_is_hers(speaker_of):
    metadata = {"kind": "speech", "title": "Ministerial statement", "publisher": "Ministry"}
    assert speaker_of(STATEMENT, "20,577", **metadata) == "Jane Roe"


def test_the_chair_a_statement_addresses_is_no_speaker(speaker_of):
    text = STATEMENT.replace(
        "Presented to the National Assembly by Hon. Jane Roe, MP Minister of Buses",
        "Ministerial statement on bus safety",
    )
    metadata = {"kind": "speech", "title": "Ministerial statement", "publisher": "Ministry"}
    assert speaker_of(text, "20,577", **metadata) != "Madam Speaker"


REPRINTED = (
    "NEW REPORT BY BUS FOUNDATION\n\n"
    "The Government is due to publish a Bus Strategy later this year.\n"
    "4.3 million children (three-in-ten) had no bus to school in 2022-23.\n"
)


def test_a_report_a_news_site_reprints_under_its_credit_line_is_the_makers(speaker_of):
    metadata = {"kind": "report", "title": "Turning the tide", "publisher": "North News"}
    assert speaker_of(REPRINTED, "4.3 million children", **metadata) == "Bus Foundation"


def test_an_audit_offices_own_report_by_its_head_stays_the_offices(speaker_of):
    text = REPRINTED.replace("NEW REPORT BY BUS FOUNDATION", "Report by the Bus Auditor General")
    metadata = {"kind": "report", "title": "Buses", "publisher": "Northland Audit Office"}
    assert speaker_of(text, "4.3 million children", **metadata) == "Northland Audit Office"


def test_a_legislatures_question_under_its_following_line_is_the_askers(speaker_of):
    text = (
        "LCQ15: Waiting time for bus passes\n\n"
        "Following is a question by the Hon John Doe and a written reply by the Secretary "
        "for Buses, Ms Jane Roe, in the Legislative Council today (May 25):\n\n"
        "According to the figures provided by the Bus Bureau, there were about 145 000 bus "
        "pass applications on the Waiting List as at the end of 2010.\n\n"
        "Reply:\n\n"
        "The average waiting time for bus passes was 2.9 years at the end of 2010.\n"
    )
    metadata = {"kind": "parliamentary_record", "title": "LCQ15", "publisher": "Info Service"}
    assert speaker_of(text, "145 000", **metadata) == "John Doe"
    assert speaker_of(text, "2.9 years", **metadata) == "Jane Roe"


@pytest.mark.parametrize(
    ("clause", "body"),
    [
        ("the country’s finance ministry said", "finance ministry"),
        ("the central bank said on Tuesday", "central bank"),
    ],
)
def test_a_body_named_by_its_common_name_says_what_the_story_reports(speaker_of, clause, body):
    text = f"Northland’s bus fares are expected to fall by 3% in November, {clause}.\n"
    metadata = {"kind": "article", "title": "Fares", "publisher": "Daily Recorder"}
    assert speaker_of(text, "fall by 3%", **metadata) == body
