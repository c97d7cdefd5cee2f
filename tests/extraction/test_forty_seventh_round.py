"""Precision rules of the forty-seventh round, written from the false positives of rounds
28-30 (measured once unseen, then read), each on an invented neutral text: a copy's
apparatus (an operator's lines, a note on how the copy was made, a court reporter's
request, a run of statute citations, a pointer, a one-line summary of the occasion) is
not suggested, and a claim of the same shape is."""

import datetime

from extraction import suggest_claims

BRIEFING = {
    "kind": "interview",
    "publisher": "Agency for Examples",
    "published_on": datetime.date(2024, 5, 2),
}
REPORT = {
    "kind": "report",
    "publisher": "Audit Office of Examples",
    "published_on": datetime.date(2024, 5, 2),
}


def _shown(body: str, **metadata) -> list[str]:
    return [c.quote for c in suggest_claims(body, **metadata)]


def _suggested(fragment: str, body: str, **metadata) -> bool:
    return any(fragment in quote for quote in _shown(body, **metadata))


# (1) An operator's instructions on a telephone briefing


def test_an_operators_listen_only_line_is_not_suggested():
    body = (
        "At this time, all 120 participants are in listen-only mode until the question and "
        "answer session.\n\n"
        "JANE ROE: Cases of mumps rose by 40 percent in 2023, the highest in ten years."
    )
    assert not _suggested("listen-only", body, **BRIEFING)
    assert _suggested("rose by 40 percent", body, **BRIEFING)


# (2) A copy's note on how it was made


def test_a_transcripts_note_that_it_is_unedited_is_not_suggested():
    body = (
        "Please Note: This transcript is not edited and may contain errors.\n\n"
        "JANE ROE: Cases of mumps rose by 40 percent in 2023, the highest in ten years."
    )
    assert not _suggested("not edited", body, **BRIEFING)


def test_a_text_files_accessibility_note_is_not_suggested():
    body = (
        "This text file was formatted by the Audit Office to be accessible to users with "
        "visual impairments, as part of a project started in 2004.\n\n"
        "Accessibility features, such as text descriptions of tables and 12 numbered "
        "footnotes, are provided.\n\n"
        "The agency spent $4.2 billion on bus grants in 2023, 30 percent more than planned."
    )
    shown = _shown(body, **REPORT)
    assert not any("formatted" in q or "Accessibility" in q for q in shown)
    assert any("$4.2 billion" in q for q in shown)


def test_a_court_reporters_request_for_corrections_is_not_suggested():
    body = (
        "NOTE: Readers are requested to notify the Reporter of Decisions, Supreme Court of "
        "Examples, Washington, D. C. 20543, of any typographical or other formal errors.\n\n"
        "Congress requires most bus operators to run 12 routes in rural areas."
    )
    assert not _suggested("Readers are requested", body, **REPORT)
    assert _suggested("12 routes", body, **REPORT)


# (3) A run of statute citations is not a claim; a sentence citing a statute is kept


def test_a_run_of_statute_citations_is_not_suggested():
    body = (
        "The program began in 2005.\n\n"
        "§§101, 102(a)(1), 119 Stat. 1519, 42 U. S. C. §7545(o)(1)(J), (o)(2)(A)(i).\n\n"
        "Under 42 U. S. C. §7545, refineries blended 15 billion gallons of ethanol in 2015."
    )
    shown = _shown(body, **REPORT)
    assert not any("(o)(2)(A)(i)" in q for q in shown)
    assert any("15 billion gallons" in q for q in shown)


# (4) Pointers and a page's summary of the occasion; a summary with a figure of its own
# states it


def test_see_also_and_a_charts_source_note_are_not_suggested():
    body = (
        "Bus fares rose by 12 percent between 2019 and 2023, the largest rise since 1990.\n\n"
        "This chart is drawn from the Agency's Bus Outlook report, published in March 2024.\n\n"
        "See also: Charts of Note 2023 gallery."
    )
    shown = _shown(body, **REPORT)
    assert not any("chart is drawn" in q or "See also" in q for q in shown)
    assert any("12 percent" in q for q in shown)


def test_a_summary_of_the_occasion_is_not_suggested():
    body = (
        "Press conference in Exampleton on 5 May 2024 about bus fares and a COVID-19 "
        "update.\n\n"
        "Read the transcript of the press conference with Minister Roe on 5 May 2024.\n\n"
        "Letter sent on 3 May 2024 to chairs of bus boards by Jane Roe, Auditor.\n\n"
        "JANE ROE: Bus fares rose by 12 percent last year."
    )
    shown = _shown(body, **BRIEFING)
    assert not any(q.startswith(("Press conference", "Read the", "Letter sent")) for q in shown)
    assert any("12 percent" in q for q in shown)


def test_a_summary_carrying_a_figure_of_its_own_is_still_suggested():
    body = (
        "Read the transcript of the Minister's interview on 5.4 million more bus journeys "
        "since fares were capped.\n\n"
        "JANE ROE: Fares were capped at two pounds in 2023."
    )
    assert _suggested("5.4 million more bus journeys", body, **BRIEFING)


# (5) Dates: a release's header line with its hour, a text file's note on when it came out


def test_a_release_header_with_its_hour_dates_the_release():
    body = (
        "Examples Statistics Office release, 23 February 2024, 11am\n\n"
        "Employment rose by 2.3% or 44,100 in the year to the fourth quarter of 2023."
    )
    found = suggest_claims(body, kind="press_release", publisher="Examples Statistics Office")
    assert [c.date for c in found] == [datetime.date(2024, 2, 23)]


def test_an_opening_note_on_when_the_text_was_released_dates_it():
    body = (
        "This is the text file for report AO-24-12 entitled 'Bus Grants', which was released "
        "on March 6, 2024.\n\n"
        "The agency spent $4.2 billion on bus grants in 2023, 30 percent more than planned."
    )
    found = [c for c in suggest_claims(body, kind="report") if "$4.2 billion" in c.quote]
    assert found[0].date == datetime.date(2024, 3, 6)


def test_an_event_released_on_a_date_later_in_the_text_does_not_date_it():
    body = (
        "The agency spent $4.2 billion on bus grants in 2023, 30 percent more than planned.\n\n"
        "Its audit said so.\n\n"
        "The audit, which was released on March 6, 2024, found 12 errors."
    )
    found = [c for c in suggest_claims(body, kind="report") if "$4.2 billion" in c.quote]
    assert found[0].date != datetime.date(2024, 3, 6)
