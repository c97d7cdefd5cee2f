"""Hundred-and-twelfth round: read from rounds 182 to 186 after they were measured. A
record's turn label with a long bracket and the time ("Jane ROE (Seat – Minister for …)
(12:34): …"); a news site's menus ("Find Us"); a wire story's credit in a byline or a
source line; a speech's "By: HON. JANE ROE" under its title."""

import pytest


def test_a_turn_label_with_a_long_bracket_and_the_time_opens_the_members_turn(speaker_of):
    text = (
        "Wednesday, 30 October 2024\n"
        "Ministers statements: bus services\n"
        "Jane ROE (Western Metropolitan – Minister for Buses, Minister for Ferries, Minister "
        "for Multicultural Transport) (12:34): I rise to update the house. There is $750,000 "
        "for the Northtown depot to improve its outdoor spaces.\n"
    )
    metadata = {"kind": "parliamentary_record", "title": "Hansard", "publisher": "Parliament"}
    assert speaker_of(text, "$750,000", **metadata) == "Jane ROE"


def test_a_news_sites_menu_is_no_speaker(speaker_of):
    text = (
        "NewsletterNewslettersEventsEventsPodcasts\n"
        "Loader\n"
        "Find Us\n"
        "ADVERTISEMENT\n\n"
        "Northland wants bus hubs in three cities\n\n"
        "By Bus News\n\n"
        "Northland deals with more bus passengers than any other country, about 83,000 a day.\n"
    )
    metadata = {"kind": "interview", "title": "Bus hubs", "publisher": "Bus News"}
    assert speaker_of(text, "83,000", **metadata) == "Bus News"


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("Bus News Desk The Northland Press, 30 Aug, 2022 01:50 PM", "The Northland Press"),
        ("Source: WIREWORLD", "Wireworld"),
    ],
)
def test_a_wire_storys_byline_or_source_line_names_the_agency(speaker_of, credit, agency):
    text = (
        "Government to build 17,000 bus shelters\n\n"
        f"{credit}\n\n"
        "The government says it will spend more than $2 billion to build 17,000 bus shelters. "
        "Around four in 10 Northlanders take a bus every day.\n"
    )
    metadata = {"kind": "article", "title": "Shelters", "publisher": "Darpan Weekly"}
    assert speaker_of(text, "four in 10", **metadata) == agency


def test_a_speechs_by_label_over_a_name_in_capitals_names_the_speaker(speaker_of):
    text = (
        "Full Budget Speech: Buses for Shared Prosperity\n\n"
        "By: HON. JANE ROE\n\n"
        "Minister of Finance, Planning and Bus Development\n\n"
        "13th June 2019\n\n"
        "Bus exports grew by 12% in the year to March, and I thank the House for its work.\n"
    )
    metadata = {"kind": "speech", "title": "Budget speech", "publisher": "Trumpet"}
    assert speaker_of(text, "12%", **metadata) == "Jane Roe"
