"""Ninety-third round: level-3 claims the scoring left just under the threshold. A premise
after "accept that" carrying a multiple, a figure's sign ("the figures were negative"), a
record "in our history", an outcome put down to its cause ("is a direct result of"), a
vulgar fraction ("¾ million"), a short sentence whose subject is a figure ("212 sheep have
drowned."), a named body's "also determined that", "we find X to be", a causal verb in a
sentence once read as verbless ("contribute to"), "act as an incentive for", and a
government's announced abandonment of a target."""

from extraction.numbers import quantities
from extraction.suggest import suggest_claims


def _suggested(text, fragment, **metadata):
    return any(fragment in candidate.quote for candidate in suggest_claims(text, **metadata))


_SPEECH = {"kind": "speech", "title": "Remarks on the harbour", "publisher": "Harbour Board"}
_RECORD = {"kind": "parliamentary_record", "title": "Oral Answers", "publisher": "Hansard"}
_REPORT = {"kind": "report", "title": "Hospital cleaning audit", "publisher": "Audit Office"}


# A question's premise after "accept that", with a multiple.


def test_a_premise_after_accept_that_with_a_multiple_is_put_as_a_fact():
    text = (
        "Mr Peter Alder (Eastvale): Does the Minister accept that the waiting list for hip "
        "operations has doubled under this Government since 2010?\n"
    )
    assert _suggested(text, "has doubled", **_RECORD)


def test_a_question_without_a_premise_to_check_is_not_suggested():
    text = (
        "Mr Peter Alder (Eastvale): Does the Minister accept that we must all do more for "
        "carers in Eastvale?\n"
    )
    assert not _suggested(text, "do more for carers", **_RECORD)


# A figure's sign.


def test_figures_that_were_negative_are_a_figure():
    text = "As you know, we got the export figures this morning and they were negative.\n"
    assert _suggested(text, "they were negative", **_SPEECH)


def test_reviews_that_were_negative_are_no_figure():
    text = "As you know, the reviews of the play this morning were negative.\n"
    assert not _suggested(text, "were negative", **_SPEECH)


# A record in "our history".


def test_a_record_in_our_history_is_not_the_speakers_own_story():
    text = "That's the longest unbroken run of falling burglary in our history.\n"
    assert _suggested(text, "longest unbroken run", **_SPEECH)


def test_pride_in_our_history_is_no_record():
    text = "We are so proud of our history and of everyone here tonight.\n"
    assert not _suggested(text, "proud of our history", **_SPEECH)


# An outcome put down to its cause.


def test_a_direct_result_of_is_a_cause():
    text = (
        "It is a direct result of the hard work of Wexford's growers and the choices made "
        "by my administration.\n"
    )
    assert _suggested(text, "direct result of", **_SPEECH)


def test_waiting_for_a_result_is_no_cause():
    text = "We will all wait for the result of the vote with great interest.\n"
    assert not _suggested(text, "result of the vote", **_SPEECH)


def test_acting_as_an_incentive_is_a_cause_and_acting_as_chair_is_not():
    text = (
        "The gaps in the licensing regime act as an incentive for illegal fishing.\n"
        "Ms Dale will act as chair of the panel.\n"
    )
    assert _suggested(text, "act as an incentive", **_REPORT)
    assert not _suggested(text, "act as chair", **_REPORT)


def test_a_causal_verb_after_a_heading_is_a_verb_of_its_own():
    text = (
        "About the audit:Delays in processing permits contribute to low numbers of new "
        "bakeries in the region.\n"
    )
    assert _suggested(text, "contribute to low numbers", **_REPORT)


# A vulgar fraction and a short sentence whose subject is a figure.


def test_a_vulgar_fraction_is_read_as_a_figure():
    assert [q.value for q in quantities("over ¾ million inspections")] == [750_000]
    assert [q.value for q in quantities("a 2½ hour wait")] == [2.5]
    text = "To date we have carried out over ¾ million inspections;\n"
    assert _suggested(text, "¾ million inspections", **_SPEECH)


def test_a_short_sentence_with_a_figure_as_subject_is_a_statement():
    text = "The floods reached the valley on Sunday.\n212 sheep have drowned.\n"
    assert _suggested(text, "212 sheep have drowned", **_SPEECH)


def test_short_lines_with_a_number_but_no_statement_are_not_suggested():
    text = "Page 4 of 10.\n10 minutes left.\n"
    assert not _suggested(text, "Page 4", **_SPEECH)
    assert not _suggested(text, "10 minutes left", **_SPEECH)


# Findings.


def test_a_named_body_also_determined_that_is_a_finding():
    text = (
        "The inspectors also determined that the trust did not meet its cleaning targets "
        "for wards, clinics and theatres.\n"
    )
    assert _suggested(text, "also determined that", **_REPORT)


def test_we_determined_the_time_of_a_meeting_is_no_finding():
    text = "We determined that the next meeting should start at nine in the morning.\n"
    assert not _suggested(text, "next meeting", **_REPORT)


def test_we_find_x_to_be_is_a_finding_and_finding_it_hard_is_not():
    text = (
        "“Overall, we find the parking levy to be a highly regressive tax,” wrote two "
        "economists at the Eastvale Institute.\n"
        "I find it hard to be patient with this process.\n"
    )
    assert _suggested(text, "parking levy to be", **_SPEECH)
    assert not _suggested(text, "hard to be patient", **_SPEECH)


# A government's announced abandonment.


def test_an_announced_abandonment_is_an_act_not_an_intention():
    text = (
        "Further, the new Chancellor has announced that the Government will abandon their "
        "housing target.\n"
        "The Government will continue to listen to farmers.\n"
    )
    assert _suggested(text, "abandon their housing target", **_SPEECH)
    assert not _suggested(text, "continue to listen", **_SPEECH)
