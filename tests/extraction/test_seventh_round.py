"""Rules of the seventh round, written from the misses and false positives of rounds 1–5
after a sixth batch was gathered and labelled (and set aside unread), each on an invented
neutral text: the rule fires on the right shape and not on a similar wrong one."""

from extraction import suggest_claims
from extraction.attribution import Resolver, cites, header_speaker, parse_person, reported_speaker
from extraction.attribution.statements import following_statement_speaker
from extraction.attribution.titles import statement_title_speaker
from extraction.features import assess

RELEASE = {"kind": "press_release", "publisher": "Department of Examples"}
SPEECH = {"kind": "speech", "publisher": "Ministry of Examples"}
RECORD = {"kind": "parliamentary_record", "publisher": "House of Examples"}


def _reasons(text: str) -> list[str]:
    return assess(text).reasons


# Official statements


def test_a_following_statement_line_hands_the_quoted_paragraphs_to_the_person(speaker_of):
    body = (
        "Statement of Bus Secretary Roe on monthly fares\n\n"
        "NORTHTOWN — Secretary of Buses Jane Q. Roe issued the following statement about the "
        "monthly fares report released today:\n\n"
        "\"This morning's report shows that fares fell by 4 percent in May, the largest "
        "fall in a decade.\n\n"
        '"Ridership has risen for 14 straight months, with 2.1 million more journeys."\n'
    )
    title = "Statement on monthly fares"

    assert speaker_of(body, "fares fell by 4 percent", title=title, **RELEASE) == "Jane Q Roe"
    assert speaker_of(body, "Ridership has risen", title=title, **RELEASE) == "Jane Q Roe"


def test_an_organisation_issuing_the_following_statement_names_no_person():
    assert (
        following_statement_speaker(
            "The Department of Buses issued the following statement about the report:"
        )
        is None
    )
    assert following_statement_speaker("Jane Roe issued a statement on Friday:") is None
    assert following_statement_speaker(
        "Today, Bus Secretary Jane Roe released the following statement after new data:"
    ).name == ("Jane Roe")


def test_the_line_introducing_a_statement_is_the_publisher_s_own_narration(speaker_of):
    body = (
        "Today, Bus Secretary Jane Roe released the following statement about newly released "
        "data showing fares fell by 4 percent in 2024:\n\n"
        "“Fares have fallen by 4 percent, the first fall in a decade.”\n"
    )
    title = "Statement from Secretary Jane Roe on New Fares Data"

    assert speaker_of(body, "released the following", title=title, **RELEASE) == (
        "Department of Examples"
    )
    assert speaker_of(body, "first fall in a decade", title=title, **RELEASE) == "Jane Roe"


def test_a_statement_title_with_an_office_and_a_surname_names_the_person():
    resolver = Resolver("NORTHTOWN — Secretary of Buses Jane Roe said fares fell.")

    found = statement_title_speaker("Statement of Bus Secretary Roe on May fares", resolver)
    assert found.name == "Jane Roe"
    unknown = statement_title_speaker("Statement by Secretary Doe on May fares", resolver)
    assert unknown.name == "Doe"


def test_a_statement_title_with_a_lone_word_or_a_subject_names_no_one():
    resolver = Resolver("Fares fell by 4 percent.")

    assert statement_title_speaker("Statement by Roe on May fares", resolver) is None
    assert statement_title_speaker("Statement of Changes in Bus Rules", resolver) is None
    assert statement_title_speaker("Statement of Secretary on May fares", resolver) is None


# Speeches


def test_a_header_line_naming_the_speaker_before_speech_given_names_the_speaker(speaker_of):
    body = (
        "Ministry of Examples\n\n"
        "Bus Summit 2024\n\n"
        "Transport Minister Jane Roe MP speech given yesterday to the Bus Summit.\n\n"
        "Thank you. Bus journeys rose by 12% last year, the highest since 2001.\n"
    )

    assert speaker_of(body, "rose by 12%", title="Bus Summit 2024", **SPEECH) == "Jane Roe"


def test_a_header_line_naming_an_event_or_only_an_office_names_no_one():
    resolver = Resolver("")

    assert header_speaker("Annual Conference speech given to members.", resolver) is None
    assert header_speaker("Deputy First Minister speech to the Bus Summit", resolver) is None
    assert header_speaker("Jane Roe MSP speech at the Bus Summit", resolver).name == "Jane Roe"


def test_a_header_line_announcing_a_speech_is_not_a_claim():
    assert "speech header" in _reasons(
        "Transport Minister Jane Roe MP speech given yesterday to the Bus Summit."
    )
    assert "speech header" in _reasons(
        "Transcript of the Deputy First Minister's speech at the Bus Summit on 3 May 2024."
    )
    assert "speech header" not in _reasons(
        "The minister's speech to the summit said fares fell by 12% last year."
    )


def test_a_conjunction_and_a_pronoun_are_never_a_speaker_s_name():
    resolver = Resolver("Transport Minister Jane Roe spoke.")

    assert reported_speaker("And I said that we would deliver this together.", resolver) is None
    assert reported_speaker("But we said that fares would fall.", resolver) is None
    found = reported_speaker("And Jane Roe said that fares fell by 4%.", resolver)
    assert found.name == "Jane Roe"


# Press releases


def test_a_block_in_single_quotation_marks_stays_with_the_speaker_over_its_paragraphs(
    speaker_of,
):
    body = (
        "Bus use rose by 6% in the year to June, figures show.\n\n"
        "Transport Minister Jane Roe said: 'Buses are busier. This is very welcome news.\n\n"
        "'Today's figures show the highest ridership since the survey began in 1981.\n\n"
        "'Fares have fallen by 4% in real terms since 2020.'\n\n"
        "The survey has been published every year since 1981.\n"
    )

    assert speaker_of(body, "highest ridership", **RELEASE) == "Jane Roe"
    assert speaker_of(body, "Fares have fallen", **RELEASE) == "Jane Roe"
    # After the closing mark, the release speaks again.
    assert speaker_of(body, "published every year", **RELEASE) == "Department of Examples"


def test_a_body_a_speaker_cites_inside_their_quote_does_not_speak(speaker_of):
    body = (
        "Bus use rose by 6% in the year to June, figures show.\n\n"
        "Transport Minister Jane Roe said: “Buses are busier than at any time since 1981. "
        "As the Bus Inspectorate has said, the service is being protected by 40 new routes.”\n"
    )

    assert speaker_of(body, "Bus Inspectorate has said", **RELEASE) == "Jane Roe"


def test_as_x_has_said_outside_a_quote_still_names_x():
    resolver = Resolver("Transport Minister Jane Roe spoke.")

    found = reported_speaker("As the Bus Inspectorate has said, fares rose by 5%.", resolver)
    assert found.name == "Bus Inspectorate"
    assert cites("As the Bus Inspectorate has said, fares rose by 5%.")
    assert not cites("The Bus Inspectorate has said that fares rose by 5%.")


def test_an_office_of_something_before_a_name_stays_in_the_office():
    found = parse_person("Secretary of Buses Jane Roe")
    assert (found.name, found.role) == ("Jane Roe", "Secretary of Buses")
    middle = parse_person("Secretary of Buses Jane Q. Roe")
    assert middle.name == "Jane Q Roe"


# Page furniture and procedure


def test_site_banners_and_disclaimers_are_not_claims():
    for line in (
        "Share sensitive information only on official, secure websites.",
        "The Department of Examples cannot guarantee the accuracy of a non-federal website.",
        "Please note: As of January 20, 2021, information in some news releases may be out "
        "of date or not reflect current policies.",
        "This information is provided by Example Parliament and does not comprise part of the "
        "official record.",
    ):
        assert "site notice" in _reasons(line), line
    assert "site notice" not in _reasons(
        "The department's website was visited 4 million times in 2023, a record."
    )


def test_a_record_s_citation_line_and_the_chair_s_formulae_are_not_claims():
    assert "record citation" in _reasons(
        "BUS FARES; Example Record Vol. 12, No. 80 (House - May 14, 2019)"
    )
    assert "presiding formula" in _reasons(
        "The Chair recognizes the gentleman from Northshire (Mr. Roe) for 5 minutes."
    )
    assert "presiding formula" not in _reasons(
        "The committee recognizes that fares rose by 5% in the year to May."
    )
    assert "record citation" not in _reasons("Fares rose by 5% in volume 12 of the series.")


def test_a_headline_in_title_case_is_not_a_claim():
    assert "headline" in _reasons(
        "Secretary Roe: Administration Efforts to Cut Fares, Expand Routes Are Working"
    )
    assert "headline" not in _reasons(
        "Secretary Roe said the Administration Efforts to Cut Fares are working."
    )


def test_a_reprint_s_notes_before_the_first_speaker_heading_are_not_suggested():
    body = (
        "Example Hall is a second chamber for members to hold debates, built in 1901.\n\n"
        "Jane Roe Portrait Jane Roe (Northtown) (Lab)\n\n"
        "Bus fares in Northtown have risen by 12% since 2020, the highest rise in the region.\n"
    )
    quotes = [c.quote for c in suggest_claims(body, threshold=0, **RECORD)]

    assert not any("second chamber" in quote for quote in quotes)
    assert any("risen by 12%" in quote for quote in quotes)


def test_a_record_without_speaker_headings_keeps_its_first_paragraphs():
    body = (
        "Bus fares in Northtown have risen by 12% since 2020, the highest rise in the region.\n\n"
        "The number of routes fell from 40 to 31 over the same period.\n"
    )
    quotes = [c.quote for c in suggest_claims(body, threshold=0, **RECORD)]

    assert any("risen by 12%" in quote for quote in quotes)


def test_a_proportion_in_words_counts_as_a_figure():
    assert "figure" in _reasons("Nine out of ten schools in the county are now rated good.")
    assert "figure" in _reasons("Seven in 10 adults in the county now use a bus every week.")
    assert "figure" not in _reasons("She came back in ten minutes to open the new school.")
