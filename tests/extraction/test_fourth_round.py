"""Attribution rules of the fourth round, each on an invented neutral text: the rule
fires on the right shape and not on a similar wrong one."""

from extraction.attribution import Resolver, reported_speaker, trim_title_name
from extraction.attribution.titles import genre_title_speaker

SPEECH = {"kind": "speech", "publisher": "Ministry of Examples"}
NEWS = {"kind": "article", "publisher": "Example News"}


def test_a_title_naming_the_speaker_before_the_word_statement_gives_the_speaker(speaker_of):
    title = "Oral statement: Jane Roe statement to the assembly on bus fares"

    found = speaker_of("Fares rose by 12% last year.\n", "Fares rose", title=title, **SPEECH)

    assert found == "Jane Roe"


def test_a_title_whose_capitals_before_statement_are_a_subject_names_no_one(speaker_of):
    # "Bus Fares statement": an organisation word or no person before the genre word.
    assert genre_title_speaker("Oral statement: Transport Department statement on fares") is None
    assert genre_title_speaker("Oral statement to the assembly on bus fares") is None
    title = "Oral statement: Transport Department statement on fares"

    found = speaker_of("Fares rose by 12% last year.\n", "Fares rose", title=title, **SPEECH)

    assert found == "Ministry of Examples"


def test_a_title_running_from_the_surname_into_a_programme_name_keeps_only_the_name(speaker_of):
    body = (
        "HOST: Transport Minister Jane Roe joins us now.\n\n"
        "Fares rose by 12% last year, the largest rise since 2001.\n"
    )
    title = "Minister Roe XYZ Morning Show"

    found = speaker_of(body, "Fares rose", kind="interview", title=title, publisher="")

    assert found == "Jane Roe"


def test_trimming_a_title_name_leaves_capitals_and_postnominals_alone():
    assert trim_title_name("Roe XYZ Morning") == "Roe"
    assert trim_title_name("Jane Roe MP") == "Jane Roe MP"
    assert trim_title_name("JANE ROE") == "JANE ROE"
    assert trim_title_name("Jane Roe") == "Jane Roe"


def test_as_i_said_inside_an_answer_names_no_new_speaker():
    resolver = Resolver("")

    assert reported_speaker("But as I said, fares rose by 12% last year.", resolver) is None
    assert reported_speaker("We said fares would rise by 12%.", resolver) is None
    # A named speaker in the same shape still counts.
    assert reported_speaker("As Jane Roe said, fares rose by 12%.", resolver).name == "Jane Roe"


def test_a_person_of_a_firm_in_a_city_says_gives_the_person_not_the_city():
    resolver = Resolver("")
    text = "Jane Roe of Example Analytics in Northtown says fares rose by 12% last year."

    found = reported_speaker(text, resolver)

    assert (found.name, found.kind) == ("Jane Roe", "person")


def test_a_place_after_a_preposition_is_not_the_one_who_says():
    resolver = Resolver("")

    assert (
        reported_speaker("Figures from the office in North Town say fares rose.", resolver) is None
    )
    # Without the preposition, the place speaks (a government by its capital).
    assert reported_speaker("North Town says fares rose by 12%.", resolver).name == "North Town"


def test_a_subject_who_did_something_and_said_is_the_speaker(speaker_of):
    body = (
        "Mayor Jane Roe took office in May.\n\n"
        "Mayor Roe stood outside the town hall after the figures came out, and said fares had "
        "risen by 12% last year.\n"
    )

    assert speaker_of(body, "stood outside", **NEWS) == "Jane Roe"


def test_and_said_after_a_clause_about_someone_else_is_not_the_subjects(speaker_of):
    body = (
        "Mayor Jane Roe stood beside a driver who spoke to reporters and said fares had risen "
        "by 12% last year.\n\n"
        "The report was published in May and said fares had risen by 12% since 2001.\n"
    )

    assert speaker_of(body, "stood beside", **NEWS) == "Example News"
    assert speaker_of(body, "report was published", **NEWS) == "Example News"
