"""Hundred-and-seventh round: read from rounds 152 to 156. A release carried by a press
service or a government portal is the ministry its header names alone on a line ("Ministry
of Buses & Ferries", "News story | Date: … | Ministry of Buses"); a speech title's "… Jane
L. Roe for Bus Legislative Conference" ends the name at "for"."""


def test_a_release_on_a_press_service_is_the_ministry_its_header_names(speaker_of):
    text = (
        "Ministry of Buses & Ferries\n"
        "YEAR-END REVIEW 2024\n\n"
        "Bus passes worth over 437 crore rupees were released to 1,872,000 students in 2024.\n"
    )
    metadata = {"kind": "press_release", "title": "Year-End Review", "publisher": "Press Bureau"}
    assert speaker_of(text, "437 crore rupees", **metadata) == "Ministry of Buses & Ferries"


def test_a_portals_label_line_naming_the_ministry_gives_it_the_release(speaker_of):
    text = (
        "State budget for 2025\n"
        "News story | Date: 16/10/2024 | Ministry of Buses and Ferries\n"
        "The government proposes to increase funding for buses by NOK 5.5 billion, the "
        "largest increase since 2008.\n"
    )
    metadata = {"kind": "press_release", "title": "Budget", "publisher": "Government of Northland"}
    assert speaker_of(text, "NOK 5.5 billion", **metadata) == "Ministry of Buses and Ferries"


def test_a_headline_a_logo_or_a_parent_department_is_no_issuer(speaker_of):
    for line in (
        "Auditor-General Report Confirms Bus Crisis",
        "Symbol of the Government of Northland",
        "Northland Department of Health and Human Services",
        "Ministry of Buses",  # the publisher itself
    ):
        text = f"{line}\n\nBus journeys fell by 14% in 2023, the first fall since 2009.\n"
        metadata = {"kind": "press_release", "title": "Buses", "publisher": "Ministry of Buses"}
        assert speaker_of(text, "fell by 14%", **metadata) == "Ministry of Buses", line


def test_a_speech_title_naming_the_occasion_after_for_keeps_the_speakers_name(speaker_of):
    title = (
        "Remarks Prepared for Delivery by Secretary of Buses Jane Roe for BTA Legislative "
        "Conference"
    )
    text = f"{title}\n\nMarch 1, 2017\n\nBus journeys cost Americans 42 hours a year in traffic.\n"
    metadata = {"kind": "speech", "title": title, "publisher": "JaneRoe.com"}
    assert speaker_of(text, "42 hours a year", **metadata) == "Jane Roe"
