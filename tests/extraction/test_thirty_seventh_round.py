"""Rules of the thirty-seventh-round section, written from the misses of round 21 (measured
once unseen, then read), each on an invented neutral text: the rule fires on the right
shape and not on a similar wrong one."""

import datetime

from extraction import suggest_claims
from extraction.evaluate import document_metadata


def _quotes(body, **metadata):
    """The quotes a fact-checker is shown (suggestions at the default threshold)."""
    return [candidate.quote for candidate in suggest_claims(body, **metadata)]


def _found(body, fragment, **metadata):
    """The suggestion at the default threshold whose quote holds `fragment`."""
    for candidate in suggest_claims(body, **metadata):
        if fragment in candidate.quote:
            return candidate
    raise AssertionError(f"no suggestion contains {fragment!r}")


# (1) A witness's statement: the cover block names the witness, the salutation names the
# audience.

REPORT = {"kind": "report", "publisher": "Bus Audit Office"}
COVER = (
    "Bus Audit Office\n\n"
    "Testimony\n\n"
    "Before the Transport Committee\n\n"
    "For Release on Delivery\n\n"
    "BUS SUBSIDIES\n\n"
    "Statement of Jane Q. Roe\n\n"
    "Chief Inspector of Buses\n\n"
)
STATEMENT = (
    "Madam Chair and Members of the Committee:\n\n"
    "I am pleased to be here today to discuss bus subsidies. I served as a regional "
    "inspector for eight years before taking this post.\n\n"
    "Bus subsidies rose by 12% in 2023 to £4.1 billion, the highest level since 2009.\n"
)


def test_a_witness_statement_after_its_cover_block_is_the_witness():
    body = COVER + STATEMENT
    assert _found(body, "rose by 12%", **REPORT).speaker == "Jane Q. Roe"


def test_a_salutation_to_the_committee_is_never_the_speaker():
    # No cover block naming a witness: the office's own voice, not "Committee".
    body = "Bus Audit Office\n\n" + STATEMENT
    assert _found(body, "rose by 12%", **REPORT).speaker == "Bus Audit Office"


def test_a_cover_naming_two_witnesses_gives_the_statement_to_neither():
    body = COVER.replace(
        "Chief Inspector of Buses\n\n",
        "Chief Inspector of Buses\n\nStatement of John Doe\n\nDirector of Fares\n\n",
    )
    assert _found(body + STATEMENT, "rose by 12%", **REPORT).speaker == "Bus Audit Office"


def test_a_colon_line_naming_a_speaker_still_introduces_her():
    body = "Bus Audit Office\n\nChief Inspector Jane Roe said:\n\n" + STATEMENT.split("\n\n", 1)[1]
    assert _found(body, "rose by 12%", **REPORT).speaker == "Jane Roe"


# (2) A speech titled by an office: the office speaks, not a minister it hands over to.

SPEECH = {
    "kind": "speech",
    "title": "Remarks by the Deputy First Minister on new bus routes for rural towns",
    "publisher": "Department of Transport",
}
SPEECH_BODY = (
    "Remarks by the Deputy First Minister on new bus routes for rural towns\n\n"
    "Speech\n\n"
    "Good morning.\n\n"
    "In a moment, I will speak about our transport plan.\n\n"
    "Minister Doe will then outline the new routes, and Minister Poe will speak about "
    "fares.\n\n"
    "We learned last week that bus ridership rose by 9% in March, the fastest rise in a "
    "decade.\n"
)


def test_a_speech_titled_by_an_office_is_that_office_not_a_minister_it_names():
    found = _found(SPEECH_BODY, "rose by 9%", **SPEECH)
    assert found.speaker == "Deputy First Minister"


def test_a_speech_naming_the_holder_of_the_titled_office_is_hers():
    body = SPEECH_BODY.replace("Good morning.", "Deputy First Minister Jane Roe: Good morning.")
    assert _found(body, "rose by 9%", **SPEECH).speaker == "Jane Roe"


def test_a_speech_pages_title_line_is_not_a_claim():
    quotes = " ".join(_quotes(SPEECH_BODY, **SPEECH))
    assert "Remarks by the Deputy First Minister" not in quotes


def test_a_sentence_about_remarks_with_a_full_stop_is_still_read():
    body = SPEECH_BODY + "\nRemarks by the minister drew 5,000 complaints in 2023, double 2022.\n"
    assert "5,000 complaints" in " ".join(_quotes(body, **SPEECH))


# (3) A release reporting another body's published figures: the release's own voice.

RELEASE = {"kind": "press_release", "publisher": "Department of Transport"}


def test_a_release_reporting_a_bodys_figures_speaks_in_its_own_voice():
    body = (
        "Bus use at record high\n\n"
        "The BSO figures show that 4.2 million journeys were made by bus in May, up 8% "
        "on a year earlier.\n"
    )
    assert _found(body, "4.2 million", **RELEASE).speaker == "Department of Transport"


def test_a_poll_a_release_cites_stays_the_pollsters_finding():
    body = (
        "Riders back new routes\n\n"
        "New PollCo polling for the Department reveals that 64% of riders back the new "
        "routes.\n"
    )
    assert _found(body, "64%", **RELEASE).speaker == "PollCo"


# (4) Dates: a dateline closing a speech's header block; a reprint's publication line.


def test_a_dateline_at_the_foot_of_a_speech_header_dates_it():
    body = (
        "Bus Union\n\n[Check Against Delivery]\n\nJane Roe\n\nCommissioner for Buses\n\n"
        "Statement on rural routes\n\nRegional Assembly plenary session\n\n"
        "Portville, 17 September 2014\n\n"
        "Honourable Members,\n\n"
        "Bus ridership rose by 9% last year, the fastest rise in a decade.\n"
    )
    found = _found(body, "rose by 9%", kind="speech", publisher="Bus Union")
    assert found.date == datetime.date(2014, 9, 17)


def test_a_date_in_the_speech_itself_does_not_date_it():
    body = (
        "Bus Union\n\n[Check Against Delivery]\n\nJane Roe\n\nCommissioner for Buses\n\n"
        "Statement on rural routes\n\nRegional Assembly plenary session\n\n"
        "Honourable Members,\n\n"
        "Bus ridership rose by 9% after the fares cut of 17 September 2014, the fastest "
        "rise in a decade.\n"
    )
    found = _found(body, "rose by 9%", kind="speech", publisher="Bus Union")
    assert found.date is None


def test_a_reprints_published_by_line_is_not_a_claim():
    body = (
        "Bus Subsidies: Challenges for Reform\n"
        "Published by the Bus Audit Office on 2003-04-10.\n\n"
        "Bus subsidies rose by 12% in 2023 to £4.1 billion.\n"
    )
    quotes = " ".join(_quotes(body, **REPORT))
    assert "Published by" not in quotes
    assert "rose by 12%" in quotes


def test_a_month_only_date_gives_no_invented_day():
    # A source known only to the month: no day is made up for its claims.
    document = {"doc": "x.txt", "title": "T", "publisher": "P", "date": "2015-06"}
    assert document_metadata(document)["published_on"] is None
