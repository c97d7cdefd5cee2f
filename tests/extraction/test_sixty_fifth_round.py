"""Sixty-fifth round: the author a page's layout names, over the body that publishes it
(an appellate opinion's judge, a cover split over lines, a minister's byline, a report's
author line, a speech page's description), a report a story restates, quotations in
straight single marks, and three names cut or left short."""

from extraction.suggest import suggest_claims


def _speakers(text, **metadata):
    return {c.quote[:20]: c.speaker for c in suggest_claims(text, **metadata)}


# An appellate opinion: the judge whose line opens it.

_COURT = {"kind": "report", "publisher": "Northern Circuit Court of Appeals"}
_PANEL = (
    "HARBOUR FERRIES LTD, Petitioner,\nv.\nBUS SAFETY AGENCY, Respondent.\n\n"
    "Argued June 2, 2017.\nDecided January 9, 2018.\n\n"
    "Before: ROE, DOE and POE, Circuit Judges.\n\n"
)
_OPINION = (
    "Under the Bus Safety Act, operators must file reports on 40 percent of inspections."
    " In 2016, the Agency exempted 12 percent of rural routes from that duty.\n"
)


def test_an_opinion_line_on_its_own_gives_the_opinion_to_its_judge():
    speakers = _speakers(_PANEL + "ROE, Circuit Judge:\n\n" + _OPINION, **_COURT)
    assert speakers["Under the Bus Safety"] == "Roe"
    assert speakers["In 2016, the Agency "] == "Roe"


def test_an_opinion_line_run_into_the_first_sentence_counts_too():
    text = _PANEL + "ANN B. POE, Circuit Judge. " + _OPINION
    assert _speakers(text, **_COURT)["Under the Bus Safety"] == "Ann B. Poe"


def test_a_separate_opinion_is_its_own_judges():
    dissent = (
        "DOE, Circuit Judge, dissenting:\n\n"
        "The exemption reaches 30 percent of rural routes, three times what the Agency"
        " forecast.\n"
    )
    speakers = _speakers(_PANEL + "ROE, Circuit Judge:\n\n" + _OPINION + "\n" + dissent, **_COURT)
    assert speakers["Under the Bus Safety"] == "Roe"
    assert speakers["The exemption reache"] == "Doe"


def test_an_opinion_run_together_into_one_line_stays_the_courts():
    text = (
        "Before: ROE and DOE, Circuit Judges. Opinion for the Court filed by Circuit Judge ROE."
        " ROE, Circuit Judge: " + _OPINION
    )
    speakers = _speakers(text, **_COURT)
    assert speakers["In 2016, the Agency "] == "Northern Circuit Court of Appeals"


def test_a_panel_line_alone_names_no_author():
    speakers = _speakers(_PANEL + _OPINION, **_COURT)
    assert speakers["Under the Bus Safety"] == "Northern Circuit Court of Appeals"


# A cover split over lines: the person on the line after "Statement of", "Remarks for".

_FIGURES = (
    "Bus journeys rose by 48,000 in March, and the share of cancelled services fell to"
    " 2.9 percent.\n"
)
_BUREAU = {"kind": "press_release", "publisher": "Bureau of Bus Statistics"}


def test_a_statement_cover_split_over_lines_is_the_named_persons():
    text = (
        "Director's Statement on the Monthly Journeys Release\n\n"
        "                 Statement of\n\n"
        "               Jane Q. Roe\n"
        "          Bureau of Bus Statistics\n\n"
        "             Tuesday, April 4, 2017\n\n" + _FIGURES
    )
    assert _speakers(text, **_BUREAU)["Bus journeys rose by"] == "Jane Q. Roe"


def test_remarks_for_a_person_in_capitals_are_hers():
    text = (
        "Press Desk\n\nREMARKS FOR\nTHE HONORABLE JANE ROE\nSECRETARY OF BUSES\n\n"
        "ROAD USERS CONVENTION\nMARCH 3, 2016\n\n"
        "Good morning, and my thanks to the organisers.\n\n" + _FIGURES
    )
    speakers = _speakers(text, kind="speech", publisher="Department of Buses")
    assert speakers["Bus journeys rose by"] == "Jane Roe"


def test_statement_of_inside_a_sentence_names_no_one():
    text = (
        "The Statement of\nPrinciples was adopted by the Bureau in 2010.\n\n"
        "Jane Q. Roe\nBureau of Bus Statistics\n\n" + _FIGURES
    )
    assert _speakers(text, **_BUREAU)["Bus journeys rose by"] == "Bureau of Bus Statistics"


def test_a_cover_naming_a_body_gives_the_text_to_no_person():
    text = "Statement of\n\nThe Bus Users Association\n\nTuesday, April 4, 2017\n\n" + _FIGURES
    assert _speakers(text, **_BUREAU)["Bus journeys rose by"] == "Bureau of Bus Statistics"


# A minister's release under her byline.

_GOVERNMENT = {"kind": "press_release", "publisher": "Northland Government"}
_RELEASE = (
    "New ferry figures published this morning show 1,215 more sailings than a year ago"
    " on the island routes.\n\n"
    "“Sailings are up by a fifth since January,” said Ferry Commissioner John Doe.\n"
)


def test_a_ministers_byline_makes_the_release_narration_hers():
    text = (
        "Ferry sailings up again\n\nMonday, 6 March 2017, 10:05 am\nHon Jane Roe\n\n"
        "6 March 2017\n\n" + _RELEASE
    )
    speakers = _speakers(text, **_GOVERNMENT)
    assert speakers["New ferry figures pu"] == "Jane Roe"
    # A quoted official in her release stays his.
    assert speakers["“Sailings are up by "] == "John Doe"


def test_a_release_naming_a_body_as_its_issuer_stays_the_bodys():
    text = (
        "Ferry sailings up again\n\nPress Release: Northland Government\n\n"
        "Hon Jane Roe\n\nMinister for Ferries\n\n" + _RELEASE
    )
    speakers = _speakers(text, **_GOVERNMENT)
    assert speakers["New ferry figures pu"] == "Northland Government"


def test_a_byline_naming_an_office_or_a_body_names_no_minister():
    for byline in ("Hon Minister for Ferries", "Northland Ferry Users Association"):
        text = f"Ferry sailings up again\n\n{byline}\n\n6 March 2017\n\n" + _RELEASE
        speakers = _speakers(text, **_GOVERNMENT)
        assert speakers["New ferry figures pu"] == "Northland Government"


# A research report's author line.

_RESEARCH = {"kind": "report", "publisher": "Legislative Research Service"}
_SUMMARY = (
    "The Ferry Office asked in its 2015 spending plan for a rise of 25 percent in"
    " harbour charges for private boats.\n"
)


def test_a_reports_author_line_gives_the_report_to_its_author():
    text = (
        "Report 7-1123\nRevised March 1, 2016\nHarbour Charges:\n"
        "Issues for the Assembly\nJane Q. Roe Jr.\nSpecialist in Maritime Policy\n"
        "Economics Section\nOverview\n" + _SUMMARY
    )
    assert _speakers(text, **_RESEARCH)["The Ferry Office ask"] == "Jane Q. Roe Jr."


def test_an_author_line_run_together_into_one_line_counts_too():
    text = (
        "Report 7-2240 Harbour Charges: Issues Revised April 12, 2016 Jane Roe Analyst in"
        " Maritime Policy Economics Section Overview\n\n" + _SUMMARY
    )
    assert _speakers(text, **_RESEARCH)["The Ferry Office ask"] == "Jane Roe"


def test_a_reports_byline_of_several_authors_gives_it_to_them():
    text = "Maritime Working Papers\nHarbour charges, 2016\n\nby Jane Roe, John Doe and Ann Poe\n\n"
    speakers = _speakers(text + "Overview\n\n" + _SUMMARY, **_RESEARCH)
    assert speakers["The Ferry Office ask"] == "Jane Roe, John Doe and Ann Poe"


def test_a_news_storys_byline_leaves_the_narration_to_its_publisher():
    text = "Harbour charges to rise\n\nBy Jane Roe\nNorthland News Service\n\n" + _SUMMARY
    speakers = _speakers(text, kind="article", publisher="Northland News Service")
    assert speakers["The Ferry Office ask"] == "Northland News Service"


def test_a_name_without_a_research_post_names_no_author():
    text = "Harbour Charges: Issues\nJane Q. Roe\nEconomics Section\nOverview\n" + _SUMMARY
    speakers = _speakers(text, **_RESEARCH)
    assert speakers["The Ferry Office ask"] == "Legislative Research Service"


# A speech page describing the speech as the one an office gives.

_SPEECH = (
    "Madam Chair, members, thank you for having me this morning.\n\n"
    "I am glad to report that ferry fares will fall by 8 per cent from July.\n"
)


def test_a_speech_pages_description_gives_the_speech_to_the_office():
    text = (
        "Spring Address\n\nThe Spring Address is the statement the Minister for Ferries gives"
        " to the Assembly each March.\n\nPosted: 4 March 2016\n\n" + _SPEECH
    )
    speakers = _speakers(text, kind="speech", publisher="Northland Ferry Office")
    assert speakers["I am glad to report "] == "Minister for Ferries"


def test_a_first_person_recollection_of_a_speech_names_no_speaker():
    text = (
        "Spring Address\n\nI recall that this is the statement the Minister for Ferries gives"
        " each spring.\n\n" + _SPEECH
    )
    speakers = _speakers(text, kind="speech", publisher="Northland Ferry Office")
    assert speakers["I am glad to report "] == "Northland Ferry Office"


# A story restating a report a named body published.

_STORY = {"kind": "article", "publisher": "Northland News Service"}


def test_a_report_published_by_a_named_body_is_that_bodys():
    text = (
        "Fewer people are taking the ferry to work, new research shows.\n\n"
        "The study, released on Monday by the Harbour Research Trust, finds that ferry"
        " commuting has fallen by 14 percent since 2011.\n\n"
        "Only 6 percent of island workers now cross daily -- the study found.\n\n"
        "Nearly half of those asked said fares were the main reason.\n"
    )
    speakers = _speakers(text, **_STORY)
    assert speakers["The study, released "] == "Harbour Research Trust"
    assert speakers["Only 6 percent of is"] == "Harbour Research Trust"
    # The story's own account of the answers stays the story's.
    assert speakers["Nearly half of those"] == "Northland News Service"


def test_a_report_named_by_no_body_gives_no_one():
    text = (
        "A new study suggests 14 percent fewer people commute by ferry than in 2011.\n\n"
        "Jane Roe, a commuter, said fares were too high.\n\n"
        "Only 6 percent of island workers now cross daily -- the study found.\n"
    )
    speakers = _speakers(text, **_STORY)
    assert speakers["Only 6 percent of is"] == "Northland News Service"


# Quotations in straight single marks, a paragraph to each.

_INSTITUTE = {"kind": "press_release", "publisher": "Harbour Institute"}


def test_straight_single_quotations_are_the_person_reported_last():
    text = (
        "Ferry travel is safer than ever, the Harbour Institute's yearbook finds.\n\n"
        "Harbour Institute director Jane Roe said the yearbook was its most detailed yet.\n\n"
        "'This yearbook tracks every sailing for the first time,' she said.\n\n"
        "'Accidents have halved in ten years, and 9 in 10 sailings leave on time.'\n\n"
        "Were the fleet just 50 boats, 31 would be under ten years old.\n\n"
        "'Still, 1 in 20 sailings is cancelled in winter, and that is too many.'\n"
    )
    speakers = _speakers(text, **_INSTITUTE)
    assert speakers["'Accidents have halv"] == "Jane Roe"
    assert speakers["'Still, 1 in 20 sail"] == "Jane Roe"


def test_one_paragraph_opening_with_an_apostrophe_is_no_quotation_run():
    text = (
        "Harbour Institute director Jane Roe said the yearbook was its most detailed yet.\n\n"
        "'80s hulls made up 40 percent of the boats still sailing in 2016.\n"
    )
    speakers = _speakers(text, **_INSTITUTE)
    assert speakers["'80s hulls made up 4"] == "Harbour Institute"


# Names cut short or left as a short form.


def test_a_surname_opening_with_mc_is_not_cut_at_the_prefix():
    text = (
        "Ministerial Statement\n\nMr McRoe (The Minister for Ferries): Thank you, Mr Speaker."
        " Today I publish the ferry plan for the islands. The plan runs for four years, to"
        " 2020, and will add 12 new sailings a day.\n"
    )
    speakers = _speakers(text, kind="parliamentary_record", publisher="Northland Assembly")
    assert speakers["The plan runs for fo"] == "McRoe"


def test_a_short_form_keeping_a_small_words_letter_is_named_in_full():
    text = (
        "The Office of Ferries (OOF) asked for a larger harbour budget last spring.\n\n"
        "OOF projections for harbour repairs indicate that costs could reach $2 billion by"
        " 2025. In 2010, according to OOF estimates, repairs took 3.1% of the budget.\n"
    )
    speakers = _speakers(text, kind="report", publisher="Legislative Research Service")
    assert speakers["OOF projections for "] == "Office of Ferries"
    assert speakers["In 2010, according t"] == "Office of Ferries"


def test_a_name_cut_at_a_number_inside_an_office_is_the_person():
    text = (
        "The Ferry Office opened bids for $80 million in new harbour works.\n\n"
        "“Harbour towns should bid early,” said Ferry Office District 7 Director Jane Roe."
        " “By 2020, the works will reach 15 harbours across the islands.”\n"
    )
    speakers = _speakers(text, kind="press_release", publisher="Northland Ferry Office")
    assert speakers["“By 2020, the works "] == "Jane Roe"
