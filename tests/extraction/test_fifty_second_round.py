"""Speaker rules of the fifty-second round, written from the speaker misses of rounds
34-36 (measured once unseen, then read), each on an invented neutral text: the rule fires
on the right shape and not on a similar wrong one."""

ARCHIVE = {"kind": "report", "publisher": "Case Law Archive"}
SPEECH = {"kind": "speech", "publisher": "Northland Government"}
RECORD = {"kind": "parliamentary_record", "publisher": "Northland Parliament"}
STATEMENT = {"kind": "statement", "publisher": "Department of Buses"}

# (1) A tribunal's decision is its judge's, named after "Before:" in the header

DECISION = (
    "Between:\n\nAB\n\nAppellant\n\n{before}\n\nDecision date: 3 May 2023\n\nDECISION\n\n"
    "REASONS FOR DECISION\n\n"
    "I held a hearing of the appeal, at which bus fares were said to have risen by 40 percent "
    "since 2015."
)


def test_a_tribunal_decision_before_a_named_judge_is_the_judges(speaker_of):
    body = DECISION.format(before="Before: Upper Tribunal Judge Roe")
    assert speaker_of(body, "40 percent", **ARCHIVE) == "Judge Roe"


def test_a_decision_naming_no_judge_stays_the_archives(speaker_of):
    body = DECISION.format(before="Before: the panel")
    assert speaker_of(body, "40 percent", **ARCHIVE) == "Case Law Archive"


# (2) A speech page's "Statement … by Office Name given on …" line names the speaker

SPEECH_PAGE = (
    "Bus fares: statement\n\n{line}\n\n"
    "Presiding Officer, we have ensured that bus fares fell by 12 percent this year."
)


def test_a_statement_by_an_office_and_name_line_gives_the_speech_to_her(speaker_of):
    line = (
        "Opening statement to Parliament by Cabinet Secretary for Buses Jane Roe "
        "given on 3 May 2023."
    )
    body = SPEECH_PAGE.format(line=line)
    assert speaker_of(body, "12 percent", **SPEECH) == "Jane Roe"


def test_a_statement_by_a_body_leaves_the_speech_to_the_publisher(speaker_of):
    body = SPEECH_PAGE.format(line="Opening statement to Parliament by the Bus Forum.")
    assert speaker_of(body, "12 percent", **SPEECH) == "Northland Government"


# (3) "my views are my own as Chair of the Bus Commission": the office the speech claims


def test_a_speech_claiming_an_office_in_the_first_person_is_that_offices(speaker_of):
    body = (
        "Opening Remarks Before the Bus Forum\n\n"
        "Good afternoon. My views are my own as Chair of the Bus Commission.\n\n"
        "Bus ridership rose by 30 percent in the last decade."
    )
    assert speaker_of(body, "30 percent", **SPEECH) == "Chair of the Bus Commission"


def test_an_office_once_served_in_is_not_claimed(speaker_of):
    body = (
        "Opening Remarks Before the Bus Forum\n\n"
        "Good afternoon. I served as Chair of the Bus Commission long ago.\n\n"
        "Bus ridership rose by 30 percent in the last decade."
    )
    assert speaker_of(body, "30 percent", **SPEECH) == "Northland Government"


# (4) A record's "Name (Party) | Parliament source" line opens that member's turn


def test_a_member_line_with_a_source_link_opens_the_members_turn(speaker_of):
    body = (
        "Joint Committee on Transport\n\nBus Fares\n\n"
        "Jane Roe (Independent) | Parliament source\n\n"
        "According to the latest report, 5,000 people waited over an hour for a bus in April."
    )
    assert speaker_of(body, "5,000 people", **RECORD) == "Jane Roe"


def test_a_member_line_without_the_link_is_not_a_turn_by_itself(speaker_of):
    body = (
        "Joint Committee on Transport\n\nBus Fares\n\n"
        "Jane Roe (Independent)\n\n"
        "According to the latest report, 5,000 people waited over an hour for a bus in April."
    )
    assert speaker_of(body, "5,000 people", **RECORD) != "Jane Roe"


# (5) A statement page's lead-in "X released the following statement" is the page's own


LEAD_IN = (
    "Statement From Secretary of Buses Jane Roe on the Fares Report\n\n"
    "Secretary of Buses Jane Roe today {verb} the following statement on the fares report. "
    "The report indicated that average fares fell 5.2 percent in 2015.\n\n"
    "“Today’s report shows that riders are paying 8 percent less than in 2010,” she said."
)


def test_a_lead_in_over_a_quoted_statement_is_the_publishers(speaker_of):
    body = LEAD_IN.format(verb="released")
    assert speaker_of(body, "5.2 percent", **STATEMENT) == "Department of Buses"
    assert speaker_of(body, "8 percent", **STATEMENT) == "Jane Roe"


def test_a_paragraph_without_the_lead_in_stays_the_secretarys(speaker_of):
    body = LEAD_IN.format(verb="welcomed")
    assert speaker_of(body, "5.2 percent", **STATEMENT) == "Jane Roe"
