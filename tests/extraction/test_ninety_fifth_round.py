"""Ninety-fifth round: genre defaults from rounds 97 to 101. A key-facts panel's lines (a
figure, then a noun phrase, a line each, three or more in a row) are the report's claims;
a press conference's transcript is the first speaker's, named alone under "Transcript" or
listed "Name, Office," over the statement; a congressional record's one member whose turn
label runs inside the text speaks the page, and the record's furniture before the label is
no claim; a speech title's words after the office's comma are an occasion, not a holder."""

from extraction.suggest import suggest_claims


def _quotes(text, **metadata):
    return {candidate.quote: candidate.speaker for candidate in suggest_claims(text, **metadata)}


def _speaker(text, fragment, **metadata):
    for quote, speaker in _quotes(text, **metadata).items():
        if fragment in quote:
            return speaker
    raise KeyError(fragment)


# A key-facts panel.

_PANEL = (
    "Ferry Services in the Western Isles\n\n"
    "Report by the Comptroller and Auditor General\n\n"
    "Key facts\n\n"
    "2,400 ferry crossings cancelled in 2022-23\n\n"
    "£8 million spent on chartered vessels between 2019-20 and 2022-23\n\n"
    "41% of sailings running late in the winter timetable\n\n"
    "6,300 islanders on the waiting list for a vehicle deck booking\n\n"
    "Introduction\n\n"
    "The ferry network links twenty islands to the mainland.\n"
)


def test_a_panels_figure_lines_are_the_reports_claims():
    quotes = _quotes(_PANEL, kind="report", publisher="Northland Audit Office")
    for fragment in ("2,400 ferry crossings", "£8 million spent", "41% of sailings", "6,300"):
        assert any(q.startswith(fragment) for q in quotes), fragment
    assert quotes["41% of sailings running late in the winter timetable"] == (
        "Northland Audit Office"
    )


def test_one_figure_line_alone_stays_a_heading():
    text = (
        "2,400 ferry crossings cancelled in 2022-23\n\n"
        "The ferry network links twenty islands to the mainland and is run by the Board.\n"
    )
    quotes = _quotes(text, kind="report", publisher="Northland Audit Office")
    assert not any(q.startswith("2,400") for q in quotes)


def test_section_headings_dates_and_bare_numbers_are_no_panel():
    text = (
        "Contents\n\n"
        "2 Progress towards the 2030 targets\n\n"
        "3 Funding for new vessels in 2024\n\n"
        "4 Harbour works and the 2025 timetable\n\n"
        "12 March 2024\n\n"
        "14 April 2024\n\n"
        "2,400\n\n"
        "6,300\n\n"
        "41%\n\n"
        "The ferry network links twenty islands to the mainland.\n"
    )
    quotes = _quotes(text, kind="report", publisher="Northland Audit Office")
    assert not any(q[:1].isdigit() for q in quotes)


# A press conference's transcript.

_OPENING = (
    "Good afternoon and thank you for coming. As you know the Board decided today to hold "
    "the fare cap at £2.\n\n"
    "Ridership has risen by 12% since March 2022, and I have said many times that the cap "
    "is working.\n"
)


def test_the_name_under_transcript_opens_the_conference():
    text = f"Press Conference on the Fares Decision\n\nTranscript\n\nAnna Kowalczyk\n\n{_OPENING}"
    speaker = _speaker(
        text,
        "Ridership has risen",
        kind="interview",
        title="Press Conference on the Fares Decision",
        publisher="Northland Transport Authority",
    )
    assert speaker == "Anna Kowalczyk"


def test_listed_name_and_office_lines_over_the_statement():
    text = (
        "Opening statement with questions\n\n"
        "Piotr Nowak, Chair of the Authority,\n"
        "Maria Lind, Deputy Chair of the Authority,\n"
        "Northtown, 4 May 2023\n\n"
        "Ladies and gentlemen, the Deputy Chair and I welcome you to this press conference. "
        "Bus ridership rose by 12% in 2022, the fastest rise in a decade.\n"
    )
    speaker = _speaker(
        text,
        "Bus ridership rose",
        kind="interview",
        title="Opening statement with questions",
        publisher="Northland Transport Authority",
    )
    assert speaker == "Piotr Nowak"


def test_a_bare_name_line_with_no_transcript_heading_is_no_speaker():
    text = f"Fares review update\n\nAnna Kowalczyk\n\n{_OPENING}"
    speaker = _speaker(
        text,
        "Ridership has risen",
        kind="interview",
        title="Fares review update",
        publisher="Northland Transport Authority",
    )
    assert speaker != "Anna Kowalczyk"


# A congressional record's run-in turn.

_RECORD = (
    "FERRY SAFETY; Congressional Record Vol. 12, No. 3\n"
    "(Senate - May 4, 2021)\n"
    "[Pages S201-S202] From the Record Online through the Printing Office FERRY SAFETY "
    "Ms. OKAFOR. Madam President, I rise to speak about ferry safety in my State. "
    "Ferry accidents rose by 18% last year, the highest rise since 2009. "
)


def test_a_records_one_run_in_member_speaks_the_page():
    quotes = _quotes(
        _RECORD + "I urge my colleagues to act.\n",
        kind="parliamentary_record",
        title="FERRY SAFETY; Congressional Record Vol. 12, No. 3 (Senate - May 4, 2021)",
        publisher="Records Online",
    )
    # The run-in label addressing the chair opens her turn, her surname written as a name.
    assert quotes["Ferry accidents rose by 18% last year, the highest rise since 2009."] == (
        "Okafor"
    )
    assert not any(q.startswith("[Pages") for q in quotes)


def test_two_run_in_members_give_the_page_to_neither():
    text = _RECORD + (
        "Mr. LINDQVIST. Madam President, bus accidents fell by 9% last year, the lowest "
        "level since 2001.\n"
    )
    quotes = _quotes(
        text,
        kind="parliamentary_record",
        title="FERRY SAFETY; Congressional Record Vol. 12, No. 3 (Senate - May 4, 2021)",
        publisher="Records Online",
    )
    assert all(speaker != "Ms. OKAFOR" for q, speaker in quotes.items() if "bus accidents" in q)


# A speech title's occasion after the office.

_SPEECH = (
    "Good morning, everyone.\n\n"
    "Northland is nearing full employment. Unemployment fell to 3.1% last year, the lowest "
    "rate since 1974.\n"
)


def test_the_words_after_the_offices_comma_are_the_occasion():
    title = "Speech by the Premier, Northland Skills 2024 Launch, Harbour Hall"
    speaker = _speaker(
        f"{title}\n\n{_SPEECH}",
        "Unemployment fell",
        kind="speech",
        title=title,
        publisher="Office of the Premier",
    )
    assert speaker == "Premier"


def test_a_holder_after_the_offices_comma_still_speaks():
    title = "Speech by the Minister for Skills, Jane Okafor, at the Skills Forum"
    speaker = _speaker(
        f"{title}\n\n{_SPEECH}",
        "Unemployment fell",
        kind="speech",
        title=title,
        publisher="Department for Skills",
    )
    assert speaker == "Jane Okafor"
