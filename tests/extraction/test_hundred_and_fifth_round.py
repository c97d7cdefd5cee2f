"""Hundred-and-fifth round: page voices and labels read from rounds 142 to 146. An
interview's "Interview with Jane Roe, Member of the Board, conducted by …" under a site's
menus; a court's judgment on a law library's page is the court its header names; a remarks
page's name line under its title; "Rt Hon JANE ROE (Prime Minister): …" as a turn label."""

_MENUS = "Search Options\n\nHome Media Research Statistics Careers\n\nSuggestions\n\nSort by\n\n"


def test_an_interview_header_under_a_sites_menus_names_the_interviewee(speaker_of):
    text = (
        f"{_MENUS}Jane Roe\n\nMember of the Bank's Board\n\n• INTERVIEW\n\n"
        "Interview with Northland Finance\n\n"
        "Interview with Jane Roe, Member of the Board of the Bank, conducted by John Doe\n\n"
        "22 September 2023\n\n"
        "You raised rates for the tenth time last week. Why?\n\n"
        "Inflation peaked at 10.6 per cent last October and has halved since then.\n"
    )
    metadata = {"kind": "interview", "title": "Interview", "publisher": "Northland Bank"}
    assert speaker_of(text, "peaked at 10.6 per cent", **metadata) == "Jane Roe"


_JUDGMENT = (
    "Roe & 4 others v The Minister for Buses [2019] NLHC 747\n\n"
    "[2019] NLHC 747 THE HIGH COURT JUDICIAL REVIEW BETWEEN BUS USERS CLG APPLICANT -AND- "
    "THE MINISTER FOR BUSES RESPONDENT\n\n"
    "1. This case concerns the National Bus Plan published on 19 July 2017, which cut "
    "fares by 12% in 2018.\n"
)


def test_a_judgment_on_a_law_librarys_page_is_the_court_its_header_names(speaker_of):
    metadata = {"kind": "report", "title": "Roe v Minister for Buses", "publisher": "Case Library"}
    assert speaker_of(_JUDGMENT, "cut fares by 12%", **metadata) == "High Court"
    text = (
        "BUS USERS et al., Petitioners,\nv.\nJohn DOE et al., Respondents.\nNo. C-8353.\n"
        "Supreme Court of Northland.\nOctober 2, 1989.\n\n"
        "There are approximately three million bus passengers in Northland.\n"
    )
    assert speaker_of(text, "three million bus passengers", **metadata) == (
        "Supreme Court of Northland"
    )


def test_a_courts_own_page_keeps_its_name(speaker_of):
    metadata = {
        "kind": "report",
        "title": "Roe v Minister for Buses",
        "publisher": "Supreme Court of the United Provinces",
    }
    assert speaker_of(_JUDGMENT, "cut fares by 12%", **metadata) == (
        "Supreme Court of the United Provinces"
    )


# A title naming a body's approach ("NBA’s Approach …") had read as the body's own remarks.
_REMARKS = (
    "Remarks for BusWeek About NBA’s Approach to Deliver Certainty for Bus Sector and "
    "Ensure Public Health Benefits, As Prepared for Delivery\n"
    "{line}\n"
    "Northtown, Northland\n"
    "Thank you, John. It is great to be here.\n"
    "Cleaner buses would prevent 8,000 premature deaths a year by 2030.\n"
)


def test_a_remarks_pages_name_line_under_its_title_is_the_speaker(speaker_of):
    text = _REMARKS.format(line="Jane Roe")
    metadata = {"kind": "speech", "title": text.splitlines()[0], "publisher": "Bus Agency"}
    assert speaker_of(text, "8,000 premature deaths", **metadata) == "Jane Roe"


def test_a_name_line_that_is_the_publisher_or_a_heading_is_no_speaker(speaker_of):
    for line in ("Bus Agency", "Equal Pay Day", "Northland Bus Council"):
        text = _REMARKS.format(line=line)
        metadata = {"kind": "speech", "title": text.splitlines()[0], "publisher": "Bus Agency"}
        assert speaker_of(text, "8,000 premature deaths", **metadata) == "Bus Agency", line


def test_a_right_honourable_members_label_opens_her_turn(speaker_of):
    text = (
        "Questions for Oral Answer\n\n"
        "1. JOHN DOE (Leader—Labour) to the Prime Minister: Does she stand by her statement "
        "that a record number of buses are being built?\n\n"
        "Rt Hon JANE ROE (Prime Minister): Yes.\n\n"
        "Mr SPEAKER: Order!\n\n"
        "Rt Hon JANE ROE: Bus orders are up 6 percent on the previous record, set in March "
        "this year.\n"
    )
    metadata = {"kind": "parliamentary_record", "title": "Questions", "publisher": "Record Today"}
    assert speaker_of(text, "up 6 percent", **metadata).lower() == "jane roe"


def test_two_name_lines_or_an_occasion_from_the_title_name_no_speaker(speaker_of):
    for line in ("Jane Roe\nJohn Doe", "Bus Forum"):
        text = _REMARKS.format(line=line).replace("BusWeek", "Bus Forum")
        metadata = {"kind": "speech", "title": text.splitlines()[0], "publisher": "Bus Agency"}
        assert speaker_of(text, "8,000 premature deaths", **metadata) == "Bus Agency", line
