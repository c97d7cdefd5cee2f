"""Speaker rules of the forty-third round, written from the speaker misses of rounds
24-27 (measured once unseen, then read), each on an invented neutral text: the rule fires
on the right shape and not on a similar wrong one."""

from extraction.attribution.names import parse_person

RECORD = {"kind": "parliamentary_record", "publisher": "Assembly Record"}

# (1) A family name with a particle ("ap", "van", "von der") is one name


def test_a_reprint_heading_with_a_name_particle_starts_that_members_turn(speaker_of):
    body = (
        "Photo of Ann Roe Ann Roe Bus Party 2:10, 3 May 2023\n\n"
        "I call on Rhodri ap Dafydd to speak.\n\n"
        "Photo of Rhodri ap Dafydd Rhodri ap Dafydd Rail Party 2:11, 3 May 2023\n\n"
        "Thank you. Bus fares have risen by 40 percent since 2015 in the valleys."
    )
    assert speaker_of(body, "40 percent", **RECORD) == "Rhodri ap Dafydd"


def test_a_particle_after_an_office_word_is_not_read_into_a_name():
    assert parse_person("Ursula von der Roe").name == "Ursula von der Roe"
    assert parse_person("Minister for Buses").role == "Minister for"


# (2) A motion printed under its mover's name; a resumed debate's "Deputy X was in possession"


MOTION = (
    "Photo of Ann Roe Ann Roe Bus Party 2:10, 3 May 2023\n\n"
    "The next item is the debate on buses.\n\n"
    "Motion NDM1234 Tom Baker\n\n"
    "1. Notes that bus fares have risen by 40 percent since 2015.\n\n"
    "Motion moved.\n\n"
    "Photo of Carl Doe Carl Doe Rail Party 2:12, 3 May 2023\n\n"
    "Rail fares rose by 8 percent last year."
)


def test_a_motion_under_its_movers_name_is_the_movers(speaker_of):
    assert speaker_of(MOTION, "40 percent", **RECORD) == "Tom Baker"


def test_the_next_heading_after_motion_moved_takes_the_floor(speaker_of):
    assert speaker_of(MOTION, "8 percent", **RECORD) == "Carl Doe"


RESUMED = (
    "Bus Services Bill: Second Stage (Resumed)\n\n"
    "Deputy Baker was in possession and he has ten minutes remaining.\n\n"
    "There are about 12,000 families in the county waiting for a bus pass."
)


def test_a_resumed_debates_member_in_possession_keeps_the_floor(speaker_of):
    assert speaker_of(RESUMED, "12,000 families", **RECORD) == "Baker"


def test_without_the_possession_line_the_record_is_the_publishers(speaker_of):
    body = RESUMED.replace(
        "Deputy Baker was in possession and he has ten minutes remaining.\n\n", ""
    )
    assert speaker_of(body, "12,000 families", **RECORD) == "Assembly Record"


# (3) An official quoted after "responsible for …" or "commented:"; a plural office's names

NEWS = {"kind": "article", "publisher": "Examples Commission"}


def test_an_official_responsible_for_a_portfolio_is_the_speaker(speaker_of):
    body = (
        "The Commission adopted a plan today. Commissioner Jane Roe, responsible for "
        "Transport, said: “Border queues have doubled since 2019. We will cut them by a "
        "third within four years.”"
    )
    assert speaker_of(body, "doubled since 2019", **NEWS) == "Jane Roe"
    assert speaker_of(body, "by a third", **NEWS) == "Jane Roe"


def test_a_surname_after_a_plural_office_resolves_to_the_full_name(speaker_of):
    body = (
        "The event was opened by Commissioners Jane Roe and Ann Doe. Commissioner Doe, "
        "responsible for Transport said: “Bus use rose by 12 percent in 2022.”"
    )
    assert speaker_of(body, "12 percent", **NEWS) == "Ann Doe"


def test_a_surname_the_text_never_gives_in_full_stays_the_publishers(speaker_of):
    body = (
        "The Commission adopted a plan today. Commissioner Doe, responsible for Transport "
        "said: “Bus use rose by 12 percent in 2022.”"
    )
    assert speaker_of(body, "12 percent", **NEWS) == "Examples Commission"


def test_commented_with_a_colon_gives_the_quote_to_the_official(speaker_of):
    body = (
        "Bus use rose in May.\n\n"
        'Commissioner for Transport, Tourism and Space Jane Roe commented: "Queues have '
        'doubled since 2019."'
    )
    assert speaker_of(body, "doubled since 2019", kind="statement") == "Jane Roe"


# (4) A statement's figures said to be published by a statistics body


def test_figures_a_body_is_said_to_publish_are_that_bodys(speaker_of):
    body = (
        "The unemployment rate was 6.1% in May 2024, down from 6.4% a year earlier. "
        "These figures are published by Examplestat, the statistics office of the Union.\n\n"
        "Examplestat estimates that 12 million people were unemployed in May 2024. "
        "Compared with April 2024, the number fell by 40 000."
    )
    assert speaker_of(body, "6.1%", kind="statement") == "Examplestat"
    assert speaker_of(body, "fell by 40 000", kind="statement") == "Examplestat"


def test_figures_published_by_an_unnamed_office_stay_the_publishers(speaker_of):
    body = (
        "The unemployment rate was 6.1% in May 2024, down from 6.4% a year earlier. "
        "These figures are published by the Office."
    )
    assert speaker_of(body, "6.1%", kind="statement") == "Ministry of Examples"


# (5) A lower court's judge; a database the judge cites is her source, not a speaker

JUDGMENT = (
    "Neutral Citation Number: [2024] EWHC 1 (Admin)\n\n"
    "Before:\n\n"
    "HIS HONOUR JUDGE ROE\n\n"
    "JUDGMENT\n\n"
    "HHJ ROE:\n\n"
    "Introduction\n\n"
    "1.\n\n"
    "The decision was handed down in November 2023 and according to Lexbase, five "
    "decisions have cited it since."
)


def test_a_circuit_judges_judgment_is_the_judges_own(speaker_of):
    speaker = speaker_of(JUDGMENT, "five decisions", kind="report", publisher="The Archive")
    assert speaker == "Judge Roe"


def test_according_to_in_a_report_naming_no_judge_stays_the_sources(speaker_of):
    body = "Audit report\n\nAccording to Lexbase, five decisions have cited it since 2023."
    speaker = speaker_of(body, "five decisions", kind="report", publisher="The Archive")
    assert speaker == "Lexbase"


# (6) A hearing's "Chairwoman ROE." turn


def test_a_hearing_chairs_capitalised_turn_is_hers(speaker_of):
    body = (
        "Present: Chairwoman Roe; Representatives Baker and Doe.\n\n"
        "Chairwoman ROE. Today we hold this hearing because 68 percent of families own "
        "their home, fewer than in 2004."
    )
    assert speaker_of(body, "68 percent", kind="parliamentary_record", publisher="House") == "Roe"


# (7) A press briefing's unnamed questioners are journalists, or the one the answerer names

BRIEFING = (
    "Press Briefing by Press Secretary Jane Roe\n\n"
    "MS. ROE: Good afternoon. Bus fares fell by 12 percent this year.\n\n"
    "Q: The minister said fares fell by 20 percent in March. Is that right?\n\n"
    "MS. ROE: It is 12 percent. Let's go to Tom Baker.\n\n"
    "Q: Thank you. Was the $300 million part of the earlier package?"
)
INTERVIEW = {"kind": "interview", "publisher": "Office of the Press Secretary"}


def test_a_briefings_unnamed_question_is_a_journalists(speaker_of):
    assert speaker_of(BRIEFING, "20 percent in March", **INTERVIEW) == "Journalist"


def test_a_question_after_the_answerer_names_the_reporter_is_the_reporters(speaker_of):
    assert speaker_of(BRIEFING, "$300 million", **INTERVIEW) == "Tom Baker"


def test_an_interviews_unnamed_question_stays_the_interviewers(speaker_of):
    body = BRIEFING.replace("Press Briefing by", "Interview with")
    assert speaker_of(body, "20 percent in March", **INTERVIEW) == "Interviewer"


# (8) A spokesperson named after the office


def test_a_spokesperson_named_after_the_office_is_the_speaker(speaker_of):
    body = "Housing is improving by 10 percent a year, said Bus Agency spokesman Tom Baker July 23."
    assert speaker_of(body, "10 percent", kind="article", publisher="News Wire") == "Tom Baker"


def test_an_unnamed_spokesperson_is_no_person(speaker_of):
    body = "Housing is improving by 10 percent a year, a Bus Agency spokesman said."
    speaker = speaker_of(body, "10 percent", kind="article", publisher="News Wire")
    assert speaker != "Tom Baker" and "spokesman" not in speaker.lower()


# (9) A PDF's copy cut at a fixed width wider than a screen's still reads as paragraphs


def test_lines_cut_at_a_wide_fixed_width_join_into_one_paragraph():
    from extraction.text import paragraphs

    line = "Bus use in the county rose again this spring, the fourth rise in a row, and the"
    lines = [f"{line} {word}" for word in ("Council", "Board", "Agency", "Office", "Trust", "Fund")]
    body = "\n".join(lines) + "\nend of the year.\n"
    assert len(paragraphs(body)) == 1


def test_lines_of_different_lengths_stay_separate_paragraphs():
    from extraction.text import paragraphs

    body = "Fares rose by 4 percent in May.\nThe Council met on Tuesday to discuss the timetable.\n"
    assert len(paragraphs(body)) == 2
