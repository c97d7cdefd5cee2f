"""Seventy-eighth round: which sentences are suggested, from rounds 67 to 72. Claims
recovered: a consequence foretold for a named date, a past act with its date, a
government's decision announced in the future tense, an auditor's negative finding or
conclusion, a Lords answer opening "My Lords, …", a fact after a frame of relief, a
transfer of ownership and a heading that compares. Lines dropped: a motion moved or leave
sought, the page on its own contents and sources, a briefing's topic line, who is present,
a member's question in reported speech, thanks and sympathy, a wire photo's caption and a
line in another language. Every case has one where the rule must not fire."""

from extraction.suggest import suggest_claims

RECORD = {"kind": "parliamentary_record", "publisher": "Northland Parliament"}
RELEASE = {"kind": "press_release", "publisher": "Department of Harbours"}
REPORT = {"kind": "report", "publisher": "Northland Audit Office"}
SPEECH = {"kind": "speech", "publisher": "Department of Harbours"}
ARTICLE = {"kind": "article", "publisher": "Northport Daily"}


def _suggested(text, fragment, **metadata):
    """Whether a suggested claim's words hold `fragment`."""
    return any(fragment in c.quote for c in suggest_claims(text, **metadata))


_FERRIES = "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n"

# A consequence foretold for a named date; a past act with its date (`dated`).


def test_a_forecast_for_a_named_year_is_suggested():
    text = (
        "The reserve fund pays for ferry services across the islands.\n\n"
        "Starting in fiscal year 2031, the reserve fund will have insufficient resources to"
        " meet all of its obligations, resulting in steadily accumulating shortfalls.\n\n"
        + _FERRIES
    )
    assert _suggested(text, "Starting in fiscal year 2031", **REPORT)


def test_a_deadline_for_a_consequence_in_a_speech_is_suggested():
    text = (
        "I want to be straight with you about the state of our detention centres.\n\n"
        "And with the number of detainees rising every week, it is now clear that by"
        " October, the detention centres will overflow.\n\n" + _FERRIES
    )
    assert _suggested(text, "the detention centres will overflow", **SPEECH)


def test_a_promise_in_the_first_person_or_without_a_date_is_not_suggested():
    text = (
        "Lord Marlow (Con)\n\nMy Lords, I will write to the noble Lord.\n\n"
        "We will act on the harbour levy by 2030.\n\n"
        "The Government will continue to listen to islanders.\n\n" + _FERRIES
    )
    assert not _suggested(text, "I will write to the noble Lord", **RECORD)
    assert not _suggested(text, "We will act on the harbour levy", **RECORD)
    assert not _suggested(text, "continue to listen", **RECORD)
    assert _suggested(text, "Ferry journeys rose", **RECORD)


def test_a_past_act_with_its_year_is_suggested_but_not_without_a_date():
    text = (
        "Jane Roe (Lab)\n\nThe previous ferry strategy was published in 2014, so a new one is"
        " now needed for the coming decade.\n\n"
        "The previous harbour strategy was widely discussed.\n"
    )
    assert _suggested(text, "The previous ferry strategy was published in 2014", **RECORD)
    assert not _suggested(text, "widely discussed", **RECORD)


# A government's decision announced (`decisions`).


def test_a_government_directing_a_regulator_or_scrapping_a_premium_is_suggested():
    text = (
        "The Marlow Government will direct the Harbour Competition Authority to investigate"
        " pricing and competition in the ferry sector.\n\n"
        "This government has confirmed it will be scrapping the island travel premium, and today"
        " sees it begin the work of rolling out new sailings.\n\n"
        "Non-essential shops will be closed, people will be expected to work from home where"
        " possible, and visits to other households will be prohibited.\n"
    )
    assert _suggested(text, "will direct the Harbour Competition Authority", **RELEASE)
    assert _suggested(text, "scrapping the island travel premium", **RELEASE)
    assert _suggested(text, "visits to other households will be prohibited", **RELEASE)


def test_a_vague_promise_of_a_government_is_not_suggested():
    text = (
        "The Government will continue to listen to islanders.\n\n"
        "The Government will work to improve services for everyone.\n\n"
        "We will end this injustice.\n\n" + _FERRIES
    )
    assert not _suggested(text, "continue to listen", **RELEASE)
    assert not _suggested(text, "work to improve services", **RELEASE)
    assert not _suggested(text, "end this injustice", **RELEASE)


def test_a_transfer_into_public_ownership_is_suggested_but_a_guess_is_not():
    text = (
        "Today, the island ferry services were transferred into public ownership.\n\n"
        "Obviously, since then, I guess the depot has been taken over by the board.\n"
    )
    assert _suggested(text, "transferred into public ownership", **SPEECH)
    assert not _suggested(text, "I guess the depot", **SPEECH)


# An auditor's negative finding or conclusion (`absence`, `_FINDING`).


def test_a_duty_not_met_is_suggested_but_not_the_speakers_own_not_doing():
    text = (
        "For example, the Border Agency hasn’t set performance goals and measures, so it is hard"
        " to know whether the Agency is making progress in its efforts.\n\n"
        "Nevertheless, there are still districts where households are supplied with water that"
        " is not fully in compliance with national standards.\n\n"
        "We did not review the port's accounts for this report.\n"
    )
    assert _suggested(text, "hasn’t set performance goals", **REPORT)
    assert _suggested(text, "not fully in compliance", **REPORT)
    assert not _suggested(text, "We did not review", **REPORT)


def test_an_auditors_conclusion_is_suggested_but_not_a_remark_on_staff():
    text = (
        "Overall, we conclude that the situation has improved significantly.\n\n"
        "We reviewed these efforts and found issues with how the Agency assesses their"
        " effectiveness.\n\nWe found the harbour staff helpful.\n"
    )
    assert _suggested(text, "we conclude that the situation", **REPORT)
    assert _suggested(text, "found issues with how the Agency", **REPORT)
    assert not _suggested(text, "harbour staff helpful", **REPORT)


# A Lords answer; a fact after a frame of relief (`audience`, `regret`).


def test_a_lords_answers_opening_fact_is_suggested_but_not_praise_of_the_question():
    text = (
        "Baroness Marlow (Con)\n\nMy Lords, department officials have had discussions with"
        " council officers from Northshire, Eastvale, Westmoor and Southby.\n\n"
        "Lord Brack (Lab)\n\nMy Lords, what assessment has been made of library closures?\n\n"
        "Baroness Marlow (Con)\n\nMy Lords, the noble Baroness, Lady Roe of Eastvale, raises"
        " a very good point.\n"
    )
    assert _suggested(text, "officials have had discussions", **RECORD)
    assert not _suggested(text, "raises a very good point", **RECORD)


def test_a_fact_after_giving_thanks_is_suggested_but_not_thanks_to_a_person():
    text = (
        "Hon JANE ROE (Minister of Harbours) : Estimates of damage vary, but the costs will run"
        " into some millions of dollars, and we have to give thanks that there was no loss of"
        " life.\n\n"
        "Hon OWEN BRACK (Northport) : I am grateful to the Minister for that answer.\n"
    )
    assert _suggested(text, "no loss of life", **RECORD)
    assert not _suggested(text, "grateful to the Minister", **RECORD)


# A heading that compares (`headlines`).


def test_a_heading_comparing_two_periods_is_suggested_but_not_an_awards_total():
    text = (
        "Major investment for island libraries\n\nPublished 8 November 2023\n\n"
        "Council invests more this year than 3 previous years combined\n\n"
        "The Minister for Harbours today announced a package of €3 million for libraries.\n\n"
        "Harbour Board Awards Contractor More Than $5 Million\n\n" + _FERRIES
    )
    assert _suggested(text, "invests more this year than 3 previous years", **RELEASE)
    assert not _suggested(text, "Awards Contractor More Than", **RELEASE)


# A motion moved or leave sought, the chair moving on (`proceedings`).


def test_a_motion_moved_or_leave_sought_is_not_suggested_but_a_bills_passage_is():
    text = (
        "Hon JANE ROE (Minister of Harbours) : I move, That the Harbour Levy Amendment Bill"
        " (No 2) be now read a third time.\n\n"
        "Hon OWEN BRACK (Leader of the House) : I seek leave for the Ferry Safety Bill to be"
        " introduced and passed through all stages, and for the sitting to extend beyond 10"
        " p.m.\n\n"
        "Hon JANE ROE (Minister of Harbours) : The Ferry Safety Bill was read a third time on 4"
        " May 2021 and passed by 61 votes to 59.\n"
    )
    assert not _suggested(text, "be now read a third time", **RECORD)
    assert not _suggested(text, "I seek leave", **RECORD)
    assert _suggested(text, "passed by 61 votes to 59", **RECORD)


def test_the_chair_moving_to_the_next_item_is_not_suggested():
    text = (
        "The Presiding Officer (Jane Roe)\n\nWe therefore move to item 5, which is a statement"
        " by the Minister for Harbours on funding for ferries, and I call the Minister, Owen"
        " Brack.\n\nThe Minister for Harbours (Owen Brack)\n\n" + _FERRIES
    )
    assert not _suggested(text, "move to item 5", **RECORD)
    assert _suggested(text, "Ferry journeys rose", **RECORD)


# The page on itself; who is present; a member's question; thanks (`metadata`, `setting`).


def test_the_page_on_its_own_contents_and_sources_is_not_suggested():
    text = (
        "Ferry use rose by 12% in 2023 across the islands.\n\n"
        "The article presents a handful of findings from the more detailed Statistics Explained"
        " article on ferry use in the Northern Isles.\n\n"
        "This information comes from the monthly ferry data published by Northland Statistics"
        " today.\n\n"
        "The data show that ferry journeys rose by 48,000 in March.\n"
    )
    metadata = {"kind": "press_release", "publisher": "Northland Statistics Office"}
    assert not _suggested(text, "The article presents", **metadata)
    assert not _suggested(text, "This information comes from", **metadata)
    assert _suggested(text, "ferry journeys rose by 48,000", **metadata)


def test_a_reports_label_and_a_briefings_topic_line_are_not_suggested():
    report = (
        "About the report: This report examines whether national actions improved ferry"
        " safety in three regions as required by the 2001 Harbour Directive.\n\n" + _FERRIES
    )
    briefing = (
        "The Prime Minister's Spokesperson (PMS) answered questions on Ferries, the Harbour"
        " Levy, Island Fares and the Coastguard.\n\n"
        "Asked about fares, the spokesperson said fares had fallen by 3 percent this year.\n"
    )
    metadata = {"kind": "official_statement", "publisher": "Prime Minister's Office"}
    assert not _suggested(report, "This report examines", **REPORT)
    assert not _suggested(briefing, "answered questions on", **metadata)
    assert _suggested(briefing, "fares had fallen by 3 percent", **metadata)


def test_who_is_present_is_not_suggested_but_a_figure_beside_it_is():
    text = (
        "Minister Brack was joined by pupils from Northport School at the Harbour Library\n\n"
        "Today, we’re joined by the Harbour Master, Jane Roe.\n\n"
        "The Minister was joined by 40 councils that have cut ferry fares by 10 percent since"
        " 2020.\n"
    )
    assert not _suggested(text, "joined by pupils", **RELEASE)
    assert not _suggested(text, "we’re joined by the Harbour Master", **RELEASE)
    assert _suggested(text, "cut ferry fares by 10 percent", **RELEASE)


def test_a_members_question_in_reported_speech_is_not_suggested():
    text = (
        "Mr Brack asked the Minister of Education for an update on the ferry scheme for island"
        " schools.\n\n"
        "The Minister said that 1,200 pupils had used the scheme since it opened in 2022.\n"
    )
    assert not _suggested(text, "asked the Minister of Education", **RECORD)
    assert _suggested(text, "1,200 pupils", **RECORD)


def test_thanks_and_sympathy_are_not_suggested_but_a_cause_is():
    text = (
        "Thank you to everyone who has contributed to the success of the ferry service over"
        " the past 50 years.\n\n"
        "My heart goes out to everyone affected by the storms across the islands.\n\n"
        "Minister Brack thanked the councils for their ongoing leadership and commitment.\n\n"
        "Now, let’s make sure we keep serving islanders for the next 50 years.\n\n"
        "Thanks to the new timetable, ferry delays fell by 30 percent last year.\n"
    )
    assert not _suggested(text, "Thank you to everyone", **SPEECH)
    assert not _suggested(text, "My heart goes out", **SPEECH)
    assert not _suggested(text, "thanked the councils", **SPEECH)
    assert not _suggested(text, "let’s make sure", **SPEECH)
    assert _suggested(text, "ferry delays fell by 30 percent", **SPEECH)


# A wire photo's caption; a line in another language (`furniture`, `language`).


def test_a_wire_photos_caption_is_not_suggested_but_a_dated_sentence_is():
    text = (
        "Waves break over the harbour wall as the storm hits Northport, on Wednesday, Sept."
        " 9, 2020.\n\n"
        "The storm hit Northport on Sept. 9, 2020, destroying 40 homes and closing the port.\n"
    )
    assert not _suggested(text, "Waves break over the harbour wall", **ARTICLE)
    assert _suggested(text, "destroying 40 homes", **ARTICLE)


def test_a_line_in_another_language_is_not_suggested_but_foreign_names_are_kept():
    text = (
        "Presidente. – Segue la discussione sulla relazione di Anna Rossi, a nome della"
        " commissione per i trasporti e il turismo (A9-0123/2021).\n\n"
        "Anna van der Berg, rapporteur. – Mr President, ferry fares in La Rochelle fell by 5"
        " percent in 2020, the first fall since 2008.\n"
    )
    assert not _suggested(text, "Segue la discussione", **RECORD)
    assert _suggested(text, "fell by 5", **RECORD)
