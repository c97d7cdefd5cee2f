"""Eightieth round: speakers that are no speakers, from rounds 73 to 78. A gate every speaker
passes before a reader sees it (a name cut inside a word, a number word, a bare common
noun, a pronoun, a portfolio's subject read as a name, a headline's verb read as a name);
the person a title in title case names before its occasion ("… Jane Roe T.D. At the Bus
Forum", "… Jane Q. Roe For Bus Conference …"); the letters after a name, with or
without dots, stripped wherever the name is taken, and a surname alone given the full name
the text prints."""

from extraction.attribution.names import Speaker, parse_person
from extraction.attribution.resolution import Resolver
from extraction.attribution.validation import valid_speaker
from extraction.suggest import suggest_claims


def _speakers(text, **metadata):
    """The speaker of the suggested claim whose words hold a fragment (full stops in
    initials aside: "Tessa Q Marlow" is "Tessa Q. Marlow")."""
    candidates = suggest_claims(text, **metadata)

    def speaker(fragment):
        for candidate in candidates:
            if fragment in candidate.quote:
                return (candidate.speaker or "").replace(".", "")
        raise KeyError(fragment)

    return speaker


_FERRIES = "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"
_FARES = "Fares fell by 3 percent this year, the first fall in 20 years.\n"

# The person a title in title case names, before its occasion.

_REMARKS = (
    "Remarks Prepared for Delivery by Northland Secretary of Ferries Tessa Q. Marlow For"
    " Harbour Regional Conference on Ferry Safety Priorities"
)


def test_a_long_title_names_its_speaker_by_whole_words_before_a_capitalised_for():
    text = (
        f"{_REMARKS}\n\nMarch 3, 2024\n\nThank you, Owen. It is good to be here with so many"
        " friends of the harbour.\n\n" + _FERRIES + "\n" + _FARES
    )
    speaker = _speakers(text, kind="speech", title=_REMARKS, publisher="Department of Ferries")
    assert speaker("Ferry journeys rose") == "Tessa Q Marlow"
    assert speaker("Fares fell by 3") == "Tessa Q Marlow"


_FORUM = (
    "Speech by the Deputy Premier & Party Leader Tessa Marlow T.D. At the Global Northland"
    " Harbour Forum"
)


def test_a_capitalised_at_after_a_name_with_dotted_letters_opens_the_occasion():
    text = (
        f"{_FORUM}\n\nSpeech by the Deputy Premier and Party Leader\n\nTessa Marlow T.D.\n\n"
        "At the Global Northland Harbour Forum\n\nNorthport, 20 November 2015\n\n"
        "Colleagues, friends, ladies and gentlemen,\n\n" + _FERRIES + "\n" + _FARES
    )
    speaker = _speakers(text, kind="speech", title=_FORUM, publisher="Department of Harbours")
    assert speaker("Ferry journeys rose") == "Tessa Marlow"


def test_an_offices_own_capitalised_for_is_no_occasion():
    title = "Speech by the Minister For Ferries Tessa Marlow"
    text = f"{title}\n\nIt is good to be here.\n\n" + _FERRIES + "\n" + _FARES
    speaker = _speakers(text, kind="speech", title=title, publisher="Department of Ferries")
    assert speaker("Ferry journeys rose") == "Tessa Marlow"


_CALL = (
    "Transcript: Secretary of Ferries Announces Funds to Repair Piers (Department of Ferries"
    " telephone press conference, March 3, 2024)"
)
_CALL_BODY = (
    "DEPARTMENT OF FERRIES\n\nTelephone Press Conference\n\nMarch 3, 2024\n\nThank you all"
    " for joining the call today, and I apologise for the late start.\n\n"
    + _FERRIES
    + "\n"
    + _FARES
)


def test_a_headline_naming_an_office_and_a_verb_is_the_publishers_when_no_holder_is_named():
    speaker = _speakers(
        _CALL_BODY, kind="interview", title=_CALL, publisher="Department of Ferries"
    )
    assert speaker("Ferry journeys rose") == "Department of Ferries"


def test_a_headline_naming_an_office_and_a_verb_is_the_holders_the_text_names():
    text = _CALL_BODY.replace("Thank you all", "Secretary of Ferries Tessa Marlow: Thank you all")
    speaker = _speakers(text, kind="interview", title=_CALL, publisher="Department of Ferries")
    assert speaker("Ferry journeys rose") == "Tessa Marlow"


def test_a_headline_naming_an_office_and_a_verb_is_the_one_person_the_header_names():
    text = _CALL_BODY.replace(
        "March 3, 2024\n\nThank you all", "Tessa Marlow\n\nMarch 3, 2024\n\nThank you all"
    ).replace(
        "the late start.", "the late start.\n\nI have said many times that piers need repair."
    )
    speaker = _speakers(text, kind="interview", title=_CALL, publisher="Department of Ferries")
    assert speaker("Ferry journeys rose") == "Tessa Marlow"


def test_a_statement_titles_portfolio_gives_way_to_the_member_the_title_names():
    title = (
        "Statement by the Minister for Environment, Harbours and Rural Affairs: The Ferry Links"
        " Programme – contribution by Owen Brack (Northland Assembly, 19 February 2019)"
    )
    text = (
        "5. Statement by the Minister for Environment, Harbours and Rural Affairs: The Ferry"
        " Links Programme\n\nPart of the debate – in the Assembly at 4:48 pm on 19 February"
        " 2019.\n\nOwen Brack Northland Party 4:48, 19 February 2019\n\nSo, this Government is"
        " spending £25 million per year on ferries when it's costing the health service at least"
        " £100 million a year to deal with some of its consequences.\n\n" + _FARES
    )
    speaker = _speakers(
        text, kind="parliamentary_record", title=title, publisher="Northland Assembly"
    )
    assert speaker("this Government is spending") == "Owen Brack"
    assert speaker("Fares fell by 3") == "Owen Brack"


# The gate: no speaker that names no one.


def test_an_office_whose_portfolio_was_read_as_the_name_is_the_whole_office():
    title = (
        "Assembly written answer 478, 12 December 2023: Departmental Policies (Owen Brack to"
        " the Minister for Social Protection)"
    )
    text = (
        "Departmental Policies\n\nAssembly Debate, Tuesday - 12 December 2023\n\n"
        "Questions (478)\n\nOwen Brack\n\nQuestion:\n\n478. Deputy Owen Brack asked the"
        " Minister for Social Protection the key policy achievements realised by her"
        " Department during 2023; and if she will make a statement on the matter."
        " [54794/23]\n\nView answer\n\nWritten answers\n\nMy Department has delivered"
        " significant achievements during 2023. The Social Protection Budget for 2024 is the"
        " largest in the history of the State, at €2.3 billion.\n\n" + _FARES
    )
    speaker = _speakers(
        text, kind="parliamentary_record", title=title, publisher="Houses of the Assembly"
    )
    assert speaker("The Social Protection Budget") == "Minister for Social Protection"


def test_a_number_word_and_a_bare_common_noun_are_no_ones():
    title = "Ferry Trips in the Budget (Research Report R1234)"
    text = (
        "Ferry Trips in the Budget\n\nThe budget outline includes several proposals to cut"
        " spending on ferry subsidies by $16 million over 10 years.\n\nFour states (Northshire,"
        " Southmoor, Eastvale, and Westfold) account for one-third of the piers affected"
        " nationally.\n\nMoreover, according to operators, 40% of passengers have difficulties"
        " finding timetables that are spread across agencies.\n\nAccording to many harbour"
        " agencies, 30% of piers need repairs costing $2 million each.\n"
    )
    speaker = _speakers(text, kind="report", title=title, publisher="Northland Research Service")
    assert speaker("Four states") == "Northland Research Service"
    assert speaker("according to operators") == "Northland Research Service"
    # Not a described group: "harbour agencies" says which.
    assert speaker("According to many harbour agencies") == "harbour agencies"


def test_a_portfolio_word_read_as_a_body_is_the_releases_voice_but_a_party_stays():
    title = "$2.4 Billion To Kick Start Pier Repairs"
    text = (
        f"{title}\n\n05 May 2015\n\nThe Marlow Labor Government has invested up to $2.4"
        " billion in its first Budget to kick-start the repair of 50 of Northland’s most"
        " dangerous piers.\n\nLast month, Labor announced that all nine piers between"
        " Northport and Eastfield would be rebuilt as part of its multi-billion dollar plan to"
        " transform the harbour line.\n"
    )
    speaker = _speakers(text, kind="press_release", title=title, publisher="Premier of Northland")
    assert speaker("Last month, Labor announced") == "Premier of Northland"
    story = (
        "Ferry fares to rise\n\nFerry fares will rise by 5% in April, the operator said on"
        " Monday.\n\nLabour said the rise would cost families £200 a year, the highest rise"
        " since 2008.\n\nThe Labour Party has called for fares to be frozen.\n"
    )
    speaker = _speakers(
        story, kind="article", title="Ferry fares to rise", publisher="Northport Gazette"
    )
    assert speaker("Labour said the rise") == "Labour"


def test_a_portfolio_list_read_as_a_name_is_not_the_speaker():
    text = (
        "Ferry Links\n\nAhead of this day, First Vice-President Tessa Marlow, Commissioner for"
        " Employment, Social Affairs, Skills and Labour Mobility Owen Brack and Commissioner for"
        " Justice, Consumers and Gender Equality Ann Doe stated:\n\n“It is 60 years since the"
        " ferry principle was written into the Treaties, and yet fares have risen by 40% since"
        " 2010.\n\nNine out of ten Europeans think that it is unacceptable that fares rose by"
        " 40% in ten years.”\n"
    )
    speaker = _speakers(
        text,
        kind="press_release",
        title="Ferry Day – Joint Statement by First Vice-President Marlow and Commissioners",
        publisher="Northland External Service",
    )
    assert speaker("Nine out of ten") != "Social Affairs"


def test_a_body_made_of_common_words_stays_when_it_is_named_in_full_or_publishes():
    release = _speakers(
        "Ferry trips up\n\n" + _FERRIES,
        kind="press_release",
        title="Ferry trips up",
        publisher="Department of Social Affairs",
    )
    assert release("Ferry journeys rose") == "Department of Social Affairs"
    story = _speakers(
        "Ferry trips up\n\nThe Department of Social Affairs said ferry journeys rose by 48,000"
        " in March, the highest rise since 2008.\n",
        kind="article",
        title="Ferry trips up",
        publisher="Northport Gazette",
    )
    assert story("ferry journeys rose") == "Department of Social Affairs"


def test_the_gate_keeps_floor_labels_and_peers():
    record = (
        "Ferry Safety (House of Representatives - May 3, 2024)\n\nMr. MARLOW. Mr. Speaker,"
        " ferry journeys rose by 48,000 in March, the highest rise since 2008.\n\n" + _FARES
    )
    speaker = _speakers(
        record,
        kind="parliamentary_record",
        title="Ferry Safety (Congressional Record, House)",
        publisher="Northland Congress",
    )
    assert speaker("ferry journeys rose").lower() == "marlow"
    lords = (
        "Ferry Fares Order 2024\n\nMotion to Regret\n\nLord Marlow of Northtown\n\nMy Lords,"
        " ferry journeys rose by 48,000 in March, the highest rise since 2008.\n\n" + _FARES
    )
    speaker = _speakers(
        lords, kind="parliamentary_record", title="Ferry Fares Order", publisher="Parliament"
    )
    assert speaker("ferry journeys rose").endswith("Marlow of Northtown")


def test_the_gate_on_its_own():
    resolver = Resolver("Harbours Minister Tessa Marlow said fares fell. Ferry use rose.")
    cut = valid_speaker(Speaker("Northland Harbour Foru", "Minister", "person"), resolver)
    assert cut is None  # a word the text never writes whole
    assert valid_speaker(Speaker("I’ve", "", "organisation"), resolver) is None
    assert valid_speaker(Speaker("providers", "", "organisation"), resolver) is None
    office = valid_speaker(Speaker("Environment", "Minister for", "person"), resolver)
    assert office == Speaker("Minister for Environment", "Minister for Environment", "person")
    # A surname after an office is the person the text names in full.
    assert valid_speaker(Speaker("Marlow", "Minister", "person"), resolver).name == "Tessa Marlow"
    # A surname two people share stays a surname.
    shared = Resolver("Tessa Marlow and Owen Marlow spoke. Fares fell.")
    assert valid_speaker(Speaker("Marlow", "Minister", "person"), shared).name == "Marlow"


# The letters after a name, with or without dots.


def test_letters_with_dots_are_no_part_of_a_name():
    assert parse_person("Tessa Marlow T.D.").name == "Tessa Marlow"
    assert parse_person("Tessa Marlow M.S.P.").name == "Tessa Marlow"
    assert parse_person("Minister Tessa Marlow KC").name == "Tessa Marlow"
    assert parse_person("Ms Marlow").name == "Marlow"  # an honorific before the name stays one


def test_a_releases_minister_introduced_with_dotted_letters_is_named_in_full():
    text = (
        "Minister Marlow welcomes encouraging figures on ferry trips\n\nTessa Marlow T.D.,"
        " Minister for Harbours, Ferries & Local Transport today (14 November, 2019) welcomed"
        " the publication of the latest ferry statistics.\n\nI welcome today’s Quarter 3 Ferry"
        " Report, which confirms a strong upward trend,\n\nMinister Tessa Marlow said.\n\nThe"
        " number of ferry trips in the twelve months to end September was 23,554, a 15%"
        " increase, which is a very positive endorsement of all the work my Department is"
        " doing.\n\n" + _FARES
    )
    speaker = _speakers(
        text,
        kind="press_release",
        title="Minister Marlow welcomes encouraging figures on ferry trips",
        publisher="Department of Harbours",
    )
    assert speaker("The number of ferry trips") == "Tessa Marlow"


def test_a_surname_in_a_releases_title_takes_the_full_name_its_text_gives():
    text = (
        "Minister Marlow’s statement on October ferry figures\n\nMs. Tessa Marlow TD, Minister"
        " for Harbours, today published her Department’s October Ferry Report.\n\n"
        + _FERRIES
        + "\nCommenting on the figures, Minister Marlow said, “"
        + _FARES.strip()
        + "”\n"
    )
    speaker = _speakers(
        text,
        kind="press_release",
        title="Minister Marlow’s statement on October ferry figures",
        publisher="Northland Government News Service",
    )
    assert speaker("Fares fell by 3") == "Tessa Marlow"


def test_a_portfolio_word_before_a_name_is_the_offices():
    text = (
        "Marlow welcomes ferry figures\n\nMinister for Social Protection Tessa Marlow has today"
        " (Tuesday 24 May, 2016) welcomed the latest ferry figures, which rose by 8% in the"
        " first three months of 2016.\n\nMinister Marlow said:\n\n“"
        + _FERRIES.strip()
        + "”\n\n“"
        + _FARES.strip()
        + "”\n"
    )
    speaker = _speakers(
        text,
        kind="press_release",
        title="Marlow welcomes ferry figures",
        publisher="Department of Harbours",
    )
    assert speaker("Ferry journeys rose") == "Tessa Marlow"


def test_a_name_holding_a_number_or_ending_in_a_plan_is_no_ones_but_an_office_stays():
    resolver = Resolver("Aboard Air Force One, the Water Investment Plan was set out.")
    assert valid_speaker(Speaker("Air Force One", "Aboard", "person"), resolver) is None
    plan = Speaker("Water Investment Plan", "Northland", "person")
    assert valid_speaker(plan, resolver) is None
    first = Speaker("First Minister", "First Minister", "person")
    assert valid_speaker(first, Resolver("The First Minister spoke.")) == first
    deputy = Speaker("Deputy First Minister", "", "person")
    assert valid_speaker(deputy, Resolver("The Deputy First Minister spoke.")) == deputy
    label = Speaker("Bill", "", "person")  # a transcript's first-name label
    assert valid_speaker(label, Resolver("Bill: Fares rose.")) == label
