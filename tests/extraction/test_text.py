import pytest

from extraction.text import clauses, paragraphs, sentences

NBSP = "\u00a0"


def kinds(body):
    return {p.text: p.kind for p in paragraphs(body)}


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Share this page",
        "Print this article",
        "Sign up for our newsletter",
        "Back to top",
        "Tags: schools, budgets",
        "Photo: A. Person",
        "Posted on 3 May 2024 at 10:30",
        "Last updated 14:05",
        "14 comments",
        "© 2024 Northshire County Council",
        "We use cookies to make this website work. You can accept or reject them.",
        "Your phone number will be kept private. Fields marked * are required.",
        "Privacy policy",
    ],
)
def test_page_furniture_is_recognised_by_its_shape(line):
    body = f"{line}\n\nBus fares fell to £1.50 in March, the lowest since 2008."

    assert kinds(body) == {
        line: "clutter",
        "Bus fares fell to £1.50 in March, the lowest since 2008.": "prose",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator fined the retailer £2m for setting cookies without consent.",
        "Read the full report: the council spent £40m on school repairs in 2023.",
        "Share prices of the bus operator fell by 12% after the contract was cancelled.",
    ],
)
def test_prose_about_the_same_things_stays_prose(sentence):
    assert kinds(sentence) == {sentence: "prose"}


def test_headings_infobox_rows_and_titles_are_not_prose():
    body = (
        "= Northshire Hospital =\n\nInfobox\n- Opened: 1962\n- Beds: 450\n\n"
        "Budget plan to cut waiting lists\n\n==History==\n"
        "The hospital opened its first maternity ward in 1971."
    )

    found = kinds(body)

    assert found["- Opened: 1962"] == "clutter"
    assert found["Infobox"] == "heading"
    assert found["==History=="] == "heading"
    assert found["Budget plan to cut waiting lists"] == "heading"
    assert found["The hospital opened its first maternity ward in 1971."] == "prose"


def test_a_line_ending_in_a_colon_introduces_a_speaker():
    [intro, prose] = paragraphs("Education Secretary Jane Roe said:\n\nTruancy is down.")

    assert (intro.kind, prose.kind) == ("intro", "prose")


def test_hard_wrapped_lines_are_joined_into_one_paragraph():
    body = (
        "The council said that it had spent more than forty million pounds on road\n"
        "repairs over the last three years, twice the sum it spent before."
    )

    [paragraph] = paragraphs(body)

    assert paragraph.text == body


def test_sentences_keep_exact_offsets_and_drop_non_breaking_spaces_at_the_edges():
    body = f"Prices rose by 5%.{NBSP}{NBSP} Wages rose by 2%.{NBSP}\n"
    [paragraph] = paragraphs(body)

    found = sentences(body, paragraph)

    assert [s.text for s in found] == ["Prices rose by 5%.", "Wages rose by 2%."]
    assert all(body[s.start : s.end] == s.text for s in found)


def test_a_non_breaking_space_inside_a_sentence_does_not_split_it():
    body = f"The trust employs 12,000{NBSP}nurses. It is hiring."
    [paragraph] = paragraphs(body)

    found = sentences(body, paragraph)

    assert [s.text for s in found] == [
        f"The trust employs 12,000{NBSP}nurses.",
        "It is hiring.",
    ]


def test_abbreviations_initials_and_decimals_do_not_end_a_sentence():
    body = "Dr. J. Smith met Mr. Jones at 3.5 p.m. on Monday. The U.S. agreed. It rained."
    [paragraph] = paragraphs(body)

    found = [s.text for s in sentences(body, paragraph)]

    assert found == [
        "Dr. J. Smith met Mr. Jones at 3.5 p.m. on Monday.",
        "The U.S. agreed.",
        "It rained.",
    ]


def test_a_bullet_sentence_loses_its_bullet():
    body = "- The trust runs a walk-in clinic in Leeds."
    [paragraph] = paragraphs(body)

    [sentence] = sentences(body, paragraph)

    assert paragraph.kind == "bullet"
    assert sentence.text == "The trust runs a walk-in clinic in Leeds."


def test_a_sentence_joining_two_statements_is_cut_into_clauses():
    body = (
        "The council said the bus lane would stay until traffic fell below the limit, "
        "though the bus company denied asking for any change."
    )
    [paragraph] = paragraphs(body)
    [sentence] = sentences(body, paragraph)

    found = [c.text for c in clauses(body, sentence)]

    assert found == [
        "The council said the bus lane would stay until traffic fell below the limit",
        "though the bus company denied asking for any change.",
    ]


def test_a_compound_subject_is_not_cut_into_clauses():
    body = (
        "The head teacher said that the inspection of the school, and its remarks on "
        "the new timetable, was unfair to staff."
    )
    [paragraph] = paragraphs(body)
    [sentence] = sentences(body, paragraph)

    assert clauses(body, sentence) == [sentence]
