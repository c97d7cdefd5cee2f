"""Fifty-seventh round: an office with a list of portfolios in a speech's title."""

import datetime

from extraction.suggest import suggest_claims

BODY = (
    "Good afternoon everyone. You are very welcome to the second day of our Transport Forum.\n"
    "The Plan includes more than €3.5 billion in short-term stimulus for buses and trams.\n"
    "We want to carry a record 2.5 million passengers a day by 2024.\n"
)


def _speakers(title: str) -> set[str | None]:
    claims = suggest_claims(
        title + "\n" + BODY,
        kind="speech",
        title=title,
        published_on=datetime.date(2021, 6, 29),
        publisher="Department of Roads, Rails and Buses",
    )
    assert claims
    return {claim.speaker for claim in claims}


def test_office_with_a_list_of_portfolios_keeps_its_holder_as_speaker():
    title = (
        "Opening Speech by the Deputy Leader and Minister for Roads, Rails and Buses, "
        "Jane Roe TD, on Day 2 of the Transport Forum 2021"
    )
    assert _speakers(title) == {"Jane Roe"}


def test_office_without_a_list_still_gives_its_holder():
    title = "Speech by the Minister for Buses, Jane Roe MP, at the Transport Forum"
    assert _speakers(title) == {"Jane Roe"}


def test_a_list_not_after_an_office_is_not_read_as_one():
    # "Speech by Jane Roe, Trams and Buses, …" names a person, not an office's portfolios.
    title = "Speech by Jane Roe, at the Forum on Trams and Buses, 29 June 2021"
    assert _speakers(title) == {"Jane Roe"}
