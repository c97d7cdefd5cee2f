"""Hundred-and-sixteenth round: read from rounds 202 to 206 after they were measured. An
interview transcript run into one line, an interviewee with letters after the name, a
release a blog reprints "From Governor …:", a reprinted "Media Statement", a wire story's
"By Associated Press" byline, a programme that is no release's maker, "PM’s full speech",
a headline's surname for the full name the text gives, and "X in her tweet said"."""

RUN_IN = (
    "Bus Programme - Broadcast: 29.04.01\n"
    "Interview: JANE ROE MP, Bus Minister.\n"
    "JOHN DOE: Never have buses faced such an uncertain future. Is that right? JANE ROE "
    "MP: I don't think so. Fares fell 4 per cent last year. DOE: But they rose 12 per cent "
    "the year before. ROE: Mostly they are sourced overseas, and 70 per cent run on time.\n"
)


def test_an_interview_run_into_one_line_gives_each_part_to_its_label(speaker_of):
    title = "Bus Programme: interview with Jane Roe MP, Bus Minister"
    metadata = {"kind": "interview", "title": title, "publisher": "Bus Programme"}
    assert speaker_of(RUN_IN, "4 per cent", **metadata) == "Jane Roe"
    assert speaker_of(RUN_IN, "12 per cent", **metadata) == "JOHN DOE"
    assert speaker_of(RUN_IN, "70 per cent", **metadata) == "Jane Roe"


def test_capitals_in_a_line_that_name_no_one_open_no_part(speaker_of):
    text = (
        "JOHN DOE: Fares fell. Is that right? BUSES: fares rose 12 per cent the year before. "
        "DOE: Yes.\n"
    )
    metadata = {"kind": "interview", "title": "Buses", "publisher": "Bus Programme"}
    assert speaker_of(text, "12 per cent", **metadata) == "JOHN DOE"


REPRINTED_FROM = (
    "Friday, April 19, 2013\n\n"
    "Northland bus use rises to 53%, highest since 2008\n\n"
    "From Governor Jane Roe:\n"
    "Northland's bus use rose to 53 percent in March. Since Governor Roe took office, "
    "Northland has added 1,200 new bus jobs.\n"
)


def test_a_release_a_blog_reprints_from_a_named_governor_is_hers(speaker_of):
    metadata = {"kind": "press_release", "title": "Bus use rises", "publisher": "busblog"}
    assert speaker_of(REPRINTED_FROM, "1,200 new bus jobs", **metadata) == "Jane Roe"


def test_a_from_line_naming_a_body_hands_over_nothing(speaker_of):
    text = REPRINTED_FROM.replace("From Governor Jane Roe:", "From The Bus Agency:")
    metadata = {"kind": "press_release", "title": "Bus use rises", "publisher": "busblog"}
    assert speaker_of(text, "1,200 new bus jobs", **metadata) == "busblog"


MEDIA_STATEMENT = (
    "Safest Year On Northland Buses in Nearly 40 Years\n\n"
    "January 1 2001 Media Statement\n\n"
    "2001 was the safest year on Northland buses in nearly 40 years, Transport Minister "
    "Jane Roe said today.\n\n"
    "The 2001 toll this morning stood at 45, the lowest since 1964.\n"
)


def test_a_reprinted_media_statement_is_the_minister_its_lead_closes_on(speaker_of):
    metadata = {"kind": "press_release", "title": "Safest Year", "publisher": "News Reprints"}
    assert speaker_of(MEDIA_STATEMENT, "stood at 45", **metadata) == "Jane Roe"


def test_a_media_statement_closing_on_a_name_without_office_names_no_maker(speaker_of):
    text = MEDIA_STATEMENT.replace("Transport Minister Jane Roe", "Jane Roe")
    metadata = {"kind": "press_release", "title": "Safest Year", "publisher": "News Reprints"}
    assert speaker_of(text, "stood at 45", **metadata) == "News Reprints"


def test_a_byline_naming_the_agency_alone_makes_the_story_the_agencys(speaker_of):
    text = (
        "Things to Know About Bus Crashes\n"
        "By Associated Press\n"
        "Published July 15, 2024\n\n"
        "NORTHTOWN — A dangerous summer is shaping up, with 19 bus crashes under "
        "investigation.\n"
    )
    metadata = {"kind": "article", "title": "Things to Know", "publisher": "Bus Wire Site"}
    assert speaker_of(text, "19 bus crashes", **metadata) == "Associated Press"


def test_a_programme_the_release_launched_is_not_its_maker(speaker_of):
    text = (
        "NORTHTOWN, March 4, 2024 /Wire/ - Northland is in a bus crisis. Towns cannot do this "
        "alone.\n\n"
        "To help them, we launched the Bus Accelerator Fund. We used the fund to negotiate "
        "agreements with towns.\n\n"
        "The Bus Accelerator Fund has led to the largest bus movement in history, with 179 "
        "final agreements.\n\n"
        "The Bus Accelerator Fund will fast track more than 7,000 buses.\n"
    )
    title = "Bus Accelerator Fund will result in over 7,000 new buses"
    metadata = {"kind": "press_release", "title": title, "publisher": "Bus Newswire"}
    assert speaker_of(text, "179 final agreements", **metadata) == "Bus Newswire"


def test_pm_s_full_speech_is_the_prime_ministers(speaker_of):
    text = (
        "Bus Sun\n\nPM’s full speech\n\n"
        "2017 was the best year ever for buses, with 842,884 passengers.\n"
    )
    title = "PM's full speech (Bus Awards)"
    metadata = {"kind": "speech", "title": title, "publisher": "Bus Sun"}
    assert speaker_of(text, "842,884", **metadata) == "Prime Minister"


def test_a_headlines_surname_is_the_full_name_the_text_gives(speaker_of):
    text = (
        "The Governor, Bus Bank (BB), Mr. Jane Roe, in this session with journalists, says "
        "rates will fall.\n\n"
        "Outlook\n\n"
        "Bus growth in 2017 was 2.8 per cent, and it is projected at 3.4 per cent.\n"
    )
    title = "Roe: Fares Won't Be Tightened Forever"
    metadata = {"kind": "interview", "title": title, "publisher": "Bus Daily"}
    assert speaker_of(text, "2.8 per cent", **metadata) == "Jane Roe"


def test_a_headlines_word_the_text_gives_no_one_is_no_name(speaker_of):
    text = (
        "The Governor of the Bus Bank says rates will fall.\n\n"
        "Outlook\n\n"
        "Bus growth in 2017 was 2.8 per cent, and it is projected at 3.4 per cent.\n"
    )
    title = "Roe: Fares Won't Be Tightened Forever"
    metadata = {"kind": "interview", "title": title, "publisher": "Bus Daily"}
    assert speaker_of(text, "2.8 per cent", **metadata) == "Bus Daily"


def test_a_person_saying_in_her_tweet_is_the_speaker(speaker_of):
    text = (
        "NORTHTOWN: Bus party leader in the Senate Jane Roe in her tweet on Saturday said "
        "that with an increase of Rs2 per ticket, Rs290 billion would be collected.\n"
    )
    metadata = {"kind": "article", "title": "Fares", "publisher": "Bus Recorder"}
    assert speaker_of(text, "Rs290 billion", **metadata) == "Jane Roe"
