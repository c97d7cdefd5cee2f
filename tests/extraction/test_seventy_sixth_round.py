"""Seventy-sixth round: speakers in records, floor speeches and transcripts from rounds 67
to 72. A chair's hand-over closing a paragraph of business in prose ("I call Jane Roe to
speak to and move the motion.", "…, and I call the Minister, Jane Roe."); a floor speech's
label with a family name of two words ("Ms. DOE ROE."); a plenary turn whose name opens
with a capitalised particle ("Jane Van Roe, rapporteur. – …"); a member's written
statement that reports a report ("the Inspector General announced that …"); a lobby
briefing's spokesperson named by office; a transcript's "Narrator" label."""

from extraction.attribution.chair_calls import handed
from extraction.attribution.plenary import plenary_turn
from extraction.attribution.resolution import Resolver
from extraction.chamber import is_house
from extraction.suggest import suggest_claims


class _Speakers:
    """The speaker of the suggested claim whose words hold a fragment."""

    def __init__(self, candidates):
        self.candidates = candidates

    def __getitem__(self, fragment):
        for candidate in self.candidates:
            if fragment in candidate.quote:
                return candidate.speaker
        raise KeyError(fragment)


def _speakers(text, **metadata):
    return _Speakers(suggest_claims(text, **metadata))


_RECORD = {"kind": "parliamentary_record", "publisher": "Northland Parliament"}
_SPEECH = (
    "The starting point for us is that public transport is a public service.\n\n"
    "Across Northland, there are 38 million ferry journeys a year. Since 2015, the number"
    " of journeys has fallen by 20 per cent while fares have risen by 17 per cent.\n"
)

# The chair hands the floor over in prose.


def test_a_call_to_move_the_motion_gives_the_speech_after_it_to_the_member():
    text = (
        "Ferry Fares\n\nThe next item of business is a debate on motion S6M-01234, in the"
        " name of Tessa Marlow, on ferry fares. I call Tessa Marlow to speak to and move the"
        " motion.\n\n" + _SPEECH
    )
    speakers = _speakers(text, title="Meeting of the Parliament: Ferry Fares", **_RECORD)
    assert speakers["38 million ferry journeys"] == "Tessa Marlow"
    assert speakers["fallen by 20 per cent"] == "Tessa Marlow"


def test_a_call_closing_the_chairs_sentence_gives_the_statement_to_the_minister():
    text = (
        "– in the Chamber at 2:30 pm on 4 June 2024.\n"
        "We move to item 5, which is a statement by the Minister for Harbours on ferry"
        " funding, and I call the Minister, Owen Brack.\n" + _SPEECH
    )
    speakers = _speakers(text, title="Statement: ferry funding", **_RECORD)
    assert speakers["38 million ferry journeys"] == "Owen Brack"


def test_a_time_allowed_after_a_name_hands_the_floor_too():
    text = "Ferry Fares\n\nTessa Marlow, you have up to six minutes.\n\n" + _SPEECH
    speakers = _speakers(text, title="Ferry Fares", **_RECORD)
    assert speakers["38 million ferry journeys"] == "Tessa Marlow"


def test_a_call_on_the_government_in_a_speech_hands_nothing_over():
    resolver = Resolver("")
    assert handed("I call on the Government to act now.", resolver) is None
    assert handed("I call on the Minister to introduce a ban on cheap fares.", resolver) is None
    assert handed("So I call on the Minister to close the loophole.", resolver) is None
    assert handed("I call the Minister to respond to my constituents.", resolver) is None
    assert handed("I call Jane Roe to move the motion. She has waited long.", resolver) is None
    text = (
        "Ferry Fares\n\nTessa Marlow (Northland) (Lab)\n\n"
        "I call on the Government to cut ferry fares for the under-25s.\n\n" + _SPEECH
    )
    speakers = _speakers(text, title="Ferry Fares", **_RECORD)
    assert speakers["38 million ferry journeys"] == "Tessa Marlow"


def test_a_bilingual_house_is_still_a_house():
    assert is_house("Senedd Northland / Northland Parliament")
    assert not is_house("Northland Senate Democrats")


# A floor speech's label names its speaker.

_FLOOR = (
    "[Pages S4101-S4102]\n"
    "From the Congressional Record Online through the Government Publishing Office\n\n"
    "                               Ferry Funding\n\n"
    "  Ms. DOE ROE. Mr. President, I rise today to talk about the ferries \n"
    "that connect the islands of my State.\n\n"
    "[[Page S4102]]\n\n"
    "  Science tells us that storms are getting stronger and ferry ridership has fallen by"
    " 30 percent since 2015.\n"
)


def test_a_floor_speech_with_a_two_word_family_name_is_the_senators():
    speakers = _speakers(
        _FLOOR,
        kind="parliamentary_record",
        title="Ferry Funding (Senate floor remarks)",
        publisher="U.S. Congress (Congressional Record, Senate)",
    )
    assert speakers["ridership has fallen by 30"] == "Doe Roe"


def test_a_news_story_quoting_a_senator_keeps_its_own_narration():
    text = (
        "Ferry ridership falls\n\nBy Owen Brack\n\n"
        "Ferry ridership fell by 30 percent between 2015 and 2020, the Harbour Board said.\n\n"
        "Senator Jane Roe said the fleet was 40 years old and would cost $80 million to"
        " replace.\n\nThe board will publish its plan in May, when fares rise by 5 percent.\n"
    )
    speakers = _speakers(
        text, kind="article", title="Ferry ridership falls", publisher="Northland Herald"
    )
    assert speakers["fleet was 40 years old"] == "Jane Roe"
    assert speakers["fares rise by 5 percent"] != "Jane Roe"


# A plenary turn whose name opens with a capitalised particle.


def test_a_plenary_turn_named_with_a_capitalised_particle_is_hers_not_the_chairs():
    text = (
        "Verbatim report of proceedings\n\n3. Ferry links (debate)\n\n"
        "President. – The next item is the report by Jane Van Roe on ferry links.\n\n"
        "Jane Van Roe, rapporteur. – Mr President, ferry ridership has fallen by 30% since"
        " 2015 across the Union. One in ten islanders spends more than 40% of income on"
        " travel.\n\n"
        "President. – The debate is closed. The vote will take place tomorrow at 12:00.\n"
    )
    speakers = _speakers(
        text, kind="parliamentary_record", title="Ferry links (debate)", publisher="Parliament"
    )
    assert speakers["fallen by 30% since"] == "Jane Van Roe"
    assert speakers["One in ten islanders"] == "Jane Van Roe"
    # The chair opens and closes; the closing line is the chair's turn again.
    assert plenary_turn("President. – The debate is closed.").name == "President"
    # Narration naming her with an apposition is no turn, and an office before the name
    # is no given name.
    assert plenary_turn("Jane Van Roe, rapporteur, said that fares fell.") is None
    assert plenary_turn("Commissioner Van Roe, Member of the Commission. – Mr President, …") is None


# A member's written statement keeps what he reports from a report.


def test_a_members_opening_statement_keeps_what_he_reports_from_an_inspectors_report():
    text = (
        "Hon. Owen T. Brack, a Representative in Congress from the State of Northland\n\n"
        "Thank you Madam Chair.\n\n"
        "Last week the Ferry Administration Inspector General announced that the agency had"
        " understated ferry delays for two years. According to the IG, 27 percent of the"
        " delays it reviewed were longer than three hours.\n\n"
        "I have asked that this Committee pursue further action on this report.\n"
    )
    speakers = _speakers(
        text,
        kind="parliamentary_record",
        title="Opening statement of Hon. Owen T. Brack, Committee on Ferries hearing",
        publisher="House Committee on Ferries",
    )
    assert speakers["understated ferry delays"] == "Owen T Brack"
    assert speakers["27 percent of the"] == "Owen T Brack"


def test_a_quotation_from_the_report_in_a_statement_is_still_the_reports():
    text = (
        "Hon. Owen T. Brack, a Representative in Congress from the State of Northland\n\n"
        "Thank you Madam Chair.\n\n"
        "The Inspector General said: “Ferry delays rose by 40 percent in 2023, the highest"
        " rise on record.”\n"
    )
    speakers = _speakers(
        text,
        kind="parliamentary_record",
        title="Opening statement of Hon. Owen T. Brack, Committee on Ferries hearing",
        publisher="House Committee on Ferries",
    )
    assert speakers["Ferry delays rose by 40"] == "Inspector General"


# A lobby briefing's spokesperson named by office.

_BRIEFING = (
    "Press release\n\nPress briefing: morning 4 June 2024\n\n"
    "The Premier's Spokesperson answered questions on ferries and fares.\n\n"
    "Ferries\n\n"
    "Asked whether the Premier was concerned about ferry delays, the Premier’s Spokesperson"
    " (PS) said that ferry punctuality had risen by 12 percent since 2022. The Premier’s"
    " view was that the new fleet would cut delays by half.\n\n"
    "Asked about fares, the PS replied that fares had fallen by 3 percent this year.\n"
)


def test_a_briefings_answers_are_its_spokespersons_by_the_texts_name():
    speakers = _speakers(
        _BRIEFING,
        kind="interview",
        title="Press briefing: morning 4 June 2024",
        publisher="Premier's Office",
    )
    assert speakers["punctuality had risen"] == "Premier’s Spokesperson"
    assert speakers["cut delays by half"] == "Premier’s Spokesperson"
    assert speakers["fallen by 3 percent"] == "Premier’s Spokesperson"


def test_a_release_quoting_a_spokesperson_once_keeps_its_narration():
    text = (
        "Council opens new ferry terminal\n\n"
        "The council opened its new ferry terminal on Monday, which cost $12 million and"
        " will serve 400,000 passengers a year.\n\n"
        "A spokesperson for the Ferry Users Association said: “Ferry journeys rose by 48,000 in"
        " March, the highest rise since 2008.”\n\n"
        "Work on a second terminal will begin in 2025 at a cost of $9 million.\n"
    )
    speakers = _speakers(
        text,
        kind="press_release",
        title="Council opens new ferry terminal",
        publisher="Northland Council",
    )
    assert speakers["which cost $12 million"] == "Northland Council"
    assert speakers["rose by 48,000"] == "Ferry Users Association"
    assert speakers["second terminal will begin"] == "Northland Council"


# A transcript's "Narrator" label is a turn like any other.


def test_a_podcasts_bracketed_narrator_turn_is_the_narrators():
    text = (
        "From the Northland Audit Office Transcript for: Watchdog: ferries Released on: May"
        " 2, 2021 [ Music ] [ Narrator: ] Welcome to the Watchdog. Ferry ridership fell by 30"
        " percent between 2015 and 2020. The audit office's John Doe sat down with Jane Roe"
        " to learn more. [ John Doe: ] What did you find? [ Jane Roe: ] We found that the"
        " subsidy per passenger has doubled since 2015, costing $12 million more than planned."
    )
    speakers = _speakers(
        text, kind="interview", title="Watchdog: ferries", publisher="Northland Audit Office"
    )
    assert speakers["Ferry ridership fell by 30"] == "Narrator"
    assert speakers["sat down with Jane Roe"] == "Narrator"
    assert speakers["subsidy per passenger"] == "Jane Roe"


def test_a_narrator_label_opening_a_paragraph_holds_the_narration_after_it():
    text = (
        "Northland Watch podcast: ferry subsidies\n\n"
        "Narrator: Welcome to Northland Watch. Ferry ridership fell by 30 percent between"
        " 2015 and 2020, according to the agency's latest figures.\n\n"
        "The ferry service now costs taxpayers $40 million a year.\n\n"
        "Interviewer: What did you find when you looked at the subsidies?\n\n"
        "Jane Roe: We found that the subsidy per passenger has doubled since 2015.\n\n"
        "Interviewer: What should the ministry do?\n\n"
        "Jane Roe: The ministry should publish its formula, which has cost $12 million more"
        " than planned.\n"
    )
    speakers = _speakers(
        text,
        kind="interview",
        title="Northland Watch podcast",
        publisher="Northland Audit Office",
    )
    assert speakers["Ferry ridership fell by 30"] == "Narrator"
    assert speakers["costs taxpayers $40 million"] == "Narrator"
    assert speakers["subsidy per passenger"] == "Jane Roe"
