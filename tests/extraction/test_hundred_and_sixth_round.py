"""Hundred-and-sixth round: read from rounds 147 to 151. A "Following is the transcript of
…" line and a chart's "Text alternative for …" are the page's, not claims; a dateline's
lead "…, the Honourable Jane Roe, Minister of Buses, issued the following statement." over
a quotation gives it to her; a speech's name line with letters after a comma ("Jane Roe,
CPA, CA"); "Following is the text of budget speech of Minister Jane Roe, delivered at …";
the Congressional Record's run-in "Mrs. ROE. Madam President, …" inside a long line."""


def test_a_transcripts_introduction_and_a_charts_alternative_text_are_no_claims(quotes_of):
    text = (
        "Following is the transcript of a media session by the Financial Secretary, Ms Jane "
        "Roe, on the unemployment rate of 6.1% this afternoon (March 21):\n\n"
        "Financial Secretary: The newest unemployment rate is 6.1%, the lowest in 39 months.\n\n"
        "Text alternative for Migration estimates (000) by direction, rolling annual, 2019\n\n"
        "Net migration rose by 12% to 55,800 in the year to May 2019.\n"
    )
    metadata = {"kind": "interview", "title": "Media session", "publisher": "Information Office"}
    quotes = quotes_of(text, **metadata)
    assert not any(q.startswith(("Following is", "Text alternative")) for q in quotes)
    assert any("lowest in 39 months" in q for q in quotes)
    assert any("rose by 12%" in q for q in quotes)


def test_a_following_list_is_still_read(quotes_of):
    text = "Following is the list of the 12 towns where bus fares rose by 10% in 2023.\n"
    metadata = {"kind": "press_release", "title": "Fares", "publisher": "Bus Agency"}
    assert any("rose by 10%" in q for q in quotes_of(text, **metadata))


def test_a_datelined_lead_naming_who_issued_the_statement_gives_her_the_quotation(speaker_of):
    text = (
        "NORTHTOWN, March 7, 2018 /Wire/ - Today, following the Summit on Bus Safety, the "
        "Honourable Jane Roe, Minister of Buses and Ports, issued the following statement. "
        "She was joined by John Doe, Parliamentary Secretary.\n\n"
        '"Bus crashes have almost doubled over the past four years, and more than half are '
        "linked to speeding.\n\n"
        'Cities like Northtown have been particularly affected."\n'
    )
    metadata = {"kind": "press_release", "title": "Statement", "publisher": "Wire Service"}
    assert speaker_of(text, "almost doubled", **metadata) == "Jane Roe"


def test_a_body_issuing_the_statement_names_no_person(speaker_of):
    text = (
        "NORTHTOWN, March 7, 2018 /Wire/ - Today, following the Summit on Bus Safety, the "
        "Department of Buses issued the following statement.\n\n"
        '"Bus crashes have almost doubled over the past four years, and more than half are '
        'linked to speeding."\n'
    )
    metadata = {"kind": "press_release", "title": "Statement", "publisher": "Wire Service"}
    assert speaker_of(text, "almost doubled", **metadata) == "Wire Service"


def test_a_speechs_name_line_with_letters_after_a_comma_names_the_speaker(speaker_of):
    text = (
        "Reports of the Bus Auditor—Spring 2015\n\n"
        "Opening Statement to the Standing Committee on Public Buses\n\n"
        "29 April 2015\n\n"
        "Jane Roe, CPA, CA\n"
        "Bus Auditor of Northland\n\n"
        "Mr. Chair, we found that 18,000 bus journeys a year are cancelled without notice.\n"
    )
    title = "Opening Statement to the Standing Committee on Public Buses"
    metadata = {"kind": "speech", "title": title, "publisher": "Office of the Bus Auditor"}
    assert speaker_of(text, "18,000 bus journeys", **metadata) == "Jane Roe"


def test_the_text_of_a_speech_of_a_minister_is_hers(speaker_of):
    text = (
        "Following is the text of budget speech of Minister of State for Buses Jane Roe, "
        "delivered at the National Assembly on Tuesday\n\n"
        "Mr. Speaker, public debt has risen to Rs.31,000 billion, up from Rs.6,000 billion in "
        "2008.\n"
    )
    metadata = {"kind": "speech", "title": "Budget speech", "publisher": "News Point"}
    assert speaker_of(text, "Rs.31,000 billion", **metadata) == "Jane Roe"


def test_a_congressional_record_run_in_label_inside_a_line_opens_the_turn(speaker_of):
    text = (
        "[Pages S4521-S4522] From the Congressional Record Online Bus Safety Mrs. ROE. Madam "
        "President, bus crash deaths rose 11.4 percent in the first months of 2020, according "
        "to the Bus Safety Office.\n"
    )
    metadata = {"kind": "parliamentary_record", "title": "Bus Safety", "publisher": "Record.gov"}
    assert speaker_of(text, "rose 11.4 percent", **metadata) == "Roe"
