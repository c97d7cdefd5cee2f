"""Sixty-eighth round: speakers from rounds 52 to 57. Page furniture and parts of a body's
name are no person (a contact block, a photo placeholder, a version's status in brackets,
the tail of a body's name, a member's office in a salutation, a speech's venue town); the
layout that carries the real speaker is read instead (a plenary record's run-in name line,
a written statement's "Made by" line, a committee chair's invitation, a separate opinion's
line, a bracketed transcript label). Joint statements, communiqués, an official's
announcement opening a release, offices listed with commas, a press office's round-up of
the papers and a government release credited in its headline."""

from extraction.suggest import suggest_claims


def _speakers(text, **metadata):
    return {c.quote[:20]: c.speaker for c in suggest_claims(text, **metadata)}


_FIGURES = "Bus journeys rose by 48,000 in March, the highest rise since 2008.\n"

# Page furniture and a body's name are no person.


def test_a_contact_block_label_is_no_speaker():
    text = (
        "Release Date: 03/04/2011\nContact Information:\n\n"
        "The Bureau published its yearly figures on Monday: bus journeys rose by 12 percent in"
        " 2010. Still, 40 routes lost money.\n\n"
        "“We carried 3 million more riders than in 2009,” said Bureau Director Jane Roe.\n\n"
        "Fares have now fallen for six years in a row, by 14 percent in all.\n"
    )
    speakers = _speakers(text, kind="press_release", publisher="Bureau of Bus Statistics")
    assert speakers["Still, 40 routes los"] == "Bureau of Bus Statistics"
    assert speakers["Fares have now falle"] == "Bureau of Bus Statistics"
    assert speakers["“We carried 3 millio"] == "Jane Roe"


def test_a_speaker_line_still_introduces_its_speaker():
    text = (
        "Northtown Bus Office\n\nBus Commissioner Jane Roe said:\n\n"
        "“Bus journeys rose by 48,000 in March, the highest rise since 2008.”\n"
    )
    speakers = _speakers(text, kind="press_release", publisher="Northtown Bus Office")
    assert speakers["“Bus journeys rose b"] == "Jane Roe"


def test_a_version_in_brackets_is_no_holder_of_the_office():
    text = (
        "Transport Committee debate\n\nEstimate 4 - Chief Inspector of Buses (Revised)\n\n"
        "The Bus Inspectorate will spend €12.4 million this year, 3% more than in 2023.\n"
    )
    speakers = _speakers(text, kind="parliamentary_record", publisher="Northland Assembly")
    assert speakers["The Bus Inspectorate"] != "Revised"


def test_an_office_heading_with_its_holder_in_brackets_still_starts_a_turn():
    text = (
        "Bus Services\n\nThe Parliamentary Under-Secretary, Department for Buses (Baroness Doe"
        " of Eastfield)\n\nMy Lords, bus journeys rose by 48,000 in March, the highest rise"
        " since 2008.\n"
    )
    speakers = _speakers(text, kind="parliamentary_record", publisher="House of Lords")
    assert speakers["My Lords, bus journe"] == "Doe of Eastfield"


def test_the_tail_of_a_bodys_name_after_an_office_is_no_person():
    text = (
        "BTA Northland released its monthly figures on Tuesday.\n\n"
        "When the figures came out, Dr Jane Roe, Director of Operations for BTA Northland,"
        " said: “Bus journeys rose by 48,000 in March, the highest rise since 2008.\n"
    )
    speakers = _speakers(text, kind="article", publisher="BTA Northland")
    assert speakers["When the figures cam"] == "Jane Roe"


def test_a_photo_placeholder_is_no_name_and_the_plenary_name_line_is_the_speaker():
    text = (
        "Plenary record\nMinutes\nMBRphoto\n\n"
        "President. – We turn now to the statement on buses.\n\n"
        "MBRphoto\n\n"
        "Jane Roe, Member of the Executive. – Mr President, bus journeys rose by 48,000 in"
        " March, the highest rise since 2008.\n\n"
        "Our plan would fund 400 new routes by 2026.\n"
    )
    speakers = _speakers(text, kind="parliamentary_record", publisher="Northland Parliament")
    assert speakers["Jane Roe, Member of "] == "Jane Roe"
    assert speakers["Our plan would fund "] == "Jane Roe"


def test_a_plenary_turn_without_a_dash_needs_an_office_and_the_chair_addressed():
    text = (
        "Plenary record\n\n"
        "Jane Roe, President-in-Office of the Board. Mr President, bus journeys rose by"
        " 48,000 in March, the highest rise since 2008.\n\n"
        "John Doe, our colleague from Eastfield. The plan would fund 400 new routes by 2026.\n"
    )
    speakers = _speakers(text, kind="parliamentary_record", publisher="Northland Parliament")
    assert speakers["Mr President, bus jo"] == "Jane Roe"
    assert speakers["The plan would fund "] == "Jane Roe"


def test_a_member_office_in_a_salutation_is_no_name_and_a_bracketed_label_names_the_speaker():
    text = (
        "Video transcript: the Bus Auditor on transit safety. Summary: In his evidence, Bus"
        " Auditor John Q. Doe spoke on bus safety. Released: March 2023 [ John Doe: ] Good"
        " afternoon, Madam Chair. Senator Poe, Ranking Member, and members of the committee."
        " Bus journeys rose by 48,000 in March, the highest rise since 2008."
    )
    speakers = _speakers(text, kind="speech", publisher="Bus Audit Office")
    assert "Ranking Member" not in speakers.values()
    assert speakers["Bus journeys rose by"] == "John Doe"


def test_the_town_after_a_speech_titles_occasion_is_no_speaker():
    text = (
        "Thank you for having me at the Forum.\n\n"
        "Speaking as the Governor of the BBN, I want to set out our plans.\n\n" + _FIGURES
    )
    speakers = _speakers(
        text,
        kind="speech",
        title="Speech by the Governor of the Bus Bank of Northland to the Harbour Forum,"
        " Eastfield Vale",
        publisher="Bus Bank of Northland",
    )
    assert speakers["Bus journeys rose by"] == "Governor of the BBN"


# A witness's turn in committee oral evidence.

_EVIDENCE = (
    "Oral evidence (Questions 1-20)\n\n"
    "Q1 Chairman: Director, thank you for coming. I believe you have a short statement.\n\n"
)


def test_a_witness_label_whose_surname_is_an_office_word_is_the_witness():
    text = _EVIDENCE + "Ms Judge: Thank you, Chairman. " + _FIGURES
    speakers = _speakers(text, kind="interview", publisher="Transport Committee")
    assert speakers["Bus journeys rose by"] == "Judge"


def test_a_presiding_officers_label_is_still_the_office_not_a_surname():
    text = "Mr Speaker: " + _FIGURES
    claims = suggest_claims(text, kind="parliamentary_record", publisher="Northland Assembly")
    assert [(c.speaker, c.speaker_role) for c in claims] == [("Speaker", "Speaker")]


def test_a_one_word_surname_label_still_names_its_speaker():
    text = (
        "Interview with Transport Minister Ann Murphy\n\n"
        "Q: How are the buses doing?\n\n"
        "MURPHY: Bus journeys rose by 48,000 in March, the highest rise since 2008.\n"
    )
    speakers = _speakers(text, kind="interview", publisher="Northland Radio")
    assert speakers["MURPHY: Bus journeys"] == "Ann Murphy"


# A committee record printed without labels: the chair's invitation hands over the floor.

_UNLABELLED = (
    "Transport Committee debate\n\n"
    "Good morning to the Minister and her team. We have 45 minutes for this item, the"
    " shortest session since 2019.\n\n"
    "I call on the Minister to give her opening statement.\n\n"
    "I thank the Chair and members for having me. The Bus Inspectorate will spend €12.4"
    " million this year, 3% more than in 2023.\n"
)


def test_the_invited_office_speaks_after_the_chairs_invitation():
    speakers = _speakers(_UNLABELLED, kind="parliamentary_record", publisher="Northland Assembly")
    assert speakers["The Bus Inspectorate"] == "Minister"
    assert speakers["We have 45 minutes f"] == "Chair"


def test_an_invitation_inside_a_labelled_turn_changes_nothing():
    labelled = "The Chair (Jane Roe): Good morning to the Minister"
    text = _UNLABELLED.replace("Good morning to the Minister", labelled)
    speakers = _speakers(text, kind="parliamentary_record", publisher="Northland Assembly")
    assert speakers["We have 45 minutes f"] == "Jane Roe"


# A joint statement: the narration both signatories', each signed quotation its signer's.

_JOINT = (
    "October 12, 2016\n\nJoint Statement of\nJane Roe,\nSecretary of Buses,\nand\n"
    "John Doe,\nDirector of the Rail Office,\non\nthe Yearly Bus Accounts\n\nOverview\n\n"
    "The department today published its yearly bus accounts. They show 48,000 more"
    " journeys in 2016.\n\n"
    '"Bus journeys rose by 12 percent this year, the highest rise since 2008."\n\n'
    "- Secretary Jane Roe\n\n"
    '"Rail fares fell by 3 percent, the first fall in 20 years."\n'
)


def test_a_joint_statements_narration_is_both_signatories_and_each_quote_its_signers():
    speakers = _speakers(_JOINT, kind="press_release", publisher="Department of Buses")
    assert speakers["They show 48,000 mor"] == "Jane Roe and John Doe"
    assert speakers['"Bus journeys rose b'] == "Jane Roe"
    assert speakers['"Rail fares fell by '] == "John Doe"


_ACCOUNTS = (
    "The department today published its yearly bus accounts, which show 48,000 more journeys"
    " in 2016.\n"
)


def test_a_joint_statement_title_names_both():
    speakers = _speakers(
        _ACCOUNTS,
        kind="press_release",
        title="Statement by Secretary Jane Roe and Director John Doe on the Bus Accounts",
        publisher="Department of Buses",
    )
    assert speakers["The department today"] == "Jane Roe and John Doe"


def test_a_single_signatorys_statement_is_not_split():
    speakers = _speakers(
        _ACCOUNTS,
        kind="press_release",
        title="Statement by Jane Roe, Secretary of Buses, on the Bus Accounts",
        publisher="Department of Buses",
    )
    assert speakers["The department today"] == "Jane Roe"


# A council's communiqué: its collective narration is the council's.

_COMMUNIQUE = (
    "Posted by the Minister for Buses\n\n"
    "Bus Ministers' Council meeting\n\n"
    "The Bus Ministers' Council (Ministers' Council) met in Northtown on 3 May 2024. The"
    " Council agreed 4 new routes.\n\n"
    "Ministers noted that bus journeys rose by 48,000 in March, the highest rise since 2008.\n\n"
    "“Fares fell by 3 percent this year,” said Transport Minister Jane Roe.\n"
)


def test_a_communiques_narration_is_the_councils():
    speakers = _speakers(_COMMUNIQUE, kind="press_release", publisher="Minister for Buses")
    assert speakers["The Bus Ministers' C"] == "Bus Ministers' Council"
    assert speakers["Ministers noted that"] == "Bus Ministers' Council"


def test_a_quoted_minister_in_a_communique_keeps_her_words():
    speakers = _speakers(_COMMUNIQUE, kind="press_release", publisher="Minister for Buses")
    assert speakers["“Fares fell by 3 per"] == "Jane Roe"


def test_a_minister_meeting_a_council_is_no_communique():
    text = (
        "Minister meets bus council\n\n"
        "The minister met the Bus Council in Northtown on 3 May 2024. Bus journeys rose by"
        " 48,000 in March, the highest rise since 2008.\n"
    )
    speakers = _speakers(text, kind="press_release", publisher="Department of Buses")
    assert speakers["Bus journeys rose by"] == "Department of Buses"


# An official's announcement opening a release.

_ANNOUNCED = (
    "NORTHTOWN, Northland – District Attorney Jane Q. Roe announced today that 12 bus"
    " companies have been fined $2 million for fare fraud.\n\n"
    "The fines, set on 4 March, cover 40 counts of fare fraud since 2019.\n"
)


def test_an_officials_announcement_opening_a_release_is_hers():
    speakers = _speakers(_ANNOUNCED, kind="press_release", publisher="District Attorney's Office")
    assert speakers["NORTHTOWN, Northland"] == "Jane Q Roe"
    assert speakers["The fines, set on 4 "] == "District Attorney's Office"


def test_an_office_alone_announcing_keeps_the_releases_voice():
    text = _ANNOUNCED.replace("District Attorney Jane Q. Roe", "The District Attorney")
    speakers = _speakers(text, kind="press_release", publisher="District Attorney's Office")
    assert speakers["NORTHTOWN, Northland"] == "District Attorney's Office"


# A written statement on a parliament's listing page.

_LISTING = (
    "Statements\n\n"
    "Statements laid before the house appear here, 20 to a page.\n\n"
    "Department for Buses\nMade on: 4 May 2017\n"
    "Made by: Jane Roe (The Secretary of State for Buses)\nLower House\n\nBus Fares\n\n"
    "Since the reforms, bus journeys rose by 48,000 in March, the highest rise since 2008.\n"
)


def test_a_written_statement_is_the_member_its_made_by_line_names():
    speakers = _speakers(_LISTING, kind="parliamentary_record", publisher="Northland Parliament")
    assert speakers["Since the reforms, b"] == "Jane Roe"


def test_a_listing_without_a_made_by_line_stays_the_pages():
    text = _LISTING.replace("Made by: Jane Roe (The Secretary of State for Buses)\n", "")
    speakers = _speakers(text, kind="parliamentary_record", publisher="Northland Parliament")
    assert speakers.get("Since the reforms, b") != "Jane Roe"


# A supreme court's separate opinion.

_CONCURRENCE = (
    "Cite as: 612 N. S. ____ (2031)\n\nROE, J., concurring in judgment\n\n"
    "When it was passed in 1981, the Bus Act covered 40 percent of routes. In 1990, the"
    " Assembly extended it to 12,000 more routes.\n"
)


def test_a_concurrence_is_its_justices():
    speakers = _speakers(_CONCURRENCE, kind="report", publisher="Supreme Court of Northland")
    assert speakers["When it was passed i"] == "Roe"


def test_the_opinion_of_the_court_is_no_separate_opinion():
    text = _CONCURRENCE.replace(
        "ROE, J., concurring in judgment", "ROE, J., delivered the opinion of the Court."
    )
    speakers = _speakers(text, kind="report", publisher="Supreme Court of Northland")
    assert speakers["When it was passed i"] == "Supreme Court of Northland"


# An office whose portfolios are listed with commas.

_PORTFOLIO = (
    "Deputy Leader and Minister for Roads, Rails and Buses Jane Roe TD today welcomed the"
    " latest figures.\n\n"
    "Speaking today, the Deputy Leader and Minister for Roads, Rails and Buses said: “Bus"
    " journeys rose by 48,000 in March, the highest rise since 2008. I took this job as"
    " Minister for Roads, Rails and Buses to add routes.\n\n"
    "Fares fell by 3 percent in the year, the first fall since 2001.”\n\n"
    "The figures show 1,480,000 journeys a week in Northland.\n\n"
    "The Deputy Leader noted: “Rail use rose 12 percent, the highest rise in 20 years.”\n"
)


def test_an_office_listed_with_commas_is_its_holders():
    speakers = _speakers(_PORTFOLIO, kind="press_release", publisher="Department of Transport")
    assert speakers["Speaking today, the "] == "Jane Roe"
    assert speakers["The Deputy Leader no"] == "Jane Roe"


def test_the_first_person_inside_an_open_quotation_leaves_the_release_its_voice():
    speakers = _speakers(_PORTFOLIO, kind="press_release", publisher="Department of Transport")
    assert speakers["The figures show 1,4"] == "Department of Transport"


# A press office's round-up of the papers.

_ROUNDUP = (
    "Bus fares: coverage round-up\n\n"
    "New fares cut costs for 3 million passengers from today.\n\n"
    "The Courier leads on the Deputy Prime Minister Jane Roe's pledge. In an interview with"
    " the paper, she said:\n\n"
    "I took the bus to work for 20 years, so I know fares matter. From today fares fall by"
    " 12 percent.”\n\n"
    "In The Herald, the Bus Secretary John Doe sets out how fares will fall by 12 percent in"
    " 2025. Writing in The Post, the Deputy PM warned that 400 routes are at risk by 2026.\n\n"
    "In The Gazette, fares for 40 routes are compared with 2010 prices.\n"
)


def test_a_round_up_gives_each_paper_report_to_its_minister():
    speakers = _speakers(_ROUNDUP, kind="article", publisher="Department of Buses")
    assert speakers["In The Herald, the B"] == "John Doe"
    assert speakers["Writing in The Post,"] == "Jane Roe"
    assert speakers["From today fares fal"] == "Jane Roe"


def test_a_round_up_sentence_about_a_paper_names_no_one():
    speakers = _speakers(_ROUNDUP, kind="article", publisher="Department of Buses")
    assert speakers["In The Gazette, fare"] == "Department of Buses"


# Small readings.


def test_a_number_after_added_is_what_was_added_not_words_said():
    text = (
        "Transport Minister Jane Roe said: “Bus journeys rose by 48,000 in March. Since 2019"
        " the Government has added nearly 1,800 drivers to the network.”\n"
    )
    speakers = _speakers(text, kind="press_release", publisher="Northland Government")
    assert speakers["Since 2019 the Gover"] == "Jane Roe"


_CREDITED = (
    "Record bus numbers a credit to drivers, says Roe\n"
    "Transport Minister Jane Roe has thanked drivers for a 12 percent rise in journeys.\n"
)


def test_a_government_release_credited_in_its_headline_is_the_ministers():
    speakers = _speakers(_CREDITED, kind="press_release", publisher="Northland Government")
    assert speakers["Transport Minister J"] == "Jane Roe"


def test_a_departments_release_keeps_its_voice_whatever_its_headline():
    speakers = _speakers(_CREDITED, kind="press_release", publisher="Department of Buses")
    assert speakers["Transport Minister J"] == "Department of Buses"


def test_a_heading_in_capitals_over_a_blank_line_leaves_the_turn_label_first():
    body = (
        "Rural routes need steady money, and the bill gives them none of it, the senator said"
        " at length on the floor of the chamber that day.\n"
    )
    wrapped = "".join(f"  {body[i : i + 68]}\n" for i in range(0, len(body), 68))
    text = (
        "[Assembly Record Volume 12 (Tuesday, March 3, 2020)]\n[Upper House]\n\n\n"
        "         FUNDING FOR RURAL BUS AND RAIL ROUTES IN THE SPENDING BILL\n\n"
        "  Ms. ROE. Mr. President, bus journeys rose by 48,000 in March, the highest rise \n"
        "since 2008, and 6.2 million riders depend on routes that the bill would fund. \n"
        "Without it we lose 40 routes, and we lost 5 million trips in the last year alone.\n"
        + wrapped
        + wrapped
    )
    speakers = _speakers(text, kind="parliamentary_record", publisher="Northland Congress")
    assert speakers["Mr. President, bus j"] == "Roe"


def test_a_report_from_a_body_said_is_the_bodys():
    text = (
        "The jobless rate fell to 3.9 percent in March.\n\n"
        "Tuesday's report from the Bus Office also said operators hired 2,300 drivers.\n"
    )
    speakers = _speakers(text, kind="article", publisher="Northland News")
    assert speakers["Tuesday's report fro"] == "Bus Office"


_PARTY_LINES = (
    "– in the Northland Assembly on 3 May 2023.\n"
    "Ann Poe\nBus Party\n"
    "1. To ask the First Minister what the bus plan will deliver.\n"
    "Jane Roe\nNorthland Bus Party\n"
    "Our focus remains on the bus plan: journeys rose by 48,000 in March, the highest since"
    " 2008.\n"
)


def test_a_name_line_over_a_party_line_starts_the_members_turn():
    speakers = _speakers(_PARTY_LINES, kind="parliamentary_record", publisher="Record Site")
    assert speakers["Our focus remains on"] == "Jane Roe"


def test_a_name_line_over_a_heading_word_starts_no_turn_the_turn_before_goes_on():
    text = _PARTY_LINES.replace("Northland Bus Party", "Summary")
    speakers = _speakers(text, kind="parliamentary_record", publisher="Record Site")
    assert speakers["Our focus remains on"] == "Ann Poe"
