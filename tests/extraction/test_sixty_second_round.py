"""Sixty-second round: the points of a briefing digest are the official's its lead names."""

from extraction.suggest import suggest_claims

_HEAD = "Department of Buses Update\nMay 3, 2011 - Bus Punctuality\n\n"
_FLEETS = (
    "  \u2022 All four regional fleets met or exceeded their punctuality goals for the month"
    " of April, at 96 percent.\n"
)
DIGEST = (
    _HEAD + "Following are highlights of bus punctuality numbers and policy, as briefed to the"
    " press on May 2 by Dr. Jane Roe, under secretary for buses and trams.\n\n"
    + _FLEETS
    + "\n  \u2022 Three of the five tram lines met their year-to-date goals of 90 percent.\n"
)
NARRATION = (
    _HEAD + "Officials briefed the press on May 2 about bus punctuality numbers, with Dr. Jane"
    " Roe, under secretary for buses and trams, in the room.\n\n" + _FLEETS
)


def _speakers(text):
    return {c.quote[:20]: c.speaker for c in suggest_claims(text)}


def test_digest_points_are_the_briefing_officials():
    speakers = _speakers(DIGEST)
    assert speakers["All four regional fl"] == "Jane Roe"
    assert speakers["Three of the five tr"] == "Jane Roe"


def test_narration_without_a_digest_lead_gives_no_one_the_points():
    speakers = _speakers(NARRATION)
    assert "All four regional fl" in speakers
    assert speakers["All four regional fl"] != "Jane Roe"
