"""Ninety-eighth round: turn labels and record layouts from rounds 107 to 111. A transcript
labelling turns by initials ("AN: …", "TAG<tab>…") names the one person the text gives
those initials; "Hon JANE KING (Minister of Health): …" is the member, her office in the
brackets, though "King" is an office's word; a record's heading ending in its links
("Share this | Hansard source") names the member; "Mr. McROE." inside a flattened
congressional record is the member's label; a legislature's press page "Following is a
question by Hon X and a reply by the Secretary for Y, Mr Z" gives the question to X and
the reply to Z; a record titled "Jane Roe asks a Question on …" over first-person words
is hers."""

from extraction.suggest import suggest_claims


def _speakers(text, **metadata):
    return {candidate.quote: candidate.speaker for candidate in suggest_claims(text, **metadata)}


def _speaker(text, fragment, **metadata):
    for quote, speaker in _speakers(text, **metadata).items():
        if fragment in quote:
            return speaker
    raise KeyError(fragment)


_INTERVIEW = (
    "The Northland Review\n\n"
    "Anna Nolan interviews Jane Roe: Full transcript\n\n"
    "AN: Your party has run the buses for ten years. Fares rose by 40% in that time, "
    "didn't they?\n\n"
    "JR: Fares rose by 12% in real terms, and we carried 30 million more passengers last "
    "year than in 2015.\n"
)


def test_initials_labels_name_the_people_the_title_gives_those_initials():
    metadata = {
        "kind": "interview",
        "title": "Anna Nolan interviews Jane Roe: Full transcript",
        "publisher": "The Northland Review",
    }
    assert _speaker(_INTERVIEW, "30 million more passengers", **metadata) == "Jane Roe"


def test_initials_two_people_share_name_neither():
    text = _INTERVIEW.replace(
        "Full transcript\n\n", "Full transcript\n\nWith thanks to John Rowe.\n\n"
    )
    metadata = {
        "kind": "interview",
        "title": "Anna Nolan interviews Jane Roe: Full transcript",
        "publisher": "The Northland Review",
    }
    speaker = _speaker(text, "30 million more passengers", **metadata)
    assert speaker not in ("Jane Roe", "John Rowe")


def test_a_members_label_with_her_office_in_brackets_names_her_though_her_surname_is_an_office():
    text = (
        "Questions for Oral Answer\n\n"
        "1. Hon JOHN DOE (Leader—Northland First) to the Minister of Health: Does she have "
        "confidence in the health service?\n\n"
        "Hon JANE KING (Minister of Health): Yes. We are performing 44,000 more operations "
        "this year than we were in 1999.\n"
    )
    speaker = _speaker(
        text, "44,000 more operations", kind="parliamentary_record", publisher="Northland Hansard"
    )
    assert speaker == "Jane King"


def test_an_office_alone_in_brackets_after_an_office_is_no_holder():
    text = (
        "The Minister (Minister of Health): We are performing 44,000 more operations this "
        "year than we were in 1999.\n"
    )
    speaker = _speaker(
        text, "44,000 more operations", kind="parliamentary_record", publisher="Northland Hansard"
    )
    assert speaker != "Health"


def test_a_records_heading_ending_in_its_links_names_the_member():
    text = (
        "Senate debates\n\n"
        "Tuesday, 12 September 2023\n\n"
        "Jane Roe (Northland, Labour Party) Share this | Hansard source\n\n"
        "The median house price in our capital cities is now close to $900,000, and the "
        "deposit needed is almost $200,000.\n"
    )
    speaker = _speaker(
        text, "median house price", kind="parliamentary_record", publisher="Parliament Watch"
    )
    assert speaker == "Jane Roe"


def test_a_flattened_congressional_record_is_the_one_members_with_a_mc_surname():
    text = (
        "[Congressional Record Volume 169 (Thursday, May 11, 2023)] [House] BUS FARES ACT "
        "The SPEAKER pro tempore (Mr. Doe). The chair recognizes the gentleman from Northland "
        "(Mr. McRoe). Mr. McROE. Mr. Speaker, I yield myself such time as I may consume. In "
        "the last two years fares have risen by 40 percent, more than in the ten years "
        "before.\n"
    )
    speaker = _speaker(
        text,
        "fares have risen by 40 percent",
        kind="parliamentary_record",
        publisher="Congressional Record",
    )
    assert speaker == "Mr. McROE"


_LEGCO = (
    "LCQ1: Measures to shorten waiting time for public rental housing\n\n"
    "Following is a question by Hon Jane Roe and a reply by the Secretary for Housing, "
    "Mr John Doe, in the Legislative Council today (January 18):\n\n"
    "Question:\n\n"
    "The average waiting time for public rental housing rose to 5.9 years in September "
    "2021. Will the Government inform this Council of its plans?\n\n"
    "Reply:\n\n"
    "The average waiting time fell to 5.3 years in September 2023, and 30,000 new units "
    "will be completed in the coming five years.\n"
)


def test_a_legislatures_question_is_the_askers_and_its_reply_the_answerers():
    metadata = {
        "kind": "parliamentary_record",
        "title": "LCQ1: Measures to shorten waiting time",
        "publisher": "Northland Government",
    }
    assert _speaker(_LEGCO, "rose to 5.9 years", **metadata) == "Jane Roe"
    assert _speaker(_LEGCO, "fell to 5.3 years", **metadata) == "John Doe"


def test_a_page_naming_no_reply_keeps_its_own_voice():
    text = _LEGCO.replace(
        "Following is a question by Hon Jane Roe and a reply by the "
        "Secretary for Housing, Mr John Doe, in the Legislative Council "
        "today (January 18):\n\n",
        "",
    )
    metadata = {
        "kind": "parliamentary_record",
        "title": "LCQ1: Measures to shorten waiting time",
        "publisher": "Northland Government",
    }
    assert _speaker(text, "fell to 5.3 years", **metadata) != "John Doe"


_ASKS = (
    "FULL TRANSCRIPT\n\n"
    "Thank you Sir. Through you Sir, I want to ask the Minister about jobs for young "
    "people.\n\n"
    "In 2014 the unemployment rate was 3.4%. In 2018 it had risen to 6%.\n"
)


def test_a_record_titled_by_what_a_member_did_over_first_person_words_is_hers():
    speaker = _speaker(
        _ASKS,
        "risen to 6%",
        kind="parliamentary_record",
        title="Jane Roe asks a Question on jobs for young people",
        publisher="Northland Party",
    )
    assert speaker == "Jane Roe"


def test_a_title_naming_a_member_over_third_person_words_is_not_hers():
    text = _ASKS.replace("Through you Sir, I want to ask", "The member asked")
    text = text.replace("Thank you Sir. ", "")
    speaker = _speaker(
        text,
        "risen to 6%",
        kind="parliamentary_record",
        title="Jane Roe asks a Question on jobs for young people",
        publisher="Northland Party",
    )
    assert speaker == "Northland Party"
