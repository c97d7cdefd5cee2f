"""Speaker rules of the fifty-fifth round, written from the speaker misses of rounds
37-39 (measured once unseen, then read), each on an invented neutral text: the rule fires
on the right shape and not on a similar wrong one."""

from extraction.chamber import is_house
from extraction.suggest import suggest_claims

RECORD = {"kind": "parliamentary_record", "publisher": "Northland Houses of Parliament"}
HEARING = {"kind": "interview", "publisher": "Northland Parliament (House of Commons)"}

# (1) The house never speaks: a committee's members list and its "Chair:" and "Q12" labels

HEARING_BODY = (
    "Transport Committee\n\n"
    "Oral evidence: Rural buses, HC 101\n\n"
    "Members present: Ms Ann Roe (Chair); Tom Baker; Carl Doe.\n\n"
    "Witnesses: Jane Lee and Sam Ford.\n\n"
    "Chair: Good morning. Rural bus routes have fallen by 30 percent since 2010.\n\n"
    "Tom Baker: I am a councillor in Westshire. My council cut 12 routes last year.\n\n"
    "Q12       Carl Doe: Fares in the county have risen by 40 percent since 2015."
)


def test_a_hearing_chairs_turn_is_the_member_the_list_marks_chair(speaker_of):
    assert speaker_of(HEARING_BODY, "30 percent", **HEARING) == "Ann Roe"


def test_a_members_named_turn_and_a_numbered_turn_are_theirs(speaker_of):
    assert speaker_of(HEARING_BODY, "12 routes", **HEARING) == "Tom Baker"
    assert speaker_of(HEARING_BODY, "40 percent", **HEARING) == "Carl Doe"


def test_without_a_members_list_a_chair_label_names_no_one(speaker_of):
    body = HEARING_BODY.replace("Members present: Ms Ann Roe (Chair); Tom Baker; Carl Doe.", "")
    assert speaker_of(body, "30 percent", **HEARING) != "Ann Roe"


# (2) A mirror's speaker heading: "RoeHon JANE ROE (Minister of Buses) Link to this"

MIRROR = (
    "Bus Fares—Reports\n\n"
    "Tuesday 4 October 2011\n\n"
    "Baker7. TOM BAKER (Rail) Link to this\n\n"
    "What reports has she received on bus fares?\n\n"
    "RoeHon ANN ROE (Minister of Buses) Link to this\n\n"
    "I am pleased to report that bus fares fell 7 percent in the year to June.\n\n"
    "BakerTom Baker Link to this\n\n"
    "What advice has she received on the cause?\n\n"
    "RoeHon ANN ROE Link to this\n\n"
    "The fall reflects the 200 new buses bought last year."
)


def test_a_mirrors_linked_heading_starts_the_members_turn(speaker_of):
    assert speaker_of(MIRROR, "7 percent", **RECORD) == "Ann Roe"
    assert speaker_of(MIRROR, "200 new buses", **RECORD) == "Ann Roe"


def test_a_heading_without_the_link_is_not_read_as_a_mirrors(speaker_of):
    body = MIRROR.replace(" Link to this", "")
    assert speaker_of(body, "7 percent", **RECORD) != "Ann Roe"


# (3) A chair's "Senator X is moving the motion": the motion under "I move:" is X's


def test_the_motion_after_the_chairs_mover_line_is_the_movers(speaker_of):
    body = (
        "Senate debate -\n\nWednesday, 2 Mar 2022\n\nBus Policy: Motion\n\n"
        "Senator Roe is moving the motion and sharing her time with Senator Doe. Is that "
        "agreed? Agreed.\n\n"
        "I move:\n\nThat the Senate:\n\nnotes with concern that:\n\n"
        "- bus fares in the State have risen by 40 percent in the last decade;\n\n"
        "- 1,200 rural routes have closed since 2015;"
    )
    assert speaker_of(body, "40 percent", **RECORD) == "Roe"


def test_a_presiding_officers_label_ends_the_members_turn(speaker_of):
    body = (
        "Official Report: Tuesday 3 May 2016\n\n"
        "Mr Doe: On a point of order, Mr Speaker. Bus fares rose by 40 percent last year.\n\n"
        "Mr Speaker: The Business Committee has agreed to allow up to 90 minutes for the "
        "debate on 1,200 rural routes.\n\n"
        "Ms Roe: I beg to move\n\n"
        "That this Assembly notes that 3,400 households waited for a bus pass in 2016."
    )
    assert speaker_of(body, "90 minutes", **RECORD) == "Speaker"
    assert speaker_of(body, "3,400 households", **RECORD) == "Roe"


def test_houses_and_caucuses():
    assert is_house("Northland Parliament (House of Commons)")
    assert is_house("Houses of the Oireachtas")
    assert is_house("Westland House of Representatives")
    assert not is_house("Senate Democrats")
    assert not is_house("Ann Roe")


# (4) A named person over the publisher


def test_a_statisticians_quote_left_open_over_paragraphs_is_hers(speaker_of):
    body = (
        "Press Statement\n\n3 May 2018\n\nBus Journeys Q1 2018\n\n"
        "The Statistics Office has today released figures for bus journeys in the first "
        "quarter.\n\n"
        'Commenting on the release, Ann Roe, Statistician, observed: "In the first quarter '
        "of 2018, there were 4,400 bus journeys, up 34 percent.\n\n"
        "Rural journeys accounted for 26 percent of all journeys in the quarter.\n\n"
        'The largest rise was in the west, where journeys rose 60 percent."\n\n'
        "Ends"
    )
    meta = {"kind": "press_release", "publisher": "Statistics Office"}
    assert speaker_of(body, "4,400 bus journeys", **meta) == "Ann Roe"
    assert speaker_of(body, "26 percent", **meta) == "Ann Roe"


def test_a_quote_never_closed_gives_the_paragraphs_after_it_to_no_one(speaker_of):
    body = (
        "Press Statement\n\n3 May 2018\n\n"
        'Ann Roe, Statistician, said: "In the first quarter there were 4,400 bus journeys.\n\n'
        "Rural journeys accounted for 26 percent of all journeys in the quarter."
    )
    meta = {"kind": "press_release", "publisher": "Statistics Office"}
    assert speaker_of(body, "26 percent", **meta) == "Statistics Office"


def test_a_written_statements_byline_line_makes_its_first_person_the_ministers(speaker_of):
    body = (
        "Ann Roe MS, Minister for Buses\n\nFirst published:\n3 May 2020\n\n"
        "I am delighted to say that 74,000 bus passes were issued between May 2016 and "
        "July 2019."
    )
    meta = {"kind": "report", "publisher": "Westland Government"}
    assert speaker_of(body, "74,000 bus passes", **meta) == "Ann Roe"


def test_a_third_person_page_under_a_byline_line_stays_the_publishers(speaker_of):
    body = (
        "Ann Roe MS, Minister for Buses\n\nFirst published:\n3 May 2020\n\n"
        "The department issued 74,000 bus passes between May 2016 and July 2019."
    )
    meta = {"kind": "report", "publisher": "Westland Government"}
    assert speaker_of(body, "74,000 bus passes", **meta) == "Westland Government"


def test_a_statement_by_an_office_and_a_particle_surname(speaker_of):
    body = (
        "Representation in Westland\n\nStatement by President van der Roe on buses\n\n"
        "We have increased bus services by 40 percent since 2019.\n\n"
        "Rural routes now reach 1,200 villages."
    )
    meta = {"kind": "press_release", "publisher": "Commission Representation in Westland"}
    assert speaker_of(body, "40 percent", **meta) == "van der Roe"


# (5) Common words read as a name: the next candidate instead


def test_an_office_ending_in_a_common_word_is_no_name_the_header_names_her(speaker_of):
    body = (
        "Minister for Bus Action, Ann Roe's opening speech to Parliament on 3 May 2024.\n\n"
        "Thank you Presiding Officer. We were among the first to take early action, and bus "
        "fares have fallen 12 percent since 2020."
    )
    meta = {
        "kind": "speech",
        "title": "Better Buses: Opening speech by the Minister for Bus Action",
        "publisher": "Westland Government",
    }
    assert speaker_of(body, "12 percent", **meta) == "Ann Roe"


def test_an_events_acronym_name_gives_way_to_the_titles_name_and_office(speaker_of):
    body = (
        "Remarks as prepared for delivery\n\n"
        "We know that 119 people lose their lives on our roads every day, and road safety "
        "is everyone's job."
    )
    meta = {
        "kind": "speech",
        "title": "Remarks as prepared for delivery, Ann Roe, BRTA Executive Director, "
        "NRSA Safety Leadership Forum",
        "publisher": "Road Administration",
    }
    assert speaker_of(body, "119 people", **meta) == "Ann Roe"


def test_a_surname_that_is_also_a_word_stays_when_the_text_gives_a_first_name(speaker_of):
    body = (
        "Speech by Ann Green\n\n"
        "Green spaces matter. We planted 4,000 trees in green corridors last year."
    )
    meta = {"kind": "speech", "title": "Speech by Ann Green", "publisher": "Parks Office"}
    assert speaker_of(body, "4,000 trees", **meta) == "Ann Green"


def test_the_user_sees_no_legislature_as_a_members_claims_speaker():
    claims = suggest_claims(MIRROR, **RECORD)
    assert claims
    assert not any(is_house(c.speaker) for c in claims if "percent" in c.quote)


def test_a_claim_left_to_the_house_goes_to_the_last_members_turn_before_it():
    from extraction.attribution import Speaker
    from extraction.chamber import member_floor
    from extraction.suggest import Candidate
    from extraction.text import paragraphs

    body = "Notes on this page.\n\nAnn Roe turn.\n\nFares rose 40 percent."
    every = paragraphs(body)
    blocks = {every[0].index: None, every[1].index: Speaker("Ann Roe", "", "person")}

    def claim(quote):
        start = body.index(quote)
        house = "Northland Parliament (House of Commons)"
        return Candidate(start, start + len(quote), quote, house, "", "organisation", None, "", 1.0)

    early, late = member_floor([claim("Notes on"), claim("Fares rose")], every, blocks)
    assert early.speaker == "Northland Parliament (House of Commons)"  # before any turn
    assert (late.speaker, late.speaker_kind) == ("Ann Roe", "person")
