"""Each attribution pattern on a short text written for the test."""

RELEASE = (
    "New surgical hub to cut waiting lists\n\n"
    "Health Secretary Jane Roe has opened a £2 billion surgical hub in Leeds, "
    "cutting waiting lists by a fifth since 2022.\n\n"
    "Health Secretary Jane Roe said:\n\n"
    "Waiting lists have fallen by 20% compared with last year.\n\n"
    "We have opened 40 new clinics across the country since January.\n\n"
    "Chief Executive, Dr John Doe:\n\n"
    "The hospitals treated 1.5 million patients in 2023, more than ever before.\n\n"
    "During the winter the Health Secretary visited 30 hospitals in 12 regions.\n"
)


def test_paragraphs_after_a_said_line_belong_to_the_person_named(speaker_of):
    assert speaker_of(RELEASE, "Waiting lists have fallen") == "Jane Roe"
    assert speaker_of(RELEASE, "40 new clinics") == "Jane Roe"


def test_a_speaker_line_without_said_introduces_the_next_speaker(speaker_of):
    assert speaker_of(RELEASE, "1.5 million patients") == "John Doe"


def test_the_role_comes_with_the_name(suggest):
    [candidate] = [c for c in suggest(RELEASE) if "1.5 million" in c.quote]

    assert candidate.speaker_role == "Chief Executive"


def test_narration_belongs_to_the_publisher(speaker_of):
    assert speaker_of(RELEASE, "has opened a £2 billion") == "Ministry of Examples"


def test_a_quoted_block_ends_where_the_text_speaks_of_an_official_in_the_third_person(speaker_of):
    assert speaker_of(RELEASE, "visited 30 hospitals") == "Ministry of Examples"


def test_said_x_after_the_quote(speaker_of):
    body = "“Exports rose by 12% last year,” said Trade Minister Ann Lee."

    assert speaker_of(body, "Exports rose") == "Ann Lee"


def test_x_said_that_inside_narration(speaker_of):
    body = "The finance minister Carl Berg said that inflation had halved since 2022."

    assert speaker_of(body, "inflation had halved") == "Carl Berg"


def test_according_to_x(speaker_of):
    body = "According to the Office for Budget Responsibility, debt will pass 100% of GDP."

    assert speaker_of(body, "debt will pass") == "Office for Budget Responsibility"


def test_quoted_speech_continues_across_sentences_and_paragraphs(speaker_of):
    body = (
        "“Crime fell by 10% in 2023,” Mayor Sam Hill said. “Burglaries halved.”\n\n"
        "“We also hired 500 more police officers than the year before.”"
    )

    assert speaker_of(body, "Burglaries halved") == "Sam Hill"
    assert speaker_of(body, "500 more police officers") == "Sam Hill"


def test_a_role_is_resolved_to_the_person_named_with_it_nearby(speaker_of):
    body = (
        "Education Secretary James Park visited a school in Leeds on Monday.\n\n"
        "The Education Secretary said truancy had fallen by a third since 2022."
    )

    assert speaker_of(body, "truancy had fallen") == "James Park"


def test_a_surname_is_resolved_to_the_full_name(speaker_of):
    body = (
        "Prime Minister Rosa Diaz opened the new hospital in May.\n\n"
        "Diaz said the hospital would treat 50,000 patients a year."
    )

    assert speaker_of(body, "50,000 patients") == "Rosa Diaz"


def test_a_place_or_body_that_claims_or_denies_is_the_speaker(speaker_of):
    body = (
        "In 2022 Greenvale claimed that the ward closures were caused by a lack of nurses, "
        "though Riverside Council denied moving any staff away from the hospital."
    )

    assert speaker_of(body, "ward closures", kind="encyclopedia_entry") == "Greenvale"
    assert speaker_of(body, "denied moving", kind="encyclopedia_entry") == "Riverside Council"


def test_encyclopedia_narration_has_no_speaker(speaker_of):
    body = "The two schools merged into one academy on 1 September 2015."

    assert speaker_of(body, "merged into one academy", kind="encyclopedia_entry") is None


def test_a_possessive_before_alleged_is_not_a_speaker(speaker_of):
    body = "The union criticised the fines imposed over the operator’s alleged breach of rules."

    assert speaker_of(body, "fines imposed", kind="encyclopedia_entry") is None


def test_a_nationality_before_a_role_is_part_of_the_role_not_the_name(speaker_of):
    body = (
        "Norwegian Health Minister Ingrid Dahl opened the clinic in May.\n\n"
        "Dahl said the clinic would treat 8,000 patients a year."
    )

    assert speaker_of(body, "8,000 patients") == "Ingrid Dahl"


def test_narration_of_a_speech_belongs_to_the_person_in_its_title(speaker_of):
    body = "We have built 300,000 homes since 2019, more than any government before us."

    speaker = speaker_of(
        body, "300,000 homes", kind="speech", title="Rosa Diaz's speech to conference"
    )

    assert speaker == "Rosa Diaz"


def test_x_announced_at_the_end_of_the_sentence(speaker_of):
    body = (
        "Senator Mia Cruz opened the clinic in May.\n\n"
        "The state will hire 20,000 extra nurses by 2026, the senator announced on Tuesday."
    )

    assert speaker_of(body, "20,000 extra nurses") == "Mia Cruz"


HANSARD = (
    "Hospital waiting lists\n\n"
    "The Secretary of State for Health (James Park):\n\n"
    "Waiting lists fell to 6.3 million in the year to December, down from 7.7 million.\n\n"
    "Ann Lee (Northtown) (Lab):\n\n"
    "The Health Secretary knows that ambulance waits have risen to 98 minutes.\n\n"
    "Health Secretary James Park met Ann Lee in May.\n"
)


def test_speaking_turns_of_a_parliamentary_record(speaker_of):
    kwargs = {"kind": "parliamentary_record", "publisher": "Parliament"}

    assert speaker_of(HANSARD, "Waiting lists fell", **kwargs) == "James Park"
    assert speaker_of(HANSARD, "ambulance waits", **kwargs) == "Ann Lee"


def test_a_lower_case_role_after_a_nationality_is_resolved_to_the_person(speaker_of):
    body = (
        "Swedish prime minister Lars Berg opened the bridge in May.\n\n"
        "The prime minister said the bridge had cost £40 million."
    )

    assert speaker_of(body, "had cost", kind="encyclopedia_entry") == "Lars Berg"
