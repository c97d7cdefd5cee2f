"""Ninety-ninth round: layouts from rounds 112 to 116. A member's heading that repeats the
party label printed above it ("Liberal" over "Jane Roe Liberal Northtown, NS"); a surname in
capitals before a bracketed seat and a time ("Ms ROE (Northtown—Minister for Buses)
(14:13):"); a quotation still open when it names an official ("“I am visiting the Princess
of Wales Hospital …"); a speech's header naming its venue after the speaker's office, or
its salutation naming the people addressed; a name after "Mr" is every capitalised word
("Mr Gan Kim Yong"); an office holder's site line ("Former Governor Jane Roe (2009-2017) |
News"); "The governor released the following statement:" under "Gov. Jane Roe"; a pull
quote closing on its credit ("…Jane Roe, spokesperson - Northland Power")."""

from extraction.suggest import suggest_claims


def _speaker(text, fragment, **metadata):
    for candidate in suggest_claims(text, **metadata):
        if fragment in candidate.quote:
            return candidate.speaker
    raise KeyError(fragment)


def test_a_heading_repeating_the_party_label_above_it_names_the_member():
    text = (
        "5:10 p.m.\n\n"
        "Conservative\n\n"
        "John Doe Conservative Northtown, NS\n\n"
        "This fund was announced two years ago with $4 billion behind it, and not one home "
        "has been completed.\n\n"
        "5:11 p.m.\n\n"
        "Liberal\n\n"
        "Jane Roe Liberal Southtown, NS\n\n"
        "The fund is now rolling out, with 40,000 homes approved in the last two weeks.\n"
    )
    metadata = {"kind": "parliamentary_record", "publisher": "Parliament Watch"}
    assert _speaker(text, "announced two years ago", **metadata) == "John Doe"
    assert _speaker(text, "40,000 homes approved", **metadata) == "Jane Roe"


def test_a_capital_surname_before_a_seat_and_a_time_is_the_member():
    text = (
        "Ministers statements: buses\n\n"
        "Ms ROE (Northtown—Minister for Buses) (14:13): I rise to update the house. Bus "
        "journeys rose by 12% last year, the largest rise on record.\n"
    )
    speaker = _speaker(
        text, "rose by 12%", kind="parliamentary_record", publisher="Northland Parliament"
    )
    assert speaker == "Roe"


def test_an_open_quotation_naming_an_official_stays_the_speakers():
    text = (
        "Minister for Health Jane Roe said:\n\n"
        "“Waiting lists fell by 11% in January.\n\n"
        "“I am today visiting the Princess of Wales Hospital, where no one now waits more "
        "than a year for a first appointment.”\n"
    )
    speaker = _speaker(
        text, "no one now waits", kind="press_release", publisher="Northland Government"
    )
    assert speaker == "Jane Roe"


def test_a_venue_after_the_office_is_no_speaker_and_mr_keeps_a_three_word_name():
    text = (
        "Speech at the Ministry of Buses Ceremony 2008\n\n"
        "Mr Tan Wei Ming, Acting Minister for Buses, Northtown Auditorium, One Harbour Road\n\n"
        "Colleagues and friends,\n\n"
        "As we gather this afternoon, inflation reached 7.5% in June, while the economy slowed "
        "to 1.9%.\n"
    )
    speaker = _speaker(
        text,
        "inflation reached 7.5%",
        kind="speech",
        title="Speech at the Ministry of Buses Ceremony 2008",
        publisher="Ministry of Buses",
    )
    assert speaker == "Tan Wei Ming"


def test_a_salutation_names_who_is_addressed_not_the_speaker():
    text = (
        "Bus Director-General's Address to the Seventh Bus Assembly\n\n"
        "Honourable Dr Jane Roe, President of the Seventh Bus Assembly,\n\n"
        "Excellencies, dear colleagues and friends,\n\n"
        "Bus use is rising in 150 countries, and there are now 19 million more passengers "
        "than in 2010.\n"
    )
    speaker = _speaker(
        text,
        "19 million more passengers",
        kind="speech",
        title="Bus Director-General's Address to the Seventh Bus Assembly",
        publisher="Bus News Online",
    )
    assert speaker == "Bus Director-General"


def test_an_office_holders_site_line_names_the_speech_in_the_first_person():
    text = (
        "Governor’s Weekly Message Transcript: Budget Priorities\n\n"
        "Former Governor Jane Roe (2009-2017) | News | Date Posted: Friday, January 27, 2012\n\n"
        "Someone said to me after my address last week that I spend most of my time on jobs. "
        "Our budget's largest new investment is $40 million for roads.\n"
    )
    speaker = _speaker(
        text,
        "$40 million for roads",
        kind="speech",
        title="Governor’s Weekly Message Transcript: Budget Priorities",
        publisher="State of Northland",
    )
    assert speaker == "Jane Roe"


def test_a_site_line_naming_no_office_names_no_one():
    text = (
        "Weekly Message Transcript: Budget Priorities\n\n"
        "Northland News | Budget | Date Posted: Friday, January 27, 2012\n\n"
        "Someone said to me after my address last week that I spend most of my time on jobs. "
        "Our budget's largest new investment is $40 million for roads.\n"
    )
    speaker = _speaker(
        text,
        "$40 million for roads",
        kind="speech",
        title="Weekly Message Transcript: Budget Priorities",
        publisher="State of Northland",
    )
    assert speaker == "State of Northland"


def test_the_governors_following_statement_is_the_governor_the_text_names():
    text = (
        "SANTA FE – Gov. Jane Roe announced on Friday that the unemployment rate fell to "
        "4.1%.\n\n"
        "The governor released the following statement:\n\n"
        "“Our investments have brought the unemployment rate to a 14-year low.”\n"
    )
    speaker = _speaker(
        text, "14-year low", kind="press_release", publisher="Office of the Governor"
    )
    assert speaker == "Jane Roe"


def test_a_pull_quote_closing_on_its_credit_is_the_credited_persons():
    text = (
        "Power cuts are back, as the utility struggles to meet demand.\n\n"
        "We do not take any joy in cutting power. The repairs at the northern station are "
        "halfway done…Jane Roe, spokesperson - Northland Power\n"
    )
    speaker = _speaker(
        text, "repairs at the northern station", kind="interview", publisher="Northland Radio"
    )
    assert speaker == "Jane Roe"


def test_a_paragraph_ending_on_a_name_without_an_office_credits_no_one():
    text = (
        "Power cuts are back, as the utility struggles to meet demand.\n\n"
        "The repairs at the northern station were halfway done, according to a report by the "
        "engineers…Jane Roe, Northland\n"
    )
    speaker = _speaker(
        text, "repairs at the northern station", kind="article", publisher="Northland Radio"
    )
    assert speaker == "Northland Radio"
