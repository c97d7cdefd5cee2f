"""Speaker rules of the forty-ninth round, written from the speaker misses of rounds
31-33 (measured once unseen, then read), each on an invented neutral text: the rule fires
on the right shape and not on a similar wrong one."""

RECORD = {"kind": "parliamentary_record", "publisher": "Assembly Record"}
STATEMENT = {"kind": "statement", "publisher": "Office of the Bus Regulator"}
BRIEFING = {"kind": "interview", "publisher": "Agency for Road Safety"}

# (1) "As Controller and Auditor-General, I …": an office of two joined titles


def test_an_office_of_two_joined_titles_claimed_in_the_first_person_is_the_speaker(speaker_of):
    body = (
        "Bus fares\n\n"
        "Letter to the Secretary for Transport\n\n"
        "As Inspector and Auditor-General, I assess whether public money is spent lawfully. "
        "After the first payment, my Office became aware that 4,000 bus passes were paid "
        "to people who had moved abroad."
    )
    assert speaker_of(body, "4,000 bus passes", **STATEMENT) == "Inspector and Auditor-General"


def test_a_page_claiming_no_office_stays_the_publishers(speaker_of):
    body = (
        "Bus fares\n\n"
        "Letter to the Secretary for Transport\n\n"
        "As a regulator, we assess whether public money is spent lawfully. "
        "After the first payment, the regulator became aware that 4,000 bus passes were "
        "paid to people who had moved abroad."
    )
    assert speaker_of(body, "4,000 bus passes", **STATEMENT) == "Office of the Bus Regulator"


# (2) A compilation's reprint: "Administration of <Name>, <year>" is the author's line


COMPILATION = {"kind": "press_release", "publisher": "Compilation of Governors' Papers"}


def test_a_compilations_reprint_is_its_authors(speaker_of):
    body = (
        "Administration of Jane Q. Roe, 2004\n\n"
        "Statement on the Release of Bus Ridership Data\n\n"
        "May 3, 2004\n\n"
        "Bus ridership rose by 12 percent last year, the largest rise in two decades."
    )
    assert speaker_of(body, "12 percent", **COMPILATION) == "Jane Q. Roe"


def test_a_compilation_page_without_an_author_line_stays_the_compilations(speaker_of):
    body = (
        "Statement on the Release of Bus Ridership Data\n\n"
        "May 3, 2004\n\n"
        "Bus ridership rose by 12 percent last year, the largest rise in two decades."
    )
    assert speaker_of(body, "12 percent", **COMPILATION) == "Compilation of Governors' Papers"


# (3) A telebriefing without labels: the moderator hands the call to the official


TELEBRIEFING = (
    "Transcript for Road Safety Telebriefing\n\n"
    "Press Briefing Transcript\n\n"
    "Monday, March 6, 2023\n\n"
    "Thank you all for standing by. I will now turn the call over to Mr. Tom Baker. "
    "Sir, you may begin.\n\n"
    "Thank you. We are joined by Dr. Ann Lee, Director of the Road Safety Division. "
    "Road deaths fell by 9 percent in the year to June. I will now turn the call over to "
    "Dr. Lee.\n\n"
    "Thank you. Road deaths among children fell by 14 percent over the same period.\n\n"
    "Cycling injuries rose by 3 percent, the first rise in five years."
)


def test_an_opening_statement_after_a_hand_over_is_the_officials(speaker_of):
    assert speaker_of(TELEBRIEFING, "14 percent", **BRIEFING) == "Ann Lee"
    assert speaker_of(TELEBRIEFING, "3 percent", **BRIEFING) == "Ann Lee"


def test_the_moderators_own_paragraph_is_the_moderators(speaker_of):
    assert speaker_of(TELEBRIEFING, "9 percent", **BRIEFING) == "Tom Baker"


def test_a_hand_over_to_no_one_named_gives_the_floor_to_no_one(speaker_of):
    body = (
        "Road Safety Telebriefing\n\n"
        "Thank you. I will now turn the call over to the operator for questions.\n\n"
        "Road deaths among children fell by 14 percent over the same period."
    )
    assert speaker_of(body, "14 percent", **BRIEFING) != "Operator"


# (4) New Zealand-style "Hon NAME:" turns; a label with the office first


def test_an_honourable_members_inline_turn_gives_the_answer_to_that_member(speaker_of):
    body = (
        "Oral Questions\n\n"
        "1. CARL DOE (Rail) to the Minister of Transport: What progress has she made?\n\n"
        "Hon Dr ANN LEE (Minister of Transport): We have built 1,200 bus shelters.\n\n"
        "Carl Doe: What about the regions?\n\n"
        "Hon Dr ANN LEE: In the north there was a rise of 33 bus routes since 2019.\n\n"
        "Carl Doe: And in the south, where fares rose by 20 percent?\n\n"
        "Hon Dr ANN LEE: In the south we opened 12 new routes last year."
    )
    assert speaker_of(body, "33 bus routes", **RECORD) == "ANN LEE"
    assert speaker_of(body, "12 new routes", **RECORD) == "ANN LEE"
    assert speaker_of(body, "20 percent", **RECORD) == "Carl Doe"


def test_a_label_with_the_seat_first_names_the_member(speaker_of):
    body = (
        "Doorstop interview\n\n"
        "MINISTER FOR ROADS, TOM BAKER: Thanks for coming along.\n\n"
        "MEMBER FOR NORTHTOWN, ANN LEE: We have had 16,000 people through the clinic."
    )
    assert speaker_of(body, "16,000 people", kind="interview", publisher="Roads") == "Ann Lee"


def test_a_portfolio_list_label_is_no_name(speaker_of):
    body = (
        "Doorstop interview\n\n"
        "MINISTER FOR ROADS, TOM BAKER: Thanks for coming along.\n\n"
        "MINISTER FOR JOBS, ROADS AND RAIL: We have had 16,000 people through the clinic."
    )
    speaker = speaker_of(body, "16,000 people", kind="interview", publisher="Roads")
    assert "And Rail" not in (speaker or "")


# (5) A Westminster Hall-style opening: "Name (Seat)" over first-person prose


def test_a_name_and_seat_heading_over_first_person_prose_is_a_turn(speaker_of):
    body = (
        "Bus Services in Northshire\n\n"
        "Ann Lee (Northtown)\n\n"
        "I am grateful for this debate. In 2001, 72 per cent. of villages in my "
        "constituency had a daily bus; today only 40 per cent. do."
    )
    assert speaker_of(body, "72 per cent", **RECORD) == "Ann Lee"


def test_a_bracketed_title_over_third_person_prose_is_no_turn(speaker_of):
    body = (
        "Bus Services in Northshire\n\n"
        "Housing Provision (Northshire)\n\n"
        "The council reported that 72 per cent. of villages had a daily bus in 2001."
    )
    assert speaker_of(body, "72 per cent", **RECORD) != "Housing Provision"


# (6) An elliptical clause after a semicolon stays with the clause it stands for


def test_a_clause_that_only_says_do_so_is_not_cut_from_its_sentence(suggest):
    body = (
        "Dentists\n\n"
        "In 1998, 10 out of 71 dental practices accepted new patients; today only five do so."
    )
    quotes = [c.quote for c in suggest(body)]
    assert "today only five do so." not in quotes
    assert any("10 out of 71" in q and "five do so" in q for q in quotes)


def test_a_clause_that_only_points_back_is_not_cut_from_its_sentence(suggest):
    body = (
        "Buses\n\nWe now have 840,000 bus pass holders; these are the highest figures since 1998."
    )
    quotes = [c.quote for c in suggest(body)]
    assert not any(q.startswith("these are") for q in quotes)


def test_a_clause_with_its_own_subject_is_still_cut_at_the_semicolon(suggest):
    body = (
        "Buses\n\nBus fares in the county rose by 12 percent last year; "
        "rail fares in the region fell by 3 percent over the same period."
    )
    quotes = [c.quote for c in suggest(body)]
    assert any(q.startswith("rail fares") for q in quotes)


# (7) A joint media release's narration is the first minister its block names


JOINT = {"kind": "press_release", "publisher": "Ministers' website"}


def test_a_joint_releases_narration_is_the_first_minister_named(speaker_of):
    body = (
        "3 May 2022\n\n"
        "$2 billion for buses\n\n"
        "Joint media release with\n\n"
        "The Hon. Ann Lee MP\nMinister for Transport\n\n"
        "The Hon. Tom Baker MP\nMinister for Regions\n\n"
        "Bus patronage rose by 11 percent in the year to March, the fastest rise on record."
    )
    assert speaker_of(body, "11 percent", **JOINT) == "Ann Lee"


def test_a_release_without_a_joint_block_stays_the_publishers(speaker_of):
    body = (
        "3 May 2022\n\n"
        "$2 billion for buses\n\n"
        "Media release\n\n"
        "Bus patronage rose by 11 percent in the year to March, the fastest rise on record."
    )
    assert speaker_of(body, "11 percent", **JOINT) == "Ministers' website"
