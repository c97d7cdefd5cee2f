"""Hundred-and-eighteenth round: read from rounds 212 to 221 after they were measured.
Record turns whose label the rules did not read (a member's label over a motion, "MS ROE
(Northtown) (10.21): I move:"; an office whose holder's name the record left out, "THE
MINISTER OF BUSES (SHRI ): …"; a member's heading whose link was saved empty, "Share this
| | Hansard source", over a turn going on in lowercase); a player's "Now Playing:"; news
copy reporting a body in ways the rules did not read (its short form in brackets before
"has said", "the Paris-based agency", "reckons that"); and a speech's title giving its
speaker's possessive before the occasion ("Hon. Jane Roe's 2020-2021 National Budget
Address")."""

RECORD = {"kind": "parliamentary_record", "title": "Hansard", "publisher": "Bus Assembly"}
STORY = {"kind": "article", "title": "Bus fares", "publisher": "The Daily Paper"}


def test_a_members_label_over_a_motion_opens_her_turn(speaker_of):
    text = (
        "MADAM SPEAKER: I will make a ruling today.\n\n"
        "Mrs Doe: Thanks.\n\n"
        "Bus services\n\n"
        "MS LE ROE (Northtown) (10.21): I move:\n\n"
        "That this Assembly:\n\n"
        "(1) notes that:\n\n"
        "(a) Northtown now has the highest bus fares in the country, up 12 per cent in a year;\n"
    )
    assert speaker_of(text, "12 per cent", **RECORD) == "Le Roe"


def test_an_office_whose_holders_name_the_record_left_out_is_the_office(speaker_of):
    text = (
        "SYNOPSIS OF DEBATES\n\nTuesday, February 9, 2021\n\n"
        "STATEMENT BY THE MINISTER Re: Bus depot fire\n\n"
        "THE MINISTER OF ROAD TRANSPORT (SHRI ): On the 7th February a fire destroyed 40 "
        "buses at the Northtown depot. So far, 20 people have been injured.\n"
    )
    assert speaker_of(text, "20 people", **RECORD) == "Minister of Road Transport"


def test_an_office_label_opening_with_the_names_no_one(speaker_of):
    text = (
        "Questions and answers\n\n"
        "THE MINISTER OF HOME AFFAIRS: Bus crime fell by 14 per cent last year.\n"
    )
    assert speaker_of(text, "14 per cent", **RECORD) == "Minister of Home Affairs"


def test_a_body_named_with_its_short_form_before_has_said(speaker_of):
    text = (
        "Northland is failing on buses, the Organisation for Bus Co-operation (OBC) has "
        "said, with fares up 9 per cent.\n"
    )
    assert speaker_of(text, "9 per cent", **STORY) == "Organisation for Bus Co-operation"


def test_the_x_based_agency_is_the_body_named_before(speaker_of):
    text = (
        "Fares have stalled, the Organisation for Bus Co-operation (OBC) has said.\n\n"
        "In its latest report, the Paris-based agency said Northland had the strongest "
        "recovery of any member, with ridership up 5.2 per cent.\n"
    )
    assert speaker_of(text, "5.2 per cent", **STORY) == "Organisation for Bus Co-operation"


def test_reckons_that_reports_the_body(speaker_of):
    text = (
        "The Bus Fiscal Council reckons that more than half of last year's receipts, €11.5 "
        "billion, were a windfall.\n"
    )
    assert speaker_of(text, "€11.5", **STORY) == "Bus Fiscal Council"


SPEECH = (
    "Honourable Speaker,\n\nIt is my privilege to present the budget. Bus fares will fall by "
    "10 per cent from July.\n"
)


def test_a_titles_possessive_before_the_occasion_and_address_names_the_speaker(speaker_of):
    metadata = {"kind": "speech", "publisher": "Bus Government"}
    title = "HON. JANE Q-ROE'S 2020-2021 NATIONAL BUS BUDGET ADDRESS"
    assert speaker_of(SPEECH, "10 per cent", title=title, **metadata) == "Jane Q-roe"
    title = "Text of PM Roe's address at the opening of the Northtown bus depot"
    assert speaker_of(SPEECH, "10 per cent", title=title, **metadata) == "PM Roe"


def test_a_members_heading_with_an_empty_link_keeps_her_turn_going_on_in_lowercase(speaker_of):
    text = (
        "House debates\n\nQuestions without Notice\n\n"
        "Photo of Jane RoeJane Roe (Northtown, Bus Party, Prime Minister) Share this | | "
        "Hansard source\n\n"
        "I'm asked a very broad question—\n\n"
        "Photo of John DoeJohn Doe (Speaker) Share this | | Hansard source\n\n"
        "The member for Southtown is warned.\n\n"
        "Photo of Jane RoeJane Roe (Northtown, Bus Party, Prime Minister) Share this | | "
        "Hansard source\n\n"
        "about bus fares. We cut fares by 20 per cent last year.\n"
    )
    assert speaker_of(text, "20 per cent", **RECORD) == "Jane Roe"


def test_a_players_now_playing_line_is_no_speaker(speaker_of):
    text = (
        "One-on-one with the Bus Secretary\n\nSkip to this video now\n\nNow Playing:\n\n"
        "Video Transcript\n\nWe talked to the secretary about a crisis: one in three riders "
        "pay more than 30% of their income on fares.\n"
    )
    metadata = {"kind": "interview", "title": "One-on-one", "publisher": "Bus News"}
    assert speaker_of(text, "30%", **metadata) == "Bus News"
