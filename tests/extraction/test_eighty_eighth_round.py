"""Eighty-eighth round: the page's author named by its title or header. A testimony's
cover in capitals ("TESTIMONY OF NAME" / "OFFICE" / "AGENCY") is the witness's, not the
agency's; an archive's title "Name – 2019 Statement on …" is that person's, not the
archive's; "Speech by Office And Minister For …, Name T.D. at …" is the holder's, not
the office's last words."""

from extraction.suggest import suggest_claims


def _speaker(text, fragment, **metadata):
    for candidate in suggest_claims(text, **metadata):
        if fragment in candidate.quote:
            return candidate.speaker
    raise KeyError(fragment)


_WITNESS = (
    "Madam Chair, members of the Subcommittee, I appreciate the chance to speak about the "
    "state of our lighthouses.\n\n"
    "Since 2009, the number of working lighthouses has fallen by 34 percent, to 412.\n\n"
    "Repairs cost the service $18 million last year, twice the figure of 2015.\n"
)

# A testimony's cover in capitals over several lines.


def test_a_testimony_cover_in_capitals_is_the_witnesss():
    cover = (
        "PREPARED STATEMENT OF ORLA P. WINTERBOURNE\n\n"
        "COMMISSIONER\n\n"
        "NORTHERN COAST LIGHTHOUSE SERVICE\n\n"
        "BEFORE THE SUBCOMMITTEE ON MARITIME SAFETY\n\n"
        "March 4, 2011\n\n"
    )
    speaker = _speaker(
        cover + _WITNESS,
        "34 percent",
        kind="speech",
        title="",
        publisher="Subcommittee on Maritime Safety",
    )
    assert speaker == "Orla P. Winterbourne"


def test_a_testimony_title_with_the_office_after_a_comma():
    speaker = _speaker(
        _WITNESS,
        "$18 million",
        kind="speech",
        title="Testimony of Dr. Orla Winterbourne, Commissioner, Coast Lighthouse Service, "
        "before the Subcommittee on Maritime Safety",
        publisher="Subcommittee on Maritime Safety",
    )
    assert speaker == "Orla Winterbourne"


def test_a_cover_naming_only_a_body_or_an_office_names_no_one():
    for cover in (
        "STATEMENT OF THE COAST LIGHTHOUSE SERVICE\n\nBEFORE THE SUBCOMMITTEE\n\n",
        "TESTIMONY OF THE COMMISSIONER\n\nCOAST LIGHTHOUSE SERVICE\n\n",
    ):
        speaker = _speaker(
            cover + _WITNESS,
            "34 percent",
            kind="speech",
            title="",
            publisher="Coast Lighthouse Service",
        )
        assert speaker in ("Coast Lighthouse Service", "Commissioner"), cover


def test_a_reports_testimony_in_the_third_person_stays_the_institutions():
    text = (
        "Testimony by Orla P. Winterbourne, Analyst, Lighthouse Budget Unit, before the "
        "Subcommittee on Maritime Safety\n\n"
        "This testimony sets out the office's projections for lighthouse repairs.\n\n"
        "Repairs cost the service $18 million last year, twice the figure of 2015.\n"
    )
    speaker = _speaker(
        text,
        "$18 million",
        kind="report",
        title="Testimony on Lighthouse Repairs",
        publisher="Maritime Budget Office",
    )
    assert speaker == "Maritime Budget Office"


# An archive's title: "Name – year Statement on …".

_STATEMENT = (
    "Below is the text of the statement made by Tobias Greenhalgh in the House of Commons "
    "on 9 May 2018.\n\n"
    "With permission, I would like to update the House on canal maintenance.\n\n"
    "Since 2014, 220 miles of towpath have been resurfaced, at a cost of £41 million.\n"
)


def test_an_archives_title_names_the_statements_author():
    speaker = _speaker(
        _STATEMENT,
        "220 miles",
        kind="parliamentary_record",
        title="Tobias Greenhalgh – 2018 Statement on Canal Maintenance",
        publisher="Speech Archive",
    )
    assert speaker == "Tobias Greenhalgh"


def test_a_headline_or_a_place_before_the_dash_names_no_one():
    story = (
        "Canal towpaths will be resurfaced, the minister said on Tuesday.\n\n"
        "Since 2014, 220 miles of towpath have been resurfaced, at a cost of £41 million.\n"
    )
    headline = _speaker(
        story,
        "220 miles",
        kind="article",
        title="Tobias Greenhalgh – 2018 Statement on Canal Maintenance",
        publisher="Canal Gazette",
    )
    assert headline == "Canal Gazette"
    place = _speaker(
        _STATEMENT.replace("Tobias Greenhalgh", "the Secretary of State"),
        "220 miles",
        kind="parliamentary_record",
        title="Northern Midlands – 2018 Statement on Canal Maintenance",
        publisher="Speech Archive",
    )
    assert place != "Northern Midlands"


# A speech's title: an office, then its holder after a comma or with letters after the name.

_SPEECH = (
    "Thank you all for coming this morning.\n\n"
    "Orchard output has risen by 12% in the last two years, to 86,000 tonnes.\n\n"
    "We will plant 3,000 new trees in the coming year.\n"
)


def test_an_office_in_title_case_then_its_holder_with_letters_after_the_name():
    speaker = _speaker(
        _SPEECH,
        "86,000 tonnes",
        kind="speech",
        title="Speech By Deputy Leader And Minister For Orchards And Rural Affairs, "
        "Ailbhe Costigan T.D. at the Harvest Outlook Launch",
        publisher="Government Press Office",
    )
    assert speaker == "Ailbhe Costigan"


def test_an_office_then_its_holder_between_commas():
    speaker = _speaker(
        _SPEECH,
        "86,000 tonnes",
        kind="speech",
        title="Address by the Premier, the Hon Ailbhe Costigan MP, to the Orchard Growers "
        "Conference",
        publisher="Premier's Department",
    )
    assert speaker == "Ailbhe Costigan"


def test_an_office_alone_in_a_speech_title_is_no_holder():
    speaker = _speaker(
        _SPEECH,
        "86,000 tonnes",
        kind="speech",
        title="Speech By The Minister For Orchards And Rural Affairs at the Harvest Outlook Launch",
        publisher="Government Press Office",
    )
    assert speaker not in ("Rural Affairs", "Orchards And Rural Affairs")
