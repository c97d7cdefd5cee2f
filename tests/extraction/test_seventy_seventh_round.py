"""Seventy-seventh round: speakers a page's header, byline or title gives, from rounds 67 to
72. A written statement or a release headed by its minister's styled name ("Jane Roe MS,
Minister for …", "Media Release by The Hon Jane Roe MP", a title's "(media release,
Minister Jane Roe, …)") is hers, not the office's or the body's that publishes it; an
occasion read from a speech's title ("… Launch") is no speaker; an office read from a
headline ("New Chief Secretary sets out …") is the holder the page names; a section's head
quoted in a statistics release ("Director of Bus Statistics at the Bureau Jane Roe said")
is that person, not the section."""

from extraction.suggest import suggest_claims


def _speakers(text, **metadata):
    """The speaker of each suggested claim, by the claim's first forty characters."""
    return {c.quote[:40]: c.speaker for c in suggest_claims(text, **metadata)}


_FERRIES = "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"
_FARES = "Fares fell by 3 percent this year, the first fall in 20 years.\n"
_FERRIES_KEY = _FERRIES[:40]
_FARES_KEY = _FARES[:40]


def _claims(*parts):
    return "\n".join(parts) + "\n" + _FERRIES + "\n" + _FARES


# A release or a written statement headed by its minister.


def test_a_written_statement_under_a_members_name_and_office_is_hers():
    text = _claims(
        "Skip to main content",
        "Mara Quill MS, Minister for Ferries and Harbours\n",
        "First published:\n3 May 2024\n",
        "We want everyone who needs a ferry to be able to use one, on every island.\n",
    )
    speakers = _speakers(
        text,
        kind="press_release",
        title="Written statement on ferry services",
        publisher="Northland Government",
    )
    assert speakers[_FERRIES_KEY] == "Mara Quill"
    assert speakers[_FARES_KEY] == "Mara Quill"


def test_a_name_and_office_line_without_a_style_makes_no_author():
    text = _claims(
        "Mara Quill, Minister for Ferries\n",
        "Ferry fares to fall\n",
        "The department today set out new fares for island routes across the country.\n",
    )
    speakers = _speakers(
        text, kind="press_release", title="Ferry fares to fall", publisher="Department for Ferries"
    )
    assert speakers[_FERRIES_KEY] == "Department for Ferries"


def test_a_media_release_by_a_minister_is_hers_not_her_offices():
    text = _claims("Media Release by The Hon Mara Quill MP\n", "Ferry fares to fall\n")
    speakers = _speakers(
        text, kind="press_release", title="Ferry fares to fall", publisher="Minister for Ferries"
    )
    assert speakers[_FERRIES_KEY] == "Mara Quill"
    assert speakers[_FARES_KEY] == "Mara Quill"


def test_an_honourable_members_byline_with_her_office_is_hers():
    text = _claims("Ferry fares to fall\n", "The Hon Mara Quill MP, Minister for Ferries\n")
    speakers = _speakers(
        text, kind="press_release", title="Ferry fares to fall", publisher="Northland Government"
    )
    assert speakers[_FERRIES_KEY] == "Mara Quill"


def test_a_title_naming_the_releases_minister_gives_her_the_release():
    text = _claims("Ferry fares to fall\n", "Media Release\n", "3 May 2024\n")
    speakers = _speakers(
        text,
        kind="press_release",
        title="Ferry fares to fall (media release, Assistant Minister Mara Quill, 3 May 2024)",
        publisher="Assistant Minister for Ferries",
    )
    assert speakers[_FERRIES_KEY] == "Mara Quill"


def test_a_title_naming_an_office_alone_leaves_the_release_to_its_publisher():
    text = _claims(
        "Minister visits new ferry terminal\n",
        "The Minister for Ferries today visited the new terminal at Northport, which opened in"
        " May.\n",
    )
    speakers = _speakers(
        text,
        kind="press_release",
        title="Press release: Minister visits new ferry terminal",
        publisher="Department for Ferries",
    )
    assert speakers[_FERRIES_KEY] == "Department for Ferries"


def test_a_departments_release_quoting_its_minister_keeps_its_narration():
    text = (
        "Ferry fares to fall\n\n" + _FERRIES + "\nMinister Mara Quill said:\n\n"
        "“Fares fell by 3 percent this year, the first fall in 20 years.”\n"
    )
    speakers = _speakers(
        text, kind="press_release", title="Ferry fares to fall", publisher="Department for Ferries"
    )
    assert speakers[_FERRIES_KEY] == "Department for Ferries"
    assert speakers["“" + _FARES_KEY[:39]] == "Mara Quill"


# A speech page whose title gives an occasion or an office.


def test_an_occasion_in_a_speech_title_is_no_speaker_the_name_line_is():
    text = _claims(
        "Go to:",
        "Oren Vale",
        "3 May, 2024",
        "Ferry Terminal Launch",
        "Speech notes for the launch of the terminal.",
        "Today is a proud day for every island in the country.",
    )
    speakers = _speakers(
        text,
        kind="speech",
        title="Ferry Terminal Launch: speech notes for the launch of the terminal",
        publisher="Northland Government",
    )
    assert speakers[_FERRIES_KEY] == "Oren Vale"
    assert speakers[_FARES_KEY] == "Oren Vale"


def test_an_occasion_naming_no_one_leaves_the_speech_to_its_publisher():
    text = _claims(
        "Harbour Summit\n",
        "Today is a proud day for every island in the country and its ferries.\n",
    )
    speakers = _speakers(
        text,
        kind="speech",
        title="Harbour Summit: opening address",
        publisher="Northland Government",
    )
    assert speakers[_FERRIES_KEY] == "Northland Government"


def test_a_headlines_new_office_is_the_holder_its_summary_line_names():
    text = _claims(
        "Speech\n",
        "New Chief Secretary sets out plans for harbours\n",
        "In a speech at the Northport Harbour Forum, the Rt Hon Mara Quill KC MP set out plans"
        " to widen the harbour mouth.\n",
        "I became Chief Secretary a week ago.\n",
    )
    speakers = _speakers(
        text,
        kind="speech",
        title="New Chief Secretary sets out plans for harbours",
        publisher="Department for Ferries",
    )
    assert speakers[_FERRIES_KEY] == "Mara Quill"
    assert speakers[_FARES_KEY] == "Mara Quill"


def test_a_speaker_label_gives_the_holder_of_the_titles_office():
    text = _claims(
        "Speaker: Mara Quill\n",
        "Today is a proud day for every island in the country and its ferries.\n",
    )
    speakers = _speakers(
        text,
        kind="speech",
        title="Minister for Ferries speech at the Harbour Forum",
        publisher="Department for Ferries",
    )
    assert speakers[_FERRIES_KEY] == "Mara Quill"


def test_a_headlines_office_with_no_holder_named_stays_the_office():
    text = _claims(
        "Health Minister announces new hospital\n",
        "Today is a proud day for every patient in the county and its nurses.\n",
    )
    speakers = _speakers(
        text,
        kind="speech",
        title="Health Minister announces new hospital",
        publisher="Department of Health",
    )
    assert speakers[_FERRIES_KEY] == "Health Minister"


def test_an_office_whose_place_completes_it_names_no_one():
    text = _claims(
        "Speech by the Governor of the Bank of Northland to the Harbour Forum\n",
        "Thank you for inviting me to your forum today, it is a pleasure to be here.\n",
    )
    speakers = _speakers(
        text,
        kind="speech",
        title="Speech by the Governor of the Bank of Northland to the Harbour Forum",
        publisher="Bank of Northland",
    )
    assert speakers[_FERRIES_KEY] == "Governor of the Bank of Northland"


# A statistics release quoting the head of a section; a news story's reporter.


def test_a_sections_director_quoted_in_a_release_is_the_person_not_the_section():
    text = (
        "Ferry use rises\n\n" + _FERRIES + "\nDirector of Ferry Statistics at the Bureau Ida"
        " Lund said that ferry use was the highest in 13 years.\n\n"
        '"Fares also fell by 3 percent, the first fall in 20 years," Ms Lund said.\n\n'
        "Bureau head of Transport Statistics, Pia Dorn, said that bus use fell by 4 percent.\n"
    )
    speakers = _speakers(
        text,
        kind="press_release",
        title="Ferry use rises",
        publisher="Northland Statistics Bureau",
    )
    assert speakers[_FERRIES_KEY] == "Northland Statistics Bureau"
    assert speakers["Director of Ferry Statistics at the Burea"[:40]] == "Ida Lund"
    assert speakers['"Fares also fell by 3 percent, the first '[:40]] == "Ida Lund"
    assert speakers["Bureau head of Transport Statistics, Pia"] == "Pia Dorn"


def test_a_reporters_byline_gives_her_neither_the_story_nor_a_forecast():
    text = (
        "Ferries face storms\n\nBy Tom Penner\n\nForecasters expect gale-force winds to reach"
        " 90 kilometres per hour on Thursday across the islands.\n\n" + _FERRIES
    )
    speakers = _speakers(
        text, kind="article", title="Ferries face storms", publisher="Northland Courier"
    )
    assert speakers["Forecasters expect gale-force winds to r"] == "Northland Courier"
    assert speakers[_FERRIES_KEY] == "Northland Courier"
