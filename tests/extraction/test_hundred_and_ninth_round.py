"""Hundred-and-ninth round: read from rounds 132 to 166, then from rounds 167 to 171 after
they were measured. A minister's letterhead, a "Press Statement" over its "by …" line, a
briefing note's "summary of what was said by …", an office and an address before a name
("Prime Minister, the Most Hon. Jane Roe, says …"), "informed that", a picture's credit
line, a statement from a long joint office, a label run into a short greeting and a court
of justice in a judgment's header."""

import pytest


def test_a_ministers_letterhead_makes_the_release_hers(speaker_of):
    text = (
        "JANE ROE MP\n"
        "MINISTER FOR BUSES AND FERRIES\n"
        "New data shows the Government’s investment has created 6 million more bus trips "
        "between November 2023 and December 2024.\n"
    )
    metadata = {"kind": "press_release", "title": "Bus trips", "publisher": "Northland Party"}
    assert speaker_of(text, "6 million more bus trips", **metadata) == "Jane Roe"


def test_a_headline_over_a_paragraph_is_no_letterhead(speaker_of):
    text = (
        "BUS TRIPS AT RECORD HIGH\n"
        "Minister for Buses welcomes the figures\n"
        "Bus trips rose by 6 million between November 2023 and December 2024.\n"
    )
    metadata = {"kind": "press_release", "title": "Bus trips", "publisher": "Northland Party"}
    assert speaker_of(text, "6 million", **metadata) == "Northland Party"


def test_a_press_statement_over_its_by_line_is_the_authors(speaker_of):
    text = (
        "We urge the Director-General to publish the figures\n\n"
        "Press Statement\n"
        "by Dr Jane Roe\n\n"
        "(Northtown, Thursday): The media report over 32,000 bus accidents with over 70 "
        "deaths this year.\n"
    )
    metadata = {"kind": "press_release", "title": "Figures", "publisher": "Northland Party"}
    assert speaker_of(text, "32,000 bus accidents", **metadata) == "Jane Roe"


def test_a_briefing_notes_summary_of_what_was_said_names_the_spokesperson(speaker_of):
    text = (
        "Press Release\n\n"
        "Bus Agency briefing note on bus safety\n\n"
        "This is a summary of what was said by Jane Q. Roe – Bus Agency Associate Director "
        "– to whom quoted text may be attributed – at the press briefing in Northtown.\n\n"
        "“Just 8 large countries account for 3.8 million of the 4 million additional bus "
        "accidents.”\n"
    )
    metadata = {"kind": "press_release", "title": "Briefing note", "publisher": "Bus Agency"}
    assert speaker_of(text, "3.8 million", **metadata) == "Jane Q Roe"


@pytest.mark.parametrize("address", ["the Most Hon.", "the Hon.", "the Rt Hon"])
def test_an_office_and_an_address_before_the_name_say_whose_words(speaker_of, address):
    text = (
        f"Prime Minister, {address} Jane Roe, says the country is close to full employment, "
        "citing a fall in the unemployment rate to a record low 4.5 per cent.\n"
    )
    metadata = {"kind": "press_release", "title": "Jobs", "publisher": "Information Service"}
    assert speaker_of(text, "4.5 per cent", **metadata) == "Jane Roe"


def test_a_scene_set_before_office_and_name_and_informed_that(speaker_of):
    text = (
        "Speaking at the agency’s quarterly briefing on August 15, Director General, Jane "
        "Roe, informed that the number of unemployed drivers fell by 19,700, or 24.3 per "
        "cent.\n"
    )
    metadata = {"kind": "press_release", "title": "Jobs", "publisher": "Information Service"}
    assert speaker_of(text, "19,700", **metadata) == "Jane Roe"


def test_a_pictures_credit_line_is_no_speaker(speaker_of):
    text = (
        "Photo Credit:\n\n"
        "🚌 Statement From the Minister of Buses and Ferries and Associate Minister of Health "
        "on the Bus Crisis\n\n"
        "Tuesday, 02 April 2024 08:00.AM\n\n"
        "The bus crisis is one of the most serious threats in Northland's recent history. It "
        "is driven by old buses, which are unsafe. An average of 22 people are dying every day "
        "in bus accidents.\n"
    )
    metadata = {"kind": "press_release", "title": "Statement", "publisher": "Newsdesk"}
    assert speaker_of(text, "22 people", **metadata) == "Newsdesk"


def test_a_statement_from_a_long_joint_office_is_the_offices(speaker_of):
    title = (
        "Statement From the Minister of Buses and Ferries and Associate Minister of Health "
        "on the Bus Crisis"
    )
    text = f"{title}\n\nAn average of 22 people are dying every day in bus accidents.\n"
    metadata = {"kind": "press_release", "title": title, "publisher": "Newsdesk"}
    office = "Minister of Buses and Ferries and Associate Minister of Health"
    assert speaker_of(text, "22 people", **metadata) == office


def test_a_label_run_into_a_greeting_names_the_holder_of_the_later_office_labels(speaker_of):
    text = (
        "PM, good morning to you.\n"
        "JANE ROE, PRIME MINISTER: G’day, Karl\n"
        "DOE: How do you explain the rebate?\n"
        "PRIME MINISTER: Well, we inherited a $78 billion deficit and now have a surplus.\n"
    )
    metadata = {"kind": "interview", "title": "Television interview", "publisher": "Mirror"}
    assert speaker_of(text, "$78 billion", **metadata) == "Jane Roe"


def test_a_court_of_justice_in_a_judgments_header_is_the_court(speaker_of):
    text = (
        "Lawbase\nDecisions\n\n"
        "NCJ, grand chamber, December 10, 2013, No C-272/12 P\n\n"
        "COURT OF JUSTICE OF THE NORTHERN UNION\n\n"
        "Judgment\n\n"
        "1 By its appeal, the Bus Commission asks that the Court set aside the judgment of "
        "21 March 2012, which annulled a fare decision worth 2 billion crowns.\n"
    )
    metadata = {"kind": "report", "title": "Bus Commission v Northland", "publisher": "Lawbase"}
    assert (
        speaker_of(text, "2 billion crowns", **metadata) == "Court of Justice of the Northern Union"
    )
