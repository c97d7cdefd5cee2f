"""Rules of the thirty-first round, written from the misses of round 18 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

import datetime

from extraction.attribution import Resolver
from extraction.attribution.names import Speaker
from extraction.attribution.signed import header_blocks, name_office
from extraction.attribution.sources import source_body
from extraction.dates import document_date
from extraction.text import paragraphs

GOVERNMENT = {
    "kind": "press_release",
    "publisher": "Northland Regional Government",
    "title": "Statement on Ferries (Northland Regional Government cabinet statement)",
}

# (a) A "Name, Office" line in the header over first-person text.

HEADED = (
    "Statement on Ferries\n\n"
    "Related Links\n\n"
    "Ask us for this page in another format.\n"
    "Ailsa Pryor, Minister for Transport and Islands\n\n"
    "I can report that ferry sailings to the islands rose by 14% last year.\n\n"
    "Cancellations fell to 120 sailings in 2023, the lowest in a decade.\n\n"
    "Two new vessels entered service in the spring, and a third is being built.\n\n"
    "Fares on the northern routes were frozen for a second year.\n\n"
    "The winter timetable will be published in September.\n"
)


def test_a_header_name_and_office_line_gives_the_person(speaker_of):
    assert speaker_of(HEADED, "rose by 14%", **GOVERNMENT) == "Ailsa Pryor"
    # The unattributed prose after it is hers too.
    assert speaker_of(HEADED, "Cancellations fell", **GOVERNMENT) == "Ailsa Pryor"


def test_an_office_first_or_dashed_line_names_the_person():
    resolver = Resolver("")
    for line in (
        "Ailsa Pryor – Minister for Transport",
        "Minister for Transport, Ailsa Pryor",
        "Ailsa Pryor, Minister for Transport",
    ):
        assert name_office(line, resolver).name == "Ailsa Pryor", line


def test_a_line_without_an_office_or_a_name_names_no_one():
    resolver = Resolver("")
    assert name_office("Ferry Services, Northern Isles", resolver) is None
    assert name_office("Ailsa Pryor, Kirkwall", resolver) is None
    assert name_office("Ailsa Pryor said the minister was right.", resolver) is None


def test_a_header_line_without_first_person_text_changes_nothing():
    body = HEADED.replace("I can report that ferry", "Ferry")
    every = paragraphs(body)
    government = Speaker("Northland Regional Government", "", "organisation")
    assert header_blocks(every, {}, Resolver(body), government) == {}


def test_a_header_line_on_a_persons_page_changes_nothing():
    every = paragraphs(HEADED)
    person = Speaker("Rhona Vale", "", "person")
    assert header_blocks(every, {}, Resolver(HEADED), person) == {}


# (b) "according to WHO", "according to latest WHO data", "the UN health agency said".

AGENCY_STORY = (
    "Measles cases are rising in the region, the UN health agency said on Monday.\n\n"
    "According to latest IHA data, Ruritania has recorded 4,210 cases this year.\n\n"
    "Borduria has reported 1,118 cases, according to IHA.\n\n"
    "The figures come from the International Health Agency (IHA), which counts cases.\n"
)
NEWS = {"kind": "article", "publisher": "Geneva News Service"}


def test_according_to_an_acronym_is_the_body_it_spells_out(speaker_of):
    assert speaker_of(AGENCY_STORY, "4,210 cases", **NEWS) == "International Health Agency"
    assert speaker_of(AGENCY_STORY, "1,118 cases", **NEWS) == "International Health Agency"


def test_a_described_agency_is_the_one_body_spelt_out(speaker_of):
    assert speaker_of(AGENCY_STORY, "Measles cases are rising", **NEWS) == (
        "International Health Agency"
    )


def test_an_acronym_not_spelt_out_stays_as_written():
    speaker = source_body("Prices rose 3%, according to ECSO figures.", Resolver(""))
    assert speaker.name == "ECSO"


def test_according_to_a_lower_case_word_names_no_body():
    assert source_body("Prices rose 3%, according to the latest data.", Resolver("")) is None


def test_a_described_agency_with_two_bodies_spelt_out_names_no_one():
    text = "The Bus Agency (BA) and the Rail Office (RO) met. Fares rose, the rail agency said."
    assert source_body("Fares rose, the national rail agency said.", Resolver(text)) is None


# (c) "<Body> polling/analysis … reveals/suggests/shows".


def test_a_pollster_not_the_client_gives_the_finding():
    text = "New PollCo polling for the Harbour Board reveals that 31% of sailors rent."
    assert source_body(text, Resolver(text)).name == "PollCo"


def test_a_named_bodys_analysis_gives_the_finding():
    text = "Harbour Board analysis of port data from 2022 suggests that 900 berths are empty."
    assert source_body(text, Resolver(text)).name == "Harbour Board"


def test_a_data_set_or_a_bare_institution_gives_no_body():
    resolver = Resolver("")
    assert (
        source_body("Harbour Census statistics show that 900 berths are empty.", resolver) is None
    )
    assert source_body("Government data shows that 900 berths are empty.", resolver) is None


# (d) A signature line under an unquoted paragraph.

SIGNED = (
    "HMP Northgate\n\n"
    "What we found\n\n"
    "Northgate had been so troubled that the Chief Inspector of Kennels wrote to the "
    "board in 2022 about it.\n\n"
    "Since our last visit 40% of the kennels have been rebuilt, and staff numbers rose "
    "by a quarter.\n"
    "Tomas Eriksen, Chief Inspector of Kennels\n"
)
REPORT = {"kind": "report", "publisher": "Kennel Inspectorate"}


def test_a_signature_line_gives_the_paragraph_above(speaker_of):
    assert speaker_of(SIGNED, "40% of the kennels", **REPORT) == "Tomas Eriksen"


def test_narration_naming_the_office_stays_the_pages(speaker_of):
    assert speaker_of(SIGNED, "wrote to the board", **REPORT) == "Kennel Inspectorate"


def test_a_release_signature_keeps_the_releases_voice(speaker_of):
    release = {"kind": "press_release", "publisher": "Kennel Inspectorate"}
    assert speaker_of(SIGNED, "40% of the kennels", **release) == "Kennel Inspectorate"


def test_a_name_line_followed_by_prose_signs_nothing_above(speaker_of):
    body = SIGNED + "\nThe inspection took place over 12 days in March 2024.\n"
    assert speaker_of(body, "40% of the kennels", **REPORT) == "Kennel Inspectorate"


# (e) A "Next release" date never dates the text.

BULLETIN = (
    "Bus ridership, Northland: May 2024\n\n"
    "Release date:\n"
    "12 June 2024\n\n"
    "Next release:\n"
    "10 July 2024\n\n"
    "Main points\n\n"
    "Bus journeys rose by 6.1% in the 12 months to May 2024.\n"
)


def test_a_next_release_date_never_dates_the_bulletin():
    assert document_date(BULLETIN) == datetime.date(2024, 6, 12)


def test_a_labelled_release_date_wins_over_a_next_update_first():
    body = "Next update:\n1 May 2024\n\nPublished:\n3 April 2024\n\nFares rose by 2%.\n"
    assert document_date(body) == datetime.date(2024, 4, 3)


def test_a_next_release_date_heads_no_item(suggest):
    candidates = suggest(BULLETIN, publisher="Northland Statistics", published_on=None)
    found = next(c for c in candidates if "6.1%" in c.quote)
    assert found.date == datetime.date(2024, 6, 12)


def test_a_next_release_date_under_its_label_alone_dates_nothing():
    assert document_date("Next release:\n10 July 2024\n\nBus journeys rose by 6%.\n") is None


CARRIED = (
    "Harbour Board analysis of port records from 2022 suggests that 900 berths are empty. "
    "This equates to one berth in six across the county. "
    "The council opened 40 new berths in 2023.\n"
)


def test_a_bodys_finding_carries_to_the_sentence_pointing_back(speaker_of):
    release = {"kind": "press_release", "publisher": "Office of the Harbour Master"}
    assert speaker_of(CARRIED, "one berth in six", **release) == "Harbour Board"


def test_a_sentence_not_pointing_back_stays_the_releases(speaker_of):
    release = {"kind": "press_release", "publisher": "Office of the Harbour Master"}
    assert speaker_of(CARRIED, "40 new berths", **release) == "Office of the Harbour Master"


# A written answer dated by its answer, not by the question's lodging.


def test_a_written_answer_is_dated_when_answered():
    body = (
        "Question S6W-01234\n"
        "Date lodged: Monday, 3 March 2025\n"
        "To ask the Government how many ferries it owns.\n"
        "Answered by Ailsa Pryor on 12 March 2025\n"
        "The Government owns 14 ferries.\n"
    )
    assert document_date(body) == datetime.date(2025, 3, 12)


def test_an_answered_line_without_a_date_leaves_the_lodged_date():
    body = (
        "Date lodged: Monday, 3 March 2025\n"
        "Answered by Ailsa Pryor - Minister for Ferries\n"
        "The Government owns 14 ferries.\n"
    )
    assert document_date(body) == datetime.date(2025, 3, 3)
