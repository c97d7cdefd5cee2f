"""Hundred-and-fourth round: page voices and speaker lines read from rounds 137 to 141. An
interview headline quoting its interviewee ("Roe: Fares must fall", "…: Jane Roe"); a body's
statement on a site that reprints it ("Bus Council statement on …"); "Jane Roe, Minister
of Buses, Ferries and Ports, issued the following statement …:"; a saved page's date stamp
run into its first line; "The following motion was moved by Deputy …:" with a name past
ASCII; a reprint's speaker line closed by its links however long its bracket; "Jane Roe’s
speech" in a speech's header."""

from extraction.text import paragraphs

_INTERVIEW = (
    "Minister of State for Buses Jane Roe has explained why fares must fall. She was "
    "speaking to Northland News. Excerpts:\n\n"
    "Q: How is the department helping?\n\n"
    "A: We have allotted $79 billion in the 2023-24 budget, up 280% since 2016.\n"
)


def test_an_interview_headline_ending_in_a_name_is_the_interviewees(speaker_of):
    title = "Opposition cannot beat our bus plan: Jane Roe"
    metadata = {"kind": "interview", "title": title, "publisher": "Northland Daily"}
    assert speaker_of(_INTERVIEW, "up 280% since 2016", **metadata) == "Jane Roe"


def test_an_interview_headline_opening_with_a_surname_the_text_gives_is_hers(speaker_of):
    title = "Roe: Low earners should not pay more for buses than for cars"
    metadata = {"kind": "interview", "title": title, "publisher": "Northland Daily"}
    assert speaker_of(_INTERVIEW, "up 280% since 2016", **metadata) == "Jane Roe"


def test_an_interview_headline_opening_with_a_subject_or_an_office_is_no_name(speaker_of):
    for title in ("Budget: Low earners should not pay more", "Treasurer: fares will fall"):
        metadata = {"kind": "interview", "title": title, "publisher": "Northland Daily"}
        assert speaker_of(_INTERVIEW, "up 280% since 2016", **metadata) == "Northland Daily"


def test_a_bodys_statement_reprinted_by_a_site_is_the_bodys(speaker_of):
    title = "National Bus Council statement on the agency's revision of bus fares"
    text = (
        f"{title}\n27 Sep 2012\n"
        "The agency has today cut the rating of the bus bonds to Baa1 from A3.\n"
        "We note the decision, which takes the rating to the level of two other agencies.\n"
    )
    metadata = {"kind": "press_release", "title": title, "publisher": "Politics Mirror"}
    assert speaker_of(text, "cut the rating", **metadata) == "National Bus Council"


def test_a_persons_statement_in_a_title_is_not_a_bodys(speaker_of):
    title = "Minister Roe statement on bus fares"
    text = f"{title}\n\nFares fell by 4% last year, the first fall since 2011.\n"
    metadata = {"kind": "press_release", "title": title, "publisher": "Politics Mirror"}
    assert speaker_of(text, "fell by 4%", **metadata) == "Roe"


_STATEMENT = (
    "Jane Roe, Minister of Buses, Ferries and Ports, issued the following statement to mark "
    "Transport Day:\n\n"
    "“Every Transport Day, we pay tribute to the people who keep Northland moving.\n\n"
    "This year, we are raising the bus drivers' minimum wage to $16.55 an hour.\n\n"
    "Every day, 3,000 driver jobs go unfilled in our province.”\n"
)


def test_a_statement_introduced_by_name_and_office_is_hers_to_its_end(speaker_of):
    metadata = {"kind": "press_release", "title": "Transport Day", "publisher": "Town News"}
    assert speaker_of(_STATEMENT, "$16.55 an hour", **metadata) == "Jane Roe"
    assert speaker_of(_STATEMENT, "3,000 driver jobs", **metadata) == "Jane Roe"


def test_a_saved_pages_date_stamp_is_a_line_of_its_own(speaker_of):
    stamped = " date 2023-09-04 " + _STATEMENT
    first = paragraphs(stamped)[0]
    assert first.text == "date 2023-09-04"
    assert stamped[first.start : first.end] == first.text
    metadata = {"kind": "press_release", "title": "Transport Day", "publisher": "Town News"}
    assert speaker_of(stamped, "$16.55 an hour", **metadata) == "Jane Roe"


def test_a_date_inside_the_text_is_no_stamp():
    text = "The fare rise on date 2023-09-04 was the first in a decade, at 12%.\n"
    assert paragraphs(text)[0].text == text.strip()


def test_a_motion_moved_by_a_deputy_with_an_accented_name_is_the_movers(speaker_of):
    text = (
        "Bus Services: Motion (Resumed) [Private Members]\n\n"
        "The following motion was moved by Deputy Seán Ó Ruairc on Thursday, 14 January 2016:\n"
        "That Dáil Éireann:\n"
        "— notes that bus journeys fell by 14% between 2019 and 2023;\n"
        "— calls for an additional €125 million to raise fleet numbers by 900 buses.\n"
    )
    metadata = {"kind": "parliamentary_record", "title": "Bus Services", "publisher": "Houses"}
    assert speaker_of(text, "fell by 14%", **metadata) == "Seán Ó Ruairc"


_LINKED = (
    "Questions without Notice\nBuses\n2:52 pm\n"
    "Jane Roe (NSW, Liberal Party, Shadow Assistant Minister for Buses and Ferries) Share "
    "this | Link to this | Hansard source\n"
    "My question is to the Minister for Buses. Fares have risen by over 20 per cent in the "
    "past 12 months.\n"
    "Ann Lee (President) Share this | Link to this | Hansard source\n"
    "Thank you, Senator Roe.\n"
    "John Doe (ACT, Australian Labor Party, Minister for Buses and Ferries) Share this | "
    "Link to this | Hansard source\n"
    "Fares fell by 3% under this government, after rising by 40% under the last one.\n"
)


def test_a_reprints_speaker_line_closed_by_its_links_opens_a_turn(speaker_of):
    metadata = {"kind": "parliamentary_record", "title": "Buses", "publisher": "Open Record"}
    assert speaker_of(_LINKED, "risen by over 20 per cent", **metadata) == "Jane Roe"
    assert speaker_of(_LINKED, "fell by 3%", **metadata) == "John Doe"


def test_a_speaker_line_is_no_claim(quotes_of):
    metadata = {"kind": "parliamentary_record", "title": "Buses", "publisher": "Open Record"}
    assert not any("Share this" in quote for quote in quotes_of(_LINKED, **metadata))


def test_a_header_naming_whose_speech_it_is_gives_the_speech_to_her(speaker_of):
    text = (
        "Read the full transcript of Jane Roe’s speech from the Bus Convention.\n\n"
        "Well hello, it is a pleasure to be here.\n\n"
        "We will build 300,000 bus shelters each year by the mid-2020s.\n"
    )
    metadata = {"kind": "speech", "title": "The full transcript", "publisher": "Bus Week"}
    assert speaker_of(text, "300,000 bus shelters", **metadata) == "Jane Roe"


def test_a_bodys_speech_in_a_header_is_no_persons(speaker_of):
    text = (
        "Read the Bus Council’s speech from the Bus Convention.\n\n"
        "We will build 300,000 bus shelters each year by the mid-2020s.\n"
    )
    metadata = {"kind": "speech", "title": "The full transcript", "publisher": "Bus Week"}
    assert speaker_of(text, "300,000 bus shelters", **metadata) == "Bus Week"
