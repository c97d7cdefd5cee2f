"""Hundred-and-thirteenth round: read from rounds 187 to 191 after they were measured. A
news transcript's labels ("JANE ROE, NEWS ANCHOR: …", "GOV. JOHN DOE (D), NORTHLAND: …")
and a federal court's header run into the parties on a law library's page."""

import pytest

TRANSCRIPT = (
    "Bus News At Daybreak\n"
    "Governor Doe Discusses Bus Problems\n"
    "JANE ROE, BUS NEWS ANCHOR: New federal price controls on bus fares take effect today.\n"
    "KATE POE, BUS NEWS CORRESPONDENT: This is your first appearance before a Senate "
    "committee.\n"
    "GOV. JOHN DOE (D), NORTHLAND: We're building 16 depots, and fares rose 700 percent last "
    "year.\n"
)


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        ("price controls", "Jane Roe"),
        ("first appearance", "Kate Poe"),
        ("16 depots", "John Doe"),
    ],
)
def test_a_news_transcripts_labels_name_anchor_correspondent_and_guest(
    speaker_of, fragment, speaker
):
    metadata = {"kind": "interview", "title": "Governor Doe", "publisher": "Bus News"}
    assert speaker_of(TRANSCRIPT, fragment, **metadata) == speaker


def test_a_federal_courts_header_run_into_the_parties_is_the_court(speaker_of):
    text = (
        "Northland v. United States Bus Agency\n\n"
        "United States Court of Appeals For the Eighth Circuit ___________ No. 12-3084 "
        "State of Northland Petitioner v. United States Bus Agency Respondents\n\n"
        "On July 6, 2012, the agency partially disapproved the Northland bus plan, which "
        "covered 1,200 routes.\n"
    )
    metadata = {"kind": "report", "title": "Northland v. Agency", "publisher": "Caselaw"}
    court = "United States Court of Appeals for the Eighth Circuit"
    assert speaker_of(text, "1,200 routes", **metadata) == court
