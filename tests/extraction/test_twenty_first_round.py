"""Rules of the twenty-first round, written from the misses of round 13 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

from functools import partial

from extraction.attribution import Resolver
from extraction.attribution.floor import called
from extraction.attribution.reported import reported_speaker
from extraction.features.patterns import GREETING

# (1) An office, then the person's name in apposition, after an opening connective


def test_an_office_then_a_name_after_however_is_the_person():
    resolver = Resolver("")
    speaker = reported_speaker(
        "However, the national bus statistics chief, Jane Roe, said two-thirds of the "
        "drop in fares came from longer routes.",
        resolver,
    )
    assert speaker is not None and speaker.name == "Jane Roe"


def test_a_connective_without_an_office_names_no_person():
    resolver = Resolver("")
    speaker = reported_speaker(
        "However, the northern bus routes, Eastline and Westline, said nothing of fares.",
        resolver,
    )
    assert speaker is None or speaker.name not in {"Eastline and Westline", "Eastline"}


# (2) The chair calling a member to move the motion hands over the floor


def test_the_chair_calling_a_mover_names_the_member():
    person = called("Please keep your phones silent. I call Jane Roe to move the motion.")
    assert person is not None and person.name == "Jane Roe"
    # A call to do something else is no hand-over of the floor.
    assert called("I call Jane Roe to account for the delays.") is None


def test_the_mover_keeps_the_floor_after_i_beg_to_move(speaker_of):
    body = (
        "Bus Services Day\n\n"
        "Before we begin, I remind Members to keep their phones silent. "
        "I call Jane Roe to move the motion.\n\n"
        "I beg to move,\n\n"
        "That this House has considered Bus Services Day.\n\n"
        "It is a great day for the trade. In Northtown only 12% of villages now have a daily "
        "bus service, down from 40% in 2010, and fares have risen by 30% since 2015.\n"
    )
    speakers = partial(speaker_of, body, kind="parliamentary_record", publisher="House of Commons")
    assert speakers("12% of villages") == "Jane Roe"


# (3) Speech pleasantries


def test_speech_pleasantries_are_greetings():
    assert GREETING.search("It’s a pleasure to be back and to see this year’s fair.")
    assert GREETING.search("I’ll start with the latest update on the bus strike.")
    assert GREETING.search("Ann and Bo are doing a terrific job supporting me as local member.")


def test_similar_claims_are_not_greetings():
    assert not GREETING.search("The council is doing a poor job of running the buses.")
    assert not GREETING.search("Fares will start with a 5% rise in January.")
    assert not GREETING.search("It’s a fact that fares rose 5% last year.")
