"""Eighty-fifth round: speakers from rounds 79 to 84. A page published by one person's
office ("Office of Senator Jane Roe", "Jane Roe's office") is that person's, not a colleague
its title mentions; a letter whose title names its writer ("Response from Sir Jane Roe to
…", "Jane Roe writes to …") is the writer's; a lobby briefing titled with the spokesperson's
post ("Prime Minister's Official Spokesman") over "the PMOS replied" is the spokesman's."""

from extraction.suggest import suggest_claims


def _speaker(text, fragment, **metadata):
    for candidate in suggest_claims(text, **metadata):
        if fragment in candidate.quote:
            return candidate.speaker
    raise KeyError(fragment)


_FLOOR = (
    "I am glad to stand here with my colleague from Westmarch, Senator Dobbin, to talk "
    "about our ferries.\n"
    "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"
    "Fares fell by 3 percent this year, the first fall in 20 years.\n"
)

# The publisher is one person's office.


def test_a_senators_office_speaks_for_the_senator_not_the_colleague_in_the_title():
    speaker = _speaker(
        _FLOOR,
        "48,000",
        kind="speech",
        title="Senator Quill floor remarks on ferries (with Senator Dobbin), May 3, 2018",
        publisher="Office of Senator Mara Quill (Senate website, floor remarks)",
    )
    assert speaker == "Mara Quill"


def test_other_forms_of_a_members_own_office():
    for publisher in (
        "Office of the Hon Mara Quill MP",
        "Mara Quill's office",
        "Senator Mara Quill (press office)",
        "Office of Sen. Mara Quill",
    ):
        speaker = _speaker(
            _FLOOR, "48,000", kind="press_release", title="Ferries", publisher=publisher
        )
        assert speaker == "Mara Quill", publisher


def test_a_body_called_an_office_is_no_persons_office():
    for publisher in (
        "Office for National Statistics",
        "Office of the Auditor-General",
        "Office of Ferry Management",
    ):
        text = "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"
        speaker = _speaker(
            text, "48,000", kind="press_release", title="Ferry journeys", publisher=publisher
        )
        assert speaker == publisher


# A letter whose title names its writer.

_LETTER = (
    "Dear Mr Holm,\n\n"
    "Thank you for your letter of 4 May about ferry statistics.\n\n"
    "The Ferry Board publishes journey figures every month and it has given a regional "
    "breakdown since February 2021.\n\n"
    "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"
)


def test_a_published_letter_is_its_writers():
    for title in (
        "Reply from Dame Ottilie Frane to Cedric Holm MP – ferry statistics",
        "Letter from Ottilie Frane to Cedric Holm",
        "Ottilie Frane writes to Cedric Holm about ferry statistics",
    ):
        speaker = _speaker(
            _LETTER,
            "48,000",
            kind="press_release",
            title=title,
            publisher="Ferry Statistics Board (published correspondence)",
        )
        assert speaker == "Ottilie Frane", title


def test_a_news_story_about_a_letter_keeps_the_outlets_voice():
    text = "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"
    speaker = _speaker(
        text,
        "48,000",
        kind="article",
        title="Ottilie Frane writes to Cedric Holm about ferry statistics",
        publisher="Westmarch Gazette",
    )
    assert speaker == "Westmarch Gazette"


# A lobby briefing titled with the spokesman's post.

_LOBBY = (
    "Ferries\n\n"
    "Put to him that a poll this morning said most sailors believed the reforms had "
    "failed, the PMOS replied that we should look not at polls but at the facts.\n\n"
    "The facts were:\n\n"
    "  • 48,000 more ferry journeys since 1997;\n"
    "  • 12 new harbours had opened;\n\n"
    "Put to him that the sailors polled were seeing the reality, the PMOS replied that "
    "it was hard to comment on polls without knowing how representative they were.\n"
)


def test_a_lobby_briefing_is_the_spokesman_the_title_names():
    speaker = _speaker(
        _LOBBY,
        "12 new harbours",
        kind="interview",
        title="Ferries (Prime Minister's Official Spokesman, lobby briefing, 3 May 2006)",
        publisher="Prime Minister's Office",
    )
    assert speaker == "Prime Minister's Official Spokesman"


def test_a_release_naming_a_spokesman_once_is_no_briefing():
    text = (
        "12 new harbours had opened since 1997, the Prime Minister's official spokesman "
        "said.\n\nFerry journeys rose by 48,000 in March, the highest rise since 2008.\n"
    )
    speaker = _speaker(
        text, "48,000", kind="press_release", title="Ferries", publisher="Ferry Department"
    )
    assert speaker == "Ferry Department"


# A speaker quoting her own words.


def test_a_speaker_quoting_herself_keeps_the_quotation():
    text = (
        "Mara Quill, Minister for Ferries\n\n"
        "Hello, I'm Minister Quill. As I said earlier, \"Ferry journeys rose by 48,000 in "
        'March. Fares fell by 3 percent this year, the first fall in 20 years." Still, as '
        "the Premier has said, we are not complacent.\n"
    )
    speaker = _speaker(text, "Fares fell", kind="speech", title="Mara Quill, Minister for Ferries")
    assert speaker == "Mara Quill"


def test_a_quotation_another_is_named_for_stays_theirs():
    for text in (
        '"Fares fell by 3 percent this year, the first fall in 20 years," Ivo Dobbin said. '
        "As I said, it is good news.\n",
        'As I said earlier, Ivo Dobbin said: "Fares fell by 3 percent this year, the first '
        'fall in 20 years."\n',
    ):
        speaker = _speaker(
            "Ferries\n\n" + text,
            "Fares fell",
            kind="press_release",
            title="Ferries",
            publisher="Ferry Department",
        )
        assert speaker == "Ivo Dobbin", text


# A programme's reporter labelled "NAME, Outlet Correspondent:".

_PROGRAMME = (
    "Transcript:\n"
    "Harbour Week\n"
    "{label}\n"
    "Welcome to Harbour Week, I'm Westmarch Radio Correspondent Ines Talbot. "
    "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"
    "Ivo Dobbin, Harbour Master:\n"
    "Fares fell by 3 percent this year, the first fall in 20 years.\n"
    "INES TALBOT:\n"
    "Not everyone agrees.\n"
)


def test_a_correspondents_label_gives_her_full_name():
    for label in ("INES TALBOT, Westmarch Radio Correspondent:", "TALBOT, WR Correspondent:"):
        speaker = _speaker(
            _PROGRAMME.format(label=label),
            "48,000",
            kind="interview",
            title="Harbour Week (transcript)",
            publisher="Westmarch Radio",
        )
        assert speaker == "Ines Talbot", label


def test_a_line_that_names_no_one_is_no_correspondents_label():
    speaker = _speaker(
        _PROGRAMME.format(label="Coming up next, our Correspondent:"),
        "48,000",
        kind="interview",
        title="Harbour Week (transcript)",
        publisher="Westmarch Radio",
    )
    assert speaker == "Westmarch Radio"
