from claims.extraction.text import clauses, paragraphs, sentences

NBSP = "\u00a0"


def kinds(body):
    return [(p.kind, p.text) for p in paragraphs(body)]


def test_page_clutter_is_told_apart_from_prose():
    body = (
        "Skip to toolbar\n\nConnect with us\n\n"
        "Unemployment fell to 4.2% in March, the lowest rate since 2008.\n\n"
        "Link:, dated March 5, 2024 4:44 pm\n\nContinue Reading\nClick to comment\n\n"
        "Leave a Reply\n\nYour email address will not be published. Required fields are marked *"
    )

    prose = [text for kind, text in kinds(body) if kind == "prose"]

    assert prose == ["Unemployment fell to 4.2% in March, the lowest rate since 2008."]


def test_headings_infobox_rows_and_titles_are_not_prose():
    body = (
        "= Relations between A and B =\n\nInfobox\n- Title: Relations\n- Party1: A\n\n"
        "Budget plan to cut waiting lists\n\n==History==\n"
        "The two countries signed a trade deal in 1998."
    )

    found = {text: kind for kind, text in kinds(body)}

    assert found["- Title: Relations"] == "clutter"
    assert found["Infobox"] == "heading"
    assert found["==History=="] == "heading"
    assert found["Budget plan to cut waiting lists"] == "heading"
    assert found["The two countries signed a trade deal in 1998."] == "prose"


def test_a_line_ending_in_a_colon_introduces_a_speaker():
    [intro, _] = paragraphs("Home Secretary Jane Roe said:\n\nCrime is down.")

    assert intro.kind == "intro"


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
    body = f"Rwanda is hosting over 135,000{NBSP}asylum seekers. It is safe."
    [paragraph] = paragraphs(body)

    found = sentences(body, paragraph)

    assert found[0].text == f"Rwanda is hosting over 135,000{NBSP}asylum seekers."


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
    body = "- Rwanda maintains a high commission in London."
    [paragraph] = paragraphs(body)

    [sentence] = sentences(body, paragraph)

    assert paragraph.kind == "bullet"
    assert sentence.text == "Rwanda maintains a high commission in London."


def test_a_sentence_joining_two_statements_is_cut_into_clauses():
    body = (
        "The ministry said the sanctions would stay until the troops left the region, "
        "though the neighbouring government denied sending any troops."
    )
    [paragraph] = paragraphs(body)
    [sentence] = sentences(body, paragraph)

    found = [c.text for c in clauses(body, sentence)]

    assert found == [
        "The ministry said the sanctions would stay until the troops left the region",
        "though the neighbouring government denied sending any troops.",
    ]


def test_a_compound_subject_is_not_cut_into_clauses():
    body = (
        "The minister claimed that criticism of the club, and their sponsorship deal with "
        "the tourist board, was a danger to peace."
    )
    [paragraph] = paragraphs(body)
    [sentence] = sentences(body, paragraph)

    assert clauses(body, sentence) == [sentence]
