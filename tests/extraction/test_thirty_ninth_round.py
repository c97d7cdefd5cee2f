"""Rules of the thirty-ninth round, written from the misses of round 22 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

import datetime

from extraction import suggest_claims
from extraction.dates import document_date


def _found(body, fragment, **metadata):
    """The suggestion at the default threshold whose quote holds `fragment`."""
    for candidate in suggest_claims(body, **metadata):
        if fragment in candidate.quote:
            return candidate
    raise AssertionError(f"no suggestion contains {fragment!r}")


# (1) A release's header line giving its date, then the kind of text.

RELEASE = (
    "Bus fares frozen\n\n"
    "Hon Jane Roe\n\n"
    "Minister of Transport\n"
    "{stamp}\n\n"
    "Bus fares frozen\n\n"
    "“Bus journeys rose by 12 per cent in the year to April, the highest number on "
    "record,” Ms Roe says.\n"
)


def test_header_line_of_date_then_media_statement_dates_the_release_claims():
    body = RELEASE.format(stamp="4 March 2019 Media Statement")
    claim = _found(
        body, "Bus journeys rose", kind="press_release", publisher="Northland Government"
    )
    assert claim.date == datetime.date(2019, 3, 4)


def test_date_followed_by_ordinary_words_is_not_the_release_date():
    assert document_date(RELEASE.format(stamp="4 March 2019 fares went up for students")) is None


# (2) An unnamed journalist's question on a transcript the minister's department publishes.

CONFERENCE = (
    "JANE ROE, MINISTER FOR TRANSPORT: Bus journeys rose by 12 per cent last year, the "
    "highest number on record.\n"
    "JOURNALIST: Fares rose by 9 per cent in the same year, according to the rail "
    "council. Will you freeze them?\n"
    "ROE: We have frozen fares for pensioners since 2021.\n"
)


def test_unnamed_journalist_on_a_department_transcript_is_the_journalist():
    claim = _found(
        CONFERENCE,
        "Fares rose by 9 per cent",
        kind="interview",
        publisher="Northland Government Department of Transport",
    )
    assert claim.speaker == "Journalist"
    answer = _found(
        CONFERENCE, "Bus journeys rose", kind="interview", publisher="Department of Transport"
    )
    assert answer.speaker == "Jane Roe"


# (3) A judgment is given by the judge its page hands it to.

JUDGMENT = (
    "ROE v DOE\n\n"
    "Neutral Citation Number: [2021] EWHC 99 (Ch)\n\n"
    "Date: 3 May 2021\n\n"
    "Before :\n\n"
    "{before}\n\n"
    "Between :\n\n"
    "JANE ROE\n\n"
    "Claimant\n\n"
    "- and -\n\n"
    "JOHN DOE\n\n"
    "Defendant\n\n"
    "Approved Judgment\n\n"
    "{giving}\n\n"
    "1.\n\n"
    "In 2015 the claimant bought 40 per cent of the shares in the company for £2 million.\n"
)


def test_judgment_paragraphs_are_the_judge_s_not_the_archive_s():
    body = JUDGMENT.format(
        before="THE HON. MRS JUSTICE POE", giving="Mrs Justice Poe:\n\nIntroduction"
    )
    claim = _found(body, "bought 40 per cent", kind="report", publisher="The Case Archive")
    assert claim.speaker == "Justice Poe"
    assert claim.date == datetime.date(2021, 5, 3)


def test_bench_of_two_judges_handing_the_judgment_to_neither_stays_the_publisher_s():
    body = JUDGMENT.format(before="LORD JUSTICE POE\n\nLADY JUSTICE DOE", giving="Introduction")
    claim = _found(body, "bought 40 per cent", kind="report", publisher="The Case Archive")
    assert claim.speaker == "The Case Archive"


# (4) A speech page naming no speaker: the office she claims in her own words.

SPEECH = (
    "Speech: Address to the Bus Forum\n\n"
    "Bus journeys rose by 12 per cent last year, the highest number on record.\n\n"
    "{claim}, I am determined that fares will stay frozen until 2026.\n"
)


def test_speech_naming_no_speaker_is_the_office_she_claims():
    body = SPEECH.format(claim="But as Transport Minister")
    claim = _found(body, "Bus journeys rose", kind="speech", publisher="Northland Government")
    assert claim.speaker == "Transport Minister"


def test_speech_claiming_no_office_stays_the_publisher_s():
    body = SPEECH.format(claim="But as a bus user myself")
    claim = _found(body, "Bus journeys rose", kind="speech", publisher="Northland Government")
    assert claim.speaker == "Northland Government"
