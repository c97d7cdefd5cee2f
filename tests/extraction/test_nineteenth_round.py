"""Rules of the nineteenth round, written from the misses of round 12 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

from functools import partial

from extraction.attribution import Resolver
from extraction.attribution.reported import reported_speaker
from extraction.features.metadata import occasion
from extraction.features.proceedings import CHAIR_BUSINESS

# (1) A bare country abbreviation is no speaker; a venue in a title is not the speaker


def test_a_dotted_abbreviation_is_no_speaker():
    resolver = Resolver("")
    assert reported_speaker("The U.K. added 40,000 bus jobs in May.", resolver) is None
    # A body named in full still speaks.
    speaker = reported_speaker("The Bus Agency added that fares rose 4 percent.", resolver)
    assert speaker is not None and speaker.name == "Bus Agency"


def test_a_venue_opening_a_title_gives_way_to_the_office_holder(speaker_of):
    body = (
        "Thank you all for coming. As you know, the Department of Buses carried 40 million "
        "passengers last year, up 12 percent on the year before."
    )
    speakers = partial(
        speaker_of,
        body,
        kind="speech",
        title="Northtown Press Club: Remarks as Prepared for Secretary Roe",
        publisher="Department of Buses",
    )
    assert speakers("40 million passengers") == "Roe"
    # A person's name opening a title is still the speaker.
    speakers = partial(
        speaker_of,
        body,
        kind="speech",
        title="Jane Roe: Remarks at the Bus Forum",
        publisher="Department of Buses",
    )
    assert speakers("40 million passengers") == "Jane Roe"


# (2) "the Bus Agency reported Thursday", "the agency said": the figures are the body's


def test_a_body_reporting_on_a_day_and_then_the_agency_said(speaker_of):
    body = (
        "NORTHTOWN - Bus fares rose for the sixth straight month, the Bus Agency reported "
        "Thursday, as demand continued to climb.\n\n"
        "A total of 40,000 new passes were sold, up 9,000 from the month before, the agency "
        "said. Demand has risen by 12 percent since 2020 across the region."
    )
    speakers = partial(speaker_of, body, kind="article", publisher="Northtown News")
    assert speakers("sixth straight month") == "Bus Agency"
    assert speakers("40,000 new passes") == "Bus Agency"
    assert speakers("12 percent since 2020") == "Northtown News"


def test_the_agency_said_with_no_body_named_before_is_the_publishers(speaker_of):
    body = "A total of 40,000 new passes were sold in May, up 9,000 on April, the agency said."
    speakers = partial(speaker_of, body, kind="article", publisher="Northtown News")
    assert speakers("40,000 new passes") == "Northtown News"


# (3) A release's headline line, contact lines, advice and itinerary are not claims


def test_release_furniture_is_not_a_claim():
    assert occasion("Department of Buses (National): Fares could fall by 10 percent by 2030")
    assert occasion("The bus helpline is 0800 123 456 and their website has more information.")
    assert occasion("Employers should contact the Bus Service to find out more about passes.")
    assert occasion("He also met drivers at the Northtown depot, which trains 40 people a year.")
    # Must not fire: a minister with a bracketed party, a target met, advice with no contact.
    assert not occasion("Jane Roe (Con): Fares have fallen by 10 percent since 2020.")
    assert not occasion("She also met the target of 40 new routes two years early.")
    assert not occasion("Employers should expect fares to rise by 4 percent next year.")
    assert not occasion("The helpline answered 40,000 calls in 2023, up 12 percent.")


# (4) The chair's time allowance and a host's introduction are not claims


def test_the_chair_allotting_time_is_procedure():
    assert CHAIR_BUSINESS.search("You have up to 20 minutes, First Minister.")
    assert CHAIR_BUSINESS.search("You have 10 minutes to respond, Minister.")
    assert not CHAIR_BUSINESS.search(
        "You have 20 minutes of free bus travel a day under the scheme."
    )


def test_a_host_introducing_an_interview_is_not_a_claim():
    assert occasion("To look at the latest bus figures, Jane Roe is speaking to Minister John Doe.")
    assert not occasion("To cut fares, the council is spending £4 million a year on subsidies.")


# (5) A statement page's data paragraph before the official's quoted words


RELEASE = (
    "Statement from Secretary of Buses Jane Roe on Bus Use in May\n\n"
    "The Buses Department’s Statistics Bureau today released passenger data for May. "
    "Passenger numbers rose 0.4 percent, slightly below expectations. Fares fell 1.7 "
    "percent.\n\n"
    "“Two years after the downturn, our buses are full again,” Secretary Jane Roe said. "
    "“We have added 40 new routes since 2022.”"
)


def test_the_data_paragraph_is_the_departments(speaker_of):
    speakers = partial(
        speaker_of,
        RELEASE,
        kind="press_release",
        title="Statement from Secretary of Buses Jane Roe on Bus Use in May",
        publisher="Department of Buses",
    )
    assert speakers("rose 0.4 percent") == "Department of Buses"
    assert speakers("40 new routes") == "Jane Roe"


def test_without_a_quoted_official_the_data_paragraph_stays_hers(speaker_of):
    body = RELEASE.split("\n\n“")[0]
    speakers = partial(
        speaker_of,
        body,
        kind="press_release",
        title="Statement from Secretary of Buses Jane Roe on Bus Use in May",
        publisher="Department of Buses",
    )
    assert speakers("rose 0.4 percent") == "Jane Roe"


# After round 13 (measured once unseen): a determiner before "told" is no speaker


def test_all_told_names_nobody():
    resolver = Resolver("")
    assert reported_speaker("All told, the council built 400 homes since 2020.", resolver) is None
    # A named body before "told" still speaks.
    speaker = reported_speaker("The Bus Agency told MPs that fares rose 4 percent.", resolver)
    assert speaker is not None and speaker.name == "Bus Agency"
