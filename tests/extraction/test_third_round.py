"""Attribution rules of the third round, each on an invented neutral text."""

from extraction.attribution import announces, introduced_person
from extraction.attribution.turns import inline_turn, intro_speaker
from extraction.text import paragraphs, sentences


def test_a_debate_turn_labelled_on_its_own_line_gives_the_paragraph_to_that_member(speaker_of):
    body = (
        "Mr Roe: Bus journeys in Northtown fell by 40% between 2010 and 2020.\n\n"
        "Mrs Smith: Fares rose by 12% last year, the largest rise since 2001.\n"
    )
    record = {"kind": "parliamentary_record", "publisher": "House of Examples"}

    assert speaker_of(body, "fell by 40%", **record) == "Roe"
    assert speaker_of(body, "rose by 12%", **record) == "Smith"


def test_an_inline_turn_needs_a_name_not_an_office_or_a_question_label():
    assert inline_turn("Ms Baker: Funding rose by 3%.").name == "Baker"
    assert inline_turn("The Minister for Buses (Tom Baker): Funding rose.").name == "Tom Baker"
    assert inline_turn("MINISTER FOR BUSES: Funding rose.") is None
    assert inline_turn("Key findings: funding rose.") is None


def test_a_speech_title_saying_speech_by_names_the_speaker(speaker_of):
    body = "We built 40,000 homes last year, more than in any year since 1990.\n"

    found = speaker_of(
        body, "40,000 homes", kind="speech", title="Speech by Jane Roe at the Housing Summit"
    )

    assert found == "Jane Roe"


def test_a_title_giving_the_office_then_the_name_in_brackets_names_the_speaker(speaker_of):
    title = "Minister of State for Housing (Jane Roe): speech at the Housing Summit"

    found = speaker_of("Rents fell by 3% in 2023.\n", "Rents fell", kind="speech", title=title)

    assert found == "Jane Roe"


def test_a_delivered_by_line_names_the_speaker_and_is_not_a_claim(suggest):
    body = (
        "Delivered by the Rt Hon Jane Roe MP, Minister for Housing.\n\n"
        "We built 40,000 homes last year, more than in any year since 1990.\n"
    )

    found = suggest(body, kind="speech", title="Housing Summit 2024", threshold=0.4)

    assert [c.speaker for c in found] == ["Jane Roe"]


def test_a_header_saying_who_spoke_where_names_the_speaker(speaker_of):
    body = (
        "Jane Roe, Minister for Housing, spoke at the Housing Summit in Leeds.\n\n"
        "Rents fell by 3% in 2023.\n"
    )

    assert speaker_of(body, "Rents fell", kind="speech", title="Housing Summit 2024") == "Jane Roe"


def test_a_speech_whose_title_names_only_an_office_is_given_the_office(speaker_of):
    title = "Summit 2024: Speech by the Chancellor of the Exchequer"

    found = speaker_of("Rents fell by 3% in 2023.\n", "Rents fell", kind="speech", title=title)

    assert found == "Chancellor of the Exchequer"


def test_a_speaker_line_giving_the_name_before_the_office():
    speaker = intro_speaker("Jane Roe, Minister for Housing, said:")

    assert (speaker.name, speaker.role) == ("Jane Roe", "Minister for Housing")


QUOTED_BLOCK = (
    "The ministry built 40,000 homes in 2023, a rise of 12%.\n\n"
    "Jane Roe, Minister for Housing, said:\n\n"
    "“Rents have fallen by 3% since the deal was signed.\n\n"
    "“Waiting lists are down by a fifth since 2022.”\n\n"
    "The scheme received £20 million in 2023.\n"
)


def test_a_quoted_block_runs_over_paragraphs_that_open_with_a_quotation_mark(speaker_of):
    assert speaker_of(QUOTED_BLOCK, "Rents have fallen") == "Jane Roe"
    assert speaker_of(QUOTED_BLOCK, "down by a fifth") == "Jane Roe"


def test_a_quoted_block_ends_at_the_first_paragraph_without_a_quotation_mark(speaker_of):
    assert speaker_of(QUOTED_BLOCK, "£20 million") == "Ministry of Examples"


def test_without_a_publisher_the_speaker_keeps_the_paragraph_after_the_quote(speaker_of):
    assert speaker_of(QUOTED_BLOCK, "£20 million", publisher="") == "Jane Roe"


UNQUOTED_BLOCK = (
    "Housing Minister Jane Roe today announced £20 million for new homes.\n\n"
    "The funding will support councils to build 4,000 homes by 2026.\n\n"
    "Housing Minister Jane Roe said:\n\n"
    "We have cut waiting lists by a fifth since 2022.\n\n"
    "The funding will provide 4,000 homes and 300 new jobs in 2025.\n"
)


def test_an_unquoted_block_ends_where_narration_restates_its_subject(speaker_of):
    assert speaker_of(UNQUOTED_BLOCK, "cut waiting lists") == "Jane Roe"
    assert speaker_of(UNQUOTED_BLOCK, "300 new jobs") == "Ministry of Examples"


def test_an_unquoted_block_keeps_a_first_person_paragraph_that_restates_the_subject(speaker_of):
    body = UNQUOTED_BLOCK.replace("The funding will provide", "The funding will give us")

    assert speaker_of(body, "300 new jobs") == "Jane Roe"


def test_a_release_narrating_what_its_minister_announced_speaks_in_its_own_voice(speaker_of):
    body = (
        "Ahead of the budget, the Chancellor has confirmed that hospitals will receive "
        "£2 billion more in 2025.\n\n"
        "In her review, Professor Ann Lee highlighted that waits have doubled since 2015.\n"
    )

    assert speaker_of(body, "£2 billion") == "Ministry of Examples"
    assert speaker_of(body, "doubled since 2015") == "Ann Lee"


def test_in_a_news_story_the_official_keeps_what_they_confirmed(speaker_of):
    body = "Health Minister Ann Lee confirmed that hospitals received £2 billion more in 2024.\n"

    found = speaker_of(body, "£2 billion", kind="article", publisher="Example News")

    assert found == "Ann Lee"


def test_announcing_is_told_apart_from_saying_and_from_a_trailing_attribution():
    assert announces("The minister has confirmed that funding rose by 3%.")
    assert not announces("The minister said funding rose by 3%.")
    assert not announces("Funding rose by 3%, the minister announced on Tuesday.")


def test_she_says_refers_to_the_person_the_story_introduced_with_a_role(speaker_of):
    body = (
        "Jane Roe is the chief economist at the Housing Institute. "
        "She says rents fell by 3% in 2023.\n"
    )

    assert speaker_of(body, "rents fell", kind="article", publisher="Example News") == "Jane Roe"


def test_a_person_introduced_without_a_role_word_is_not_a_speaker():
    assert introduced_person("Jane Roe is the chief economist at the Institute.").name == "Jane Roe"
    assert introduced_person("Jane Roe is a town in the north.") is None


def test_a_surname_after_said_x_the_role_is_resolved_to_the_full_name(speaker_of):
    body = (
        "Rents fell by 3% in 2023, said Jane Roe, the chief economist at the Housing Institute.\n\n"
        "Roe said prices rose by 5% in the same year.\n"
    )

    assert speaker_of(body, "rose by 5%", kind="article", publisher="Example News") == "Jane Roe"


def test_a_dotted_acronym_before_an_honorific_ends_the_sentence():
    body = "Banks lend most home loans in the U.S. Mr. Brown says prices rose by 5% in 2024."
    paragraph = paragraphs(body)[0]

    found = [s.text for s in sentences(body, paragraph)]

    assert found == [
        "Banks lend most home loans in the U.S.",
        "Mr. Brown says prices rose by 5% in 2024.",
    ]


def test_a_dotted_acronym_inside_a_name_does_not_end_the_sentence():
    body = "The U.S. Treasury said prices rose by 5% in 2024."
    paragraph = paragraphs(body)[0]

    assert len(sentences(body, paragraph)) == 1
