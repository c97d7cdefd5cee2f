"""Eighty-ninth round: turns in records and leads in releases, from rounds 85 to 90. A
release's lead closing "…, the Minister for Culture, Jane Roe, said today." is the
minister's; a record without headings where the chair announces "a statement from the
Deputy First Minister" is that office's from its first words on; a witness labelled "Ms
Jane Judge:" is a person, though her surname is an office word; a passage read out after
"…, the Governor, Jane Roe, speaking in …, said:" is the Governor's."""

from extraction.suggest import suggest_claims


def _speakers(text, **metadata):
    return {c.quote: c.speaker for c in suggest_claims(text, **metadata)}


def _speaker(text, fragment, **metadata):
    for candidate in suggest_claims(text, **metadata):
        if fragment in candidate.quote:
            return candidate.speaker
    raise KeyError(fragment)


# A release's lead closing with the person who said it.

_RELEASE = {
    "kind": "press_release",
    "title": "Libraries to open longer",
    "publisher": "Ministry of Culture",
}


def _lead(ending):
    return (
        "Libraries to open longer\n\n"
        "The Government believes library opening hours must rise by 20 percent by 2026 "
        f"to serve 1.4 million more readers, {ending}\n\n"
        "The package includes new mobile libraries for rural districts.\n"
    )


def test_a_leads_closing_office_and_name_is_the_speaker():
    for ending in (
        "the Minister for Culture, Ada Quill, said today.",
        "Ada Quill, the Minister for Culture, said on Monday.",
        "the Minister for Culture, Ms Ada Quill, said in Westport.",
        "according to the Minister for Culture, Ada Quill.",
    ):
        assert _speaker(_lead(ending), "1.4 million", **_RELEASE) == "Ada Quill", ending


def test_a_quotation_after_such_a_lead_is_hers_too():
    text = _lead("the Minister for Culture, Ada Quill, said today.") + (
        '\n"Some 340 branches closed between 2010 and 2020. Visits fell by a third" she said.\n'
    )
    assert _speaker(text, "340 branches", **_RELEASE) == "Ada Quill"


def test_a_lead_closing_with_a_body_or_an_office_alone_names_no_person():
    for ending in (
        "the department said.",
        "the Reading Trust, Books for All, said today.",
        "the Minister said today.",
    ):
        assert _speaker(_lead(ending), "1.4 million", **_RELEASE) != "Ada Quill", ending
        assert _speaker(_lead(ending), "1.4 million", **_RELEASE) != "Books for All", ending


def test_an_apposition_inside_someone_elses_quotation_is_not_the_speaker():
    text = (
        "Libraries to open longer\n\n"
        '"Opening hours must rise by 20 percent to serve 1.4 million readers, the Minister, '
        'Ada Quill, said," Tom Brannock recalled.\n'
    )
    assert _speaker(text, "1.4 million", **_RELEASE) != "Ada Quill"


# A record without headings: the chair announces a statement, and it follows.

_RECORD = {
    "kind": "parliamentary_record",
    "title": "Meeting of the Assembly, 4 May 2022 – Water Supplies",
    "publisher": "Northland Assembly",
}


def _announced(
    announcement, answer="Presiding Officer, I am grateful for the chance to update members."
):
    return (
        "Water Supplies\n\n"
        f"Good morning. {announcement} There will be questions afterwards.\n\n"
        f"{answer}\n\n"
        "Reservoir levels fell to 41 per cent in August, the lowest since 1995. "
        "We have cut leakage by 18 per cent over five years.\n"
    )


def test_an_announced_statements_words_are_its_makers():
    text = _announced(
        "Our next item of business is a statement from the Deputy First Minister on water supplies."
    )
    speakers = _speakers(text, **_RECORD)
    assert speakers["Reservoir levels fell to 41 per cent in August, the lowest since 1995."] == (
        "Deputy First Minister"
    )


def test_an_announced_statement_by_a_named_holder_is_the_persons():
    text = _announced(
        "The next item is a ministerial statement by the Cabinet Secretary for Rural Affairs, "
        "Owen Barr, on water supplies.",
        answer="Thank you, Presiding Officer. I welcome the chance to set out our plans.",
    )
    assert _speaker(text, "41 per cent", **_RECORD) == "Owen Barr"


def test_a_debate_a_bodys_statement_or_an_unanswered_announcement_changes_nothing():
    for announcement, answer in (
        ("Our next item of business is a debate on water supplies.", None),
        (
            "Our next item of business is a statement from the Rural Affairs Committee on water.",
            None,
        ),
        (
            "Our next item of business is a statement from the Deputy First Minister on water.",
            "The statement was published in advance and members have received copies.",
        ),
    ):
        text = _announced(announcement, answer) if answer else _announced(announcement)
        assert _speaker(text, "41 per cent", **_RECORD) not in (
            "Deputy First Minister",
            "Rural Affairs Committee",
        ), announcement


def test_an_office_and_name_heading_is_the_holder_and_a_mention_mid_sentence_is_not():
    text = (
        "Ferry Services\n\n"
        "Ada Quill (Southport) (Lab)\n\n"
        "The First Minister (Mary Leitch) said last week that 1,200 more sailings ran than in "
        "2019, yet cancellations rose by 30 per cent.\n\n"
        "The First Minister (Mary Leitch)\n\n"
        "Cancellations fell by 12 per cent in the spring.\n"
    )
    speakers = _speakers(text, **_RECORD)
    assert _speaker(text, "1,200 more sailings", **_RECORD) == "Ada Quill"
    assert speakers["Cancellations fell by 12 per cent in the spring."] == "Mary Leitch"


# A committee witness whose surname is an office word.


def _hearing(label):
    return (
        "Joint Committee on Transport\n\n"
        "Rail Freight: Discussion\n\n"
        f"{label}\n\n"
        "I thank the committee for the invitation. Rail freight volumes fell by 18% between "
        "2015 and 2022. We counted 52 sidings closed since 2000.\n"
    )


_HEARING = {
    "kind": "parliamentary_record",
    "title": "Rail Freight: Discussion (Joint Committee on Transport, 3 May 2024)",
    "publisher": "Joint Committee on Transport",
}


def test_a_witness_whose_surname_is_an_office_word_is_a_person():
    for label, name in (
        ("Ms Helen Judge:", "Helen Judge"),
        ("Dr. Conor Prince:", "Conor Prince"),
        ("Mr Adam Head:", "Adam Head"),
    ):
        assert _speaker(_hearing(label), "18%", **_HEARING) == name, label


def test_an_office_after_a_personal_title_is_no_first_name():
    assert _speaker(_hearing("Mr Deputy Chief:"), "18%", **_HEARING) != "Deputy Chief"


# A passage read out in a turn after a lead-in naming another person.

_FLOOR = {
    "kind": "parliamentary_record",
    "title": "Farm Jobs (Congressional Record, House, May 4, 2019)",
    "publisher": "U.S. Congress",
}


def _read_out(lead_in):
    return (
        "FARM JOBS\n\n"
        f"  Mr. TOBIN. {lead_in}\n\n"
        "       Our farms lost 12,000 jobs in a single year, and half the\n"
        "     dairies in the county have closed.\n\n"
        "  Madam Speaker, I rarely agree with the Governor, but 3 in 10 farms now run at a "
        "loss.\n"
    )


def test_a_passage_read_out_after_naming_another_person_is_theirs():
    text = _read_out(
        "Madam Speaker, last spring, in April of 2018, the Governor of Ohio, Ada Quill, "
        "addressing farmers in Dayton, said:"
    )
    assert _speaker(text, "12,000 jobs", **_FLOOR) == "Ada Quill"
    assert _speaker(text, "3 in 10 farms", **_FLOOR) == "Tobin"


def test_a_lead_in_naming_no_other_person_keeps_the_turn():
    told = _read_out(
        "Madam Speaker, I wrote to the Governor of Ohio, Ada Quill, last spring, and I told her:"
    )
    assert _speaker(told, "12,000 jobs", **_FLOOR) == "Tobin"
    for lead_in in ("Madam Speaker, the letter reads as follows:", "As I said last week:"):
        assert _speaker(_read_out(lead_in), "12,000 jobs", **_FLOOR) != "Ada Quill", lead_in


# A chamber record's speaker line with the member's party and the time she spoke.


def _stamped(line):
    return (
        "3. Statement by the Minister for Transport: Rail Freight\n\n"
        "Part of the debate – in the Assembly at 2:10 pm on 3 March 2020.\n\n"
        f"{line}\n\n"
        "Thank you, Minister, for your statement. Freight on our railways fell by 18 per cent "
        "in five years, and 52 sidings have closed since 2000.\n"
    )


_STAMPED = {
    "kind": "parliamentary_record",
    "title": "Statement by the Minister for Transport: Rail Freight",
    "publisher": "Northland Assembly record",
}


def test_a_members_line_with_party_and_time_starts_her_turn():
    for line, name in (
        ("Owen Tobin Labour 2:10, 3 March 2020", "Owen Tobin"),
        ("Siân ap Dafydd Green Party 2:10, 3 March 2020", "Siân ap Dafydd"),
        ("Ada QR Quill Conservative 2:10, 3 March 2020", "Ada QR Quill"),
    ):
        assert _speaker(_stamped(line), "18 per cent", **_STAMPED) == name, line


def test_an_office_or_an_undated_line_is_no_members_line():
    for line in ("Deputy Minister Labour 2:10, 3 March 2020", "Owen Tobin Labour"):
        assert _speaker(_stamped(line), "18 per cent", **_STAMPED) not in (
            "Deputy Minister",
            "Owen Tobin",
        ), line
