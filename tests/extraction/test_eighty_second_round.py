"""Eighty-second round: which sentences are suggested, from rounds 73 to 78. Claims
recovered: a fact after a frame of concern, a question's premise after "given that" or
before ", but …?", a comparison with the figure before ("That's more than …"), a health
effect after "the important thing is that", a statement closed by "research shows that",
an auditor's opinion after an opening phrase, and a figure stated after a stance. Lines
dropped: the text describing itself, a page's data labels, a line handing over to the
statement that follows, an occasion's running order, pleasantries, a footnote, a motion's
reference code read as a figure, a call on others, a side's hypothesis and a sentence
pointing back at the one before. Every case has one where the rule must not fire."""

from extraction.numbers import quantities
from extraction.suggest import suggest_claims

RECORD = {"kind": "parliamentary_record", "publisher": "Northland Parliament"}
RELEASE = {"kind": "press_release", "publisher": "Department of Harbours"}
REPORT = {"kind": "report", "publisher": "Northland Audit Office"}
SPEECH = {"kind": "speech", "publisher": "Department of Harbours"}
ARTICLE = {"kind": "article", "publisher": "Northland Statistics"}
INTERVIEW = {"kind": "interview", "publisher": "Department of Health"}


def _suggested(text, fragment, **metadata):
    """Whether a suggested claim's words hold `fragment`."""
    return any(fragment in c.quote for c in suggest_claims(text, **metadata))


_FERRIES = "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"

# A fact after a frame of concern (`regret`).


def test_a_fact_after_a_frame_of_concern_is_suggested_but_not_the_concern_alone():
    text = (
        "Summary\n\n"
        "We are greatly concerned that ferry delays are at their highest since records"
        " began.\n\n"
        "We are concerned about the delays to the new ferry terminal.\n\n" + _FERRIES
    )
    assert _suggested(text, "ferry delays are at their highest", **REPORT)
    assert not _suggested(text, "concerned about the delays", **REPORT)


# A question's premise (`questions`).


def test_a_premise_after_given_that_is_suggested_but_not_a_bare_circumstance():
    text = (
        "Jane Roe MS: Will the new strategy include a target for ferry punctuality, given, of"
        " course, that you woefully failed to meet the last punctuality target by 2019?\n\n"
        "John Doe MS: Given that circumstance, is it time to scrap the ferry levy?\n\n" + _FERRIES
    )
    assert _suggested(text, "woefully failed to meet the last punctuality target", **RECORD)
    assert not _suggested(text, "Given that circumstance", **RECORD)


def test_a_figure_before_but_and_a_question_is_suggested_but_not_without_a_figure():
    text = (
        "The agency's most recent report on harbour fees found an error rate of 2.4 percent,"
        " but again, what does that rate really tell us?\n\n"
        "The agency has worked hard on harbour fees, but again, what does that really tell"
        " us?\n\n" + _FERRIES
    )
    assert _suggested(text, "an error rate of 2.4 percent", **RECORD)
    assert not _suggested(text, "has worked hard on harbour fees", **RECORD)


# A comparison with the figure before (`measures`).


def test_a_comparison_with_the_figure_before_is_suggested_but_not_a_rhetorical_one():
    text = (
        "Ferry tourism earns Northland 4 billion a year.\n\n"
        "That's more than fishing, more than forestry.\n\n"
        "That is more than I can say for the opposition.\n\n"
        "This is more than a policy for the islands.\n"
    )
    assert _suggested(text, "That's more than fishing", **SPEECH)
    assert not _suggested(text, "more than I can say", **SPEECH)
    assert not _suggested(text, "more than a policy", **SPEECH)


# A health effect after a frame; "your lungs" are anyone's (`findings`, `framing`,
# `audience`); a statement closed by the evidence it cites.


def test_a_health_effect_after_the_important_thing_is_suggested_but_not_a_dangerous_idea():
    text = (
        "JANE ROE: The really important thing to point out is that vaping is dangerous in and"
        " of itself, breathing all of those chemicals into your lungs is dangerous for your"
        " health, it causes serious lung disease.\n\n"
        "JANE ROE: That is a dangerous idea for the harbour economy and for our island.\n\n"
        + _FERRIES
    )
    assert _suggested(text, "vaping is dangerous in and of itself", **INTERVIEW)
    assert not _suggested(text, "a dangerous idea for the harbour economy", **INTERVIEW)


def test_a_statement_closed_by_research_shows_that_is_suggested_but_not_a_doubt():
    text = (
        "JANE ROE: And what we also know is this is a pathway back to smoking, after all we"
        " have done to bring smoking down, this is a pathway back to smoking - research shows"
        " that.\n\n"
        "JANE ROE: We do not yet know what the research on our islands shows.\n\n" + _FERRIES
    )
    assert _suggested(text, "this is a pathway back to smoking", **INTERVIEW)
    assert not _suggested(text, "We do not yet know", **INTERVIEW)


# An auditor's opinion after an opening phrase (`findings`, `fragments`).


def test_an_auditors_adverse_opinion_is_suggested_but_not_an_opinion_in_passing():
    text = (
        "Against this background, and despite improvements in certain spending areas, the"
        " auditors issue an adverse opinion on harbour expenditure.\n\n"
        "In my opinion, the accounts of the harbour board are tidy and easy to read.\n\n" + _FERRIES
    )
    assert _suggested(text, "the auditors issue an adverse opinion", **REPORT)
    assert not _suggested(text, "In my opinion", **REPORT)


# A figure stated after a stance (`stance`).


def test_a_figure_after_a_stance_and_a_dash_is_suggested_but_not_a_stance_alone():
    text = (
        "Ferries are so important to each and every one of us—nearly 64% of island"
        " households use one every week.\n\n"
        "Ferries are so important to each and every one of us—they keep our islands"
        " together.\n\n" + _FERRIES
    )
    assert _suggested(text, "nearly 64% of island households", **ARTICLE)
    assert not _suggested(text, "they keep our islands together", **ARTICLE)


# The text describing itself; a page's data labels (`metadata`).


def test_the_text_describing_itself_is_not_suggested_but_its_finding_is():
    text = (
        "This article provides recent statistics on the share of ferry journeys made by"
        " island residents in Northland.\n\n"
        "As the second part of this series, this article examines the profile of passengers"
        " who travelled from 1 January to 31 December 2030.\n\n"
        "This paper shows that ferry use rose by 12% in 2030.\n\n"
        "This report presents evidence that 1 in 5 island children live in poverty.\n\n"
        "Data extracted in May 2031.\n\n"
        "Planned article update: June 2032.\n"
    )
    assert not _suggested(text, "This article provides", **ARTICLE)
    assert not _suggested(text, "this article examines", **ARTICLE)
    assert not _suggested(text, "Data extracted", **ARTICLE)
    assert not _suggested(text, "Planned article update", **ARTICLE)
    assert _suggested(text, "ferry use rose by 12%", **ARTICLE)
    assert _suggested(text, "presents evidence that 1 in 5", **ARTICLE)


# A line handing over to the statement that follows (`metadata`).


def test_a_line_handing_over_to_a_statement_is_not_suggested_unless_it_reports_figures():
    text = (
        "Harbour Secretary Jane Roe delivered the following opening statement at a hearing on"
        " the cost of ferry fares.\n\n"
        "Ahead of this symbolic day, Commissioner for Harbours and Fisheries John Doe stated:\n\n"
        "“Ferry fares fell by 4% last year, the largest fall since 2009.”\n\n"
        "Secretary Roe released the following statement on the jobs report, which showed that"
        " the unemployment rate is 4.1 percent:\n"
    )
    assert not _suggested(text, "delivered the following opening statement", **RELEASE)
    assert not _suggested(text, "Ahead of this symbolic day", **RELEASE)
    assert _suggested(text, "Ferry fares fell by 4%", **RELEASE)
    assert _suggested(text, "which showed that the unemployment rate is 4.1 percent", **RELEASE)


# An occasion's running order (`proceedings`); pleasantries (`audience`).


def test_an_occasions_running_order_and_pleasantries_are_not_suggested():
    text = (
        "Today's call will begin with on-the-record remarks from Harbour Secretary Jane Roe"
        " and Minister for Ferries John Doe.\n\n"
        "Dear friends, it is great to be here in the Northport Hall for the 40th meeting of the"
        " Ferry Users' Association.\n\n"
        "It's wonderful to be back at the Island Economics Forum.\n\n" + _FERRIES
    )
    assert not _suggested(text, "Today's call will begin", **SPEECH)
    assert not _suggested(text, "it is great to be here", **SPEECH)
    assert not _suggested(text, "wonderful to be back", **SPEECH)
    assert _suggested(text, "Ferry journeys rose by 48,000", **SPEECH)


def test_a_pleasure_in_a_finding_is_still_suggested():
    text = "It's great to see that ferry use rose by 12% last year, the most since 2009.\n"
    assert _suggested(text, "ferry use rose by 12%", **SPEECH)


# A footnote (`furniture`); a motion's reference code (`numbers`).


def test_a_footnote_is_not_suggested_but_a_bullet_is():
    text = (
        "The number of households in emergency accommodation fell to 1,020 in March.\n\n"
        "*Adults in these households are included in the 4,210 figure\n\n"
        "* Ferry fares fell 4% in 2030, the largest fall since 2009.\n"
    )
    assert not _suggested(text, "Adults in these households", **RELEASE)
    assert _suggested(text, "Ferry fares fell 4%", **RELEASE)


def test_a_motions_reference_code_is_no_figure_but_other_codes_keep_theirs():
    text = (
        "The next item of business is a debate on motion S7M-01234, in the name of Jane Roe,"
        " on ferry services to the northern isles.\n\n" + _FERRIES
    )
    assert not _suggested(text, "The next item of business", **RECORD)
    assert quantities("a debate on motion S7M-01234, in the name of Jane Roe") == []
    assert [q.value for q in quantities("COVID-19 cases in Northport")] == [19]
    assert [q.value for q in quantities("sailors of grades E-1 to E-6")] == [1, 6]


# A call on others; a side's hypothesis; a sentence pointing back (`calls`, `stance`).


def test_a_call_on_others_is_not_suggested_but_a_call_made_in_the_past_is():
    text = (
        "I call on all member states to follow the example of the Harbour Commission and"
        " establish a formal table of discussion between ferry operators and passengers.\n\n"
        "In 2029 the Committee called on the Government to publish the ferry figures, and it"
        " did so within a month.\n\n" + _FERRIES
    )
    assert not _suggested(text, "I call on all member states", **ARTICLE)
    assert _suggested(text, "called on the Government to publish", **ARTICLE)


def test_a_sides_hypothesis_is_not_suggested_but_a_critics_figure_is():
    text = (
        "Opponents of raising the ferry levy argue that it may result in reduced sailings or"
        " reduced hours, lead to a general fare increase, and reduce profits of operators.\n\n"
        "Critics say the levy has cost 5,000 jobs since 2028.\n\n" + _FERRIES
    )
    assert not _suggested(text, "Opponents of raising the ferry levy", **REPORT)
    assert _suggested(text, "Critics say the levy has cost 5,000 jobs", **REPORT)


def test_a_sentence_pointing_back_is_not_suggested_unless_it_gives_a_figure():
    text = (
        "We opened three new ferry routes this spring.\n\n"
        "This is what putting island passengers first looks like.\n\n"
        "That's what last year's Ferry Fares Act was about – raising the floor to improve"
        " services and get fares moving down again.\n\n"
        "And that's what the figures show: 4,000 more sailings than last year.\n"
    )
    assert not _suggested(text, "putting island passengers first", **RELEASE)
    assert not _suggested(text, "Ferry Fares Act was about", **RELEASE)
    assert _suggested(text, "4,000 more sailings", **RELEASE)
