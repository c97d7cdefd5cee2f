"""Hundred-and-second round: the maker a page credits when its publisher only carries it. A
news agency's story run by another outlet ("NORTHTOWN (NP) — …", "This report by The
Northland Press was first published …") is the agency's; a committee's report published
by its House or by a monitoring site is the committee its title names ("Bus and Ferry
Committee", "Select Committee on the Cost of Buses"), and a briefing given to a committee
is the briefer's."""

_WIRE_STORY = (
    "Bus fares rise in 19 towns\n\n"
    "By Jane Roe, The Northland Press\n\n"
    "Posted May 22, 2024 10:07 am.\n\n"
    "NORTHTOWN (NP) — Bus fares will rise by 12% in 19 towns from June, the highest "
    "increase since 2011.\n\n"
    "Ridership fell by 4% last year to 310 million journeys.\n"
)


def test_a_wire_story_run_by_another_outlet_is_the_agency_the_dateline_credits(speaker_of):
    metadata = {"kind": "article", "title": "Bus fares rise", "publisher": "Eastfield Radio"}
    assert speaker_of(_WIRE_STORY, "Ridership fell by 4%", **metadata) == "The Northland Press"


def test_a_dateline_agency_the_page_never_spells_out_is_named_as_the_dateline_has_it(speaker_of):
    text = (
        "BRUSSELS (Wirecast) – Bus subsidies rose by 8% last year to 4 billion euros, "
        "auditors estimated in a report released on Tuesday.\n\n"
        "The subsidies have doubled since 2015.\n"
    )
    metadata = {"kind": "article", "title": "Subsidies rise", "publisher": "Euroview"}
    assert speaker_of(text, "have doubled since 2015", **metadata) == "Wirecast"


def test_a_closing_credit_names_the_agency_whose_report_it_is(speaker_of):
    text = (
        "Northland's population grew by more than 430,000 in the third quarter, the "
        "fastest pace since 1957.\n\n"
        "Immigration accounted for 96% of the growth.\n\n"
        "This report by The Northland Press was first published Dec. 19, 2023.\n"
    )
    metadata = {"kind": "article", "title": "Population grows", "publisher": "Eastfield TV"}
    assert speaker_of(text, "accounted for 96%", **metadata) == "The Northland Press"


def test_a_story_by_the_agency_itself_or_without_a_credit_stays_the_outlets(speaker_of):
    metadata = {"kind": "article", "title": "Bus fares rise", "publisher": "The Northland Press"}
    assert speaker_of(_WIRE_STORY, "Ridership fell by 4%", **metadata) == "The Northland Press"
    text = (
        "NORTHTOWN — Bus fares will rise by 12% in 19 towns from June, the highest "
        "increase since 2011.\n\n"
        "Ridership fell by 4% last year to 310 million journeys.\n"
    )
    metadata = {"kind": "article", "title": "Bus fares rise", "publisher": "Eastfield Radio"}
    assert speaker_of(text, "Ridership fell by 4%", **metadata) == "Eastfield Radio"


def test_a_photo_credit_is_no_agency(speaker_of):
    text = (
        "FILE - A bus depot in Northtown on March 29, 2024. (NP Photo/John Doe, File)\n\n"
        "Bus fares will rise by 12% in 19 towns from June, the highest increase since "
        "2011.\n"
    )
    metadata = {"kind": "article", "title": "Bus fares rise", "publisher": "Eastfield Radio"}
    assert speaker_of(text, "rise by 12%", **metadata) == "Eastfield Radio"


_REPORT = (
    "Summary\n\n"
    "Bus journeys fell by 14% between 2019 and 2023, while subsidies rose by £2.6 "
    "billion.\n\n"
    "Waiting times at stops have doubled since 2015.\n"
)


def test_a_report_a_house_publishes_is_the_committee_its_title_names(speaker_of):
    cases = {
        "Bus services (Bus and Ferry Committee, Fourth Report of Session 2022–23)": (
            "Bus and Ferry Committee"
        ),
        "Oversight of bus spending (Committee of Public Buses report, HC 17)": (
            "Committee of Public Buses"
        ),
        "Chapter 5 - Committee view (Select Committee on the Cost of Buses, final report)": (
            "Select Committee on the Cost of Buses"
        ),
        "ATC241122: Report of the Portfolio Committee on Transport on the State of Buses": (
            "Portfolio Committee on Transport"
        ),
    }
    for title, committee in cases.items():
        metadata = {"kind": "report", "title": title, "publisher": "Northland Parliament"}
        assert speaker_of(_REPORT, "Waiting times", **metadata) == committee, title


def test_a_monitoring_site_carrying_a_committees_report_gives_it_to_the_committee(speaker_of):
    metadata = {
        "kind": "report",
        "title": "Report of the Portfolio Committee on Transport on the State of Buses",
        "publisher": "Parliamentary Monitoring Service",
    }
    assert speaker_of(_REPORT, "Waiting times", **metadata) == "Portfolio Committee on Transport"


def test_a_briefing_to_a_committee_is_the_briefers(speaker_of):
    metadata = {
        "kind": "report",
        "title": "Bus statistics: BSA briefing (Portfolio Committee on Transport, 1 March)",
        "publisher": "Parliamentary Monitoring Service",
    }
    assert speaker_of(_REPORT, "Waiting times", **metadata) == "BSA"


def test_a_committee_a_report_is_given_to_is_not_its_author(speaker_of):
    metadata = {
        "kind": "report",
        "title": "Bus subsidies: testimony before the Committee on Transport",
        "publisher": "Northland Audit Office",
    }
    assert speaker_of(_REPORT, "Waiting times", **metadata) == "Northland Audit Office"
    metadata = {"kind": "report", "title": "Chapter 5 - Committee view and recommendations"}
    metadata["publisher"] = "Northland Parliament"
    assert speaker_of(_REPORT, "Waiting times", **metadata) == "Northland Parliament"
