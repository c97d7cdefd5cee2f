"""Hundred-and-tenth round: read from rounds 172 to 176 after they were measured. A
headline's "… Provides …" and "the text of Mayor Jane Roe's weekly radio address"; a
department's header line in title case ("Department For Buses"); a portfolio's plural
("Minister, Ministerial Services") beside a name line; an interview's first-name labels."""


def test_the_text_of_a_weekly_radio_address_is_the_mayors(speaker_of):
    text = (
        "MAYOR ROE PROVIDES MID-YEAR BUS UPDATE IN WEEKLY RADIO ADDRESS\n"
        "The following is the text of Mayor Jane Q. Roe’s weekly radio address as prepared "
        "for delivery on Sunday, July 21, 2013.\n"
        "“Good Morning. Bus crime is down by 33 percent since 2001, and I mean to keep it "
        "falling.\n"
    )
    title = "Mayor Roe Provides Mid-Year Bus Update in Weekly Radio Address"
    metadata = {"kind": "speech", "title": title, "publisher": "Bus Blog"}
    assert speaker_of(text, "33 percent", **metadata) == "Jane Q Roe"


def test_a_departments_header_line_in_title_case_names_the_issuer(speaker_of):
    text = (
        "Statement to Parliament: Department for Buses: departmental update\n\n"
        "Department For Buses\n\n"
        "October 31\n13:20 2019\n\n"
        "Invested record levels in bus services between 2014 and 2019, with over 40 billion "
        "spent.\n"
    )
    metadata = {"kind": "press_release", "title": "Update", "publisher": "GovFeed"}
    assert speaker_of(text, "40 billion", **metadata) == "Department For Buses"


def test_a_portfolios_plural_is_no_name_beside_the_speakers_name_line(speaker_of):
    text = (
        "Jane Roe\n"
        "Minister, Ministerial Services\n"
        "Prime Minister\n"
        "Good afternoon everybody. Rents are up over $180 a week, and I want them to fall.\n"
    )
    metadata = {"kind": "speech", "title": "Opening remarks", "publisher": "Order Paper"}
    assert speaker_of(text, "$180 a week", **metadata) == "Jane Roe"


def test_an_interviews_first_name_labels_stand_for_the_names_it_gives(speaker_of):
    text = (
        "Jane Du Roe speaks with Deputy Prime Minister John Doe on Bus Radio.\n\n"
        "Jane:\n\n"
        "The whole country except Northland moves to the orange bus timetable from 31 "
        "December.\n\n"
        "John:\n\n"
        "Yes, and bus use in Northtown is down 12% since October.\n"
    )
    metadata = {"kind": "interview", "title": "Interview with John Doe", "publisher": "The Blog"}
    assert speaker_of(text, "orange bus timetable", **metadata) == "Jane Du Roe"
    assert speaker_of(text, "down 12%", **metadata) == "John Doe"


def test_a_first_name_two_people_share_names_neither_of_them(speaker_of):
    text = (
        "Jane Roe speaks with Deputy Prime Minister Jane Doe on Bus Radio.\n\n"
        "Jane:\n\n"
        "Bus use in Northtown is down 12% since October.\n"
    )
    metadata = {"kind": "interview", "title": "Interview", "publisher": "The Blog"}
    assert speaker_of(text, "down 12%", **metadata) not in {"Jane Roe", "Jane Doe"}


def test_a_headings_label_is_no_first_name(speaker_of):
    text = (
        "Bus Radio speaks with the Deputy Prime Minister.\n\n"
        "Background:\n\n"
        "Background Jane Roe joined the programme in 2019; bus use is down 12% since "
        "October.\n"
    )
    metadata = {"kind": "interview", "title": "Interview", "publisher": "The Blog"}
    assert speaker_of(text, "down 12%", **metadata) != "Background Jane Roe"
