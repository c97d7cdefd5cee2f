"""Hundred-and-first round: the maker a page credits when its publisher only carries it. A
news agency's story run by another outlet ("NORTHTOWN (NP) — …", "This report by The
Northland Press was first published …") is the agency's; a committee's report published
by its House or by a monitoring site is the committee its title names ("Bus and Ferry
Committee", "Select Committee on the Cost of Buses"), and a briefing given to a committee
is the briefer's."""

from extraction.suggest import suggest_claims


def _speaker(text, fragment, **metadata):
    for candidate in suggest_claims(text, **metadata):
        if fragment in candidate.quote:
            return candidate.speaker
    raise KeyError(fragment)


_WIRE_STORY = (
    "Bus fares rise in 19 towns\n\n"
    "By Jane Roe, The Northland Press\n\n"
    "Posted May 22, 2024 10:07 am.\n\n"
    "NORTHTOWN (NP) — Bus fares will rise by 12% in 19 towns from June, the highest "
    "increase since 2011.\n\n"
    "Ridership fell by 4% last year to 310 million journeys.\n"
)


def test_a_wire_story_run_by_another_outlet_is_the_agency_the_dateline_credits():
    metadata = {"kind": "article", "title": "Bus fares rise", "publisher": "Eastfield Radio"}
    assert _speaker(_WIRE_STORY, "Ridership fell by 4%", **metadata) == "The Northland Press"


def test_a_dateline_agency_the_page_never_spells_out_is_named_as_the_dateline_has_it():
    text = (
        "BRUSSELS (Wirecast) – Bus subsidies rose by 8% last year to 4 billion euros, "
        "auditors estimated in a report released on Tuesday.\n\n"
        "The subsidies have doubled since 2015.\n"
    )
    metadata = {"kind": "article", "title": "Subsidies rise", "publisher": "Euroview"}
    assert _speaker(text, "have doubled since 2015", **metadata) == "Wirecast"


def test_a_closing_credit_names_the_agency_whose_report_it_is():
    text = (
        "Northland's population grew by more than 430,000 in the third quarter, the "
        "fastest pace since 1957.\n\n"
        "Immigration accounted for 96% of the growth.\n\n"
        "This report by The Northland Press was first published Dec. 19, 2023.\n"
    )
    metadata = {"kind": "article", "title": "Population grows", "publisher": "Eastfield TV"}
    assert _speaker(text, "accounted for 96%", **metadata) == "The Northland Press"


def test_a_story_by_the_agency_itself_or_without_a_credit_stays_the_outlets():
    metadata = {"kind": "article", "title": "Bus fares rise", "publisher": "The Northland Press"}
    assert _speaker(_WIRE_STORY, "Ridership fell by 4%", **metadata) == "The Northland Press"
    text = (
        "NORTHTOWN — Bus fares will rise by 12% in 19 towns from June, the highest "
        "increase since 2011.\n\n"
        "Ridership fell by 4% last year to 310 million journeys.\n"
    )
    metadata = {"kind": "article", "title": "Bus fares rise", "publisher": "Eastfield Radio"}
    assert _speaker(text, "Ridership fell by 4%", **metadata) == "Eastfield Radio"


def test_a_photo_credit_is_no_agency():
    text = (
        "FILE - A bus depot in Northtown on March 29, 2024. (NP Photo/John Doe, File)\n\n"
        "Bus fares will rise by 12% in 19 towns from June, the highest increase since "
        "2011.\n"
    )
    metadata = {"kind": "article", "title": "Bus fares rise", "publisher": "Eastfield Radio"}
    assert _speaker(text, "rise by 12%", **metadata) == "Eastfield Radio"


_REPORT = (
    "Summary\n\n"
    "Bus journeys fell by 14% between 2019 and 2023, while subsidies rose by £2.6 "
    "billion.\n\n"
    "Waiting times at stops have doubled since 2015.\n"
)


def test_a_report_a_house_publishes_is_the_committee_its_title_names():
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
        assert _speaker(_REPORT, "Waiting times", **metadata) == committee, title


def test_a_monitoring_site_carrying_a_committees_report_gives_it_to_the_committee():
    metadata = {
        "kind": "report",
        "title": "Report of the Portfolio Committee on Transport on the State of Buses",
        "publisher": "Parliamentary Monitoring Service",
    }
    assert _speaker(_REPORT, "Waiting times", **metadata) == "Portfolio Committee on Transport"


def test_a_briefing_to_a_committee_is_the_briefers():
    metadata = {
        "kind": "report",
        "title": "Bus statistics: BSA briefing (Portfolio Committee on Transport, 1 March)",
        "publisher": "Parliamentary Monitoring Service",
    }
    assert _speaker(_REPORT, "Waiting times", **metadata) == "BSA"


def test_a_committee_a_report_is_given_to_is_not_its_author():
    metadata = {
        "kind": "report",
        "title": "Bus subsidies: testimony before the Committee on Transport",
        "publisher": "Northland Audit Office",
    }
    assert _speaker(_REPORT, "Waiting times", **metadata) == "Northland Audit Office"
    metadata = {"kind": "report", "title": "Chapter 5 - Committee view and recommendations"}
    metadata["publisher"] = "Northland Parliament"
    assert _speaker(_REPORT, "Waiting times", **metadata) == "Northland Parliament"


# Page voices read from rounds 132 to 136: a transcript's office label in title case, a
# speech's "Speaking notes for", an interview titled by the interviewee's name, a speech
# titled by its speaker's name or by what she announced.


def test_an_office_label_in_title_case_is_the_holder_the_transcript_named():
    text = (
        "Following is the transcript of a media session by the Financial Secretary, Ms Jane "
        "Roe, on the latest unemployment rate this afternoon (March 21):\n\n"
        "Financial Secretary: The newest unemployment rate is 6.1%, a 0.3 percentage point "
        "drop from last month.\n\n"
        "Reporter: Will the rise in interest rates hurt jobs?\n\n"
        "Financial Secretary: Total employment set a record high of 3,346,000 people.\n"
    )
    metadata = {"kind": "interview", "title": "Media session", "publisher": "Information Office"}
    assert _speaker(text, "unemployment rate is 6.1%", **metadata) == "Jane Roe"
    assert _speaker(text, "3,346,000 people", **metadata) == "Jane Roe"


def test_an_office_label_in_title_case_no_one_was_named_with_is_the_office():
    text = (
        "Reporter: Will the rise in interest rates hurt jobs?\n\n"
        "Chief Secretary: Total employment set a record high of 3,346,000 people.\n"
    )
    metadata = {"kind": "interview", "title": "Media session", "publisher": "Information Office"}
    assert _speaker(text, "3,346,000 people", **metadata) == "Chief Secretary"


def test_a_label_of_ordinary_words_is_no_office():
    text = (
        "Reporter: Will the rise in interest rates hurt jobs?\n\n"
        "Total Employment: It set a record high of 3,346,000 people in March.\n"
    )
    metadata = {"kind": "interview", "title": "Media session", "publisher": "Information Office"}
    assert _speaker(text, "3,346,000 people", **metadata) == "Information Office"


def test_speaking_notes_for_a_minister_are_hers():
    text = (
        "Speaking notes for Jane Roe, Minister of Buses, Ferries and Ports at a news "
        "conference on the Bus Plan for 2018\n\n"
        "Thank you all for being here.\n\n"
        "In 2018 we plan to run 310,000 more bus journeys than in 2017.\n"
    )
    metadata = {"kind": "speech", "title": text.splitlines()[0], "publisher": "Bus Canada"}
    assert _speaker(text, "310,000 more bus journeys", **metadata) == "Jane Roe"


def test_an_interview_titled_by_a_name_alone_is_the_interviewees():
    text = (
        "Interview Jane Roe\n\n"
        "Finance Minister Jane Roe has said inflation will remain a worry. Edited excerpts:\n\n"
        "How fast is the economy growing?\n\n"
        "Our growth has averaged 7.5 per cent since 2004, higher than any decade before.\n"
    )
    metadata = {"kind": "interview", "title": "Interview Jane Roe", "publisher": "Northland Times"}
    assert _speaker(text, "averaged 7.5 per cent", **metadata) == "Jane Roe"


def test_an_interview_titled_with_its_host_stays_with_the_rules():
    text = (
        "Interview with John Doe\n\n"
        "How fast is the economy growing?\n\n"
        "Our growth has averaged 7.5 per cent since 2004, higher than any decade before.\n"
    )
    metadata = {"kind": "interview", "title": "Interview with John Doe", "publisher": "Jane Roe"}
    assert _speaker(text, "averaged 7.5 per cent", **metadata) == "Jane Roe"


def test_a_speech_titled_by_its_speakers_name_and_the_day_is_hers():
    text = (
        "Jane Roe, October 21, 2022, Bus Stabilisation Fund\n\n"
        "Madam President. Ladies and gentlemen.\n\n"
        "Northland obtains 46 percent of its buses from abroad.\n"
    )
    metadata = {"kind": "speech", "title": text.splitlines()[0], "publisher": "Party Blog"}
    assert _speaker(text, "46 percent of its buses", **metadata) == "Jane Roe"


def test_a_speech_titled_by_what_its_speaker_announced_is_hers():
    title = "Secretary of Buses Jane Roe Announces a Uniform Fare for All Towns"
    text = (
        f"{title}\n\n"
        "Thank you, John.\n\n"
        "Many towns run as few as 25 to 35 percent of their buses on time.\n"
    )
    metadata = {"kind": "speech", "title": title, "publisher": "Department of Buses"}
    assert _speaker(text, "25 to 35 percent", **metadata) == "Jane Roe"


def test_a_release_headline_or_a_body_in_a_title_leaves_the_publishers_voice():
    title = "Dr. Jane Roe Releases Statement on New Bus Data Showing a Flat Year"
    text = f"{title}\n\nBus deaths fell by 3% in 2023, the first fall in a decade.\n"
    metadata = {"kind": "press_release", "title": title, "publisher": "Office of Bus Policy"}
    assert _speaker(text, "fell by 3%", **metadata) == "Office of Bus Policy"
    title = "Business Northland, Corporate and Affiliated Industry Group"
    text = f"{title}\n\nBus exports rose by 12% in 2023 to $4 billion.\n"
    metadata = {"kind": "speech", "title": title, "publisher": "Northland Government"}
    assert _speaker(text, "rose by 12%", **metadata) == "Northland Government"
