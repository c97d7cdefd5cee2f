"""Rules of the twenty-seventh round, written from the misses of round 16 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

import datetime

from extraction.attribution import Resolver, parse_person
from extraction.attribution.evidence import evidence_lead
from extraction.attribution.findings import finding_body, long_apposed
from extraction.attribution.following import following_speaker
from extraction.attribution.member_page import member_page_speaker
from extraction.dates import _numeric_line_date, document_date

# (1) "Following are <office> <Name>'s remarks to …, in <place> today:"

HARBOUR_REMARKS = (
    "Harbour Authority remarks\n\n"
    "Following are Harbour Commissioner Ingrid Solberg’s remarks to the Ports Council "
    "Annual Meeting, in Bergen today:\n\n"
    "Good morning to you all.\n\n"
    "Cargo through our northern ports rose by 14% last year, the highest since 2001.\n"
)


def test_a_following_line_names_the_speaker_not_the_place(speaker_of):
    speaker = speaker_of(
        HARBOUR_REMARKS, "Cargo through", kind="speech", publisher="Harbour Authority"
    )
    assert speaker == "Ingrid Solberg"


def test_a_following_line_reads_the_text_of_a_statement():
    line = "Following is the text of Fisheries Minister Tomas Berg's statement on quotas:"
    speaker = following_speaker(line, Resolver(line))
    assert speaker is not None and speaker.name == "Tomas Berg"


def test_a_following_line_naming_a_body_or_an_office_alone_names_no_one():
    for line in (
        "Following is the Council's statement on quotas:",
        "Following are the Minister’s remarks:",
    ):
        assert following_speaker(line, Resolver(line)) is None


def test_a_place_after_in_or_at_is_never_a_person():
    assert parse_person("in Bergen today") is None
    assert parse_person("at Northtown Hall") is None
    # A name is still a name.
    assert parse_person("Harbour Commissioner Ingrid Solberg").name == "Ingrid Solberg"


def test_a_lead_in_naming_only_a_place_gives_the_page_its_voice(speaker_of):
    body = (
        "The remarks were given in Bergen today:\n\n"
        "Cargo through our northern ports rose by 14% last year.\n"
    )
    speaker = speaker_of(body, "Cargo through", publisher="Harbour Authority")
    assert speaker == "Harbour Authority"


# (2) "Name, <office with commas>, said: “…”" inside a release's paragraph

TWO_OFFICIALS = (
    "The spring outlook published today shows rail freight growing by 3.1% this year. "
    "Lena Hartmann, Vice-President for Transport and Logistics, also in charge of Ports, "
    "Canals and Inland Waterways, said: “Freight volumes are at their highest since 2008.” "
    "Otto Brandt, Commissioner for Energy, Climate and Industry, said: “Energy costs fell "
    "by 9% in the first quarter. Investment in rail electrification doubled last year.”"
)


def test_a_long_apposition_before_said_and_a_quote_gives_the_person(speaker_of):
    publisher = {"publisher": "Transport Union Commission"}
    assert speaker_of(TWO_OFFICIALS, "highest since 2008", **publisher) == "Lena Hartmann"
    assert speaker_of(TWO_OFFICIALS, "Energy costs fell", **publisher) == "Otto Brandt"


def test_a_quotation_after_the_second_official_is_his_not_the_first(speaker_of):
    speaker = speaker_of(TWO_OFFICIALS, "electrification doubled", publisher="Commission")
    assert speaker == "Otto Brandt"


def test_a_long_apposition_without_an_office_or_a_quote_names_no_one():
    resolver = Resolver("")
    # The words after the name are places, not an office.
    text = "Lena Hartmann, Hamburg, Bremen and Kiel, said: “Freight rose.”"
    assert long_apposed(text, resolver) is None
    # Reported speech without a colon and a quotation mark is for the older patterns.
    text = "Lena Hartmann, Vice-President for Transport, also for Ports, said freight rose."
    assert long_apposed(text, resolver) is None


# (3) A page of written answers: "Asked by" / "Answered by X - office", each item dated

WRITTEN_ANSWERS = (
    "Written Question\n"
    "Ferry Services\n"
    "Tuesday 14th May 2024\n\n"
    "Asked by: Baroness Quill (Green Party - Life peer)\n\n"
    "Question to the Department for Islands:\n\n"
    "To ask His Majesty's Government what assessment they have made of ferry reliability.\n\n"
    "Answered by Lord Fenwick of Tarn - Parliamentary Under-Secretary (Department for "
    "Islands)\n\n"
    "Ferry sailings to the outer islands fell by 12% in 2023 because of vessel repairs.\n\n\n"
    "Written Question\n"
    "Harbour Funding\n"
    "Monday 6th May 2024\n\n"
    "Asked by: Tom Ashdown (Labour - Northport)\n\n"
    "Question to the Department for Islands:\n\n"
    "To ask the Secretary of State for Islands, what funding he will provide for harbours.\n\n"
    "Answered by Priya Lang - Minister of State (Department for Islands)\n\n"
    "The Department provided £42 million to harbour authorities in 2023-24.\n"
)


def test_each_written_answer_is_its_own_answerers(suggest):
    found = {c.quote: c for c in suggest(WRITTEN_ANSWERS, kind="parliamentary_record")}
    ferries = next(c for q, c in found.items() if q.startswith("Ferry sailings"))
    harbours = next(c for q, c in found.items() if q.startswith("The Department provided"))
    assert ferries.speaker == "Fenwick of Tarn"
    assert harbours.speaker == "Priya Lang"


def test_each_written_answer_takes_its_items_date_line(suggest):
    found = suggest(WRITTEN_ANSWERS, kind="parliamentary_record", published_on=None)
    dates = {c.quote[:14]: c.date for c in found}
    assert dates["Ferry sailings"] == datetime.date(2024, 5, 14)
    assert dates["The Department"] == datetime.date(2024, 5, 6)


def test_one_date_line_dates_the_whole_page(suggest):
    one = WRITTEN_ANSWERS.replace("Monday 6th May 2024", "Tuesday 14th May 2024")
    found = suggest(one, kind="parliamentary_record", published_on=datetime.date(2024, 6, 1))
    # Two date lines with the same date are no items dated apart: the page's date.
    assert {c.date for c in found} == {datetime.date(2024, 6, 1)}


# (4) A report citing others' findings: "according to research by X", "a survey … by X found"


def test_research_by_a_body_is_the_bodys_finding():
    text = "According to research by the Northtown Housing Trust in 2019, 61% of renters move."
    assert finding_body(text).name == "Northtown Housing Trust"


def test_a_survey_by_a_body_that_found_is_the_bodys_finding(speaker_of):
    body = (
        "14.A poll in 2021 of 900 bus users by the Passenger Voice Forum found that 72% "
        "waited longer than before.12 We consider this a serious concern.\n"
    )
    speaker = speaker_of(body, "A poll in 2021", kind="report", publisher="Transport Committee")
    assert speaker == "Passenger Voice Forum"


def test_research_naming_no_body_stays_the_reports():
    assert finding_body("According to research in 2019, 61% of renters move.") is None
    assert finding_body("A survey of 900 bus users found that 72% waited longer.") is None
    # "by May" is a month, not a body.
    assert finding_body("A review by May found that costs rose.") is None


def test_a_footnote_marker_after_a_full_stop_ends_the_sentence(speaker_of):
    body = (
        "12.We were told that most tenants rent privately.8 According to research by the "
        "Northtown Housing Trust in 2019, 61% of renters move every three years.\n"
    )
    speaker = speaker_of(body, "61% of renters", kind="report", publisher="Housing Committee")
    assert speaker == "Northtown Housing Trust"
    # The sentence before, with its footnote marker, stays the committee’s.
    assert speaker_of(body, "most tenants", kind="report", publisher="Housing Committee") == (
        "Housing Committee"
    )


def test_a_witness_named_before_a_colon_speaks_the_quoted_paragraph(speaker_of):
    body = (
        "30.Many tenants stay where they are. Homes Ahead, the national charity for "
        "adaptations, pointed out that, given the shortage, ordinary homes must be adapted:\n"
        "With 40,000 adaptations requested every year, only 12% are completed on time.\n"
    )
    speaker = speaker_of(body, "40,000 adaptations", kind="report", publisher="Committee")
    assert speaker == "Homes Ahead"


def test_the_report_itself_before_a_colon_is_no_witness():
    assert evidence_lead("The Committee noted the following:") is None
    assert evidence_lead("We said in our last report:") is None
    assert evidence_lead("Homes Ahead pointed out that homes must be adapted.") is None


# (5) A member's page of a debate reprint: "Main Page: Name (Party - Seat)"

MEMBER_PAGE = (
    "Coastal Flooding Debate\n"
    "Main Page: Carys Penhallow (Liberal Democrat - North Cornwall Coast)\n"
    "(2 years, 1 month ago)\n"
    "It is a pleasure to respond. We are investing £5.2 billion in flood defences between "
    "2021 and 2027, the largest programme on record.\n"
)


def test_a_member_page_header_names_the_speaker(speaker_of):
    speaker = speaker_of(
        MEMBER_PAGE, "£5.2 billion", kind="parliamentary_record", publisher="House of Commons"
    )
    assert speaker == "Carys Penhallow"


def test_an_asked_by_line_or_two_members_name_no_page_speaker():
    resolver = Resolver("")
    assert member_page_speaker(["Asked by: Tom Ashdown (Labour - Northport)"], resolver) is None
    two = ["Ann Roe (Labour - Northport)", "Ben Doe (Conservative - Southport)"]
    assert member_page_speaker(two, resolver) is None


# (6) A transcript's label "NAME, MEMBER FOR SEAT:"


def test_a_member_for_a_seat_label_starts_her_turn(speaker_of):
    body = (
        "Press conference - Riverside\n\n"
        "MAYA OKONJO, MEMBER FOR RIVERSIDE: Welcome. Here, we have 64 new social homes.\n\n"
        "DANIEL FROST, PREMIER: Thanks, Maya. Rents fell 3% this year.\n"
    )
    metadata = {"kind": "interview", "publisher": "Premier's Office"}
    assert speaker_of(body, "64 new social homes", **metadata) == "Maya Okonjo"
    assert speaker_of(body, "Rents fell", **metadata) == "Daniel Frost"


# (7) A briefing's "Asked about …, the spokesperson said …" carried to "It was …"


def test_a_spokespersons_reported_statement_carries_to_it(speaker_of):
    body = (
        "Fuel prices\n\n"
        "Asked whether fuel prices were rising, the Mayor’s Spokesperson said prices were "
        "still 12% lower than in 2022. It was important to keep building 9,000 charging "
        "points across the city.\n"
    )
    speaker = speaker_of(body, "9,000 charging", publisher="Mayor's Office")
    assert speaker == "Mayor’s Spokesperson"


def test_a_new_subject_after_the_spokesperson_stays_the_publishers(speaker_of):
    body = (
        "Asked whether fuel prices were rising, the Mayor’s Spokesperson said prices were "
        "still 12% lower than in 2022. The city council approved 9,000 charging points.\n"
    )
    assert speaker_of(body, "9,000 charging", publisher="Mayor's Office") == "Mayor's Office"


# (8) Dates


def test_a_numeric_date_with_spaces_and_a_label_dates_the_page_when_unambiguous():
    assert _numeric_line_date("Weekly Bulletin 19 /04/ 2018") == datetime.date(2018, 4, 19)
    # "09 /04/ 2018" may be 9 April or 4 September: no date.
    assert _numeric_line_date("Weekly Bulletin 09 /04/ 2018") is None


def test_a_briefings_heading_date_beats_a_later_published_line():
    body = (
        "Press briefing: morning 12 March 2015\n\n"
        "The spokesman said inflation was 1.2%.\n\n"
        "Published 13 March 2015\n"
    )
    assert document_date(body) == datetime.date(2015, 3, 12)


def test_a_published_line_stands_without_an_occasion_heading_or_far_from_it():
    body = "Rail fares review\n\nFares rose 3%.\n\nPublished 13 March 2015\n"
    assert document_date(body) == datetime.date(2015, 3, 13)
    body = "Press briefing: 1 January 2015\n\nFares rose 3%.\n\nPublished 13 March 2015\n"
    assert document_date(body) == datetime.date(2015, 3, 13)


STORY = (
    "June 12, 2019\n\n"
    "Ports are busier than ever, Harbour Chief Maria Lund told reporters June 11.\n\n"
    "“Tonnage is up 8% on last year,” Lund said.\n\n"
    "Exports of timber fell 4% in May, the harbour office reported.\n"
)


def test_the_day_a_story_gives_for_a_speaker_dates_her_words(suggest):
    found = {c.quote[:12]: c for c in suggest(STORY, kind="article", published_on=None)}
    assert found["Ports are bu"].date == datetime.date(2019, 6, 11)
    assert found["“Tonnage is "].date == datetime.date(2019, 6, 11)


def test_the_day_given_for_one_speaker_does_not_date_the_story_itself(suggest):
    found = {c.quote[:12]: c for c in suggest(STORY, kind="article", published_on=None)}
    assert found["Exports of t"].date == datetime.date(2019, 6, 12)
