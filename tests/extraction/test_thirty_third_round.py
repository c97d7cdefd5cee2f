"""Rules of the thirty-third round, written from the misses of round 19 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

from extraction.attribution import Resolver
from extraction.attribution.committee import committee_voice
from extraction.attribution.leading import reported_speaker
from extraction.attribution.names import Speaker
from extraction.features import assess
from extraction.text import paragraphs

# (a) A committee's report on a House's page, and the department's own figures in it.

REPORT = {
    "kind": "report",
    "publisher": "House of Commons",
    "title": "Ferry Service Accounts 2023–24 (Committee on Island Transport report, HC 99)",
}
REPORT_BODY = (
    "This is a House of Commons Committee report, with recommendations to government.\n\n"
    "In May 2024 the Department for Ferries, Ports & Harbours (the Department) published "
    "its annual report and accounts. It reported nearly £4 billion of net expenditure "
    "(2022–23: £3 billion).\n\n"
    "The Department paid £900 million in grants to island councils since April 2022.\n\n"
    "Nevertheless, the Department estimates fraud in the grants to be £45 million (5%).\n"
)


def test_a_committee_report_on_a_houses_page_is_the_committees(speaker_of):
    assert speaker_of(REPORT_BODY, "£900 million", **REPORT) == "Committee on Island Transport"


def test_the_departments_reported_figures_are_the_departments(speaker_of):
    department = "Department for Ferries, Ports & Harbours"
    assert speaker_of(REPORT_BODY, "It reported", **REPORT) == department
    assert speaker_of(REPORT_BODY, "estimates fraud", **REPORT) == department


def test_a_house_page_naming_no_committee_stays_the_houses(speaker_of):
    untitled = {**REPORT, "title": "Ferry Service Accounts 2023–24"}
    assert speaker_of(REPORT_BODY, "£900 million", **untitled) == "House of Commons"


def test_a_committee_publisher_or_a_non_chamber_is_left_alone():
    header = ["This is a Committee report."]
    title = "Ferries (Committee on Island Transport report)"
    assert committee_voice("Harbour Trust", title, header) is None
    assert committee_voice("House of Commons", "Ferries", ["Ferry fares rose."]) is None
    named = committee_voice("House of Commons", title, header)
    assert named == Speaker("Committee on Island Transport", "", "organisation")


def test_it_reported_without_a_publishing_body_names_no_one():
    resolver = Resolver("The ferries ran late. It reported £4 billion of spending.")
    assert reported_speaker("It reported £4 billion of spending.", resolver) is None


# (b) A quotation still open that names a body acknowledging something.

QUOTED = (
    "Islands Minister Ruth Calder said the ferry fleet was too old.\n\n"
    "“Ferry cancellations rose by 40% last winter,” Ms Calder said.\n\n"
    "“The Island Councils Association has also acknowledged the extent of the problem "
    "and it is time for the Treasury to act.\n\n"
    "“The 12 new vessels promised by the Treasury are not enough to replace the 30 ships "
    "now more than 35 years old.\n"
)


def test_a_body_acknowledging_inside_a_quotation_is_the_quoted_speaker(speaker_of):
    assert speaker_of(QUOTED, "has also acknowledged", kind="press_release") == "Ruth Calder"
    assert speaker_of(QUOTED, "12 new vessels", kind="press_release") == "Ruth Calder"


def test_a_body_acknowledging_outside_a_quotation_is_the_body():
    resolver = Resolver("")
    text = "The Island Councils Association has said that fares rose by 12% in 2023."
    said = reported_speaker(text, resolver)
    assert said is not None and said.name == "Island Councils Association"
    # A quotation closed in the sentence still gives the one who said it.
    closed = "“Fares rose by 12% in 2023,” the Island Councils Association said."
    assert reported_speaker(closed, resolver) is not None


# (c) A name with an honorific after a pronoun's clause.

NAMED = (
    "Harbour Board says ports need a new plan\n\n"
    "A new plan is needed for the ports, the Harbour Board’s Chief Executive said in a "
    "speech at the annual Ports Forum today.\n\n"
    "As he revealed that every £1 spent on harbour walls saves £6 in repairs, Sir Colin "
    "Marsh said that the old walls would not last another decade.\n"
)


def test_a_named_person_beats_the_pronoun_of_the_opening_clause(speaker_of):
    meta = {"kind": "press_release", "publisher": "Harbour Board"}
    assert speaker_of(NAMED, "every £1 spent", **meta) == "Colin Marsh"


def test_an_honorific_and_one_name_is_a_person():
    lord = reported_speaker("Lord Arden said that fares rose by 12%.", Resolver(""))
    assert lord == Speaker("Lord Arden", "", "person")
    # A single capitalised word without a title is still a body or a place.
    town = reported_speaker("Northam said that fares rose by 12%.", Resolver(""))
    assert town is not None and town.kind == "organisation"


def test_a_pronoun_clause_with_no_name_after_keeps_the_pronoun():
    resolver = Resolver("")
    last = Speaker("Colin Marsh", "", "person")
    text = "As he revealed the figures, he said that the walls cost £6 million."
    assert reported_speaker(text, resolver, last, last) == last


# (d) A "Speech by" line over the name, and a newspaper's report answered.


def test_a_speech_by_label_over_the_name_gives_the_person(speaker_of):
    body = (
        "Speech | In Person\n\nSpeech by\n\nMarta Quill, Ph.D.\n\n"
        "Commissioner of Ports\n\n"
        "Port delays are the biggest problem facing the industry and the Commission.\n"
    )
    meta = {"kind": "speech", "publisher": "Ports Commission"}
    assert speaker_of(body, "biggest problem", **meta) == "Marta Quill"


def test_a_newspapers_report_answered_is_the_newspapers(speaker_of):
    body = (
        "Today The Daily Courier has reported on the state of harbour walls, stating that "
        "400 walls are at risk of collapse.\n\n"
        "The Harbour Board inspected 2,000 walls last year.\n"
    )
    meta = {"kind": "press_release", "publisher": "Harbour Board"}
    assert speaker_of(body, "400 walls", **meta) == "The Daily Courier"
    assert speaker_of(body, "inspected 2,000", **meta) == "Harbour Board"


def test_a_report_without_stating_that_is_not_the_papers():
    text = "Today The Daily Courier has reported on the state of harbour walls."
    assert reported_speaker(text, Resolver("")) is None


# (e) Level-3 features: a headline bullet's figures, "no X since <year>", framed and
# compared promises.


def test_a_bulleted_headline_figure_comparison_is_a_sentence():
    body = "Ports plan\n\n• Every £1 spent on harbour walls saves £6 in repairs\n\n• Ports plan\n"
    kinds = [p.kind for p in paragraphs(body)]
    assert kinds[1] == "bullet"
    assert kinds[2] == "heading"


def test_no_change_since_a_year_is_a_claim():
    said = assess("But I would remind everyone there have been no fare rises since 2001.")
    assert said.score >= 0.5
    assert "absence" in said.reasons
    assert assess("I would remind everyone to travel safely this winter.").score < 0.4


def test_a_framed_promise_with_a_figure_is_scored_as_said():
    framed = assess(
        "However, I am pleased to tell the House that we will exceed the target of 3,400 "
        "new berths set for 2024."
    )
    assert framed.score >= 0.4
    assert "opinion" not in framed.reasons


def test_a_promise_compared_with_the_past_is_not_a_bare_intention():
    promise = assess("We will deliver more new ferries in 2025 than we have done in decades.")
    assert promise.score >= 0.4
    assert "intention" not in promise.reasons
    bare = assess("We will deliver new ferries in 2025 to serve the outer isles.")
    assert bare.score < 0.4
    assert "intention" in bare.reasons
