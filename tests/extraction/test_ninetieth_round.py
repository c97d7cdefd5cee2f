"""Ninetieth round: precision and level-3 recall, from rounds 85 to 90. An auditor's "We
found that …" is a finding to check; a speech excerpted line by line, each line cut off by
an ellipsis, is read as sentences, not headings; a run of periods in words ("nine
consecutive quarters"), a place in a ranking, a count of arrivals that fell, an interviewer's
figures before ", how do you …?" and a briefing's "The important thing was that …" are
claims. A bare verdict ("That is not correct."), a listing's "Comments (0)", a speech's
courtesies and the floor's business ("I ask unanimous consent that …"), a programme's ident
and a report's title or caption line are not."""

from extraction.suggest import suggest_claims


def _suggested(text, fragment, **metadata):
    """The suggestion holding `fragment`, or None."""
    return next((c for c in suggest_claims(text, **metadata) if fragment in c.quote), None)


_REPORT = {
    "kind": "report",
    "title": "Inspection of ferry safety",
    "publisher": "Harbour Audit Office",
}
_SPEECH = {
    "kind": "speech",
    "title": "Speech to the Ports Forum",
    "publisher": "Office of Jo Marsh",
}
_RECORD = {
    "kind": "parliamentary_record",
    "title": "Oral questions",
    "publisher": "Island Assembly",
}

# Level-3 recall.


def test_an_auditors_we_found_that_is_a_finding():
    text = (
        "Our audit looked at how the Board inspects ferries.\n\n"
        "We found that the inspection of ferries by the Board has been patchy and sometimes "
        "late.\n\n"
        "We also found that the Agency's oversight of the Board was weak.\n"
    )
    for fragment in ("has been patchy", "oversight of the Board was weak"):
        candidate = _suggested(text, fragment, **_REPORT)
        assert candidate is not None, fragment
        assert candidate.speaker == "Harbour Audit Office"


def test_we_found_it_hard_is_no_finding():
    text = "We found it hard to get the papers on time from the Board.\n"
    assert _suggested(text, "found it hard", **_REPORT) is None


def test_a_line_cut_off_by_an_ellipsis_is_a_sentence_not_a_heading():
    text = (
        "Jo Marsh – 2019 Speech to the Ports Forum\n\n"
        "Our ports have grown faster than any in the region in the last ten years…\n\n"
        "…with nearly £14 billion of cargo handled at Eastmouth in six terminals…\n\n"
        "…and more to come.\n"
    )
    assert _suggested(text, "£14 billion of cargo", **_SPEECH) is not None
    # A short line cut off the same way stays out.
    assert _suggested(text, "more to come", **_SPEECH) is None


def test_a_run_of_periods_in_words_and_a_place_in_a_ranking():
    text = (
        "We have now had seven consecutive months of falling fares.\n\n"
        "The island's ferry terminals rank poorly in regional work on turnaround times.\n\n"
        "We are still at the top of the regional ease of travel index.\n\n"
        "Ferry safety is at the top of the agenda this week.\n"
    )
    for fragment in ("seven consecutive months", "rank poorly", "top of the regional"):
        assert _suggested(text, fragment, **_SPEECH) is not None, fragment
    assert _suggested(text, "top of the agenda", **_SPEECH) is None


def test_arrivals_that_dropped_are_a_measure_that_moved():
    text = (
        "While the season has changed and irregular boat arrivals have sharply dropped, "
        "old habits have not changed.\n"
    )
    assert _suggested(text, "arrivals have sharply dropped", **_SPEECH) is not None


def test_an_interviewers_figures_before_how_do_you_are_asserted():
    text = (
        "HOST: After 9 years as Mayor, fares have gone up 12 times, they have fallen 4 "
        "times, how do you rate your record?\n"
        "MAYOR: I am proud of it.\n"
    )
    metadata = {"kind": "interview", "title": "Morning radio", "publisher": "City Radio"}
    assert _suggested(text, "fares have gone up 12 times", **metadata) is not None
    supposed = "HOST: If fares went up 12 times in 9 years, how would you rate your record?\n"
    assert _suggested(supposed, "fares went up", **metadata) is None


def test_a_briefings_important_thing_was_that():
    text = (
        "The spokesman said he did not recognise that figure. The important thing was that "
        "since 2004, the ferry levy had gone as part of the reform that the Council had "
        "carried out.\n"
    )
    metadata = {"kind": "press_release", "title": "Lobby briefing", "publisher": "Council Office"}
    assert _suggested(text, "the ferry levy had gone", **metadata) is not None


# Precision.


def test_a_bare_verdict_in_a_record_is_no_claim():
    text = (
        "Hon Ana Kerr: Does the Minister stand by his statement that fares fell 4 percent?\n\n"
        "Hon TIM VALE: That is not correct.\n\n"
        "Hon Ana Kerr: It is correct.\n\n"
        "Hon TIM VALE: Absolutely, I stand by that comment.\n\n"
        "Hon TIM VALE: That is not correct: fares fell 6 percent in the year to March.\n"
    )
    for fragment in ("That is not correct.", "It is correct.", "I stand by that comment"):
        found = [c for c in suggest_claims(text, **_RECORD) if c.quote.endswith(fragment)]
        assert found == [], fragment
    candidate = _suggested(text, "fares fell 6 percent", **_RECORD)
    assert candidate is not None
    assert candidate.speaker == "TIM VALE"


def test_a_verdict_naming_what_is_stood_by_stays():
    text = "Hon TIM VALE: I stand by my statement that 3,000 more people now work on the ferries.\n"
    assert _suggested(text, "3,000 more people", **_RECORD) is not None


def test_a_listings_line_is_no_claim():
    text = (
        "Asked about fares, the spokesman said they had fallen by 4% since March. Meeting "
        "held at 11:00 | Read whole note | Comments (3)\n"
        "Asked about the levy, the spokesman said it was under review. Meeting held at 11:00 "
        "| Read whole note | Comments (0) Ferry levy\n"
    )
    metadata = {"kind": "press_release", "title": "Lobby notes", "publisher": "Council Office"}
    assert _suggested(text, "Read whole note", **metadata) is None
    assert _suggested(text, "fallen by 4%", **metadata) is not None


def test_courtesies_and_the_floors_business_are_no_claims():
    text = (
        "Welcome to this press conference to publish the ferry reports for quarters 1 and 2 "
        "for 2021.\n\n"
        "I'm pleased to have the opportunity today to join Mayor Lind and Harbourmaster Oakes.\n\n"
        "It is customary for the Harbour Minister to open the new sailing season.\n\n"
        "This morning we are here to launch two further Ferry Progress Reports.\n\n"
        "Today I will talk about Ferry Order 12, in the name of the Harbour Minister.\n\n"
        "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"
    )
    for fragment in (
        "Welcome to this press conference",
        "pleased to have the opportunity",
        "It is customary",
        "we are here to launch",
        "I will talk about",
    ):
        assert _suggested(text, fragment, **_SPEECH) is None, fragment
    assert _suggested(text, "48,000", **_SPEECH) is not None


def test_unanimous_consent_is_the_floors_business():
    text = (
        "Mr. Speaker, I ask unanimous consent that all Members may have 5 legislative days "
        "to revise and extend their remarks.\n\n"
        "Mr. Speaker, ferry fares rose 14 percent last year, the biggest rise since 1990.\n"
    )
    metadata = {"kind": "speech", "title": "Ferry Fares", "publisher": "Congressional Record"}
    assert _suggested(text, "unanimous consent", **metadata) is None
    assert _suggested(text, "14 percent", **metadata) is not None


def test_a_programmes_ident_and_a_reports_title_lines():
    text = (
        "This is the Island Radio Special Harbour Report.\n\n"
        "This is Sam Reed with the Island Radio Weekly Farm Report.\n\n"
        "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"
    )
    metadata = {"kind": "article", "title": "Harbour Report", "publisher": "Island Radio"}
    assert _suggested(text, "Special Harbour Report", **metadata) is None
    assert _suggested(text, "Weekly Farm Report", **metadata) is None
    report = (
        "Annual Report for the year ended 31 March 2019.\n\n"
        "The Members of the Harbour Audit Board (March 2021).\n\n"
        "The Board was founded in 1988 and audits 40 ports (2021).\n\n"
        "Ferry inspections fell by 30% in 2019, the lowest level since 2001.\n"
    )
    assert _suggested(report, "Annual Report for the year", **_REPORT) is None
    assert _suggested(report, "The Members of the Harbour", **_REPORT) is None
    assert _suggested(report, "audits 40 ports", **_REPORT) is not None
    assert _suggested(report, "fell by 30%", **_REPORT) is not None
