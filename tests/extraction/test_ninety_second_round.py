"""Ninety-second round: genre priors for the page's voice. A speech or a statement is the
person the page names as giving it (an office only when it names none), not the body that
publishes it; a first-person office goes to the person a byline names; a title's opening
gerund is no speaker; an interview's unlabelled answers are the interviewee's."""

from extraction.suggest import suggest_claims


def _speaker(text, fragment, **metadata):
    for candidate in suggest_claims(text, **metadata):
        if fragment in candidate.quote:
            return candidate.speaker
    raise KeyError(fragment)


_BODY = (
    "I welcome the figures published today by the Lighthouse Board.\n\n"
    "Ferry crossings rose by 12% in 2021 compared with 2020, the largest rise since 2009.\n\n"
    "Harbour fees fell by 4% last year, the first fall in a decade.\n"
)
_NEWS = "Harbour News Service, Northland Government"

# 1. The title names who gives the statement or speech.


def test_an_office_and_surname_before_statement_on_is_the_voice():
    speaker = _speaker(
        "Minister Quillfeather Statement on Ferry Figures 2021\n\n" + _BODY,
        "12%",
        kind="press_release",
        title="Minister Quillfeather Statement on Ferry Figures 2021",
        publisher=_NEWS,
    )
    assert speaker == "Quillfeather"


def test_a_surname_alone_before_opening_statement_at_is_the_voice():
    speaker = _speaker(
        _BODY,
        "12%",
        kind="speech",
        title="Marchbanks Opening Statement at Harbours Hearing on Ferry Fees",
        publisher="Select Committee on Harbours",
    )
    assert speaker == "Marchbanks"


def test_an_offices_speech_in_the_title_is_the_office_when_no_one_is_named():
    speaker = _speaker(
        _BODY,
        "12%",
        kind="speech",
        title="Chancellor’s Speech in the debate on the Harbours Bill, 3 May 2021",
        publisher=_NEWS,
    )
    assert speaker == "Chancellor"


def test_a_bodys_own_statement_stays_the_bodys():
    speaker = _speaker(
        "Ferry crossings rose by 12% in 2021 compared with 2020, the largest rise since 2009.\n",
        "12%",
        kind="press_release",
        title="EU Statement on Ferry Safety at the Maritime Assembly",
        publisher="Delegation to the Maritime Assembly",
    )
    assert speaker == "Delegation to the Maritime Assembly"


# A standfirst and a byline line.


def test_a_standfirst_naming_office_and_name_gives_the_speech_its_speaker():
    text = (
        "Ferries for everyone\n\n"
        "Secretary for Harbours, Ports and Coastal Work, Ada Penhallow MSP's speech setting "
        "out our plans for the ports.\n\n"
        "I'd like to use the debate today to do two things.\n\n"
        "Ferry crossings rose by 12% in 2021 compared with 2020, the largest rise since 2009.\n"
    )
    speaker = _speaker(
        text, "12%", kind="speech", title="Ferries for everyone", publisher="Northland Government"
    )
    assert speaker == "Ada Penhallow"


def test_a_bullet_byline_gives_the_person_the_office_she_claims():
    text = (
        "Speech to the Harbour Pilots Annual Conference\n\n"
        "  • Tobias Wrenfield\n\n"
        "Good morning and thank you for inviting me to open your conference, my first as "
        "Minister of Harbours.\n\n"
        "Ferry crossings rose by 12% in 2021 compared with 2020, the largest rise since 2009.\n"
    )
    speaker = _speaker(
        text,
        "12%",
        kind="speech",
        title="Speech to the Harbour Pilots Annual Conference",
        publisher="Northland Government",
    )
    assert speaker == "Tobias Wrenfield"


def test_a_first_person_office_without_a_byline_stays_the_office():
    text = (
        "Speech to the Harbour Pilots Annual Conference\n\n"
        "Good morning and thank you for inviting me to open your conference, my first as "
        "Minister of Harbours.\n\n"
        "Ferry crossings rose by 12% in 2021 compared with 2020, the largest rise since 2009.\n"
    )
    speaker = _speaker(
        text,
        "12%",
        kind="speech",
        title="Speech to the Harbour Pilots Annual Conference",
        publisher="Northland Government",
    )
    assert speaker == "Minister of Harbours"


# 3. A title's opening gerund is no speaker; the office line over it is.


def test_a_titles_opening_gerund_is_no_speaker():
    text = (
        "Maritime Commission\n\n"
        "Commissioner for Harbours and Ports\n\n"
        "Building Northland’s harbours: the next ten years\n\n"
        "Pilots Forum / Eastport\n\n"
        "Ladies and gentlemen\n\n"
        "Ferry crossings rose by 12% in 2021 compared with 2020, the largest rise since 2009.\n"
    )
    speaker = _speaker(
        text,
        "12%",
        kind="speech",
        title="Building Northland’s harbours: the next ten years",
        publisher="Maritime Commission",
    )
    assert speaker == "Commissioner for Harbours and Ports"


# 4. An interview's answers.


def test_an_interview_with_a_named_person_gives_her_the_answers():
    text = (
        "Interview with the Eastport Courier\n\n"
        "Interview with Ines Valcourt, Governor of the Harbour Bank, conducted by Piet Moss\n\n"
        "2 March 2023\n\n"
        "Ms Valcourt, are fees still rising?\n\n"
        "No. Harbour fees fell by 4% last year, the first fall in a decade. And ferry "
        "crossings rose by 12% in 2021, the largest rise since 2009.\n"
    )
    speaker = _speaker(
        text,
        "12%",
        kind="interview",
        title="Interview with the Eastport Courier – Interview with Ines Valcourt, Governor "
        "of the Harbour Bank",
        publisher="Harbour Bank",
    )
    assert speaker == "Ines Valcourt"


def test_an_interview_with_an_outlet_names_no_interviewee():
    text = (
        "Interview with the Eastport Courier\n\n"
        "Harbour fees fell by 4% last year, the first fall in a decade. Ferry crossings rose "
        "by 12% in 2021, the largest rise since 2009.\n"
    )
    speaker = _speaker(
        text,
        "12%",
        kind="interview",
        title="Interview with the Eastport Courier",
        publisher="Harbour Bank",
    )
    assert speaker != "Eastport Courier"


def test_a_media_statement_with_an_office_line_stays_the_publishers():
    text = (
        "Minister for Harbours and Coastal Services\n\n"
        "The Northland Government is calling on the Commonwealth to fund 600 ferry berths.\n\n"
        "Ferry crossings rose by 12% in 2021 compared with 2020, the largest rise since 2009.\n"
    )
    speaker = _speaker(
        text,
        "12%",
        kind="press_release",
        title="Northland challenges Commonwealth on ferry berths (Northland media statement)",
        publisher="Northland Government",
    )
    assert speaker == "Northland Government"


def test_a_heading_alone_on_a_line_is_no_byline():
    text = (
        "Ferry Safety Week\n\n"
        "Ferry crossings rose by 12% in 2021 compared with 2020, the largest rise since 2009.\n"
    )
    speaker = _speaker(
        text,
        "12%",
        kind="speech",
        title="Speech to the Harbour Pilots Annual Conference",
        publisher="Northland Government",
    )
    assert speaker == "Northland Government"


# A member's turn made on another minister's behalf.

_RECORD = (
    "Ministerial Statements\n\n"
    "Flooding, Eastport—Extension of State of Emergency\n\n"
    "Hon MARA QUILL (Minister of Harbours) on behalf of the Minister of Coastal Defence: I "
    "intend to make a ministerial statement. Today the Minister has extended the state of "
    "emergency in Eastport for the fourth time, after 1,200 homes were flooded in March.\n"
)


def test_a_turn_made_on_behalf_of_another_minister_is_the_members():
    speaker = _speaker(
        _RECORD,
        "1,200 homes",
        kind="parliamentary_record",
        title="Volume 12, Week 3 - Wednesday, 6 April 2011",
        publisher="House of Representatives",
    )
    assert speaker in {"Mara Quill", "MARA QUILL"}


def test_a_turn_label_without_behalf_still_reads_as_before():
    text = _RECORD.replace(" on behalf of the Minister of Coastal Defence", "")
    speaker = _speaker(
        text,
        "1,200 homes",
        kind="parliamentary_record",
        title="Volume 12, Week 3 - Wednesday, 6 April 2011",
        publisher="House of Representatives",
    )
    assert speaker in {"Mara Quill", "MARA QUILL"}
