"""Rules of the fifteenth round, written from the misses of round 10 (measured once unseen,
then read), each on an invented neutral text: the rule fires on the right shape and not on
a similar wrong one."""

from extraction.attribution import Resolver, reported_speaker
from extraction.attribution.floor import called
from extraction.attribution.reprints import printed_twice
from extraction.attribution.turns import heading_speaker
from extraction.features import assess
from extraction.features.proceedings import proceedings
from extraction.text import paragraphs

RECORD = {"kind": "parliamentary_record", "publisher": "Assembly of Examples"}
ARTICLE = {"kind": "article", "publisher": "The Daily Example"}
SPEECH = {"kind": "speech", "publisher": "Office of Examples"}
REPORT = {"kind": "report", "publisher": "Office of Audits"}

FARES = "Bus fares have risen by 40 percent since 2020, the steepest rise in a decade."


# Debate records: who has the floor (miss class 1)


def test_a_name_printed_twice_keeps_all_its_words():
    speaker = heading_speaker("Photo of Ann Mary Roe Ann Mary Roe Northland Party")
    assert speaker is not None and speaker.name == "Ann Mary Roe"
    assert printed_twice("Ann Mary Roe").name == "Ann Mary Roe"
    # An office before a name is still an office.
    assert printed_twice("Minister Jane Roe").role == "Minister"


def test_a_photo_line_ending_in_its_time_stamp_is_a_speaker_heading():
    body = (
        "Photo of Ann Mary Roe Ann Mary Roe Northland Party 10:30, 4 May 2024\n\n"
        f"{FARES}\n\n"
        "Photo of Joe Bloggs Joe Bloggs Southland Party\n\n"
        "Passenger numbers fell by 3,000 last year, the first fall since 2015."
    )
    assert paragraphs(body)[0].kind == "heading"
    # A dateline without a photo's speaker is still clutter.
    assert paragraphs("Updated 10:30, 4 May 2024\n\nText.")[0].kind == "clutter"


def test_a_presiding_officers_call_hands_the_floor(speaker_of):
    body = (
        "Questions now from the party leaders. Leader of the Greens, Ann Q. Roe.\n\n"
        "Thank you, Presiding Officer. Minister, bus fares have risen by 40 percent since "
        "2020, the steepest rise in a decade.\n\n"
        "Presiding Officer, passenger numbers fell by 3,000 last year, the first fall since "
        "2015."
    )
    # The name as the text gives it, initial's full stop or not.
    assert speaker_of(body, "40 percent", **RECORD).replace(".", "") == "Ann Q Roe"
    # The answer opens by addressing the chair: another member, the office asked.
    assert speaker_of(body, "3,000", **RECORD) == "Minister"


def test_only_an_office_then_a_name_is_a_call():
    assert called("Leader of the Greens, Ann Q. Roe.").name == "Ann Q. Roe"
    assert called("I call on the Minister for Buses, Joe Bloggs.").name == "Joe Bloggs"
    # A sentence that goes on after the name, or a name without an office, calls no one.
    assert called("The Minister for Buses, Joe Bloggs, said fares would rise.") is None
    assert called("Thank you, Joe Bloggs.") is None


# Presiding officers' business and the text describing itself (miss classes 2 and 5)


def test_the_chairs_business_is_not_a_claim():
    for line in (
        "The Business Committee has agreed to allow up to two hours for the debate.",
        "The mover will have 15 minutes in which to propose the motion.",
        "As two amendments have been selected, 10 minutes will be added to the total time.",
        "Item 7 this afternoon is a statement by the Minister on bus fares.",
        "Questions to the Minister – in the Assembly at 2:15 pm on 4 May 2024.",
        "Leader of the Greens, Ann Q. Roe.",
    ):
        assert proceedings(line), line
        assert assess(line).score < 0.4, line
    assert not proceedings(FARES)
    # Time a committee found for its own inquiry is no business of the chair.
    assert not proceedings("The committee spent 10 minutes on each case in 2023.")


def test_an_audit_reports_scope_and_method_are_not_claims():
    for line in (
        "This testimony addresses (1) progress on improper payments and (2) remaining gaps.",
        "OOA also analyzed fiscal year 2022 payment data reported by 20 agencies.",
        "OOA was also asked to describe the programmes with the largest error rates.",
        "This report is based primarily on our 2021 and 2022 reports.",
        "This review is focused on the second of those problems.",
    ):
        assert proceedings(line), line
        assert assess(line).score < 0.4, line
    # What the office found is a claim, in the method's sentence or its own.
    assert not proceedings("We reviewed 500 claims and found that 40 percent had errors.")
    assert not proceedings("NHS obtained 2,000 ventilators in 2020.")
    found = "The Office found that improper payments rose by 12 percent to $80 billion in 2022."
    assert not proceedings(found)
    assert assess(found).score >= 0.4


def test_an_appearance_announced_and_a_plan_step_are_not_claims():
    for line in (
        "Minister Jane Roe and Mayor Joe Bloggs will join pupils at Northtown School on Friday.",
        "1) use federal grants to attract 20 percent more private investment;",
        "(2) invest in projects that benefit every region.",
    ):
        assert proceedings(line), line
    # A country or a body joining something is not an appearance.
    assert not proceedings("The United Kingdom will join the trade agreement in 2025.")
    # A sentence opening with a count is not a numbered step.
    assert not proceedings("12 agencies will join the programme next year.")
    assert not proceedings("The grants will help 40 districts buy 300 buses.")


def test_a_plans_aims_without_a_figure_are_not_claims():
    assert (
        assess("The strategy sets out our vision for a country where everyone has a home.").score
        < 0.4
    )
    assert (
        assess("The strategy sets out our plans to cut bus fares by 40 percent by 2030.").score
        >= 0.4
    )


# Statements the rules missed (miss class 3)


def test_a_figure_recited_in_a_motion_is_the_movers(suggest):
    body = (
        "Photo of Ann Mary Roe Ann Mary Roe Northland Party\n\n"
        "I beg to move\n\n"
        "That this Assembly regrets that bus services have been cut; notes with concern a "
        "report that found that fares have risen by 40 percent since 2020; and calls on the "
        "Minister to cut fares by 10 percent within six months."
    )
    found = suggest(body, threshold=0.4, **RECORD)
    assert [c.speaker for c in found] == ["Ann Mary Roe"]
    assert "40 percent" in found[0].quote and "10 percent" not in found[0].quote
    # A motion reciting no figure is still not suggested.
    plain = body.replace("fares have risen by 40 percent since 2020", "fares have risen")
    assert not [c for c in suggest(plain, threshold=0.4, **RECORD) if "risen" in c.quote]


def test_a_finding_reported_in_the_first_person_is_a_claim():
    line = (
        "At my request, the Statistics Office has investigated these reports, and we can "
        "report that there has been no shortage of supply in any region."
    )
    assert assess(line).score >= 0.4
    assert assess("We can report that the weather was nice.").score < 0.4


def test_correcting_the_fact_leaves_the_stance_to_the_speaker():
    line = (
        "It is important to correct the fact that the Northland Party did win one seat along "
        "the whole length of the coast road."
    )
    plain = "It is important that the Northland Party did win one seat along the coast road."
    assert "opinion" not in assess(line).reasons
    assert assess(line).score >= 0.4
    # Without the correction, the stance colours the sentence as before.
    assert "opinion" in assess(plain).reasons
    assert assess(plain).score < 0.4


def test_a_figure_beside_a_speech_pages_summary_is_the_publishers(suggest):
    body = (
        "The Minister speaks on the new bus figures for May.\n\n"
        "Passenger numbers fell by 3,000 in May, the first fall since 2015.\n\n"
        f"Thank you all for coming. {FARES}"
    )
    summary = "The Minister speaks on the new bus figures for May. " + (
        "Passenger numbers rose by 3,000 in May, the largest rise since 2015."
    )
    found = suggest(summary + "\n\n" + body.split("\n\n", 1)[1], threshold=0.4, **SPEECH)
    mine = [c for c in found if "rose by 3,000" in c.quote]
    assert mine and mine[0].speaker == "Office of Examples"
    assert not [c for c in found if "speaks on" in c.quote]
    # Without a publisher the summary line itself still stays out.
    alone = suggest(summary, threshold=0.4, kind="speech", publisher="")
    assert not [c for c in alone if "speaks on" in c.quote]


# News stories (miss class 4)


def test_a_quotation_naming_no_one_is_the_person_reported_before_it(speaker_of):
    body = (
        "Bus use fell in the spring, figures show.\n\n"
        "Transport Secretary Jane Roe says the fall was expected.\n\n"
        f'"{FARES} Passenger numbers fell by 3,000 last year."'
    )
    assert speaker_of(body, "40 percent", **ARTICLE) == "Jane Roe"
    # After narration that reports no one, the quotation is not given to a person.
    other = (
        "Transport Secretary Jane Roe spoke on Monday.\n\n"
        "Bus use fell in the spring, figures show.\n\n"
        f'"{FARES}"'
    )
    assert speaker_of(other, "40 percent", **ARTICLE) != "Jane Roe"


def test_an_apposition_between_dashes_names_the_speaker():
    resolver = Resolver("")
    speaker = reported_speaker(
        "Joe Bloggs - the council's chief economist - says that shows the strength of demand.",
        resolver,
    )
    assert speaker is not None and speaker.name == "Joe Bloggs"
    # A dash that is not an apposition names no one.
    assert reported_speaker("Fares - and prices generally - rose in May.", resolver) is None
