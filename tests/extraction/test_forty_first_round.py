"""Rules of the forty-first round, written from the misses of round 23 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

import datetime

from extraction.attribution import Resolver
from extraction.attribution.committee import committee_voice
from extraction.attribution.labelled import transcript_label

# (1) A motion's text is its mover's: "That the Assembly:" is put to the House, no speaker

MOTION = (
    "Assembly debates\n\n"
    "Bus Services: Motion\n\n"
    "Jane Roe (Northtown, Bus Party)\n\n"
    "I move:\n\n"
    "That the Assembly:\n\n"
    "notes that bus fares fell by 12 percent in 2023 and 40,000 more people took the bus;\n\n"
    "Tom Baker (Southville, Rail Party)\n\n"
    "Rail fares rose by 8 percent last year, the highest rise in a decade."
)


def test_a_motion_after_its_movers_heading_is_the_movers(speaker_of):
    speaker = speaker_of(
        MOTION, "fell by 12 percent", kind="parliamentary_record", publisher="Assembly"
    )
    assert speaker == "Jane Roe"


def test_the_next_members_heading_still_takes_the_floor_after_a_motion(speaker_of):
    speaker = speaker_of(MOTION, "rose by 8 percent", kind="parliamentary_record", publisher="X")
    assert speaker == "Tom Baker"


# (2) The page's "First published:" and "Last updated:" lines do not end a speaker's block

STATEMENT = (
    "Transport Secretary Jane Roe, said:\n\n"
    "First published:\n\n"
    "3 May 2024\n\n"
    "Last updated:\n\n"
    "We have cut fares by 20 percent this year and 40,000 more people now take the bus."
)


def test_page_date_lines_between_speaker_line_and_words_keep_them_the_speakers(suggest):
    [claim] = [c for c in suggest(STATEMENT, published_on=None) if "20 percent" in c.quote]
    assert claim.speaker == "Jane Roe"
    assert claim.date == datetime.date(2024, 5, 3)


def test_without_a_speaker_line_the_same_page_is_the_publishers(speaker_of):
    body = STATEMENT.split("\n\n", 1)[1]
    assert speaker_of(body, "20 percent") == "Ministry of Examples"


# (3) A transcript's "NAME [ROLE]:" label, and the bare "NAME:" after it

TRANSCRIPT = (
    "JOURNALIST: How many clinics have opened?\n\n"
    "JANE BISHOP [MINISTER]: We opened 58 clinics this year, more than in any year before.\n\n"
    "JOURNALIST: And bulk billing?\n\n"
    "JANE BISHOP: Bulk billing rose by 3 per cent in the last quarter."
)


def test_a_bracketed_role_label_names_the_minister_even_with_a_role_word_surname(speaker_of):
    kwargs = {"kind": "interview", "publisher": "Department of Clinics"}
    assert speaker_of(TRANSCRIPT, "58 clinics", **kwargs) == "Jane Bishop"
    assert speaker_of(TRANSCRIPT, "3 per cent", **kwargs) == "Jane Bishop"


def test_a_bracket_with_figures_or_an_unknown_capitals_label_names_no_one():
    resolver = Resolver("")
    assert transcript_label("TABLE TWO (2024): fares by year", resolver) is None
    assert transcript_label("PAGE NOTE: fares rose", resolver) is None


# (4) A committee's report on its House's page is the committee's

REPORT = (
    "Skip to main content\n\n"
    "This is a new service. Help us improve it.\n\n"
    "Loading…\n\n"
    "Chamber and committees\n\n"
    "Menu\n\n"
    "Home\n\n"
    "Transport and Ferries Committee\n\n"
    "Report on Bus Fares 2024\n\n"
    "Our report finds that bus fares rose by 12 percent in 2023, the largest rise on record."
)


def test_a_committee_named_in_the_pages_head_speaks_its_report(speaker_of):
    speaker = speaker_of(REPORT, "12 percent", kind="report", publisher="Northland Parliament")
    assert speaker == "Transport and Ferries Committee"


def test_a_page_that_does_not_speak_as_the_committee_stays_the_houses(speaker_of):
    body = REPORT.replace("Our report finds that bus", "Bus")
    speaker = speaker_of(body, "12 percent", kind="report", publisher="Northland Parliament")
    assert speaker == "Northland Parliament"


def test_a_publisher_naming_its_committee_in_brackets_gives_the_committee():
    speaker = committee_voice("Northland Parliament (Transport and Ferries Committee)", "", [])
    assert speaker is not None and speaker.name == "Transport and Ferries Committee"
    assert committee_voice("Northland Parliament (Official Report)", "", []) is None


# (5) A quotation closed by "X wrote in the letter, which …" is X's

QUOTED = (
    "Buses ran late all year.\n\n"
    '"Given the delays, the agency seeks to hire 40 drivers this year," Roe wrote in the '
    "letter, which set up the review."
)


def test_a_quote_closed_by_its_writer_and_a_which_clause_is_the_writers(speaker_of):
    assert speaker_of(QUOTED, "40 drivers", kind="article", publisher="Daily Bus") == "Roe"


# (6) Dates: "today (date)" in the opening lines, an event placed "this week"


def test_a_date_the_opening_calls_today_dates_the_text(suggest):
    body = (
        "Press release\n\n"
        "Figures published today (17 October 2023) show 40,000 more people took the bus.\n\n"
        "Bus use rose by 12 percent in the year to September."
    )
    [claim] = [c for c in suggest(body, published_on=None) if "12 percent" in c.quote]
    assert claim.date == datetime.date(2023, 10, 17)


def test_an_event_placed_this_week_dates_an_undated_story(suggest):
    body = (
        "Bus use rose by 12 percent in the year to May.\n\n"
        "Also this week, at a hearing on June 18, 2025, the minister said fares would fall."
    )
    [claim] = [c for c in suggest(body, published_on=None, kind="article") if "12" in c.quote]
    assert claim.date == datetime.date(2025, 6, 18)


def test_a_past_events_date_alone_does_not_date_the_story(suggest):
    body = (
        "Bus use rose by 12 percent in the year to May.\n\n"
        "The line first opened on June 18, 2019, with 40 buses."
    )
    [claim] = [c for c in suggest(body, published_on=None, kind="article") if "12" in c.quote]
    assert claim.date is None
