"""Seventy-third round: speakers from rounds 61 to 66. One rule for a header that names one
person as the page's author (a name line under the title or the date, a kind line "Statement
given by …", "Statement <office> <name> on …", a testimony's cover, an author's photo
placeholder); officials quoted in releases ("said Agency mid-North Regional Administrator
…", "…, announced today by …", "Administrator Roe: “…”"); a chamber's record whose chair
welcomes an office; floor and plenary turns ("Mr. DeROE.", a minus sign for the dash); and
names (dotted letters after a name, two people in a title, a tabled question's member, a
portfolio list before its holder, a small verb before an office, a mixed-case short form,
a label "Name (Office):")."""

from extraction.suggest import suggest_claims


class _Speakers:
    """The speaker of the suggested claim whose words hold a fragment (full stops in
    initials aside: "Owen T Brack" is "Owen T. Brack")."""

    def __init__(self, candidates):
        self.candidates = candidates

    def __getitem__(self, fragment):
        for candidate in self.candidates:
            if fragment in candidate.quote:
                return (candidate.speaker or "").replace(".", "")
        raise KeyError(fragment)

    def values(self):
        return [c.speaker for c in self.candidates]


def _speakers(text, **metadata):
    return _Speakers(suggest_claims(text, **metadata))


_FERRIES = "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"
_FARES = "Fares fell by 3 percent this year, the first fall in 20 years.\n"

# The header names one person as the page's author.


def test_a_blog_posts_author_line_under_its_date_makes_the_post_hers():
    text = (
        "Skip to main content\n\nFerry Use Since the Last Count\n\nThu Mar 7 2024\n"
        "Tessa Marlow\nItem ID: #x120044\n\n"
        "A year ago we counted every ferry passenger in the country, and much has changed in"
        " our harbours since then.\n\n" + _FERRIES + "\n" + _FARES
    )
    speakers = _speakers(
        text,
        kind="article",
        title="Ferry Use Since the Last Count (Harbour blog)",
        publisher="Northport Harbour Board",
    )
    assert speakers["Ferry journeys rose "] == "Tessa Marlow"
    assert speakers["Fares fell by 3 perc"] == "Tessa Marlow"


def test_a_remarks_pages_name_line_with_a_suffix_makes_the_remarks_his():
    text = (
        "Remarks on Library Funding\n\nOwen T. Brack II\nConference Call\nMay 3, 2024\n"
        "Northport\n\nAs Delivered\n\nGood afternoon, and thanks for dialling in.\n\n"
        "This week we will award $40 million to libraries across the state, the largest"
        " award in ten years.\n"
    )
    speakers = _speakers(
        text, kind="speech", title="Remarks on Library Funding", publisher="Department of Libraries"
    )
    assert speakers["This week we will awa"] == "Owen T Brack"


def test_a_statement_given_by_a_minister_to_the_assembly_is_his():
    text = (
        "Ferry Links - Ministerial Statement - 4 June 2023\n\n"
        "Statement given by Minister Owen Brack MLA, to the Northport Assembly on 4 June"
        " 2023.\n\nMr Speaker, ferry links matter to every island in this country.\n\n" + _FERRIES
    )
    speakers = _speakers(
        text,
        kind="press_release",
        title="Ferry Links - Ministerial Statement",
        publisher="Department for Ferries",
    )
    assert speakers["Ferry journeys rose "] == "Owen Brack"


def test_a_statement_with_the_office_and_name_straight_after_its_kind_is_hers():
    text = "Statement Vice-President Marlow on ferry strikes\n\n12/03/2024\n\n" + _FERRIES
    speakers = _speakers(
        text,
        kind="press_release",
        title="Statement Vice-President Marlow on ferry strikes, website of Vice-President"
        " Tessa Marlow",
        publisher="Northport Commission",
    )
    assert speakers["Ferry journeys rose "] == "Tessa Marlow"


def test_a_signing_statement_under_its_authors_photo_placeholder_is_his():
    text = (
        "Owen Brack photo\n\nStatement on Signing the Library Act\n\nMarch 4, 2024\n\n"
        "With my signature today the Library Act becomes law. It sets aside $70 million for"
        " libraries facing closure in 2024.\n"
    )
    speakers = _speakers(
        text,
        kind="press_release",
        title="Statement on Signing the Library Act",
        publisher="The Governor's Office",
    )
    assert speakers["It sets aside $70 mil"] == "Owen Brack"


def test_a_testimony_cover_with_letters_after_the_name_is_the_witnesss():
    text = (
        "Testimony on Libraries in the New Decade\n\n"
        "Testimony before the Subcommittee on Libraries\n\n"
        "Owen T. Brack, M.D., Ph.D.\nDirector, Northport Library Service\n\n"
        "Good morning, Madam Chair and Members of the Subcommittee:\n\n"
        "I became the Service's Director last spring.\n\n"
        "Nine in ten dollars of the Service budget, $2 billion, go to branch grants.\n"
    )
    speakers = _speakers(
        text,
        kind="speech",
        title="Testimony on Libraries in the New Decade",
        publisher="Northport Library Service",
    )
    assert speakers["Nine in ten dollars "] == "Owen T Brack"


def test_a_quotation_of_another_in_an_authors_post_stays_theirs():
    text = (
        "Ferry Use Since the Last Count\n\nThu Mar 7 2024\nTessa Marlow\n\n"
        "A year ago we counted every ferry passenger, and much has changed in our harbours"
        " since.\n\n" + _FERRIES + "\n"
        "“Harbour fees fell by 8 percent in the year to March,” said Ian Pell, the harbour"
        " master.\n"
    )
    speakers = _speakers(
        text, kind="article", title="Ferry Use (Harbour blog)", publisher="Northport Harbour Board"
    )
    assert speakers["Ferry journeys rose "] == "Tessa Marlow"
    assert speakers["“Harbour fees fell b"] == "Ian Pell"


def test_a_contact_line_or_a_name_over_a_telephone_number_names_no_author():
    for header in ("Media contact: Tessa Marlow\n", "Tessa Marlow\n+44 20 7946 0000\n"):
        text = "Ferry Use in March\n\n" + header + "\nStatement on ferry use\n\n" + _FERRIES
        speakers = _speakers(
            text,
            kind="press_release",
            title="Ferry use in March",
            publisher="Northport Harbour Board",
        )
        assert speakers["Ferry journeys rose "] == "Northport Harbour Board", header


def test_a_header_naming_two_people_names_no_author():
    text = "Remarks on Ferry Use\n\nTessa Marlow\nOwen Brack\n\n" + _FERRIES
    speakers = _speakers(
        text,
        kind="press_release",
        title="Remarks on Ferry Use",
        publisher="Northport Harbour Board",
    )
    assert speakers["Ferry journeys rose "] == "Northport Harbour Board"


def test_a_news_storys_name_line_does_not_make_the_story_hers():
    text = (
        "Ferry use climbs again\n\n7 March 2024\nTessa Marlow\n\n" + _FERRIES + "\n"
        "“We are busier than ever,” said Owen Brack, who runs the island service.\n"
    )
    speakers = _speakers(
        text, kind="article", title="Ferry use climbs again", publisher="The Northport Courier"
    )
    assert speakers["Ferry journeys rose "] == "The Northport Courier"


def test_a_statement_given_by_a_body_names_no_author():
    text = (
        "Statement given by the Ferry Users Council, to the Northport Assembly on 4 June"
        " 2023.\n\n" + _FERRIES
    )
    speakers = _speakers(
        text, kind="press_release", title="Ferry Links", publisher="Department for Ferries"
    )
    assert speakers["Ferry journeys rose "] == "Department for Ferries"


def test_a_single_signatorys_statement_is_not_split():
    speakers = _speakers(
        _FERRIES,
        kind="press_release",
        title="Statement by Tessa Marlow, Ferry Commissioner, on fares",
        publisher="Northport Commission",
    )
    assert speakers["Ferry journeys rose "] == "Tessa Marlow"


def test_a_quoted_official_in_a_councils_communique_stays_hers():
    text = (
        "The Ferry Ministers' Council (FMC) met in Northport on 3 May.\n\n"
        "Ministers noted that ferry journeys rose by 48,000 in March, the highest rise since"
        " 2008.\n\n"
        "“Fares fell by 3 percent this year, the first fall in 20 years,” said Minister"
        " Tessa Marlow.\n"
    )
    speakers = _speakers(
        text, kind="press_release", title="Communiqué", publisher="Ministry of Ferries"
    )
    assert speakers["“Fares fell by 3 per"] == "Tessa Marlow"


def test_a_one_word_surname_label_the_text_names_still_starts_a_turn():
    text = (
        "Interview with the Minister for Ferries, Owen Brack\n\n"
        "Host: How are the ferries doing?\n\n"
        "Brack: Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"
    )
    speakers = _speakers(text, kind="interview", title="Interview", publisher="Ferry Radio")
    assert speakers["Ferry journeys rose "] == "Owen Brack"


# Officials quoted in releases.


def test_an_official_after_a_regional_prefix_in_small_letters_is_the_speaker():
    text = (
        "NORTHPORT – Ferry loans reached a record in 2024.\n\n"
        "“Islanders will welcome this: loans rose by 12 percent this year,” said"
        " Agency mid-North Regional Administrator Tessa Marlow.\n"
    )
    speakers = _speakers(
        text, kind="press_release", title="Ferry loans", publisher="Ferry Loans Agency"
    )
    assert speakers["“Islanders will welco"] == "Tessa Marlow"


def test_a_lead_announced_today_by_an_official_is_his_and_the_rest_the_agencys():
    text = (
        "NORTHPORT – The Ferry Loan Programme lent $2 billion in 2024, its best year, announced"
        " today by Ferry Administrator Owen Brack.\n\n"
        "The Agency approved 5,200 loans over the year, up 12 percent.\n"
    )
    speakers = _speakers(
        text, kind="press_release", title="Ferry loans", publisher="Ferry Loans Agency"
    )
    assert speakers["NORTHPORT – The Ferr"] == "Owen Brack"
    assert speakers["The Agency approved "] == "Ferry Loans Agency"


def test_a_subheads_labelled_quotation_is_the_officials():
    text = (
        "Ferry Agency sets a record\n\n"
        "Administrator Brack: “Our crews kept every crossing on time while passengers rose"
        " by 20 percent.”\n\n"
        "NORTHPORT – The agency carried 42 million passengers in 2024, said Ferry"
        " Administrator Owen Brack.\n"
    )
    speakers = _speakers(
        text, kind="press_release", title="Ferry Agency sets a record", publisher="Ferry Agency"
    )
    assert speakers["Administrator Brack:"] == "Owen Brack"


def test_a_heading_word_before_a_quotation_is_no_label():
    text = "Background: “Passengers rose by 20 percent in 2024, a record.”\n"
    speakers = _speakers(text, kind="press_release", title="Ferries", publisher="Ferry Agency")
    assert speakers["Background: “Passen"] == "Ferry Agency"


# A chamber's record with no speaker headings.

_WELCOMED = (
    "Ferry Services: Statements\n\n"
    "I welcome the Minister for Ferries to the House.\n\n"
    "Is mór an onóir dom a bheith anseo inniu.\n\n"
    "I thank Members for the invitation. Ferry journeys rose by 48,000 in March, the highest"
    " rise since 2008.\n\n"
    "Fares fell by 3 percent this year, the first fall in 20 years.\n"
)


def test_the_office_a_chair_welcomes_speaks_after_answering():
    speakers = _speakers(
        _WELCOMED, kind="parliamentary_record", title="Ferry Services", publisher="Northport Senate"
    )
    assert speakers["Fares fell by 3 perc"] == "Minister for Ferries"


def test_a_welcome_nobody_answers_or_naming_a_person_hands_over_nothing():
    for record in (
        _WELCOMED.replace("I thank Members for the invitation. ", ""),
        _WELCOMED.replace("the Minister for Ferries", "Ms Marlow"),
    ):
        speakers = _speakers(
            record,
            kind="parliamentary_record",
            title="Ferry Services",
            publisher="Northport Senate",
        )
        assert speakers["Fares fell by 3 perc"] != "Minister for Ferries"


# Floor and plenary turns.


def test_a_floor_speakers_surname_with_a_prefix_in_small_letters_starts_her_turn():
    text = (
        "FERRY SAFETY\n\n"
        "  Mrs. DeMARCO. Mr. Speaker, ferry crossings in my district have doubled in ten"
        " years.\n"
        "  Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"
    )
    speakers = _speakers(
        text,
        kind="parliamentary_record",
        title="FERRY SAFETY",
        publisher="House of Representatives",
    )
    assert speakers["Ferry journeys rose "] == "DeMarco"


def test_a_plenary_turn_with_a_minus_sign_for_its_dash_is_the_members():
    text = (
        "President. − The next item is the report on ferries.\n"
        "Owen the Elder Brack, rapporteur. − Mr President, ferry journeys rose by 48,000 in"
        " March, the highest rise since 2008.\n"
    )
    speakers = _speakers(
        text,
        kind="parliamentary_record",
        title="Ferries (debate)",
        publisher="Northport Parliament",
    )
    assert speakers["Owen the Elder Brack"] == "Owen the Elder Brack"


# Names.


def test_dotted_letters_after_a_name_are_no_part_of_it():
    text = (
        "The Minister for Ferries Tessa Marlow T.D. today announced $40 million for island"
        " ferries.\n\n"
        "The Minister said: “I am pleased that ferry journeys rose by 48,000 in March, the"
        " highest rise since 2008.”\n"
    )
    speakers = _speakers(
        text,
        kind="press_release",
        title="Minister Marlow announces funding",
        publisher="Department of Ferries",
    )
    assert speakers["The Minister said: “"] == "Tessa Marlow"


def test_a_title_naming_two_people_gives_the_speech_to_neither_by_mistake():
    text = (
        "Opening remarks of Vice-President Marlow and Commissioner Brack at the press"
        " conference\n\nNorthport, 1 February 2024\n\n"
        "Remarks of Vice-President Tessa Marlow\n\n"
        "Commissioner Brack and I have worked on this for a year.\n\n" + _FERRIES
    )
    speakers = _speakers(
        text,
        kind="speech",
        title="Opening remarks of Vice-President Marlow and Commissioner Brack at the press"
        " conference",
        publisher="Northport Commission",
    )
    assert speakers["Ferry journeys rose "] == "Tessa Marlow"


def test_the_member_asking_a_tabled_question_speaks_under_his_name_line():
    text = (
        "2. Mr. Pell\n\n"
        "To ask the Secretary of State for Ferries if he will cut fares. [1234]\n\n"
        "The Parliamentary Under-Secretary of State for Ferries (Mr. Owen Brack)\n\n"
        "No. Fares fell by 3 percent this year, the first fall in 20 years.\n\n"
        "Mr. Pell\n\n"
        "Will the Minister explain why? Ferry journeys rose by 48,000 in March, the"
        " highest rise since 2008.\n"
    )
    speakers = _speakers(
        text, kind="parliamentary_record", title="Ferry Fares", publisher="House of Commons"
    )
    assert speakers["Ferry journeys rose "] == "Pell"
    assert speakers["Fares fell by 3 perc"] == "Owen Brack"


def test_a_portfolio_list_before_its_holder_is_no_part_of_her_name():
    text = (
        "Speech delivered by Minister for Island Roads, Harbour Ferries and Ports Tessa Marlow"
        " at the Ferry Forum in Northport on 26 October 2023.\n\n"
        "Thank you for having me. Each year ferry journeys rise by 48,000, the highest"
        " rise since 2008.\n"
    )
    speakers = _speakers(
        text,
        kind="speech",
        title="Ferry Forum: Minister's speech",
        publisher="Northport Government",
    )
    assert speakers["Each year ferry journ"] == "Tessa Marlow"


def test_a_verb_before_an_office_word_names_no_one():
    text = (
        "The Ferry Board accepts that fares rose by 12% in 2024, though the rise is general"
        " denied by operators.\n"
    )
    for speaker in _speakers(
        text, kind="report", title="Ferry fares", publisher="Ferry Committee"
    ).values():
        assert "General" not in (speaker or "")


def test_a_short_form_in_mixed_case_is_the_body_it_stands_for():
    text = (
        "The Ministry of Ferries (MoF) published its plan in May.\n\n"
        "MoF acknowledges that it cannot meet 40% of demand within the fleet's capacity.\n"
    )
    speakers = _speakers(text, kind="report", title="Ferry capacity", publisher="Ferry Committee")
    assert speakers["MoF acknowledges tha"] == "Ministry of Ferries"


def test_a_label_with_the_office_in_brackets_starts_the_turn():
    text = (
        "Tessa Marlow (Ferry Secretary):  Good morning. I am joining by video from home, and"
        " ferry journeys rose by 48,000 in March, the highest rise since 2008.\n\n"
        "Owen Brack (Deputy Secretary):  Thank you. Fares fell by 3 percent this year, the"
        " first fall in 20 years.\n"
    )
    speakers = _speakers(
        text, kind="interview", title="Ferry press conference", publisher="Department of Ferries"
    )
    assert speakers["I am joining by video"] == "Tessa Marlow"
    assert speakers["Fares fell by 3 perc"] == "Owen Brack"
