"""Hundred-and-eighth round: read from rounds 132 to 161, then from rounds 162 to 166 after
they were measured. Pages that name their maker in a layout of their own: a record served
as data, a portal's "Press Release: …" credit, a release a news site carries, a story's
credit line, a bulleted "Answered by …", a "| Link to this |" speaker line; and speeches
whose header greets people or opens on its dateline's place."""

import pytest

RECORD = (
    "GET /api/v0.1/hansard/entries/101/?format=api\n"
    "HTTP 200 OK\n"
    "Content-Type: application/json\n"
    "{\n"
    '"id": 101,\n'
    '"type": "speech",\n'
    '"speaker_name": "{name}",\n'
    '"speaker_title": "{title}",\n'
    '"content": "Bus fares have fallen by 12 per cent since 2022, the largest fall on '
    'record."\n'
    "}\n"
)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Hon. Jane Roe", "The Cabinet Secretary for Buses"),
        ("Northtown, BUS", "Hon. Jane Roe"),  # a seat and a party, then the member
    ],
)
def test_a_record_served_as_data_is_the_member_its_speaker_fields_name(speaker_of, name, title):
    text = RECORD.replace("{name}", name).replace("{title}", title)
    metadata = {"kind": "parliamentary_record", "title": "Hansard", "publisher": "Bus Watch"}
    assert speaker_of(text, "fallen by 12 per cent", **metadata) == "Jane Roe"


def test_a_record_whose_speaker_fields_name_no_one_stays_the_publishers(speaker_of):
    text = RECORD.replace("{name}", "Northtown, BUS").replace("{title}", "The Speaker")
    metadata = {"kind": "parliamentary_record", "title": "Hansard", "publisher": "Bus Watch"}
    assert speaker_of(text, "fallen by 12 per cent", **metadata) == "Bus Watch"


def test_a_portals_press_release_credit_gives_the_release_to_the_body_it_names(speaker_of):
    text = (
        "Politics | Business | Search\n\n"
        "Bus journeys remain high\n\n"
        "Wednesday, 12 June 2019, 12:32 pm\n"
        "Press Release: Bus Statistics Agency\n\n"
        "Bus journeys were provisionally estimated at 151,000 in the year to April 2019.\n"
    )
    metadata = {"kind": "press_release", "title": "Bus journeys", "publisher": "Portal"}
    assert speaker_of(text, "151,000", **metadata) == "Bus Statistics Agency"


def test_a_press_release_credit_naming_a_document_names_no_issuer(speaker_of):
    text = "Press Release: Annual Report\n\nBus journeys rose by 4% in 2023 to 151,000.\n"
    metadata = {"kind": "press_release", "title": "Annual report", "publisher": "Bus Office"}
    assert speaker_of(text, "rose by 4%", **metadata) == "Bus Office"


CARRIED = (
    "Buses better protected against floods\n\n"
    "182,000 bus stops in Northland are now better defended against flood risk, a report "
    "published yesterday by the Northland Bus Agency reveals.\n\n"
    "One in six depots is at risk from flooding, and the Northland Bus Agency is urging "
    "operators to sign up for flood warnings.\n"
)


def test_a_release_a_news_site_carries_is_the_body_its_lead_names_as_maker(speaker_of):
    metadata = {"kind": "press_release", "title": "Floods", "publisher": "WireDesk"}
    assert speaker_of(CARRIED, "182,000 bus stops", **metadata) == "Northland Bus Agency"


@pytest.mark.parametrize(
    "publisher",
    [
        "Northland Transport Department",  # a public body makes its own releases
        "Bus Watch",  # named in the text below: the site's own release
    ],
)
def test_a_public_body_or_a_site_naming_itself_keeps_its_release(speaker_of, publisher):
    text = CARRIED + "\nBus Watch welcomed the report.\n"
    metadata = {"kind": "press_release", "title": "Floods", "publisher": publisher}
    assert speaker_of(text, "182,000 bus stops", **metadata) == publisher


def test_a_body_the_release_argues_with_is_not_its_maker(speaker_of):
    text = (
        "Published on\n\n"
        "Government welcomes Bus Court judgement\n\n"
        "The Government welcomes the judgement that annuls the fares decision of the "
        "Northland Bus Commission of 30 August 2016.\n\n"
        "Northland charged the correct fare of 2 crowns in every year from 2010 to 2016.\n\n"
        "The Northland Bus Commission alleged in 2016 that fares had been too low.\n"
    )
    metadata = {"kind": "press_release", "title": "Judgement", "publisher": "GovNews"}
    assert speaker_of(text, "2 crowns", **metadata) == "GovNews"


def test_a_storys_credit_line_under_the_sites_header_names_the_agency(speaker_of):
    text = (
        "9.77°C Northtown\n\n"
        "Aug 30, 2022 8:24 PM - The Northland Press\n\n"
        "Government says it will build 17,000 bus shelters\n\n"
        "The government says it will spend more than $2 billion to build 17,000 bus "
        "shelters.\n"
    )
    metadata = {"kind": "article", "title": "Shelters", "publisher": "Radio North"}
    assert speaker_of(text, "$2 billion", **metadata) == "The Northland Press"


@pytest.mark.parametrize(
    ("line", "publisher", "maker"),
    [
        ("U.S. Department of Buses", "Newsfeed", "U.S. Department of Buses"),
        (
            "From the Office of the Bus Spokesperson",
            "Press Office",
            "Office of the Bus Spokesperson",
        ),
    ],
)
def test_a_releases_header_line_naming_its_department_or_office(speaker_of, line, publisher, maker):
    fares = "Bus fares are now 36 to 38 crowns after the new fleet arrived."
    text = f"{line}\n\nNews Release\n\n{fares}\n"
    metadata = {"kind": "press_release", "title": "Fares", "publisher": publisher}
    assert speaker_of(text, "36 to 38 crowns", **metadata) == maker


def test_a_departments_banner_over_the_publishers_own_name_keeps_the_publisher(speaker_of):
    text = (
        "U.S. Department of Buses and Ferries\n"
        "NORTHLAND BUS INSTITUTE News\n\n"
        "A study by the institute found that 7 in 10 bus delays start at junctions.\n"
    )
    metadata = {"kind": "press_release", "title": "Study", "publisher": "Northland Bus Institute"}
    assert speaker_of(text, "7 in 10", **metadata) == "Northland Bus Institute"


def test_a_bulleted_answered_by_line_gives_the_written_answer_to_the_minister(speaker_of):
    text = (
        "Question reference: S6W-01234\n\n"
        "  • Asked by: John Doe, MSP for Northtown\n"
        "  • Date lodged: 20 September 2021\n"
        "  • Current status: Answered by Jane Roe on 4 October 2021\n\n"
        "To ask the Government what its spending on buses has been.\n\n"
        "We have allocated a record £50 million for bus services this year.\n"
    )
    metadata = {
        "kind": "parliamentary_record",
        "title": "Written question",
        "publisher": "Parliament",
    }
    assert speaker_of(text, "£50 million", **metadata) == "Jane Roe"


def test_a_link_to_this_speaker_line_with_a_long_bracket_opens_a_turn(speaker_of):
    label = "John Doe (Northtown, Bus Party, Shadow Minister for the Digital Economy)"
    text = (
        "House debates\n"
        f"{label} | Link to this | Hansard source\n"
        "My question is to the Minister for Buses. This morning, the Minister said that—\n"
        "Jane Speaker (Speaker) | Link to this | Hansard source\n"
        "Order! The member for Northtown can continue his question.\n"
        f"{label} | Link to this | Hansard source\n"
        "A couple of hours later the Treasurer said bus fares had risen by 9 per cent.\n"
    )
    metadata = {"kind": "parliamentary_record", "title": "House debates", "publisher": "Mirror"}
    assert speaker_of(text, "9 per cent", **metadata) == "John Doe"


SALUTED = (
    "Director-General’s opening remarks at the high-level meeting on buses\n\n"
    "22 September 2023\n\n"
    "Your Excellency Jane Roe, President of the Assembly,\n\n"
    "John Doe, Vice-Chair of the Bus Partnership,\n\n"
    "Excellencies, dear colleagues and friends,\n\n"
    "In 2021, bus crashes killed more than 1 million people, and I want that to end.\n"
)


def test_the_people_a_speech_greets_are_not_its_speaker(speaker_of):
    title = "Director-General’s opening remarks at the high-level meeting on buses"
    metadata = {"kind": "speech", "title": title, "publisher": "News Site"}
    assert speaker_of(SALUTED, "1 million people", **metadata) == "Director-General"


def test_a_header_listing_the_speakers_with_commas_still_names_the_first(speaker_of):
    text = (
        "Introductory statement\n\n"
        "Jane Roe, President of the Bus Bank,\n"
        "John Doe, Vice-President of the Bus Bank,\n"
        "Northtown, 2 June 2005\n\n"
        "The Vice-President and I will now report: fares rose by 0.5% in the quarter.\n"
    )
    metadata = {"kind": "speech", "title": "Press conference", "publisher": "Bus Bank"}
    assert speaker_of(text, "0.5%", **metadata) == "Jane Roe"


def test_a_dateline_place_over_the_date_and_title_is_no_speaker(speaker_of):
    title = "Secretary-General's remarks at the Opening of the Bus Summit"
    text = (
        f"Northtown Bay\n\n29 June 2015\n\n{title}\n\n"
        "Since 2009, the number of national bus laws has nearly doubled, to more than 800.\n"
    )
    metadata = {"kind": "speech", "title": title, "publisher": "Union of Nations"}
    assert speaker_of(text, "nearly doubled", **metadata) == "Secretary-General"


def test_a_speech_titles_speaker_before_a_comma_beats_a_site_banner(speaker_of):
    title = "Secretary of Buses Jane L. Roe, Remarks as Prepared for Delivery, Bus Summit"
    text = (
        "Skip to page content\n"
        "Secretary of Buses John Q. Doe\n"
        "Bookmark and Share\n\n"
        "Secretary of Buses Jane L. Roe\n\n"
        "Remarks as Prepared for Delivery\n\n"
        "The unemployment rate among drivers is high at 9.4%, and I mean to bring it down.\n"
    )
    metadata = {"kind": "speech", "title": title, "publisher": "Department of Buses"}
    assert speaker_of(text, "9.4%", **metadata) == "Jane L Roe"


def test_an_occasion_with_the_speech_given_there_in_brackets_is_no_name(speaker_of):
    title = "World No Bus Day (Director-General speech)"
    text = (
        "Director-General's Office\n\n"
        "World No Bus Day\n\n"
        "Jane Q. Roe\n"
        "Director-General of the Bus Organization\n\n"
        "Bus exhaust kills more than 7 million people each year, and I want that to stop.\n"
    )
    metadata = {"kind": "speech", "title": title, "publisher": "Bus Organization"}
    assert speaker_of(text, "7 million", **metadata) == "Jane Q Roe"
