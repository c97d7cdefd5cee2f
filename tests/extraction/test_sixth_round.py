"""Rules of the sixth round, written from the misses and false positives of rounds 1–4
before round 5 was measured, each on an invented neutral text: the rule fires on the
right shape and not on a similar wrong one."""

from extraction.attribution import Resolver, reported_speaker
from extraction.attribution.titles import office_title_speaker
from extraction.features import assess

SPEECH = {"kind": "speech", "publisher": "Ministry of Examples"}
NEWS = {"kind": "article", "publisher": "Example News"}


def _score(text: str) -> float:
    return assess(text).score


# Reports released by someone


def test_what_a_released_report_says_is_the_voice_of_whoever_released_it(speaker_of):
    body = (
        "The Northshire government on Friday released a report on bus travel that said "
        "fares had risen by 12% since 2020.\n\n"
        "Passengers in the county make 40 million journeys a year.\n"
    )

    assert speaker_of(body, "released a report", **NEWS) == "Northshire government"


def test_a_named_body_publishing_figures_showing_something_is_the_speaker():
    resolver = Resolver("")
    text = (
        "On Tuesday, the Office for Bus Statistics released its annual survey, "
        "which found fares rose."
    )

    assert reported_speaker(text, resolver).name == "Office for Bus Statistics"
    assert reported_speaker(
        "Northtown Council published figures showing rents rose by 5%.", resolver
    ).name == ("Northtown Council")


def test_someone_reading_a_report_does_not_speak_for_it(speaker_of):
    body = "Jane Roe read a report on bus travel that said fares had risen by 12% since 2020.\n"

    assert speaker_of(body, "read a report", **NEWS) == "Example News"
    assert (
        reported_speaker(
            "The report that the ministry released on Monday said rents rose.", Resolver("")
        )
        is None
    )


# A speech's title naming an office


def test_a_speech_title_naming_only_an_office_gives_the_office(speaker_of):
    body = "Good morning.\n\nBus fares fell by 12% last year, the largest fall since 2001.\n"
    title = "Deputy First Minister speech at the Bus Summit"

    assert speaker_of(body, "Bus fares fell", title=title, **SPEECH) == "Deputy First Minister"


def test_an_office_in_a_speech_title_is_resolved_to_the_holder_the_text_names(speaker_of):
    body = (
        "The Deputy First Minister, Jane Roe, opened the summit in Northtown.\n\n"
        "Bus fares fell by 12% last year, the largest fall since 2001.\n"
    )
    title = "Deputy First Minister speech at the Bus Summit"

    assert speaker_of(body, "Bus fares fell", title=title, **SPEECH) == "Jane Roe"


def test_a_speech_title_naming_an_event_is_not_an_office():
    resolver = Resolver("")

    assert office_title_speaker("Bus Summit speech at Northtown", resolver) is None
    assert office_title_speaker(
        "Chancellor of the Exchequer speech to the summit", resolver
    ).name == ("Chancellor of the Exchequer")


# Statements without figures


def test_the_state_of_something_measured_is_a_claim_without_a_figure():
    assert "state of a measure" in assess("The construction sector is doing well.").reasons
    assert "state of a measure" in assess("Not enough homes have been built in the county.").reasons
    assert _score("The bus survey showed that fares remain low.") >= 0.4


def test_the_state_of_a_team_or_a_visit_is_not_the_state_of_a_measure():
    assert "state of a measure" not in assess("The team is doing well this season.").reasons
    assert "state of a measure" not in assess("Not enough people have been to the show.").reasons


def test_a_listener_who_will_know_something_is_not_a_prediction():
    text = (
        "The hon. Member will know that bus passengers in her town now wait longer "
        "than at any time since 2010."
    )

    assert "prediction" not in assess(text).reasons
    assert _score(text) >= 0.4


def test_an_announcement_to_come_is_still_a_prediction():
    text = "The Minister will announce that the bus network will be cut next year."

    assert "prediction" in assess(text).reasons
    assert _score(text) < 0.4


# The text about itself, the reader, the guest


def test_a_statement_heading_its_own_text_is_not_a_claim():
    assert (
        _score("A statement from Jane Roe on her appointment as Secretary of State for Buses.")
        < 0.4
    )
    assert _score("A statement from the council said fares rose by 5% in 2023.") >= 0.4


def test_a_page_note_on_its_own_display_is_not_a_claim():
    note = (
        "Formatting needed for an accurate reading of this text may be missing "
        "from this TXT display."
    )

    assert _score(note) < 0.4
    assert _score("A reading of the meters showed that water use rose by 5% in 2023.") >= 0.4


def test_a_ministers_statement_described_by_a_release_is_not_a_claim():
    assert (
        _score("Bus Secretary Jane Roe has issued a written ministerial statement on bus fares.")
        < 0.4
    )
    assert _score("Jane Roe said in a written ministerial statement that fares rose by 5%.") >= 0.4


def test_words_to_the_reader_are_not_claims():
    assert _score("Read Jane Roe’s progress update on the bus review.") < 0.4
    assert _score("Read the latest figures from the Bus Survey.") < 0.4
    assert _score("Readers of the county paper rose by 12% in 2023.") >= 0.4


def test_a_host_bringing_in_a_guest_is_not_a_claim():
    assert (
        _score("SAM LEE, HOST: From Northtown this morning is Minister for Buses Jane Roe.") < 0.4
    )
    assert _score("Bus Minister Jane Roe joins us now from Parliament House.") < 0.4
    assert _score("Bus fares joined the list of rising costs in 2023.") >= 0.4


def test_a_person_introduced_by_their_post_is_not_a_claim():
    assert _score("Jane Roe is the chief economist at Example Bank.") < 0.4
    assert (
        _score(
            "Jane Roe is the chief economist at Example Bank, which forecasts fares will rise 5%."
        )
        >= 0.4
    )


def test_being_glad_to_be_there_is_a_greeting():
    assert (
        _score(
            "I am delighted to join you here today at the Bus Summit to deliver my first speech."
        )
        < 0.4
    )
    assert _score("I am delighted that bus fares fell by 5% this year.") >= 0.4


# Procedure


def test_a_motions_own_words_are_procedure():
    assert (
        _score("That this House has considered the Sixth Report from the Transport Committee.")
        < 0.4
    )
    assert (
        _score("The Committee found that this House has debated fares 12 times since 2010.") >= 0.4
    )


def test_a_meetings_minutes_are_procedure():
    assert (
        _score(
            "The Chair opened the meeting by welcoming members to the first meeting of the council."
        )
        < 0.4
    )
    assert _score("The council opened the new bus station in 2019 at a cost of £4 million.") >= 0.4


def test_a_report_saying_when_the_government_must_answer_is_procedure():
    assert _score("The Government has two months to respond.") < 0.4
    assert _score("The council has six months to spend the £4 million grant.") >= 0.4


def test_a_parliamentary_papers_number_is_not_a_figure():
    motion = (
        "That this House has considered the Second Report from the Buses Committee of "
        "Session 2022-23, Fares and routes, HC 64, and the Government Response, HC 905."
    )

    assert "figure" not in assess(motion).reasons
    assert _score(motion) < 0.4
    assert "figure" in assess("The Committee heard from 64 witnesses and 905 passengers.").reasons


def test_the_remit_of_a_body_is_not_a_claim_without_a_figure():
    assert (
        _score("The Department for Buses is responsible for setting national fares policy.") < 0.4
    )
    assert _score("The Bus Agency oversees the distribution of funding to local councils.") < 0.4
    assert _score("The council is responsible for maintaining 400 miles of road.") >= 0.4
    assert "cause" in assess("Cuts were responsible for the closure of 40 routes in 2023.").reasons


def test_a_time_of_day_before_a_lowercase_word_introduces_no_guest():
    text = "The estimate released this morning is inconsistent with the bus figures for 2023."

    assert "introduces a guest" not in assess(text).reasons


def test_something_measured_that_continues_to_strengthen_is_a_trend():
    text = "Figures out this week showed a bus network that continues to strengthen."

    assert "comparison" in assess(text).reasons
    assert "comparison" not in assess("We continue to work with councils on the plan.").reasons
