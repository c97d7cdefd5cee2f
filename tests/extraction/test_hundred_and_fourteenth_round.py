"""Hundred-and-fourteenth round: read from rounds 192 to 196 after they were measured. A
page's layout boxes and a player's links, a salutation running into an inaugural address,
a speech speaking of another's address, a speaker line ending in a full stop, a moderator
named once, an interview title's interviewee, a minister named with her seat and rank, a
board's statement on a reprint site, a member's page printing a question and its reply, a
list handed over with "noting:", and a quotation closed by "he told the Senate, noting
that …"."""

import pytest


def test_a_pages_layout_boxes_name_no_one(speaker_of):
    text = (
        "Main Container\n\nPrime Minister Crest\n\n"
        "Prime Minister’s remarks on the bus plan\n\nMain Content\n\n"
        "This afternoon, I met all 13 of the country's mayors.\n\n"
        "Bus waiting times have risen by 40 per cent since 2019.\n"
    )
    title = "Prime Minister’s remarks on the bus plan"
    metadata = {"kind": "speech", "title": title, "publisher": "Office of the Prime Minister"}
    assert speaker_of(text, "40 per cent", **metadata) == "Prime Minister"


def test_a_players_next_up_link_is_no_speaker_line(speaker_of):
    text = (
        "Bus Radio\nPlay Live Radio\nNext Up:\n0:00 0:00\n\n"
        "Bus Deaths Rise Again\n\n"
        "Last year, more than 5,000 people died in bus crashes, the largest jump ever "
        "recorded.\n\n"
        "HOST: Jane Roe joins us now.\n"
    )
    metadata = {"kind": "interview", "title": "Bus Deaths Rise Again", "publisher": "Bus Radio"}
    assert speaker_of(text, "5,000 people", **metadata) == "Bus Radio"


INAUGURAL = (
    "Governor’s Speeches Jane Q. Roe Jr. Inaugural Address Remarks as Prepared January 5, "
    "2015 Members of the Legislature, the Judiciary, Constitutional Officers, the family of "
    "my ancestors and fellow Northlanders: An inauguration is always a special occasion. "
    "Then, the state was deep in debt and our unemployment rate was 12.1 percent.\n"
)


def test_a_salutation_running_into_the_speech_names_no_speaker(speaker_of):
    title = "Jane Q. Roe Jr. Inaugural Address, Remarks as Prepared, January 5, 2015"
    metadata = {"kind": "speech", "title": title, "publisher": "Speech Archive"}
    assert speaker_of(INAUGURAL, "12.1 percent", **metadata) == "Jane Q Roe Jr."


def test_a_capitalised_occasion_before_address_is_no_name(speaker_of):
    title = "Annual Conference Address, Remarks as Prepared, January 5, 2015"
    metadata = {"kind": "speech", "title": title, "publisher": "Speech Archive"}
    assert speaker_of(INAUGURAL, "12.1 percent", **metadata) == "Speech Archive"


def test_a_speech_speaking_of_another_members_address_is_not_his(speaker_of):
    text = (
        "Deputy Speaker Sir,\n\n"
        "As Minister responsible for Buses, I rise today to report on the bus industry.\n\n"
        "Deputy Speaker Sir, the address given by the Honourable John Doe on 16 October, "
        "2014 – during the debate on the budget – is a good example of this behaviour.\n\n"
        "The Honourable Member said that a bus ticket costs $50, when in fact it costs $12.\n"
    )
    metadata = {"kind": "speech", "title": "Ministerial Statement", "publisher": "Government"}
    assert speaker_of(text, "costs $12", **metadata) != "John Doe"


SAID_FULL_STOP = (
    "Bus Fund Director at the Close of a Visit to Northland\n\n"
    "Ms. Jane Roe, Director of the Bus Fund (BF) said.\n\n"
    "“It has been a pleasure to be in Northland. I complimented the authorities on a strong "
    "recovery, which the Fund supports with a US$615 million loan.\n"
)


def test_a_speaker_line_ending_in_a_full_stop_hands_over_to_the_quotation(speaker_of):
    metadata = {"kind": "press_release", "title": "Visit", "publisher": "Bus Fund"}
    assert speaker_of(SAID_FULL_STOP, "US$615 million", **metadata) == "Jane Roe"


def test_a_said_line_over_unquoted_narration_hands_over_nothing(speaker_of):
    text = SAID_FULL_STOP.replace(
        "“It has been a pleasure to be in Northland. I complimented the authorities on a",
        "The authorities were complimented on a",
    )
    metadata = {"kind": "press_release", "title": "Visit", "publisher": "Bus Fund"}
    assert speaker_of(text, "US$615 million", **metadata) == "Bus Fund"


DIALOGUE = (
    "Dialogue by the Prime Minister at the Bus Forum\n\n"
    "Mr John Q. Doe (Moderator): You had an election last week, and you won 83 of the 93 "
    "seats.\n\n"
    "PM Roe: We were satisfied with the results.\n\n"
    "Moderator: You are in your 16th year as Prime Minister.\n\n"
    "PM Roe: That is not my ambition.\n\n"
    "Q: Bus fares rose 40 per cent last year, didn't they?\n"
)


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [("83 of the 93", "John Q Doe"), ("16th year", "John Q Doe")],
)
def test_a_moderator_named_once_keeps_his_later_moderator_labels(speaker_of, fragment, speaker):
    metadata = {"kind": "interview", "title": "Dialogue", "publisher": "Prime Minister's Office"}
    assert speaker_of(DIALOGUE, fragment, **metadata) == speaker


def test_a_question_label_after_a_named_moderator_is_not_his(speaker_of):
    metadata = {"kind": "interview", "title": "Dialogue", "publisher": "Bus Forum"}
    assert speaker_of(DIALOGUE, "40 per cent", **metadata) != "John Q Doe"


def test_an_interview_titles_interviewee_owns_the_surname_labels(speaker_of):
    text = (
        "JOHN DOE: But first the buses. Lord Roe is with me.\n"
        "ROE: Good afternoon.\n"
        "DOE: What is the committee going to do?\n"
        "ROE: Well, at the moment about seventy-five per cent of the journeys are on time.\n"
    )
    title = "Bus Programme interview: Lord Roe, Transport Minister, on the buses"
    metadata = {"kind": "interview", "title": title, "publisher": "Bus Programme"}
    assert speaker_of(text, "seventy-five per cent", **metadata) == "Roe"


RANKED = (
    "Bus News\n\n"
    "Minister of National Transport, Senator Colonel Jane Roe, has said that there has been a "
    "10 per cent decline in bus crashes for the first 18 days of 2009.\n"
    "“This trend follows the decline for November and December 2008,” she told the Senate "
    "yesterday, noting that bus thefts have also declined by 27 per cent.\n"
    "Senator Roe, in her State of the Nation address, informed that for 2008, there was a two "
    "per cent increase in crashes over 2007.\n"
    "According to the National Transport Minister, there were 13 per cent more arrests in "
    "2008.\n"
)


@pytest.mark.parametrize(
    "fragment", ["10 per cent decline", "November and December", "two per cent", "13 per cent"]
)
def test_a_minister_named_with_her_seat_and_rank_says_what_the_story_reports(speaker_of, fragment):
    metadata = {"kind": "article", "title": "Crashes down", "publisher": "Bus News Service"}
    assert speaker_of(RANKED, fragment, **metadata) == "Jane Roe"


def test_a_boards_statement_on_a_reprint_site_is_the_boards(speaker_of):
    text = (
        "Statement by the Bus Bank Board: Fare Policy Decision | Media Releases\n\n"
        "At its meeting today, the Board decided to lower the fare target to 4.10 per cent.\n"
    )
    title = "Statement by the Bus Bank Board: Fare Policy Decision"
    metadata = {"kind": "press_release", "title": title, "publisher": "Bus Reprints"}
    assert speaker_of(text, "4.10 per cent", **metadata) == "Bus Bank Board"


QUESTION_PAGE = (
    "Skip to content\n\n"
    "Buses | Fundamentals met in Budget 2023\n\n"
    "To ask the Minister for Buses the extent to which the fundamentals continue to be met; "
    "and if he will make a statement on the matter.\n\n"
    "Prior to the pandemic, bus use was growing by 4 per cent a year.\n"
)


def test_a_members_page_printing_a_question_and_its_reply_gives_the_reply_to_the_office(
    speaker_of,
):
    metadata = {"kind": "parliamentary_record", "title": "Buses", "publisher": "janeroe.example"}
    assert speaker_of(QUESTION_PAGE, "4 per cent", **metadata) == "Minister for Buses"


def test_a_labelled_reply_keeps_its_label_after_a_question_to_an_office(speaker_of):
    text = QUESTION_PAGE.replace("Prior to", "Mr. John Doe: Prior to")
    metadata = {"kind": "parliamentary_record", "title": "Buses", "publisher": "Hansard"}
    assert speaker_of(text, "4 per cent", **metadata) == "John Doe"


NOTING = (
    "NORTHTOWN — Mayor Jane Roe and Police Chief John Doe held a joint press conference on "
    "Thursday.\n"
    "Doe elaborated on the city's latest crime statistics, noting:\n"
    "- Homicides are down 21% in the city\n"
    "- Shooting incidents are down 18%\n"
)


def test_a_list_handed_over_with_noting_is_the_subjects(speaker_of):
    metadata = {"kind": "article", "title": "Crime down", "publisher": "Northtown News"}
    assert speaker_of(NOTING, "down 21%", **metadata) == "John Doe"


def test_a_word_no_one_is_called_by_hands_over_no_list(speaker_of):
    text = NOTING.replace("Doe elaborated", "Overall figures improved")
    metadata = {"kind": "article", "title": "Crime down", "publisher": "Northtown News"}
    assert speaker_of(text, "down 21%", **metadata) == "Northtown News"


def test_a_quotation_closed_by_he_outlined_is_his(speaker_of):
    text = (
        "Finance Minister John Doe has outlined his government's record.\n\n"
        "“Growth had moved up from 3.7% in 2016 to an average 7% from 2017 to 2019,” he "
        "outlined.\n"
    )
    metadata = {"kind": "article", "title": "Record", "publisher": "Bus Web"}
    assert speaker_of(text, "3.7%", **metadata) == "John Doe"
