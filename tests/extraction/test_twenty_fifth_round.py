"""Rules of the twenty-fifth round, written from the misses of round 15 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

from functools import partial

from extraction.attribution import Resolver
from extraction.attribution.aliases import addressed_person, initialled_body
from extraction.attribution.header_block import name_office_speaker

# (1) A header block: a name line next to an office line

FORUM_SPEECH = (
    "Northern Maritime Council\n\n"
    "Marta KOWALCZYK\n\n"
    "Commissioner responsible for Fisheries and Coastal Affairs\n\n"
    "Fish stocks are recovering\n\n"
    "Coastal Fisheries Forum\n\n"
    "Gdansk, 4 June 2015\n\n"
    "Dear friends,\n\n"
    "Cod catches rose by 12% last year, the first rise since 2008.\n"
)


def test_a_name_line_over_an_office_line_names_the_speaker(speaker_of):
    speaker = speaker_of(
        FORUM_SPEECH, "Cod catches", kind="speech", publisher="Northern Maritime Council"
    )
    # The institution on the first line is the publisher, not the speaker; the surname in
    # capitals is read as a name.
    assert speaker == "Marta Kowalczyk"


def test_an_office_line_over_the_name_line_names_the_speaker_too():
    header = ["Minister for Rural Broadband", "Tomasz NOWAK", "Village Halls Conference"]
    speaker = name_office_speaker(header, Resolver(""))
    assert speaker is not None and speaker.name == "Tomasz Nowak"


def test_a_name_line_without_an_office_line_names_no_one(speaker_of):
    body = FORUM_SPEECH.replace(
        "Commissioner responsible for Fisheries and Coastal Affairs\n\n", ""
    )
    speaker = speaker_of(body, "Cod catches", kind="speech", publisher="Northern Maritime Council")
    assert speaker == "Northern Maritime Council"


def test_a_heading_in_capitals_or_two_officials_name_no_one():
    resolver = Resolver("")
    # A title set in capitals beside an office line is no name.
    assert name_office_speaker(["FISH STOCKS RECOVER", "Minister for Fisheries"], resolver) is None
    # Two people, each with an office: the header does not say which one speaks.
    header = [
        "Anna Berg",
        "Minister for Fisheries",
        "Jonas Falk",
        "Director of the Coastal Agency",
    ]
    assert name_office_speaker(header, resolver) is None


# (2) An honorific and a surname that is also an office word, and (3) the next sentence


def test_ms_and_a_surname_that_is_an_office_word_is_the_full_name(speaker_of):
    body = (
        "Transport Minister Rhian Chancellor has announced new funding for rural buses.\n\n"
        "Ms Chancellor said 4,000 new buses would be bought by 2030 at a cost of $900 "
        "million. This includes 1,500 electric buses for routes in the hill country.\n"
    )
    speakers = partial(speaker_of, body, kind="press_release", publisher="Transport Office")
    assert speakers("4,000 new buses") == "Rhian Chancellor"
    # The sentence carrying her report on ("This includes …") is still hers.
    assert speakers("1,500 electric buses") == "Rhian Chancellor"


def test_an_honorific_surname_resolves_only_to_a_name_the_text_gave():
    resolver = Resolver("Deputy Mayor Olu Judge opened the bridge.")
    assert addressed_person("Mr Judge", resolver).name == "Olu Judge"
    assert addressed_person("Councillor Judge", resolver).name == "Olu Judge"
    # No first name given for the surname: nothing to resolve to.
    assert addressed_person("Ms King", Resolver("The bridge opened on Monday.")) is None


def test_a_new_subject_after_a_report_keeps_the_publisher(speaker_of):
    body = (
        "Transport Minister Rhian Chancellor has announced new funding for rural buses.\n\n"
        "Ms Chancellor said 4,000 new buses would be bought by 2030 at a cost of $900 "
        "million. The county council approved 300 new bus shelters in May, up from 120 in "
        "2022.\n"
    )
    speaker = speaker_of(body, "300 new bus shelters", publisher="Transport Office")
    assert speaker == "Transport Office"


# (4) A body's acronym that the text never spells out in brackets


def test_an_acronym_is_the_body_named_earlier_with_those_initials(speaker_of):
    body = (
        "The National Institute for Marine Research said Monday that seal numbers on the "
        "east coast had risen by 18% since 2016.\n\n"
        "The NIMR said 2,400 pups were counted in the spring survey, a record.\n"
    )
    speaker = speaker_of(body, "2,400 pups", kind="article", publisher="Coast Daily")
    assert speaker == "National Institute for Marine Research"


def test_an_acronym_may_leave_out_a_last_word_after_and():
    texts = ["The Bureau of Soil Conservation and Restoration said Friday that erosion fell."]
    assert initialled_body("BSC", texts) == "Bureau of Soil Conservation and Restoration"
    # Not any word: only one joined by "and" at the end.
    assert initialled_body("BS", texts) is None


def test_an_acronym_spelling_no_name_or_two_names_is_left_alone():
    assert initialled_body("NIMR", ["Seal numbers rose by 18% since 2016."]) is None
    texts = [
        "The Northern Institute of Marine Research and the National Institute for Marine "
        "Resources both reported."
    ]
    assert initialled_body("NIMR", texts) is None


# (5) "Before I call X to open the debate", then the chair's remarks


DEBATE = (
    "School Buildings\n\n"
    "We now come to the debate on school buildings. Before I call the Secretary of State "
    "to open the debate, I remind the House that the debate will end at 5 pm.\n\n"
    "Order. One moment, Secretary of State. Members at the back must take their seats.\n\n"
    "Since 2015, 340 new schools have been built, more than in any decade since 1970.\n"
)


def test_the_floor_passes_once_the_chair_is_done(speaker_of):
    speakers = partial(speaker_of, kind="parliamentary_record", publisher="Chamber Record")
    assert speakers(DEBATE, "340 new schools") == "Secretary of State"


def test_i_call_a_named_member_to_open_the_debate(speaker_of):
    body = (
        "Rural Post Offices\n\n"
        "I call Priya Nandakumar to open the debate.\n\n"
        "Since 2010, 1,100 rural post offices have closed, a fifth of the network.\n"
    )
    speaker = speaker_of(body, "1,100 rural", kind="parliamentary_record", publisher="Record")
    assert speaker == "Priya Nandakumar"


def test_a_call_without_opening_the_debate_hands_no_floor(speaker_of):
    body = DEBATE.replace("to open the debate, I remind", "—I remind")
    speakers = partial(speaker_of, kind="parliamentary_record", publisher="Chamber Record")
    assert speakers(body, "340 new schools") == "Chamber Record"


# (6) "… by Role Name who says that …": the relative clause's report is the person's


def test_a_person_who_says_that_speaks_the_clause(speaker_of):
    body = (
        "The Gazette reports on remarks by Port Director Tomas Lindqvist who says that "
        "shipping traffic through the port has doubled since 2019.\n"
    )
    speaker = speaker_of(body, "doubled since 2019", publisher="Ports Office")
    assert speaker == "Tomas Lindqvist"


def test_a_body_which_says_that_is_not_a_person(speaker_of):
    body = (
        "The Gazette reports on a study by the Port Authority which says that shipping "
        "traffic through the port has doubled since 2019.\n"
    )
    speaker = speaker_of(body, "doubled since 2019", publisher="Ports Office")
    assert speaker != "Tomas Lindqvist" and speaker is not None


def test_an_office_ending_a_sentence_has_no_holder_after_it():
    # "One moment, Secretary of State. Members …": "Members" opens the next sentence.
    resolver = Resolver("One moment, Secretary of State. Members must take their seats.")
    assert resolver.by_role("Secretary of State") is None
    # An abbreviation's full stop ends no sentence: the name after it is still the holder.
    assert Resolver("Secretary Gen. Ada Brook spoke.").by_role("Secretary") is not None
