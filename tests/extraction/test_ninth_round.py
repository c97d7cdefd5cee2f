"""Rules of the ninth round, written from the speaker errors of rounds 1–7 and the shapes
those rounds showed (bylines and headlines of speeches, statements' titles, unquoted blocks
running into narration, clauses that only set the scene), each on an invented neutral text:
the rule fires on the right shape and not on a similar wrong one."""

from extraction.attribution import Resolver, reported_speaker
from extraction.attribution.titles import headline_speaker, statement_title_speaker
from extraction.attribution.turns import inline_turn
from extraction.features.fragments import fragment
from extraction.features.furniture import headline_sentence

RELEASE = {"kind": "press_release", "publisher": "Department of Examples"}
SPEECH = {"kind": "speech", "publisher": "Ministry of Examples"}
ARTICLE = {"kind": "article", "publisher": "The Daily Example"}
INTERVIEW = {"kind": "interview", "publisher": "Office of the Treasurer"}

FARES = "Bus fares fell by 4 percent last year, the first fall in a decade."
ROUTES = "We have opened 120 new routes since 2020, more than in any year before."


# Speeches: who the page says gave the speech


def test_a_byline_with_by_names_the_speaker_without_the_by(speaker_of):
    body = f"By Jane Roe, Minister for Buses\n\n{FARES}\n"

    assert speaker_of(body, "fell by 4 percent", title="Speech at the bus summit", **SPEECH) == (
        "Jane Roe"
    )


def test_a_signature_line_under_a_speech_title_names_the_speaker_in_either_order(speaker_of):
    for byline in ("Jane Roe, Minister for Buses", "Minister for Buses, Jane Roe"):
        body = f"{byline}\n\n{FARES}\n"

        assert speaker_of(body, "fell by 4 percent", title="Bus summit speech", **SPEECH) == (
            "Jane Roe"
        )


def test_a_thanks_line_or_a_release_signature_does_not_name_a_speech_or_release_voice(
    speaker_of,
):
    thanks = f"Thank you, Jane Roe.\n\n{FARES}\n"
    assert speaker_of(thanks, "fell by 4 percent", title="Bus summit", **SPEECH) == (
        "Ministry of Examples"
    )
    signed = f"{FARES}\n\nJane Roe, Minister for Buses\n"
    assert speaker_of(signed, "fell by 4 percent", title="Fares fall", **RELEASE) == (
        "Department of Examples"
    )


def test_a_page_from_line_naming_one_person_beside_the_department_names_the_speaker(
    speaker_of,
):
    body = f"From: Ministry of Examples and The Rt Hon Jane Roe MP\n\n{FARES}\n"

    assert speaker_of(body, "fell by 4 percent", title="Bus summit speech", **SPEECH) == (
        "Jane Roe"
    )


def test_a_from_line_naming_only_bodies_or_two_people_names_no_one(speaker_of):
    for line in (
        "From: Ministry of Examples and Office for Buses",
        "From: The Rt Hon Jane Roe MP and The Rt Hon John Doe MP",
    ):
        body = f"{line}\n\n{FARES}\n"

        assert speaker_of(body, "fell by 4 percent", title="Bus summit speech", **SPEECH) == (
            "Ministry of Examples"
        )


def test_a_speech_headline_names_its_subject_as_the_speaker():
    resolver = Resolver(FARES)

    assert headline_speaker("Jane Roe tells the bus summit fares must fall", resolver).name == (
        "Jane Roe"
    )
    assert headline_speaker("Speech: Bus Minister vows to cut fares", resolver).name == (
        "Bus Minister"
    )
    office = headline_speaker("The Minister for Buses speaks at the summit", resolver)
    assert office is not None and office.name == "Minister for Buses"


def test_a_headline_one_word_office_names_its_holder_only_when_the_text_names_one():
    assert headline_speaker("Chancellor vows to cut fares", Resolver(FARES)) is None

    resolver = Resolver(f"Chancellor Jane Roe spoke in Leeds. {FARES}")
    assert headline_speaker("Chancellor vows to cut fares", resolver).name == "Jane Roe"


def test_a_headline_about_a_body_or_a_thing_names_no_speaker():
    resolver = Resolver(FARES)

    assert headline_speaker("Government sets out plans to cut fares", resolver) is None
    assert headline_speaker("New Fares Scheme delivers savings", resolver) is None
    assert headline_speaker("Bus Summit Panel speaks out on fares", resolver) is None


def test_an_office_title_with_a_possessive_or_a_label_gives_the_office_or_its_holder(
    speaker_of,
):
    assert speaker_of(
        FARES, "fell by 4 percent", title="Speech: Bus Minister's speech at the summit", **SPEECH
    ) == ("Bus Minister")
    named = f"Chancellor Jane Roe arrived in Leeds.\n\n{FARES}\n"
    assert speaker_of(
        named, "fell by 4 percent", title="Chancellor's speech at the summit", **SPEECH
    ) == ("Jane Roe")
    assert speaker_of(
        FARES, "fell by 4 percent", title="Minister's speech at the summit", **SPEECH
    ) == ("Ministry of Examples")


def test_a_title_in_capitals_or_an_office_then_its_holder_names_the_person(speaker_of):
    for title in (
        "SPEECH BY THE MINISTER FOR BUSES, JANE ROE",
        "Address by the Prime Minister, the Hon Jane Roe MP",
    ):
        assert speaker_of(FARES, "fell by 4 percent", title=title, **SPEECH) == "Jane Roe"


def test_a_capitalised_genre_word_ends_the_name_in_a_title(speaker_of):
    title = "Secretary Jane Roe Remarks at the Bus Summit"

    assert speaker_of(FARES, "fell by 4 percent", title=title, **SPEECH) == "Jane Roe"


# Official statements: whose statement the title or the first line says it is


def test_statement_titles_naming_a_person_in_other_orders_give_the_person():
    resolver = Resolver(FARES)

    for title in (
        "Statement on the fares survey by Secretary Jane Roe",
        "Secretary Jane Roe's statement on the fares survey",
        "Prepared Remarks of Jane Roe, Secretary of Buses",
        "The following is a statement by Secretary of Buses Jane Roe:",
    ):
        speaker = statement_title_speaker(title, resolver)
        assert speaker is not None and speaker.name == "Jane Roe", title


def test_a_statement_title_naming_no_office_or_known_person_names_no_one():
    resolver = Resolver(FARES)

    assert statement_title_speaker("Joint Ministerial statement on fares", resolver) is None
    assert statement_title_speaker("Jane Roe statement on the fares survey", resolver) is None


def test_a_signature_over_two_lines_gives_the_title_surname_its_full_name(speaker_of):
    body = f"{FARES}\n\nJane Roe\nSecretary of Buses\n"

    assert speaker_of(
        body, "fell by 4 percent", title="Secretary Roe statement on fares", **RELEASE
    ) == ("Jane Roe")


def test_a_following_statement_line_read_as_a_heading_still_hands_over_the_block(speaker_of):
    body = (
        "CAPITAL CITY – Secretary of Buses Jane Roe made the following statement on the "
        f"fares survey:\n\n“{FARES}”\n"
    )

    assert speaker_of(body, "fell by 4 percent", title="Fares survey", **RELEASE) == "Jane Roe"


def test_issued_a_statement_gives_her_the_quotation_after_it_and_nothing_else(speaker_of):
    line = "Secretary of Buses Jane Roe today issued a statement on the fares survey."
    quoted = f"{line}\n\n“{FARES}”\n"
    assert speaker_of(quoted, "fell by 4 percent", title="Fares survey", **RELEASE) == "Jane Roe"

    narrated = f"{line}\n\n{FARES}\n"
    assert speaker_of(narrated, "fell by 4 percent", title="Fares survey", **RELEASE) == (
        "Department of Examples"
    )


# Press releases: where an unquoted block after "X said:" ends


def _release(after: str) -> str:
    return (
        f"Bus Minister Jane Roe welcomed the figures.\n\nBus Minister Jane Roe said:\n\n"
        f"{ROUTES}\n\n{after}\n"
    )


def test_an_unquoted_block_ends_where_it_names_the_government_in_the_third_person(
    speaker_of,
):
    body = _release("The government has also cut fares by 4 percent in 2024.")

    assert speaker_of(body, "120 new routes", **RELEASE) == "Jane Roe"
    assert speaker_of(body, "cut fares by 4 percent", **RELEASE) == "Department of Examples"


def test_an_unquoted_block_ends_where_it_speaks_of_the_minister_or_opens_with_she(
    speaker_of,
):
    for after in (
        "The minister also visited a depot where 300 buses are being built this year.",
        "She visited a depot where 300 buses are being built this year.",
    ):
        body = _release(after)

        assert speaker_of(body, "300 buses", **RELEASE) == "Department of Examples", after


def test_a_block_paragraph_saying_we_or_a_block_not_yet_in_the_first_person_stays_hers(
    speaker_of,
):
    ours = _release("We know the government has cut fares by 4 percent in 2024.")
    assert speaker_of(ours, "cut fares by 4 percent", **RELEASE) == "Jane Roe"

    plain = (
        "Bus Minister Jane Roe said:\n\nFares fell by 4 percent in 2024, the first fall in a "
        "decade.\n\nThe government cut fares by a further 2 percent in 2025.\n"
    )
    assert speaker_of(plain, "further 2 percent", **RELEASE) == "Jane Roe"


def test_a_quotation_over_paragraphs_is_the_speaker_named_where_it_closes(speaker_of):
    closing = f"“{ROUTES}” said Jane Roe, the Bus Minister."
    body = f"Figures were published today.\n\n“{FARES}\n\n{closing}\n"

    assert speaker_of(body, "fell by 4 percent", **RELEASE) == "Jane Roe"


def test_an_unclosed_quotation_is_not_given_to_a_speaker_it_does_not_close_with(speaker_of):
    body = f"Figures were published today.\n\n“{FARES}\n\nThe department cut 40 routes in 2024.\n"

    assert speaker_of(body, "fell by 4 percent", **RELEASE) == "Department of Examples"


def test_a_quoted_block_goes_on_until_its_quotation_closes(speaker_of):
    body = (
        f"Bus Minister Jane Roe said:\n\n“{FARES}\n\n{ROUTES}”\n\n"
        "The department cut 40 routes in 2024, official figures show.\n"
    )

    assert speaker_of(body, "120 new routes", **RELEASE) == "Jane Roe"
    assert speaker_of(body, "cut 40 routes", **RELEASE) == "Department of Examples"


# Reported speech: clauses that set the scene, appositions, bodies speaking


def test_a_report_in_an_opening_while_clause_is_not_the_sentences_speaker(speaker_of):
    body = (
        "While the Transport Agency has announced that the strike is over, the bus service "
        "still runs 40 percent fewer routes than in 2019.\n"
    )

    assert speaker_of(body, "40 percent fewer", title="Bus summit", **SPEECH) == (
        "Ministry of Examples"
    )


def test_an_opening_conjunction_is_no_part_of_the_speaker_and_a_main_clause_report_counts():
    text = "Although the Transport Agency said that fares fell by 4 percent."
    speaker = reported_speaker(text, Resolver(text))
    assert speaker is not None and speaker.name == "Transport Agency"

    later = "Fares fell by 4 percent, the Transport Agency said, while routes grew."
    assert reported_speaker(later, Resolver(later)).name == "Transport Agency"


def test_a_name_with_an_apposition_before_said_is_the_speaker():
    for text in (
        f"Jane Roe, the transport minister, said {FARES.lower()}",
        f"Jane Roe, chief economist at Acme Buses, said {FARES.lower()}",
        f"The agency's chief economist, Jane Roe, said {FARES.lower()}",
        f"Jane Roe, speaking on Monday, said {FARES.lower()}",
        f"According to the Agency's chief economist Jane Roe, {FARES.lower()}",
    ):
        speaker = reported_speaker(text, Resolver(text))
        assert speaker is not None and speaker.name == "Jane Roe", text


def test_an_apposition_naming_no_office_or_occupation_gives_no_person():
    text = f"North Town, the largest market town, said {FARES.lower()}"

    speaker = reported_speaker(text, Resolver(text))

    assert speaker is None or speaker.name != "North Town" or speaker.kind != "person"


def test_a_spokesperson_or_analysts_at_a_body_give_the_body(speaker_of):
    for lead in ("A spokesperson for the Transport Agency said", "Analysts at Acme Buses say"):
        body = f"{lead} {FARES.lower()}\n"

        speaker = speaker_of(body, "fell by 4 percent", **ARTICLE)

        assert speaker in ("Transport Agency", "Acme Buses"), lead


# Interviews: office labels


def test_an_office_label_is_its_holder_when_the_text_names_one(speaker_of):
    body = (
        f"TREASURER JANE ROE:\n\n{ROUTES}\n\nJOURNALIST:\n\nWill fares fall?\n\n"
        f"TREASURER:\n\n{FARES}\n"
    )

    assert speaker_of(body, "fell by 4 percent", title="Press conference", **INTERVIEW) == (
        "JANE ROE"
    )


def test_a_label_giving_an_office_and_a_name_opens_a_turn_and_other_labels_do_not():
    assert inline_turn(f"Treasurer Jane Roe: {FARES}").name == "Jane Roe"
    assert inline_turn(f"Jane Roe, Treasurer: {FARES}").name == "Jane Roe"
    assert inline_turn(f"Key Findings: {FARES}") is None
    assert inline_turn(f"Annual Fares Review: {FARES}") is None


def test_a_speaker_line_with_letters_rt_hon_or_a_time_after_said_opens_her_block(speaker_of):
    for intro in (
        "The Minister for Buses, Jane Roe MP, said:",
        "Jane Roe MP, Minister for Buses, said:",
        "Bus Minister Rt Hon Jane Roe MP said:",
        "Bus Minister Jane Roe said today:",
    ):
        body = f"Figures were published today.\n\n{intro}\n\n{ROUTES}\n"

        assert speaker_of(body, "120 new routes", **RELEASE) == "Jane Roe", intro


def test_letters_after_a_name_are_no_part_of_a_reported_speaker():
    for text in (
        "Bus Minister Jane Roe MP said that fares fell by 4 percent last year.",
        "Fares fell by 4 percent last year, said Bus Minister Jane Roe MP.",
    ):
        speaker = reported_speaker(text, Resolver(text))
        assert speaker is not None and speaker.name == "Jane Roe", text


# Speeches: the speaker holds the floor


def test_in_a_speech_what_the_speaker_reports_others_saying_is_the_speakers(speaker_of):
    body = (
        "Thank you all for coming.\n\nThe Transport Agency said last week that fares fell by "
        "4 percent last year, the first fall in a decade.\n"
    )

    assert speaker_of(
        body, "fell by 4 percent", title="Jane Roe speech at the summit", **SPEECH
    ) == ("Jane Roe")


def test_in_a_speech_words_in_quotation_marks_stay_with_whoever_said_them(speaker_of):
    body = (
        "Thank you all for coming.\n\n“Fares fell by 4 percent last year, the first fall in a "
        "decade,” the Transport Agency said.\n"
    )

    assert speaker_of(
        body, "fell by 4 percent", title="Jane Roe speech at the summit", **SPEECH
    ) == ("Transport Agency")


def test_in_an_article_a_body_saying_something_keeps_it(speaker_of):
    body = "The Transport Agency said last week that fares fell by 4 percent last year.\n"

    assert speaker_of(body, "fell by 4 percent", title="Fares", **ARTICLE) == "Transport Agency"


# Lines that are not claims


def test_a_reason_standing_alone_is_a_fragment_but_a_reason_with_a_main_clause_is_not():
    assert fragment("Because the summit is not only about buses.")
    assert fragment("And because the summit is not only about buses.")
    assert not fragment("Because of the strike, fares rose across the region.")
    assert not fragment("Because the strike ended, the depots reopened on Monday.")


def test_an_office_in_a_headlines_grammar_is_a_headline_not_a_claim():
    assert headline_sentence("Bus Minister welcomes figures showing a rise in routes.")
    assert headline_sentence("Chancellor and Transport Secretary confirm plans to cut fares.")
    assert not headline_sentence("The Bus Minister welcomes figures showing a rise in routes.")
    assert not headline_sentence("It confirms that fares fell by 4 percent.")
    assert not headline_sentence("Bus Minister Jane Roe welcomed figures showing a rise.")


def test_a_transcript_line_with_a_name_and_an_office_and_no_verb_opens_a_turn(speaker_of):
    body = (
        f"JANE ROE, TREASURER:\n\n{ROUTES}\n\nJOURNALIST:\n\nWill fares fall?\n\n"
        f"JANE ROE, TREASURER:\n\n{FARES}\n"
    )

    assert speaker_of(body, "fell by 4 percent", title="Doorstop", **INTERVIEW) == "JANE ROE"


def test_a_surname_label_is_the_person_the_text_gives_that_surname(speaker_of):
    body = (
        "HOST: Treasurer Jane Roe joins us now. Will fares fall?\n\n"
        f"ROE: {FARES}\n\nNOTE: {ROUTES}\n"
    )

    assert speaker_of(body, "fell by 4 percent", title="Morning Show", **INTERVIEW) == ("Jane Roe")
    unknown = f"HOST: Will fares fall?\n\nDOE: {FARES}\n"
    assert speaker_of(unknown, "fell by 4 percent", title="Morning Show", **INTERVIEW) == (
        "Office of the Treasurer"
    )


def test_a_speaker_introducing_herself_names_a_speech_whose_page_names_no_one(speaker_of):
    body = f"Good morning. My name is Jane Roe, and I run the bus network.\n\n{FARES}\n"

    assert speaker_of(body, "fell by 4 percent", title="Bus summit 2024", **SPEECH) == "Jane Roe"
    office = f"Good morning. I'm Jane Roe and I run the bus network.\n\n{FARES}\n"
    assert speaker_of(office, "fell by 4 percent", title="Bus Minister speech", **SPEECH) == (
        "Jane Roe"
    )


def test_an_office_or_a_feeling_after_i_am_is_no_self_introduction(speaker_of):
    for opening in ("I am Deputy Prime Minister now.", "I am Very Proud to be here."):
        body = f"{opening}\n\n{FARES}\n"

        assert speaker_of(body, "fell by 4 percent", title="Bus summit 2024", **SPEECH) == (
            "Ministry of Examples"
        ), opening
