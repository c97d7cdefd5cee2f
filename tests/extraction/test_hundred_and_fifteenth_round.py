"""Hundred-and-fifteenth round: read from rounds 197 to 201 after they were measured. A
release on a reprint site that calls its maker "the Commission" after naming it once,
"His Excellency:" as an interview's answer label, an interview titled with a ranked
guest, a debate speech's title closing "by Honourable J. Roe (BUS)", and a minister's
paragraph opening "I …" that names another official."""

REPRINT = (
    "State aid: Commission approves €250 million scheme for small bus companies\n"
    "The European Bus Commission has approved a €250 million scheme to support small bus "
    "companies. The scheme was approved under the Temporary Framework adopted by the "
    "Commission on 19 March 2020. The Commission concluded that grants stay below €800,000 "
    "per company.\n"
)


def test_a_reprinted_release_calling_its_maker_the_commission_is_the_commissions(speaker_of):
    title = "State aid: Commission approves €250 million scheme for small bus companies"
    metadata = {"kind": "press_release", "title": title, "publisher": "Bus Affairs Weekly"}
    assert speaker_of(REPRINT, "€800,000", **metadata) == "European Bus Commission"


def test_the_commission_does_not_count_for_a_body_sharing_its_head_word(speaker_of):
    text = REPRINT.replace(
        "The scheme was approved", "The Northland Bus Commission objected. The scheme was approved"
    )
    title = "State aid: scheme for small bus companies"
    metadata = {"kind": "press_release", "title": title, "publisher": "Bus Affairs Weekly"}
    assert speaker_of(text, "€800,000", **metadata) == "Bus Affairs Weekly"


def test_a_boards_statement_on_an_official_site_stays_the_publishers(speaker_of):
    text = "At its meeting today, the Board decided to lower the fare target to 4.10 per cent.\n"
    title = "Statement by the Bus Bank Board: Fare Policy Decision"
    metadata = {"kind": "press_release", "title": title, "publisher": "Bus Ministry"}
    assert speaker_of(text, "4.10 per cent", **metadata) == "Bus Ministry"


RADIO = (
    "Interview on Buses by John Doe\n\n"
    "RADIO INTERVIEW ON BUSES: with Lt Gen Jane Roe (text format)\n"
    "18 January 2010\n\n"
    "Question: 1\n"
    "Tell us about bus crashes in Northland\n"
    "His Excellency:\n"
    "Thank you. A one metre rise in fares will cost a third of the country its bus.\n"
)


def test_his_excellency_is_an_answer_label_and_a_ranked_guest_the_interviewee(speaker_of):
    title = "Interview on Buses by John Doe (radio interview with Lt Gen Jane Roe)"
    metadata = {"kind": "interview", "title": title, "publisher": "Bus Radio Archive"}
    assert speaker_of(RADIO, "a third of the country", **metadata) == "Jane Roe"


def test_an_interview_with_a_paper_is_no_interviewee(speaker_of):
    text = (
        "Interview with Bus Times\n\n"
        "As the agency turns 25, where does the bus project stand?\n\n"
        "There are around 50 people in the team working on this project.\n"
    )
    metadata = {"kind": "interview", "title": "Interview with Bus Times", "publisher": "Bus Bank"}
    assert speaker_of(text, "50 people", **metadata) != "Bus Times"


def test_a_debate_speech_titled_by_honourable_member_is_hers(speaker_of):
    text = (
        "National Assembly Buses Budget Vote Debate No: 10 by Honourable J. Roe (BUS)\n\n"
        "Honourable Speaker,\n\nHonourable Members,\n\n"
        "The peak bus demand in the country is 35 665 passengers an hour.\n"
    )
    title = "National Assembly Buses Budget Vote Debate No: 10 by Honourable J. Roe (BUS)"
    metadata = {"kind": "speech", "title": title, "publisher": "BUS Parliamentary Caucus"}
    assert speaker_of(text, "35 665", **metadata) == "J Roe"


MINISTER = (
    "Minister Doe welcomes report on buses\n\n"
    "The Minister for Buses, John Doe, welcomed the report of the Bus Fund.\n\n"
    "Commenting on the publication of the report, Minister Doe said:\n\n"
    "I welcome today’s report, which affirms a 12 per cent recovery in bus use. Earlier this "
    "week I thanked the Bus Fund Managing Director, Ms Jane Roe, for the report.\n\n"
    "I am pleased that bus use has risen by 7 per cent since 2019.\n"
)


def test_a_ministers_paragraph_opening_i_stays_his_when_it_names_another_official(speaker_of):
    metadata = {"kind": "press_release", "title": "Minister Doe", "publisher": "Bus News Service"}
    assert speaker_of(MINISTER, "12 per cent", **metadata) == "John Doe"
    assert speaker_of(MINISTER, "7 per cent", **metadata) == "John Doe"
