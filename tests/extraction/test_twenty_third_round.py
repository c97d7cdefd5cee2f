"""Rules of the twenty-third round, written from the misses of round 14 (measured once
unseen, then read) and the dev set's remaining speaker errors, each on an invented neutral
text: the rule fires on the right shape and not on a similar wrong one."""

import datetime
from functools import partial

from extraction.attribution import Resolver
from extraction.attribution.authored import authored_speaker
from extraction.dates import document_date
from extraction.features import assess
from extraction.features.audience import addresses_audience

# (1) "Testimony/Remarks/Statement as delivered (prepared) by <office> <Name>" headers

TESTIMONY = (
    "Testimony as Delivered by Secretary of Transport Marta L. Okafor\n\n"
    "House Committee on Infrastructure and Waterways\n\n"
    "April 4, 2023\n\n"
    "Thank you for inviting me to testify this morning.\n\n"
    "Since March we have repaired 1,200 bridges, twice as many as in the same months of "
    "2022.\n"
)


def test_testimony_as_delivered_names_the_person_not_the_venue(speaker_of):
    speakers = partial(speaker_of, kind="speech", publisher="Department of Transport")
    # The header names the witness; the committee on the line after it is the venue.
    assert speakers(TESTIMONY, "1,200 bridges") == "Marta L Okafor"
    # A title that runs the header and the venue together, as a page's metadata does.
    title = (
        "Testimony as Delivered by Secretary of Transport Marta L. Okafor, House Committee "
        "on Infrastructure and Waterways"
    )
    assert speakers(TESTIMONY, "1,200 bridges", title=title) == "Marta L Okafor"


def test_remarks_as_prepared_for_delivery_name_the_speaker(speaker_of):
    body = (
        "Remarks as Prepared for Delivery by Governor Tomas Brandt\n\n"
        "State Farmers' Union Annual Meeting\n\n"
        "Good morning.\n\n"
        "Farm incomes in the state rose by 8% last year, the fastest growth since 2011.\n"
    )
    speaker = speaker_of(body, "Farm incomes", kind="speech", publisher="Office of the Governor")
    assert speaker == "Tomas Brandt"


def test_a_venue_line_alone_names_no_speaker(speaker_of):
    # No "as delivered by" header: the committee line is where, not who; the publisher
    # keeps the text.
    body = (
        "House Committee on Infrastructure and Waterways\n\n"
        "April 4, 2023\n\n"
        "Since March 1,200 bridges have been repaired, twice as many as in the same months "
        "of 2022.\n"
    )
    speaker = speaker_of(body, "1,200 bridges", kind="speech", publisher="Department of Transport")
    assert speaker == "Department of Transport"


# (2) A standfirst "<Office>, <Name>, looks at …" over a post in the first person

POST = (
    "Keeping our rivers clean\n\n"
    "Environment Minister, Priya Castellanos, looks at the new limits on sewage spills and "
    "what they mean for bathing waters.\n\n"
    "Why it matters\n\n"
    "I have seen for myself how spills close beaches. This year I cut the permitted spills "
    "by 40%, the largest cut since the limits began in 2001.\n"
)


def test_a_standfirst_naming_the_writer_gives_her_the_post(speaker_of):
    assert speaker_of(POST, "permitted spills") == "Priya Castellanos"


def test_other_standfirst_shapes_name_the_writer():
    resolver = Resolver("")
    for line in (
        "Chief Veterinary Officer Owen Marsh sets out how the new checks work.",
        "Owen Marsh, Chief Veterinary Officer, writes about the new checks.",
    ):
        header = [line, "I have asked every port to report 3 checks a day."]
        writer = authored_speaker(header, resolver)
        assert writer is not None and writer.name == "Owen Marsh", line


def test_a_standfirst_over_third_person_narration_is_the_publishers(speaker_of):
    # A release's summary names the minister, but the text goes on about her: the
    # department's narration, not her post.
    body = POST.replace(
        "I have seen for myself how spills close beaches. This year I cut",
        "The minister has seen how spills close beaches. This year the department cut",
    )
    assert speaker_of(body, "permitted spills") == "Ministry of Examples"


def test_a_standfirst_handing_over_to_a_speaker_line_is_no_post():
    resolver = Resolver("")
    header = [
        "Environment Minister, Priya Castellanos, sets out the new limits on spills.",
        "Priya Castellanos said:",
        "I have cut the permitted spills by 40%.",
    ]
    assert authored_speaker(header, resolver) is None


def test_a_standfirst_naming_no_office_or_a_body_names_no_writer():
    resolver = Resolver("")
    for line in (
        # A name with no office: nothing says this is an office holder's post.
        "Priya Castellanos looks at the new limits on spills.",
        # A body, not a person.
        "The Rivers Agency, Northshire, looks at the new limits on spills.",
        # A verb of announcing: a release's summary of someone it quotes.
        "Environment Minister, Priya Castellanos, announces new limits on spills.",
    ):
        header = [line, "I have cut the permitted spills by 40%."]
        assert authored_speaker(header, resolver) is None, line


# (3) A peer's title alone on a heading line starts a turn in a Lords reprint


LORDS = (
    "Ferries: Island Services\n\n"
    "Lords Chamber\n\n"
    "Baroness Quill of Harrowgate\n\n"
    "My Lords, the new timetable added 14 sailings a week, a rise of a fifth since 2019.\n\n"
    "Lord Penhale (Con)\n\n"
    "My Lords, will the Minister say how many islanders still lack a daily sailing?\n\n"
    "Baroness Quill of Harrowgate\n\n"
    "Only 3 of the 22 inhabited islands still have fewer than 7 sailings a week, against 9 "
    "islands in 2019.\n"
)


def test_a_peer_heading_without_a_party_starts_a_turn(speaker_of):
    speakers = partial(speaker_of, LORDS, kind="parliamentary_record", publisher="Debate Reprints")
    assert speakers("14 sailings") == "Quill of Harrowgate"
    # The minister's answer after a question: the heading hands the floor back.
    assert speakers("22 inhabited islands") == "Quill of Harrowgate"


def test_a_title_heading_without_a_territory_starts_no_turn(speaker_of):
    # "Lord Privy Seal" style headings and a debate title with "of" are no peer's name.
    body = (
        "Ferries: Island Services\n\n"
        "Review of Harbour Dues\n\n"
        "The new timetable added 14 sailings a week, a rise of a fifth since 2019.\n"
    )
    speaker = speaker_of(body, "14 sailings", kind="parliamentary_record", publisher="Record")
    assert speaker != "Review of Harbour Dues"


# (4) "Those of you who … know that …": the audience frame, then the claim


def test_a_knowing_frame_leaves_the_claim_checkworthy():
    framed = (
        "Those of you who have followed the talks know that this is the 9th complaint the "
        "Commission has launched against the cartel at the tribunal."
    )
    assert not addresses_audience(framed)
    assessment = assess(framed)
    assert "addresses the audience" not in assessment.reasons
    # The frame costs the claim nothing: it scores as the clause after it does.
    bare = assess("This is the 9th complaint the Commission has launched against the cartel.")
    assert assessment.score >= bare.score - 0.05
    assert not addresses_audience("As many of you know, rail use fell sharply in 2020.")


def test_talk_to_the_audience_still_counts_outside_the_frame():
    assert addresses_audience("Thank you all for coming, and I hope you enjoy the evening.")
    # The frame's "you" is forgiven, not a second one in what follows.
    assert addresses_audience("You will know that your council has done its best.")


# (5) A finding of an absence ("has no targets", "lacks a plan") is checkable


def test_a_finding_of_an_absence_is_a_claim():
    finding = assess("The Harbour Authority has “no published safety targets” for its piers.")
    assert "absence" in finding.reasons and finding.score >= 0.4
    assert "absence" in assess("The ferry regulator lacks measurable goals for delays.").reasons


def test_doubts_and_a_lack_of_are_no_absence():
    for text in (
        "I have no doubt that the piers will be safer.",
        "We had no choice but to act.",
        "There has been a lack of ambition on the coast.",
    ):
        assert "absence" not in assess(text).reasons, text


# (6) A page's date in figures on a line of its own, when day and month are unambiguous


def test_a_numeric_date_line_dates_the_text():
    assert document_date("13/07/21\n\nFerry fares rose by 4% in June.\n") == datetime.date(
        2021, 7, 13
    )
    assert document_date("7/13/2021\n\nFerry fares rose by 4% in June.\n") == datetime.date(
        2021, 7, 13
    )


def test_an_ambiguous_or_embedded_numeric_date_dates_nothing():
    # 3/4/2021: the third of April or the fourth of March.
    assert document_date("3/4/2021\n\nFerry fares rose by 4% in June.\n") is None
    # Figures inside a sentence are not the page's date stamp.
    assert document_date("Fares rose on 13/07/21 by 4%.\n") is None
