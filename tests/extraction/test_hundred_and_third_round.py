"""Hundred-and-third round: page voices read from rounds 132 to 136. A transcript's office
label in title case ("Financial Secretary: …") is the holder the text names; a speech's
"Speaking notes for Jane Roe, Minister of …" names its speaker; an interview titled
"Interview Jane Roe" is hers; a speech titled by its speaker's name and the day, or by what
she announced ("Secretary Jane Roe Announces …"), is hers; a release's headline, or a body
in a title, leaves the publisher's voice."""


def test_an_office_label_in_title_case_is_the_holder_the_transcript_named(speaker_of):
    text = (
        "Following is the transcript of a media session by the Financial Secretary, Ms Jane "
        "Roe, on the latest unemployment rate this afternoon (March 21):\n\n"
        "Financial Secretary: The newest unemployment rate is 6.1%, a 0.3 percentage point "
        "drop from last month.\n\n"
        "Reporter: Will the rise in interest rates hurt jobs?\n\n"
        "Financial Secretary: Total employment set a record high of 3,346,000 people.\n"
    )
    metadata = {"kind": "interview", "title": "Media session", "publisher": "Information Office"}
    assert speaker_of(text, "unemployment rate is 6.1%", **metadata) == "Jane Roe"
    assert speaker_of(text, "3,346,000 people", **metadata) == "Jane Roe"


def test_an_office_label_in_title_case_no_one_was_named_with_is_the_office(speaker_of):
    text = (
        "Reporter: Will the rise in interest rates hurt jobs?\n\n"
        "Chief Secretary: Total employment set a record high of 3,346,000 people.\n"
    )
    metadata = {"kind": "interview", "title": "Media session", "publisher": "Information Office"}
    assert speaker_of(text, "3,346,000 people", **metadata) == "Chief Secretary"


def test_a_label_of_ordinary_words_is_no_office(speaker_of):
    text = (
        "Reporter: Will the rise in interest rates hurt jobs?\n\n"
        "Total Employment: It set a record high of 3,346,000 people in March.\n"
    )
    metadata = {"kind": "interview", "title": "Media session", "publisher": "Information Office"}
    assert speaker_of(text, "3,346,000 people", **metadata) == "Information Office"


def test_speaking_notes_for_a_minister_are_hers(speaker_of):
    text = (
        "Speaking notes for Jane Roe, Minister of Buses, Ferries and Ports at a news "
        "conference on the Bus Plan for 2018\n\n"
        "Thank you all for being here.\n\n"
        "In 2018 we plan to run 310,000 more bus journeys than in 2017.\n"
    )
    metadata = {"kind": "speech", "title": text.splitlines()[0], "publisher": "Bus Canada"}
    assert speaker_of(text, "310,000 more bus journeys", **metadata) == "Jane Roe"


def test_an_interview_titled_by_a_name_alone_is_the_interviewees(speaker_of):
    text = (
        "Interview Jane Roe\n\n"
        "Finance Minister Jane Roe has said inflation will remain a worry. Edited excerpts:\n\n"
        "How fast is the economy growing?\n\n"
        "Our growth has averaged 7.5 per cent since 2004, higher than any decade before.\n"
    )
    metadata = {"kind": "interview", "title": "Interview Jane Roe", "publisher": "Northland Times"}
    assert speaker_of(text, "averaged 7.5 per cent", **metadata) == "Jane Roe"


def test_an_interview_titled_with_its_host_stays_with_the_rules(speaker_of):
    text = (
        "Interview with John Doe\n\n"
        "How fast is the economy growing?\n\n"
        "Our growth has averaged 7.5 per cent since 2004, higher than any decade before.\n"
    )
    metadata = {"kind": "interview", "title": "Interview with John Doe", "publisher": "Jane Roe"}
    assert speaker_of(text, "averaged 7.5 per cent", **metadata) == "Jane Roe"


def test_a_speech_titled_by_its_speakers_name_and_the_day_is_hers(speaker_of):
    text = (
        "Jane Roe, October 21, 2022, Bus Stabilisation Fund\n\n"
        "Madam President. Ladies and gentlemen.\n\n"
        "Northland obtains 46 percent of its buses from abroad.\n"
    )
    metadata = {"kind": "speech", "title": text.splitlines()[0], "publisher": "Party Blog"}
    assert speaker_of(text, "46 percent of its buses", **metadata) == "Jane Roe"


def test_a_speech_titled_by_what_its_speaker_announced_is_hers(speaker_of):
    title = "Secretary of Buses Jane Roe Announces a Uniform Fare for All Towns"
    text = (
        f"{title}\n\n"
        "Thank you, John.\n\n"
        "Many towns run as few as 25 to 35 percent of their buses on time.\n"
    )
    metadata = {"kind": "speech", "title": title, "publisher": "Department of Buses"}
    assert speaker_of(text, "25 to 35 percent", **metadata) == "Jane Roe"


def test_a_release_headline_or_a_body_in_a_title_leaves_the_publishers_voice(speaker_of):
    title = "Dr. Jane Roe Releases Statement on New Bus Data Showing a Flat Year"
    text = f"{title}\n\nBus deaths fell by 3% in 2023, the first fall in a decade.\n"
    metadata = {"kind": "press_release", "title": title, "publisher": "Office of Bus Policy"}
    assert speaker_of(text, "fell by 3%", **metadata) == "Office of Bus Policy"
    title = "Business Northland, Corporate and Affiliated Industry Group"
    text = f"{title}\n\nBus exports rose by 12% in 2023 to $4 billion.\n"
    metadata = {"kind": "speech", "title": title, "publisher": "Northland Government"}
    assert speaker_of(text, "rose by 12%", **metadata) == "Northland Government"
