"""Each attribution pattern on a short text written for the test."""

from tests.extraction.helpers import speaker_of, suggestions

RELEASE = (
    "Ministry signs deal to cut waiting lists\n\n"
    "Health Secretary Jane Roe has signed a £2 billion agreement with the hospitals, "
    "cutting waiting lists by a fifth since 2022.\n\n"
    "Health Secretary Jane Roe said:\n\n"
    "Waiting lists have fallen by 20% compared with last year.\n\n"
    "We have opened 40 new clinics across the country since January.\n\n"
    "Chief Executive, Dr John Doe:\n\n"
    "The hospitals treated 1.5 million patients in 2023, more than ever before.\n\n"
    "Since taking office, the Health Secretary has visited 30 hospitals in 12 regions.\n"
)


def test_paragraphs_after_a_said_line_belong_to_the_person_named():
    assert speaker_of(RELEASE, "Waiting lists have fallen") == "Jane Roe"
    assert speaker_of(RELEASE, "40 new clinics") == "Jane Roe"


def test_a_speaker_line_without_said_introduces_the_next_speaker():
    assert speaker_of(RELEASE, "1.5 million patients") == "John Doe"


def test_the_role_comes_with_the_name():
    [candidate] = [c for c in suggestions(RELEASE) if "1.5 million" in c.quote]

    assert candidate.speaker_role == "Chief Executive"


def test_narration_belongs_to_the_publisher():
    assert speaker_of(RELEASE, "has signed a £2 billion") == "Ministry of Examples"


def test_a_quoted_block_ends_where_the_text_speaks_of_an_official_in_the_third_person():
    assert speaker_of(RELEASE, "visited 30 hospitals") == "Ministry of Examples"


def test_said_x_after_the_quote():
    body = "“Exports rose by 12% last year,” said Trade Minister Ann Lee."

    assert speaker_of(body, "Exports rose") == "Ann Lee"


def test_x_said_that_inside_narration():
    body = "The finance minister Carl Berg said that inflation had halved since 2022."

    assert speaker_of(body, "inflation had halved") == "Carl Berg"


def test_according_to_x():
    body = "According to the Office for Budget Responsibility, debt will pass 100% of GDP."

    assert speaker_of(body, "debt will pass") == "Office for Budget Responsibility"


def test_quoted_speech_continues_across_sentences_and_paragraphs():
    body = (
        "“Crime fell by 10% in 2023,” Mayor Sam Hill said. “Burglaries halved.”\n\n"
        "“We also hired 500 more police officers than the year before.”"
    )

    assert speaker_of(body, "Burglaries halved") == "Sam Hill"
    assert speaker_of(body, "500 more police officers") == "Sam Hill"


def test_a_role_is_resolved_to_the_person_named_with_it_nearby():
    body = (
        "Home Secretary James Park visited the border on Monday.\n\n"
        "The Home Secretary said crossings had fallen by a third compared to last year."
    )

    assert speaker_of(body, "crossings had fallen") == "James Park"


def test_a_surname_is_resolved_to_the_full_name():
    body = (
        "Prime Minister Rosa Diaz opened the new hospital in May.\n\n"
        "Diaz said the hospital would treat 50,000 patients a year."
    )

    assert speaker_of(body, "50,000 patients") == "Rosa Diaz"


def test_a_country_that_claims_or_denies_is_the_speaker():
    body = (
        "In 2025 Ruritania claimed that the border incident was caused by foreign troops, "
        "though Freedonia denied sending any soldiers across the border."
    )

    assert speaker_of(body, "border incident", kind="encyclopedia_entry") == "Ruritania"
    assert speaker_of(body, "denied sending", kind="encyclopedia_entry") == "Freedonia"


def test_encyclopedia_narration_has_no_speaker():
    body = "The two countries established diplomatic relations on 1 July 1962."

    assert speaker_of(body, "diplomatic relations", kind="encyclopedia_entry") is None


def test_a_possessive_before_alleged_is_not_a_speaker():
    body = "Ruritania criticised the sanctions imposed over Freedonia’s alleged support for rebels."

    assert speaker_of(body, "sanctions", kind="encyclopedia_entry") is None


def test_narration_of_a_speech_belongs_to_the_person_in_its_title():
    body = "We have built 300,000 homes since 2019, more than any government before us."

    speaker = speaker_of(
        body, "300,000 homes", kind="speech", title="Rosa Diaz's speech to conference"
    )

    assert speaker == "Rosa Diaz"


def test_x_announced_at_the_end_of_the_sentence():
    body = (
        "Senator Mia Cruz opened the clinic in May.\n\n"
        "The state will hire 20,000 extra nurses by 2026, the senator announced on Tuesday."
    )

    assert speaker_of(body, "20,000 extra nurses") == "Mia Cruz"


HANSARD = (
    "Immigration\n\n"
    "The Secretary of State for the Home Department (James Park):\n\n"
    "Net migration fell to 685,000 in the year to December, down from 745,000.\n\n"
    "Ann Lee (Northtown) (Lab):\n\n"
    "The Home Secretary knows that the asylum backlog has risen to 98,000 cases.\n\n"
    "Home Secretary James Park met Ann Lee in May.\n"
)


def test_speaking_turns_of_a_parliamentary_record():
    kwargs = {"kind": "parliamentary_record", "publisher": "Parliament"}

    assert speaker_of(HANSARD, "Net migration fell", **kwargs) == "James Park"
    assert speaker_of(HANSARD, "backlog has risen", **kwargs) == "Ann Lee"
