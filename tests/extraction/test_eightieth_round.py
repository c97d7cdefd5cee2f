"""Seventy-ninth round: the maker of a statement, a motion, an opening statement and a
briefing's answers, from rounds 73 to 78. A minister's statement laid under "… (Name) has
made the following statement"; a Lords motion "Moved by Lord X"; a hearing's opening
statement whose title names its maker; a lobby briefing's spokesperson by any of the names
the summary gives her; a motion's or an amendment's words on a page that is no debate.
Each rule has a case where it must not fire."""

from extraction.attribution import Resolver
from extraction.attribution.laid_statements import statement_maker
from extraction.attribution.statement_by import opening_author
from extraction.attribution.tabled import reported_motion
from extraction.suggest import suggest_claims

_FARES = "Ferry fares fell by 12 per cent in 2023, the largest fall since 1998."
_TRIPS = "Ferry journeys rose by 48,000 in March, the highest rise since 2008."


class _Speakers:
    """The speaker of the suggested claim whose words hold a fragment (full stops in
    initials aside)."""

    def __init__(self, candidates):
        self.candidates = candidates

    def __getitem__(self, fragment):
        for candidate in self.candidates:
            if fragment in candidate.quote:
                return (candidate.speaker or "").replace(".", "")
        raise KeyError(fragment)


def _speakers(text, **metadata):
    return _Speakers(suggest_claims(text, **metadata))


# (1) A minister's statement laid before a house: the named minister's.


def test_a_written_statement_laid_in_the_other_house_is_the_named_ministers():
    text = (
        "Harbour Authority: Annual Report\n\nVolume 712: debated on Monday 4 March 2024\n\n"
        "My right honourable friend the Secretary of State for Harbours (Tessa Marlow) has"
        " made the following Written Ministerial Statement.\n\n"
        "The Harbour Authority's annual report has today been laid before Parliament.\n\n"
        f"{_FARES}\n\n{_TRIPS}\n"
    )
    speakers = _speakers(
        text,
        kind="parliamentary_record",
        title="Harbour Authority: Annual Report (Written Ministerial Statement)",
        publisher="House of Lords",
    )
    assert speakers["Ferry fares fell"] == "Tessa Marlow"
    assert speakers["Ferry journeys rose"] == "Tessa Marlow"


def test_a_statement_made_today_by_an_office_and_its_holder_on_a_ministers_page():
    text = (
        "Ferry Services\n\nThe Minister of State for Ports (Owen Brack) has today made the"
        f" following statement:\n\n{_FARES} {_TRIPS}\n"
    )
    speakers = _speakers(
        text, kind="press_release", title="Ferry Services", publisher="Department for Ports"
    )
    assert speakers["Ferry fares fell"] == "Owen Brack"


def test_the_statement_lines_other_orders_of_words():
    resolver = Resolver("Minister for Ferries Ann Lee visited Northport.")
    maker = statement_maker(
        "The following Written Statement was made today by the Cabinet Secretary for Buses"
        " (Jane Roe).",
        resolver,
    )
    assert maker is not None and maker.name == "Jane Roe"
    tabled = statement_maker(
        "The Minister for Ports (Mr Owen Brack) has tabled the following ministerial statement:",
        resolver,
    )
    assert tabled is not None and tabled.name == "Owen Brack"
    peer = statement_maker(
        "My noble Friend the Minister of State (Baroness Roe of Northtown) has made the"
        " following Ministerial Statement.",
        resolver,
    )
    assert peer is not None and peer.name == "Baroness Roe of Northtown"
    named = statement_maker(
        "Jane Roe, Minister for Buses, has made the following statement:", resolver
    )
    assert named is not None and named.name == "Jane Roe"
    # An office alone: the holder the text names, else no one.
    holder = statement_maker("The Minister for Ferries has made the following statement.", resolver)
    assert holder is not None and holder.name == "Ann Lee"
    assert (
        statement_maker("The Minister for Trains has made the following statement.", resolver)
        is None
    )
    assert statement_maker("The Government has made the following statement.", resolver) is None


def test_a_statement_line_naming_only_an_office_leaves_the_record_alone():
    text = (
        "Harbour Authority: Annual Report\n\n"
        "The Minister for Harbours has made the following Written Ministerial Statement.\n\n"
        f"{_FARES}\n"
    )
    speakers = _speakers(
        text,
        kind="parliamentary_record",
        title="Harbour Authority: Annual Report (Written Ministerial Statement)",
        publisher="House of Lords",
    )
    assert speakers["Ferry fares fell"] == "House of Lords"


def test_a_speaker_heading_after_the_statement_starts_that_members_turn():
    text = (
        "Ferry Services\n\nMy right hon. Friend the Secretary of State for Harbours (Tessa"
        " Marlow) has made the following statement.\n\n"
        f"{_FARES}\n\nLord Harwood (Lab)\n\nMy Lords, {_TRIPS}\n"
    )
    speakers = _speakers(
        text,
        kind="parliamentary_record",
        title="Ferry Services",
        publisher="House of Lords",
    )
    assert speakers["Ferry fares fell"] == "Tessa Marlow"
    assert speakers["Ferry journeys rose"] == "Harwood"


def test_a_commons_statement_whose_page_names_nobody_stays_the_houses():
    text = (
        "Ferry Services\n\nVolume 700: debated on Wednesday 5 June 2024\n\n"
        "I am grateful, Mr Speaker, for your permission to make this statement on ferry"
        f" services.\n\n{_FARES}\n"
    )
    speakers = _speakers(
        text, kind="parliamentary_record", title="Ferry Services", publisher="House of Commons"
    )
    assert speakers["Ferry fares fell"] == "House of Commons"


# (2) A Lords motion "Moved by Lord X": the motion and his speech are his.


def test_a_one_line_record_of_a_motion_moved_by_a_peer_is_the_movers():
    text = (
        "Ferry Fares Order 2024 Motion to Regret 18:02:00 Moved by Lord Harwood of Eastmere"
        " That this House regrets that the Ferry Fares Order 2024 will raise fares by 9 per"
        " cent in April 2024. Lord Harwood of Eastmere (Lab) My Lords, I beg to move. "
        f"{_FARES} {_TRIPS}"
    )
    speakers = _speakers(
        text,
        kind="parliamentary_record",
        title="Ferry Fares Order 2024: Motion to Regret",
        publisher="UK Parliament",
        threshold=0,
    )
    assert "Harwood of Eastmere" in speakers["raise fares by 9 per cent"]
    assert "Harwood of Eastmere" in speakers["Ferry fares fell"]


def test_a_moved_by_line_over_the_motion_gives_it_to_the_mover():
    text = (
        "Ferry Services\nMotion to Take Note\n\nMoved by Baroness Tilney\n\n"
        "That this House takes note of the fall in ferry fares of 12 per cent in 2023.\n\n"
        f"My Lords, {_TRIPS}\n"
    )
    speakers = _speakers(
        text,
        kind="parliamentary_record",
        title="Ferry Services",
        publisher="House of Lords",
        threshold=0,
    )
    assert speakers["fall in ferry fares of 12 per cent"] == "Tilney"
    assert speakers["Ferry journeys rose"] == "Tilney"


def test_peers_headed_after_the_motion_keep_their_own_speeches():
    text = (
        "Ferry Services\nMotion to Take Note\n\nMoved by Baroness Tilney\n\n"
        "That this House takes note of the state of ferry services.\n\n"
        f"Lord Harwood (Con)\n\nMy Lords, {_FARES}\n\nBaroness Amberley (LD)\n\n"
        f"My Lords, {_TRIPS}\n"
    )
    speakers = _speakers(
        text, kind="parliamentary_record", title="Ferry Services", publisher="House of Lords"
    )
    assert speakers["Ferry fares fell"] == "Harwood"
    assert speakers["Ferry journeys rose"] == "Amberley"


# (3) A hearing's opening statement whose title names its maker.


def test_a_surname_before_opening_statement_resolves_to_the_full_name_in_the_text():
    text = (
        "Marlow Opening Statement at Hearing on Ferry Safety\n\nMay 3, 2024\n\n"
        "NORTHPORT – The top Democrat on the Ferries Committee Tessa Marlow (D-NL) delivered"
        " the following opening statement.\n\nRemarks as prepared for delivery:\n\n"
        f"“Thank you, Chairman Brack.\n\n“{_FARES}\n"
    )
    speakers = _speakers(
        text,
        kind="speech",
        title="Marlow Opening Statement at Hearing on Ferry Safety",
        publisher="House Committee on Ferries",
    )
    assert speakers["Ferry fares fell"] == "Tessa Marlow"


def test_an_opening_statement_titles_office_and_name_after_a_colon():
    text = f"Remarks as prepared for delivery:\n\nI want to welcome our witnesses.\n\n{_FARES}\n"
    speakers = _speakers(
        text,
        kind="speech",
        title="Opening Statement: Ranking Member Owen J. Brack Subcommittee on Ports Hearing:"
        " Harbour Dredging",
        publisher="House Committee on Ferries",
    )
    assert speakers["Ferry fares fell"] == "Owen J Brack"


def test_an_office_and_a_surname_the_text_never_completes_stay_as_printed():
    resolver = Resolver(f"Thank you all for coming. {_FARES}")
    maker = opening_author(
        "Chairwoman Marlow’s Opening Remarks: Markup of the Ferries Bill", resolver
    )
    assert maker is not None and maker.name == "Chairwoman Marlow"
    # A word alone the text never completes, a body, an occasion: no maker.
    assert opening_author("Marlow Opening Statement: Hearing on Ferries", resolver) is None
    assert opening_author("Committee Opening Statement at Hearing on Ferries", resolver) is None
    assert opening_author("Opening Remarks Before the Harbour Forum", resolver) is None
    # Two words that no office, title or initial makes a name, and the text gives no one.
    assert opening_author("Ferry Safety Opening Statement at Hearing", resolver) is None
    assert opening_author("Northland Delegation Opening Remarks at Summit", resolver) is None


def test_a_news_article_quoting_a_committee_chairman_keeps_its_narration():
    text = (
        "Ferry chairman warns of delays\n\n"
        "The Ferries Committee held its first hearing on ferry safety on Tuesday.\n\n"
        f"Chairman Owen Brack said: “{_FARES}”\n\n{_TRIPS}\n"
    )
    speakers = _speakers(
        text,
        kind="article",
        title="Ferry chairman warns of delays at opening hearing",
        publisher="Northport Courier",
    )
    assert speakers["Ferry fares fell"] == "Owen Brack"
    assert speakers["Ferry journeys rose"] == "Northport Courier"


# (4) A lobby briefing's answers: its spokesperson's, by any name the summary gives her.


def test_a_briefing_naming_its_spokesperson_only_by_a_short_form_spells_it_out():
    text = (
        "Press release\n\nPress briefing - morning 4 June 2024\n\nFerries and fares.\n\n"
        "Ferries\n\nAsked whether the Premier was concerned about delays, the PS said that"
        f" the new fleet would arrive in May. {_FARES}\n\n"
        f"Asked about journeys, the PS told reporters that more people were travelling. {_TRIPS}\n"
    )
    speakers = _speakers(
        text,
        kind="interview",
        title="Press briefing - morning 4 June 2024",
        publisher="Premier's Office",
    )
    assert speakers["Ferry fares fell"] == "Premier's Spokesperson"
    assert speakers["Ferry journeys rose"] == "Premier's Spokesperson"


def test_a_briefings_spokesperson_named_once_in_full_then_by_her_short_form():
    text = (
        "Press briefing: afternoon 4 June 2024\n\n"
        "The Chancellor’s Spokesperson answered questions on ferries and fares.\n\n"
        f"Asked about fares, the CS said fares were falling. {_FARES}\n\n"
        f"Questioned on journeys, the CS again said that more people travelled. {_TRIPS}\n"
    )
    speakers = _speakers(
        text,
        kind="interview",
        title="Press briefing: afternoon 4 June 2024",
        publisher="HM Treasury",
    )
    assert speakers["Ferry fares fell"] == "Chancellor’s Spokesperson"
    assert speakers["Ferry journeys rose"] == "Chancellor’s Spokesperson"


def test_a_briefings_unnamed_spokesperson_is_the_publishing_offices():
    text = (
        "Daily press briefing, 4 June 2024\n\n"
        f"Asked about fares, the spokesperson said that fares were falling. {_FARES}\n\n"
        f"The spokesperson told reporters that more people were travelling. {_TRIPS}\n"
    )
    speakers = _speakers(
        text,
        kind="interview",
        title="Daily press briefing, 4 June 2024",
        publisher="Office of the Mayor",
    )
    assert speakers["Ferry fares fell"] == "Mayor's Spokesperson"
    assert speakers["Ferry journeys rose"] == "Mayor's Spokesperson"


def test_a_body_whose_short_form_ends_in_s_is_no_spokesperson():
    text = (
        "Press briefing - morning 4 June 2024\n\n"
        f"Asked about ferries, the NFS said that fares were falling. {_FARES}\n\n"
        f"The NFS said that more people were travelling. {_TRIPS}\n"
    )
    speakers = _speakers(
        text,
        kind="interview",
        title="Press briefing - morning 4 June 2024",
        publisher="Northland Ferry Service",
    )
    assert speakers["Ferry journeys rose"] != "NFS"
    assert "Spokesperson" not in speakers["Ferry journeys rose"]


def test_a_release_reporting_a_spokesperson_twice_is_no_briefing():
    text = (
        "Ferry fares fall again\n\n"
        f"{_FARES}\n\nThe spokesperson said the fall would continue.\n\n"
        f"The spokesperson said that more people were travelling. {_TRIPS}\n"
    )
    speakers = _speakers(
        text, kind="press_release", title="Ferry fares fall again", publisher="Northland Ferries"
    )
    assert speakers["Ferry fares fell"] == "Northland Ferries"


# (5) A motion's or an amendment's words on a page that is no debate: the mover's.

_NEWS = (
    "Ferry fares debate\n\n4 June 2024\n\n"
    "The Assembly debates an Opposition motion and a Government amendment on ferry fares.\n\n"
    "Opposition motion:\n\nFERRY FARES\n\n"
    "Mrs Tessa Marlow Owen Hale Mr Peter Lunn Ms Ann Lee\n\n"
    "That this Assembly notes that ferry fares have risen by 30 per cent since 2019; and"
    " calls on the Government to freeze fares.\n\n"
    "Government amendment:\n\n"
    "The First Minister Mr Minister for Ports Ms Jane Roe\n\n"
    "Line 1, leave out from ‘Assembly’ to end and add ‘notes that the Government has"
    " invested £40 million in new ferries since 2020’.\n"
)


def test_a_motion_and_an_amendment_in_a_news_story_are_their_movers():
    speakers = _speakers(
        _NEWS,
        kind="article",
        title="Ferry fares debate",
        publisher="Northland Assembly",
        threshold=0,
    )
    assert speakers["risen by 30 per cent"] == "Tessa Marlow"
    assert speakers["invested £40 million"] == "First Minister"
    assert speakers["debates an Opposition motion"] == "Northland Assembly"


def test_a_story_reporting_a_motion_tabled_by_a_member_gives_its_words_to_her():
    resolver = Resolver("")
    mover = reported_motion(
        "The Opposition motion, tabled by Tessa Marlow, notes that ferry fares have risen by"
        " 30 per cent since 2019.",
        resolver,
    )
    assert mover is not None and mover.name == "Tessa Marlow"
    assert reported_motion("The motion was tabled by Tessa Marlow last week.", resolver) is None
    text = (
        "Fares motion defeated\n\nThe Assembly voted down a motion on ferry fares on Tuesday.\n\n"
        "The motion, tabled by Tessa Marlow, claims that ferry fares have risen by 30 per cent"
        " since 2019.\n\nThe Government amendment was agreed by 40 votes to 12.\n"
    )
    speakers = _speakers(
        text, kind="article", title="Fares motion defeated", publisher="Northport Courier"
    )
    assert speakers["risen by 30 per cent"] == "Tessa Marlow"


def test_a_government_amendment_with_no_names_is_the_governments():
    text = (
        "Ferry fares debate\n\nGovernment amendment:\n\n"
        "Line 1, leave out from ‘Assembly’ to end and add ‘notes that the Government has"
        " invested £40 million in new ferries since 2020’.\n"
    )
    speakers = _speakers(
        text, kind="article", title="Ferry fares debate", publisher="Northland Assembly"
    )
    assert speakers["invested £40 million"] == "Government"


def test_a_motion_that_names_no_mover_stays_the_pages():
    text = (
        "Ferry fares debate\n\nThe Assembly will debate the following motion on Tuesday.\n\n"
        "That this Assembly notes that ferry fares have risen by 30 per cent since 2019.\n"
    )
    speakers = _speakers(
        text, kind="article", title="Ferry fares debate", publisher="Northland Assembly"
    )
    assert speakers["risen by 30 per cent"] == "Northland Assembly"


def test_a_briefing_transcripts_answers_stay_the_briefers():
    text = (
        "Press Briefing by Press Secretary Jane Roe\n\nMay 3, 2024\n\n"
        "Q: Will fares keep falling?\n\n"
        f"A: As the spokesperson said yesterday, they will. {_FARES}\n\n"
        "Q: And journeys?\n\n"
        f"A: The spokesperson said that more people travel. {_TRIPS}\n"
    )
    speakers = _speakers(
        text,
        kind="interview",
        title="Press Briefing by Press Secretary Jane Roe",
        publisher="Office of the Governor",
    )
    assert speakers["Ferry journeys rose"] == "Jane Roe"


def test_a_briefing_page_reporting_a_spokesperson_once_keeps_its_narration():
    text = (
        "Press briefing: 4 June 2024\n\n"
        f"The Ferry Board met on Monday. {_FARES}\n\n"
        f"A spokesperson said the board was pleased. {_TRIPS}\n"
    )
    speakers = _speakers(
        text, kind="interview", title="Press briefing: 4 June 2024", publisher="Ferry Board"
    )
    assert speakers["Ferry fares fell"] == "Ferry Board"
