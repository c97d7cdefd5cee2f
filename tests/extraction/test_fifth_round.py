"""Rules of the fifth round, written after round 4 was measured once unseen, each on an
invented neutral text: the rule fires on the right shape and not on a similar wrong one."""

import datetime

from extraction.attribution import Resolver, Speaker, parse_person, reported_speaker
from extraction.attribution.titles import statement_title_speaker
from extraction.attribution.turns import inline_turn
from extraction.dates import document_date
from extraction.features import assess
from extraction.text import paragraphs

RELEASE = {"kind": "press_release", "publisher": "Ministry of Examples"}
SPEECH = {"kind": "speech", "publisher": "Ministry of Examples"}
NEWS = {"kind": "article", "publisher": "Example News"}
RECORD = {"kind": "parliamentary_record", "publisher": "Example Senate"}
SURVEY = Speaker("Example Bus Survey", "", "organisation")


# Titles and bylines


def test_a_statement_titled_by_an_official_is_in_that_officials_voice(speaker_of):
    title = "Statement by Transport Secretary Jane Roe on the Release of Bus Fare Figures"

    found = speaker_of("Fares rose by 12% last year.\n", "Fares rose", title=title, **RELEASE)

    assert found == "Jane Roe"


def test_a_statement_title_naming_an_office_before_the_name_gives_the_name():
    title = "Statement of Assistant Secretary for Buses Jane Q. Roe on Fares"

    assert statement_title_speaker(title, Resolver("")).name == "Jane Q Roe"


def test_a_statement_title_about_a_subject_names_no_one(speaker_of):
    resolver = Resolver("")

    assert statement_title_speaker("Statement of Changes in the Bus Rules", resolver) is None
    assert statement_title_speaker("Statement from Example Street", resolver) is None
    title = "Statement of Changes in the Bus Rules"
    assert speaker_of("Fares rose by 12%.\n", "Fares", title=title, **RELEASE) == (
        "Ministry of Examples"
    )


def test_a_statement_title_with_a_bare_name_needs_the_text_to_name_that_person():
    named = Resolver("Transport Secretary Jane Roe said:\n\nFares rose by 12%.")

    assert statement_title_speaker("Statement from Jane Roe, Transport Secretary", named).name == (
        "Jane Roe"
    )
    assert statement_title_speaker("Statement from Jane Roe", Resolver("Fares rose.")) is None


def test_a_byline_under_a_speech_title_names_the_speaker(speaker_of):
    body = (
        "Speech\n\nMinister speech at the Bus Summit\n\n"
        "The Minister gave the closing speech at the Bus Summit in Northtown\n\n"
        "The Rt Hon Jane Roe MP\n\n"
        "Fares rose by 12% last year, the largest rise since 2001.\n"
    )

    found = speaker_of(body, "Fares rose", title="Minister speech at the Bus Summit", **SPEECH)

    assert found == "Jane Roe"


def test_a_header_line_of_capitals_without_honorific_or_letters_is_no_byline(speaker_of):
    body = (
        "Speech\n\nMinister speech at the Bus Summit\n\nNorthtown Bus Summit\n\n"
        "Fares rose by 12% last year, the largest rise since 2001.\n"
    )

    found = speaker_of(body, "Fares rose", title="Minister speech at the Bus Summit", **SPEECH)

    assert found == "Ministry of Examples"


# Turns


def test_a_transcript_label_of_honorific_and_capital_surname_is_a_turn(speaker_of):
    body = (
        "MR. DOE:  Hello.  You will now hear from Transport Secretary Jane Roe.\n\n"
        "MR. ROE:  Thank you.\n\n"
        "Bus fares fell by 12% last year, the largest fall since 2001.\n"
    )
    interview = {"kind": "interview", "publisher": "Example Office"}

    assert inline_turn("MR. ROE:  Thank you.").name == "Roe"
    assert speaker_of(body, "Bus fares fell", **interview) == "Jane Roe"


def test_a_congressional_record_turn_ends_its_label_with_a_full_stop(speaker_of):
    body = (
        "Mr. McROE. Mr. President, bus fares rose by 12% last year, the largest rise since "
        "2001.\n\nMs. DOE of Ohio. Mr. President, rail fares fell by 3% in the same year.\n"
    )

    assert speaker_of(body, "bus fares rose", **RECORD) == "McRoe"
    assert speaker_of(body, "rail fares fell", **RECORD) == "Doe"


def test_a_sentence_opening_with_an_honorific_and_a_plain_surname_is_no_turn():
    assert inline_turn("Mr. Roe. That is what the figures show.") is None
    assert inline_turn("Mr. Roe said fares rose by 12%.") is None
    assert inline_turn("Mr Roe: Fares rose by 12%.").name == "Roe"


# Text shape


def test_a_text_cut_at_a_fixed_width_is_joined_into_its_paragraphs():
    lines = [
        "Mr. ROE. Mr. President, bus passengers in Northtown have been waiting",
        "Longer for buses every year since the service was cut back in 2015, and",
        "Fares rose by 12 percent last year, more than in any year since 2001,",
        "Northtown Council said in its annual report on transport in the city",
        "Last week. The council has since added two routes to the network, and",
        "Passenger numbers on those routes have risen by a fifth since they began.",
    ]
    body = "\n".join(lines) + "\n"

    found = paragraphs(body)

    assert len(found) == 1
    assert found[0].text == body.strip()


def test_a_long_title_line_over_a_paragraph_is_not_joined_in_an_ordinary_text():
    body = (
        "Bus fares across the county and what the new figures tell us about them\n"
        "Fares rose by 12% last year, the largest rise since 2001, the council said.\n\n"
        "The council said it would review the figures in the spring.\n"
    )

    found = paragraphs(body)

    assert found[0].text.startswith("Bus fares across") and found[0].kind == "heading"
    assert found[1].text.startswith("Fares rose")


def test_a_listed_sentence_item_ending_in_a_semicolon_is_a_bullet_not_a_heading():
    body = (
        "The figures paint a picture of good service:\n\n"
        "  • Bus fares are at historically low levels; and\n"
        "  • Passenger numbers are the highest in five years;\n"
        "  • Timetables\n"
    )

    kinds = {p.text: p.kind for p in paragraphs(body)}

    assert kinds["• Bus fares are at historically low levels; and"] == "bullet"
    assert kinds["• Passenger numbers are the highest in five years;"] == "bullet"
    assert kinds["• Timetables"] == "heading"


def test_a_paragraph_printed_twice_in_a_row_is_a_caption(suggest):
    caption = "FILE - Buses wait at the depot on 4 June 2016. Fares rose by 12% that year."
    body = (
        f"{caption}\n{caption}\n\nRail fares fell by 3% last year, the largest fall since 2001.\n"
    )

    quotes = [c.quote for c in suggest(body, **NEWS)]

    assert not any("Buses wait" in q or "that year" in q for q in quotes)
    assert any("Rail fares fell" in q for q in quotes)


def test_a_figure_printed_twice_apart_is_still_suggested_once(suggest):
    pull = "Fares rose by 12% last year, the largest rise since 2001."
    body = f"{pull}\n\nThe council met in May to discuss the figures.\n\n{pull}\n"

    quotes = [c.quote for c in suggest(body, **NEWS)]

    assert quotes.count(pull) == 1


# Dates


def test_a_heading_dated_after_a_dash_dates_the_text():
    body = "Bus Fares - 3 March 2024 (Northtown Assembly)\n\nFares rose by 12%.\n"

    assert document_date(body) == datetime.date(2024, 3, 3)


def test_a_date_inside_a_heading_without_a_dash_does_not_date_the_text():
    body = "Fares to rise on 3 March 2024 across the county\n\nFares rose by 12%.\n"

    assert document_date(body) is None


# Reported speech


def test_a_weekday_after_said_is_when_not_who():
    resolver = Resolver("")

    assert reported_speaker("Fares rose by 12%, said Friday.", resolver) is None
    assert reported_speaker("On Tuesday Jane Roe said fares rose.", resolver).name == "Jane Roe"


def test_a_subject_before_a_relative_clause_between_commas_says_it():
    resolver = Resolver("")
    text = (
        "The Example Bus Survey, which the council is required by law to publish every year, "
        "said Friday that fares rose by 12%."
    )

    found = reported_speaker(text, resolver)

    assert (found.name, found.kind) == ("Example Bus Survey", "organisation")


def test_a_relative_clause_without_a_saying_verb_after_it_names_no_one():
    resolver = Resolver("")

    assert reported_speaker("Northtown, which Jane visited, cut fares by 12%.", resolver) is None


def test_it_said_after_a_report_spoke_is_the_report():
    resolver = Resolver("")

    assert reported_speaker("It said fares rose by 12%.", resolver, None, SURVEY) == SURVEY
    assert reported_speaker("But, it said, fares rose by 12%.", resolver, None, SURVEY) == SURVEY
    assert reported_speaker("It lists ten routes that were cut.", resolver, None, SURVEY) == SURVEY


def test_it_said_after_a_person_spoke_or_with_no_one_before_names_no_one():
    resolver = Resolver("")
    person = Speaker("Jane Roe", "", "person")

    assert reported_speaker("It said fares rose by 12%.", resolver, person, person) is None
    assert reported_speaker("It lists ten routes that were cut.", resolver) is None


def test_a_report_quoted_then_continued_with_it_keeps_the_report_in_a_story(speaker_of):
    body = (
        "The Example Bus Survey, which the council publishes every year, said Friday that "
        "fares rose by 12%.\n\n"
        "It warns that fares could rise by a further 8% by 2030.\n\n"
        "It lists 14 routes that were cut in 2023.\n"
    )

    assert speaker_of(body, "by a further 8%", **NEWS) == "Example Bus Survey"
    assert speaker_of(body, "14 routes", **NEWS) == "Example Bus Survey"


def test_a_plural_noun_claims_is_not_a_saying_verb():
    resolver = Resolver("")

    assert (
        reported_speaker("Initial claims for bus passes are the lowest in years.", resolver) is None
    )
    assert reported_speaker("Jane Roe claims fares rose by 12%.", resolver).name == "Jane Roe"


def test_a_named_survey_or_report_is_an_organisation_not_a_person():
    assert parse_person("National Bus Survey").kind == "organisation"
    assert parse_person("Jane Roe").kind == "person"


# Scores


def test_a_statement_after_a_colon_keeps_its_own_tense():
    stated = assess(
        "Tomorrow the mayor is going to mark a milestone: Bus fares and waiting times are falling."
    )
    promised = assess(
        "Tomorrow the mayor is going to mark a milestone: She will open a new depot in Northtown."
    )

    assert stated.score >= 0.4
    assert promised.score < 0.4


def test_a_level_of_record_or_a_level_kept_is_a_comparison():
    assert "record" in assess("Bus fares are at historically low levels.").reasons
    assert "comparison" in assess("The bus fare index showed that fares remain low.").reasons
    assert "record" not in assess("The historic depot is low on the hill.").reasons
    assert "comparison" not in assess("The council remains committed to buses.").reasons


def test_a_name_with_its_role_does_not_run_over_a_line_break():
    resolver = Resolver("You will hear from Transport Secretary Jane Roe.\n\nMR. DOE: Thanks.")

    assert resolver.resolve(Speaker("Roe")).name == "Jane Roe"
    assert "doe" not in resolver.surnames
