"""Rules of the thirteenth round, written from the misses of round 9 (seen once unseen, then
read), each on an invented neutral text: the rule fires on the right shape and not on a
similar wrong one."""

from extraction.attribution import Resolver
from extraction.attribution.panel import listed_speakers, panel_speaker
from extraction.attribution.resolution import spelt_out
from extraction.attribution.turns import heading_speaker
from extraction.features import assess
from extraction.text import paragraphs

RECORD = {"kind": "parliamentary_record", "publisher": "House of Examples"}
STATEMENT = {"kind": "press_release", "publisher": "Bank of Examples"}
ARTICLE = {"kind": "article", "publisher": "The Daily Example"}
REPORT = {"kind": "report", "publisher": "Office of Audits"}

FARES = "Bus fares have risen by 40 percent since 2020, the steepest rise in a decade."
RIDERS = "Passenger numbers fell by 3,000 last year, the first fall since 2015."


# Debate reprints: the speaker line's layouts (miss class 1)


def test_a_photo_line_with_the_name_run_together_starts_a_turn():
    for line in (
        "Photo of Jane RoeJane Roe (Northtown, Labour)",
        "Photo of Ann Lee-SmithAnn Lee-Smith (Northtown East, Greens)",
    ):
        speaker = heading_speaker(line)
        assert speaker is not None and speaker.name in ("Jane Roe", "Ann Lee-Smith")
    # A name printed once, or a photo of a thing, is no speaker line.
    assert heading_speaker("Jane RoeJane Roe") is None
    assert heading_speaker("Photo of the harbour") is None


def test_a_name_over_a_place_and_party_in_one_bracket_starts_a_turn():
    assert heading_speaker("Jane Roe (Northtown, Labour)").name == "Jane Roe"
    # One word before the bracket is a bill's or a debate's title, not a member.
    assert heading_speaker("Housing (Northland, Amendment)") is None
    assert heading_speaker("Health (Northland)") is None
    # A bracket with a year in it dates a bill; it names no place and party.
    assert heading_speaker("Budget Responsibility (Northland, 2024)") is None


def test_a_form_of_address_or_an_office_alone_heads_a_turn(speaker_of):
    body = (
        "Debates of the House\n\nQuestions to the Leader\n\nDeputy Jane Roe\n\n"
        f"{FARES}\n\nThe Premier\n\n{RIDERS}\n"
    )
    assert speaker_of(body, "risen by 40 percent", **RECORD) == "Jane Roe"
    assert speaker_of(body, "fell by 3,000", **RECORD) == "Premier"


def test_an_office_heading_resolves_to_the_holder_the_text_names(speaker_of):
    body = (
        "Debates of the House\n\nThe Premier (Mr John Doe)\n\nWe welcome the debate on "
        "fares and buses.\n\nDeputy Jane Roe\n\n"
        f"{FARES}\n\nThe Premier\n\n{RIDERS}\n"
    )
    assert speaker_of(body, "fell by 3,000", **RECORD) == "John Doe"


def test_a_section_heading_over_a_heading_starts_no_turn(speaker_of):
    # "The Economy" holds no office; the words stay with the member who has the floor.
    body = f"Debates of the House\n\nDeputy Jane Roe\n\n{FARES}\n\nThe Economy\n\n{RIDERS}\n"
    assert speaker_of(body, "fell by 3,000", **RECORD) == "Jane Roe"


def test_a_word_or_two_quoted_in_a_turn_leave_the_sentence_with_the_member(speaker_of):
    body = (
        "Debates of the House\n\nJane Roe (Northtown) (Lab)\n\n"
        'The Transport Authority has said the fare rise of 40 percent will be "manageable" '
        "for the 3,000 commuters on the route.\n\n"
        '"Fares will rise by 40 percent next year and nobody will notice," the Transport '
        "Authority said.\n"
    )
    assert speaker_of(body, "has said the fare rise", **RECORD) == "Jane Roe"
    # A sentence that is mostly quotation is still the quoted body's.
    assert speaker_of(body, "Fares will rise by 40", **RECORD) == "Transport Authority"


# Statements read out by the first of several people a header lists (miss class 2)


def test_a_header_listing_two_officials_gives_the_text_to_the_first(speaker_of):
    body = (
        "Opening statement to the press conference\n\n"
        "Jane Roe, Governor of the Bank,John Doe, Deputy Governor of the Bank,Northtown, "
        "3 May 2024\n\n"
        "Good afternoon, the Deputy Governor and I are pleased to welcome you.\n\n"
        "Inflation fell to 2.1 percent in April, the lowest rate since 2021.\n"
    )
    assert speaker_of(body, "fell to 2.1 percent", **STATEMENT) == "Jane Roe"


def test_the_person_named_beside_i_is_not_the_voice():
    header = [
        "John Doe, Deputy Governor of the Bank, Jane Roe, Governor of the Bank, Northtown",
        "Jane Roe and I welcome you to the press conference.",
    ]
    assert panel_speaker(header, "\n".join(header), Resolver("")).name == "John Doe"


def test_a_header_listing_people_gives_no_voice_without_a_first_person_text():
    header = ["Jane Roe, Governor of the Bank, John Doe, Deputy Governor of the Bank, Northtown"]
    opening = "\n".join([*header, "The Bank held its rate at 4 percent."])
    assert panel_speaker(header, opening, Resolver("")) is None
    # One person listed without the place and date may be a contact line, not the reader.
    lone = ["Jane Roe, Governor of the Bank, Northtown"]
    assert panel_speaker(lone, "\n".join([*lone, "I welcome you."]), Resolver("")) is None
    dated = ["Jane Roe, Governor of the Bank, Northtown, 3 May 2024"]
    opening = "\n".join([*dated, "I welcome you."])
    assert panel_speaker(dated, opening, Resolver("")).name == "Jane Roe"


def test_a_header_listing_people_with_and_or_with_reads_the_same():
    listed = listed_speakers(
        "Press conference with Jane Roe, Governor of the Bank, and John Doe, Deputy Governor"
    )
    assert [person.name for person in listed] == ["Jane Roe", "John Doe"]


# Check-worthiness: decisions and votes, measures in a central bank's words (miss class 3)


def test_a_decision_taken_and_a_unanimous_vote_are_claims():
    text = "Based on our regular analyses, we decided to keep the key interest rates unchanged."
    assert assess(text).score >= 0.4
    assert assess("We decided to keep the key lending rates unchanged.").score >= 0.4
    # A decision about the speaker's own day is no decision on a measure.
    assert "decision on a measure" not in assess("We decided to keep the meeting short.").reasons
    assert (
        assess("We have approval and a unanimous backing of the Council for the target.").score
        >= 0.4
    )
    assert assess("We have the backing of the Council for the target.").score < 0.4


def test_a_subdued_or_elevated_measure_is_a_state_of_the_economy():
    assert "state of a measure" in assess("Household lending remains subdued.").reasons
    assert "state of a measure" in assess("Consumer demand was sluggish in the spring.").reasons
    assert "state of a measure" not in assess("The mood in the room remains subdued.").reasons


def test_a_sentence_whose_source_link_was_lost_is_prose_not_a_heading():
    text = "Bus fares were lowest in Northtown, just 40 cents a trip, according to\n\nNext.\n"
    assert paragraphs(text)[0].kind == "prose"
    # A short title with no full stop is still a heading.
    assert paragraphs("Fares across the regions\n\nNext.\n")[0].kind == "heading"
    assert paragraphs("Guide to fares according to\n\nNext.\n")[0].kind == "heading"


# News and reports: a body's short form is the body's name (miss class 4)


def test_a_short_form_the_text_spells_out_names_the_body(speaker_of):
    body = (
        "Bus fares rose again, according to the Bus Users Association (BUA).\n\n"
        "The cheapest fares were in Northtown and Southville, BUA said.\n"
    )
    assert speaker_of(body, "cheapest fares", **ARTICLE) == "Bus Users Association"
    body = (
        "The Committee asked the Office to discuss the Department of Bus Services' (BS) "
        "grants.\n\nBS estimates that about 19,000 people used night buses in 2023.\n"
    )
    assert speaker_of(body, "19,000 people", **REPORT) == "Department of Bus Services"


def test_a_short_form_is_spelt_out_only_by_matching_initials():
    assert spelt_out("the Bus Users Association", "BUA") == "Bus Users Association"
    assert spelt_out("The UK Bus Council", "UKBC") == "UK Bus Council"
    assert spelt_out("Yesterday Jane Roe of the Bus Users Association", "BUA") == (
        "Bus Users Association"
    )
    assert spelt_out("He went to Leeds", "UK") is None


# Not claims: the chair's business, a record's citation, the speaker's reading (class 5)


def test_the_chairs_next_item_of_business_is_procedure():
    text = "The next item of business is a debate on motion 1234, in the name of Jane Roe."
    assert "procedure" in assess(text).reasons
    assert assess(text).score < 0.4


def test_a_quoted_phrase_with_its_record_citation_is_no_claim():
    text = "“the right homes in the right places.”—[Official Report, 3 May 2023; c 36.]"
    assert assess(text).score < 0.4
    # A whole quoted sentence with a figure keeps its score.
    assert assess("“Fares rose by 40 percent in 2023.”—[Official Report, 3 May; c 5.]").score >= 0.4


def test_a_testimonys_opening_request_is_about_the_text():
    text = "The Committee asked the Office to discuss its recent work on bus grants."
    assert "about the text" in assess(text).reasons
    assert "about the text" not in assess("The Council asked residents to use buses.").reasons


def test_the_speakers_own_reading_is_no_claim_without_a_figure():
    text = "In the run-up to the summit, I have read several articles on the plan's record."
    assert assess(text).score < 0.4
    assert (
        assess("I have visited 40 depots since 2020, more than any minister before.").score >= 0.4
    )


def test_a_sentence_naming_the_source_of_the_one_before_gives_it_that_source(speaker_of):
    body = (
        "Fares news\n\nBus fares fell by 4 percent in March to 2 dollars a trip. That is "
        "according to the Bus Users Association, a group that tracks fares.\n\n"
        "Rail fares fell by 3 percent in March to 5 dollars a trip. That is a big change.\n"
    )
    assert speaker_of(body, "fell by 4 percent", **ARTICLE) == "Bus Users Association"
    assert speaker_of(body, "fell by 3 percent", **ARTICLE) == "The Daily Example"
    assert assess("That is according to the Bus Users Association.").score < 0.4
