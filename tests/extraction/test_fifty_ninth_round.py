"""Rules of the fifty-ninth round, written from the speaker misses of rounds 43–45
(measured once unseen, then read), each on an invented neutral text: the rule fires on the
right shape and not on a similar wrong one."""

from extraction import suggest_claims


def _found(body, fragment, **metadata):
    """The suggestion at the default threshold whose quote holds `fragment`."""
    for candidate in suggest_claims(body, **metadata):
        if fragment in candidate.quote:
            return candidate
    raise AssertionError(f"no suggestion contains {fragment!r}")


# (1) A judgment given by a deputy judge, a silk: the judge's, not the archive's.

DEPUTY = (
    "Roe v Northtown Borough Council\n\n"
    "Neutral Citation Number: [2019] EWHC 101 (Admin)\n\n"
    "Before :\n\n"
    "MS JANE ROE QC\n\n"
    "Sitting as a Deputy High Court Judge\n\n"
    "John Doe QC (instructed by Doe & Co) for the Claimant\n\n"
    "Judgment\n\n"
    "{giver}\n\n"
    "The Council refused 240 applications for permits in 2018, up from 120 in 2017.\n"
)
ARCHIVE = {"kind": "report", "publisher": "The Case Archive"}


def test_a_deputy_judge_handed_the_judgment_gives_it():
    found = _found(DEPUTY.format(giver="Ms Jane Roe QC :"), "240 applications", **ARCHIVE)
    assert found.speaker == "Jane Roe"


def test_a_deputy_judge_named_before_the_judgment_gives_it():
    found = _found(DEPUTY.format(giver="Introduction"), "240 applications", **ARCHIVE)
    assert found.speaker == "Jane Roe"


def test_counsel_alone_is_no_judge():
    body = DEPUTY.replace("MS JANE ROE QC\n\nSitting as a Deputy High Court Judge\n\n", "")
    found = _found(body.format(giver="Introduction"), "240 applications", **ARCHIVE)
    assert found.speaker != "John Doe"


# (2) A reprint's "The text of the statement made by …" line: his words, not the site's.

REPRINT = (
    "John Doe – 2021 Statement on Buses\n\n"
    "{standfirst}\n\n"
    "Bus journeys rose by 12% last year, to 410 million, the highest since 2008.\n"
)


def test_a_reprint_standfirst_names_the_speaker():
    standfirst = (
        "The text of the statement made by John Doe, the Secretary of State for Buses, "
        "in the House of Commons on 3 May 2021."
    )
    found = _found(
        REPRINT.format(standfirst=standfirst), "12%", kind="press_release", publisher="Reprints"
    )
    assert found.speaker == "John Doe"


def test_a_plain_standfirst_leaves_the_publisher():
    standfirst = "Figures published today by the Department for Buses."
    found = _found(
        REPRINT.format(standfirst=standfirst), "12%", kind="press_release", publisher="Reprints"
    )
    assert found.speaker == "Reprints"


# (3) Words read as a source's name that are no one's.

RELEASE = (
    "Survey of commuters\n\n{sentence}\n\nThe share of commuters cycling rose to 14% in 2020.\n"
)
AGENCY = {"kind": "press_release", "publisher": "Northland Transport Agency"}


def test_an_adjective_made_of_a_body_is_not_its_voice():
    sentence = "Cycling doubled in ten years, according to an NTA-funded study of 5,000 commuters."
    found = _found(RELEASE.format(sentence=sentence), "doubled", **AGENCY)
    assert found.speaker == "Northland Transport Agency"


def test_the_days_figures_are_not_a_body():
    sentence = "According to today’s Northland Statistics Office data, cycling doubled to 14%."
    found = _found(RELEASE.format(sentence=sentence), "doubled", **AGENCY)
    assert found.speaker == "Northland Transport Agency"


def test_a_named_body_still_speaks():
    sentence = "Cycling doubled to 14% in ten years, according to the Northland Statistics Office."
    found = _found(RELEASE.format(sentence=sentence), "doubled", **AGENCY)
    assert found.speaker == "Northland Statistics Office"


def test_a_lone_office_word_is_the_person_before_it():
    sentence = (
        "Commenting on the figures, Mary Poe, Statistician said: “Cycling rose by 40% in "
        "the ten years to 2020.”"
    )
    found = _found(RELEASE.format(sentence=sentence), "40%", **AGENCY)
    assert found.speaker == "Mary Poe"


def test_a_rank_cut_at_its_full_stop_is_the_person_after_it():
    body = (
        "Progress on housing\n\n"
        "Press Secretary Air Force Col. Gen. Mary Poe detailed the progress today.\n\n"
        "In May, the department raised the housing allowance by 8% in 20 areas, the press "
        "secretary said.\n"
    )
    found = _found(body, "8%", kind="article", publisher="Defence News")
    assert found.speaker == "Mary Poe"


# (4) A speech's title with a bill's bracketed words: no name in the brackets.


def test_a_bills_bracketed_words_are_no_speaker():
    body = (
        "Buses Secretary speech as the bill passes the House.\n\n"
        "We will bring 40% of bus routes back into public hands by 2027.\n"
    )
    found = _found(
        body,
        "40%",
        kind="speech",
        title="Buses Secretary speech: Bus Services (Public Control) Bill third reading",
        publisher="Department for Buses",
    )
    assert found.speaker != "Public Control"


# (5) A record with no speaker lines: the chair announces an office's statement.

CHAMBER = (
    "Meeting of the Assembly\n\n"
    "Good afternoon. {announcement}\n\n"
    "I will start with the figures. As of this morning, 1,250 cases have been confirmed, "
    "an increase of 96 since yesterday.\n"
)
RECORD = {"kind": "parliamentary_record", "publisher": "Northland Assembly"}


def test_the_announced_statement_is_the_offices():
    announcement = "Before questions, the First Minister will give a short statement."
    found = _found(CHAMBER.format(announcement=announcement), "1,250", **RECORD)
    assert found.speaker == "First Minister"


def test_we_will_make_a_statement_hands_over_nothing():
    announcement = "We will make a statement later in the week."
    found = _found(CHAMBER.format(announcement=announcement), "1,250", **RECORD)
    assert found.speaker != "We"
