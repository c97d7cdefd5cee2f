"""Seventy-first round: speakers from rounds 58 to 60. A statement's title names its author
after a dash; figures a text gives as another body's ("X has reported that", "X cited",
"The Regents project that") are that body's; an office opening a release is whom "he
said:" means; a quotation that lost its opening mark goes on in the first person after
it; a plenary turn marked with the language spoken; a list item with a figure is a
sentence; a tabled question's number and a bracket cut by a line break."""

from extraction.suggest import suggest_claims


def _speakers(text, **metadata):
    return {c.quote[:20]: c.speaker for c in suggest_claims(text, **metadata)}


_FIGURES = "Bus journeys rose by 48,000 in March, the highest rise since 2008.\n"
_FARES = "Fares fell by 3 percent this year, the first fall in 20 years.\n"

# A statement's author named anywhere in its title.


def test_a_title_ending_statement_by_a_name_makes_the_statement_hers():
    speakers = _speakers(
        _FIGURES + "\n" + _FARES,
        kind="press_release",
        title="Bus Users' Day, 3 May 2024 – Statement by Jane Roe",
        publisher="Northland Bus Commission",
    )
    assert speakers["Bus journeys rose by"] == "Jane Roe"
    assert speakers["Fares fell by 3 perc"] == "Jane Roe"


def test_a_title_opening_statement_by_a_bare_name_makes_the_statement_hers():
    speakers = _speakers(
        _FIGURES,
        kind="press_release",
        title="Statement by Jane Roe on Northland Bus Week",
        publisher="Northland Bus Commission",
    )
    assert speakers["Bus journeys rose by"] == "Jane Roe"


def test_a_joint_statement_after_a_dash_is_both_signatories():
    speakers = _speakers(
        _FIGURES,
        kind="press_release",
        title="Northland Bus Week – Joint statement by Commissioner Jane Roe and Commissioner"
        " John Doe",
        publisher="Northland Bus Commission",
    )
    assert speakers["Bus journeys rose by"] == "Jane Roe and John Doe"


def test_a_single_signatorys_statement_after_a_dash_is_not_split():
    speakers = _speakers(
        _FIGURES,
        kind="press_release",
        title="Northland Bus Week – Statement by Jane Roe, Bus Commissioner, on fares",
        publisher="Northland Bus Commission",
    )
    assert speakers["Bus journeys rose by"] == "Jane Roe"


def test_a_statement_by_a_body_or_of_a_document_names_no_author():
    for title in (
        "Northland Bus Week – Statement by the Bus Users Council",
        "Northland Bus Week – Statement by Bus Users Northland",
        "Accounts 2024: Statement of Financial Position",
    ):
        speakers = _speakers(
            _FIGURES, kind="press_release", title=title, publisher="Northland Bus Commission"
        )
        assert speakers["Bus journeys rose by"] == "Northland Bus Commission", title


# Figures a text gives as another body's.

_AUDIT = (
    "Bus Fares: Audit of the Fare Cap\n\n"
    "Since 2015, the Department of Buses (DB) has reported that fares rose by 4 percent a"
    " year.\n\n"
    "DB cited the new fare cap as the main cause of a 3 percent rise in 2023.\n\n"
    "The report has estimated that 40 routes lost money in 2023.\n\n"
    "We estimate that 12 routes will close by 2026.\n\n"
    "The department has reported that 15 routes lost money in 2022.\n"
)


def test_a_body_that_has_reported_or_cited_figures_is_their_speaker():
    speakers = _speakers(_AUDIT, kind="report", publisher="Bus Audit Office")
    assert speakers["Since 2015, the Depa"] == "Department of Buses"
    assert speakers["DB cited the new far"] == "Department of Buses"


def test_a_report_we_or_a_body_by_a_common_noun_is_no_source():
    speakers = _speakers(_AUDIT, kind="report", publisher="Bus Audit Office")
    assert speakers["The report has estim"] == "Bus Audit Office"
    assert speakers["We estimate that 12 "] == "Bus Audit Office"
    assert speakers["The department has r"] == "Bus Audit Office"


def test_a_board_named_by_its_plural_projects_its_figures():
    text = (
        "The Northland Board of Regents runs the bus fund and reports on it each spring.\n\n"
        "The Regents project that the fund's costs will reach 5.9 percent of income by 2040, up"
        " from 3.7 percent in 2023.\n"
    )
    speakers = _speakers(text, kind="press_release", publisher="Northland Bus Agency")
    assert speakers["The Regents project "] == "Northland Board of Regents"


def test_a_quoted_official_inside_a_councils_communique_stays_hers():
    text = (
        "Posted by the Minister for Buses\n\n"
        "The Bus Ministers' Council (Ministers' Council) met in Northtown on 3 May 2024. The"
        " Council agreed 4 new routes.\n\n"
        "The Bus Office has reported that bus journeys rose by 48,000 in March, the highest"
        " rise since 2008.\n\n"
        "“Fares fell by 3 percent this year,” said Transport Minister Jane Roe.\n"
    )
    speakers = _speakers(text, kind="press_release", publisher="Minister for Buses")
    assert speakers["“Fares fell by 3 per"] == "Jane Roe"
    assert speakers["The Bus Office has r"] == "Bus Office"


# An office opening a release: whom "he said:" means.

_OFFICE_RELEASE = (
    "Bus fares to fall\n\n"
    "The First Minister will announce the fare plans to the Assembly today. Before the"
    " address he said:\n\n"
    "“Bus journeys rose by 48,000 in March, the highest rise since 2008.\n\n"
    "“Fares will fall by 3 percent in 2025, the first fall in 20 years.”\n\n"
    "The First Minister visited the Northtown depot, where 40 new buses started work"
    " this week.\n"
)


def test_an_office_opening_a_release_is_whom_he_said_means():
    speakers = _speakers(_OFFICE_RELEASE, kind="press_release", publisher="Northland Government")
    assert speakers["“Bus journeys rose b"] == "First Minister"
    assert speakers["“Fares will fall by "] == "First Minister"
    assert speakers["The First Minister v"] == "Northland Government"


def test_an_office_does_not_take_she_from_a_person_named_before():
    text = (
        "Bus fares to fall\n\n"
        "Health Secretary Jane Roe visited the Northtown depot on Monday. The First Minister"
        " will announce the fare plans today. She said:\n\n"
        "“Bus journeys rose by 48,000 in March, the highest rise since 2008.”\n"
    )
    speakers = _speakers(text, kind="press_release", publisher="Northland Government")
    assert speakers["“Bus journeys rose b"] == "Jane Roe"


# A quotation whose opening mark the page lost.

_LOST = (
    "Transport Minister Jane Roe has welcomed a 3 percent fall in fares.\n\n"
    "Even with a tight budget, I am glad that fares fell by 3 percent this year,” Ms Roe"
    " said.\n\n"
    "Bus journeys per head rose by 6 percent, more than in any other region. We are adding"
    " 40 new buses this year.\n\n"
    "The new money of £12m keeps 300 rural routes running until 2027.\n"
)


def test_the_first_person_after_a_quotation_that_lost_its_opening_mark_is_hers():
    speakers = _speakers(_LOST, kind="article", publisher="Northland Government")
    assert speakers["Bus journeys per hea"] == "Jane Roe"
    assert speakers["We are adding 40 new"] == "Jane Roe"
    assert speakers["The new money of £12"] == "Northland Government"


def test_the_first_person_after_a_quotation_opened_and_closed_stays_the_pages():
    text = _LOST.replace("Even with", "“Even with")
    speakers = _speakers(text, kind="article", publisher="Northland Government")
    assert speakers["“Even with a tight b"] == "Jane Roe"
    assert speakers["Bus journeys per hea"] == "Northland Government"


# Plenary turns and question time.


def test_a_plenary_turn_with_the_language_spoken_is_the_speakers():
    text = (
        "Bus services (debate)\n\n"
        "President. – We turn now to the question on buses.\n\n"
        "Jane Roe, rapporteur. (DE) Mr President, bus journeys rose by 48,000 in March, the"
        " highest rise since 2008.\n\n" + _FARES
    )
    speakers = _speakers(text, kind="parliamentary_record", publisher="Northland Parliament")
    assert speakers["(DE) Mr President, b"] == "Jane Roe"
    assert speakers["Fares fell by 3 perc"] == "Jane Roe"


def test_narration_opening_with_a_name_and_an_apposition_is_no_turn():
    text = (
        "Bus services (debate)\n\n"
        "John Doe, our colleague from Eastfield. The plan cut fares by 3 percent in 2024, the"
        " first fall in 20 years.\n"
    )
    speakers = _speakers(text, kind="parliamentary_record", publisher="Northland Parliament")
    assert speakers["The plan cut fares b"] == "Northland Parliament"


def test_one_word_surname_labels_still_name_their_speaker():
    for label in ("MURPHY", "Murphy"):
        text = (
            "Interview with Transport Minister Ann Murphy\n\n"
            "Host: How are the buses doing?\n\n"
            f"{label}: Bus journeys rose by 48,000 in March, the highest rise since 2008.\n"
        )
        speakers = _speakers(text, kind="interview", publisher="Northland Radio")
        assert speakers[f"{label}: Bus journeys"[:20]] == "Ann Murphy", label


def test_a_note_label_the_text_gives_no_one_is_no_turn():
    text = "Bus services debate\n\nJane Doe (Northtown) (Lab)\n\nNote: " + _FIGURES
    speakers = _speakers(text, kind="parliamentary_record", publisher="Northland Assembly")
    assert speakers["Note: Bus journeys r"] == "Jane Doe"


def test_a_tabled_questions_number_is_no_part_of_its_heading():
    text = (
        "Question Time\n\nBus Services (Waiting Times)\n\n"
        "1. Jane Roe (Northtown) (Lab)\n\n"
        "Last month I raised late buses in this chamber. This week 5,000 passengers waited"
        " more than an hour for a bus.\n\n"
        "The First Minister (John Doe)\n\n" + _FIGURES
    )
    speakers = _speakers(text, kind="parliamentary_record", publisher="Northland Assembly")
    assert speakers["This week 5,000 pass"] == "Jane Roe"
    assert speakers["Bus journeys rose by"] == "John Doe"


def test_a_heading_cut_inside_its_bracket_is_read_whole():
    text = (
        "Oral question 3\n"
        "3. Hon JANE ROE (Shadow Minister for\n"
        "Buses) to the Minister of Transport : Will he confirm\n"
        "that buses run on time; if so, why are\n"
        "there 5,000 more late buses now than last year?\n"
        "Hon JOHN DOE (Minister of Transport): " + _FIGURES
    )
    claims = suggest_claims(text, kind="parliamentary_record", publisher="Northland Parliament")
    question = next(c for c in claims if "5,000 more late buses" in c.quote)
    assert question.speaker.lower() == "jane roe"


# A list item with a figure is a sentence; a step in lower case stays a heading.


def test_a_list_item_with_a_figure_is_a_sentence_and_a_lower_case_step_is_not():
    text = (
        "Bus figures for March\n\n"
        "The Bus Office published its monthly figures today.\n\n"
        "- 12,500 more journeys than in March a year ago\n"
        "- Fares for March down by 3% on the year\n"
        "- reduce the waiting list by 200 drivers\n"
        "- New routes\n"
    )
    quotes = [c.quote for c in suggest_claims(text, kind="press_release", publisher="Bus Office")]
    assert "12,500 more journeys than in March a year ago" in quotes
    assert "Fares for March down by 3% on the year" in quotes
    assert not any("reduce the waiting list" in quote for quote in quotes)
