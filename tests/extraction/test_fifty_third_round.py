"""Rules of the fifty-third round, written from the misses of rounds 34–36 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

import datetime

from extraction import suggest_claims
from extraction.dates import document_date


def _found(body, fragment, **metadata):
    """The suggestion at the default threshold whose quote holds `fragment`."""
    for candidate in suggest_claims(body, **metadata):
        if fragment in candidate.quote:
            return candidate
    raise AssertionError(f"no suggestion contains {fragment!r}")


# (1) A speech's header line dates its delivery over a reposting page's later date.

REPOSTED = (
    "Jane Roe: Outlook for prices\n\n"
    "Speech by Ms Jane Roe, Deputy Governor of the Northland Reserve Bank, at the "
    "Chamber of Commerce, Port Alder, {delivered}.\n\n"
    "Central bank speech |\n"
    "{posted}\n\n"
    "Thank you for having me. Inflation has fallen from 9 per cent to 3 per cent over the "
    "past two years, and unemployment remains at 4 per cent.\n"
)


def test_speech_header_date_dates_the_speech_not_the_repost():
    body = REPOSTED.format(delivered="4 March 2019", posted="11 March 2019")
    claim = _found(body, "Inflation has fallen", kind="speech")
    assert claim.date == datetime.date(2019, 3, 4)


def test_speech_header_date_after_the_page_date_is_not_taken():
    body = REPOSTED.format(delivered="18 March 2019", posted="11 March 2019")
    assert document_date(body) == datetime.date(2019, 3, 11)


def test_event_date_ending_a_speech_header_is_not_the_delivery():
    body = (
        "Speech by Jane Roe at the Assembly on the summit of 4 March 2019\n\n"
        "Published\n11 March 2019\n\n"
        "Inflation has fallen from 9 per cent to 3 per cent over the past two years.\n"
    )
    assert document_date(body) == datetime.date(2019, 3, 11)


# (2) "Tomorrow's summit" in a speech titled by the summit's dates: the day before.

EVE = (
    "Speech by the President at the Assembly on the preparation of the Northern Summit "
    "of 21-22 October 2021\n\n"
    "Honourable Members,\n\n"
    "We will be discussing many topics at {when}. Exports of grain have risen by 40 per "
    "cent since 2019, the highest level on record.\n"
)


def test_tomorrows_event_dates_the_speech_the_day_before_its_first_day():
    claim = _found(EVE.format(when="tomorrow’s Northern Summit"), "Exports of grain", kind="speech")
    assert claim.date == datetime.date(2021, 10, 20)


def test_tomorrows_other_event_leaves_the_title_date():
    body = EVE.format(when="tomorrow's budget debate")
    assert document_date(body) == datetime.date(2021, 10, 22)


# (3) A date in figures whose day and month are the same number reads either way.

DRAFT = (
    "Northland freight system\n\n"
    "Draft report\n\n"
    "Released {stamp}\n\n"
    "Freight costs at Northland ports rose by 20 per cent between 2015 and 2020, the "
    "draft report finds.\n"
)


def test_figures_with_equal_day_and_month_date_the_report():
    assert document_date(DRAFT.format(stamp="09 / 09 / 2022")) == datetime.date(2022, 9, 9)


def test_figures_with_day_and_month_both_under_thirteen_still_date_nothing():
    assert document_date(DRAFT.format(stamp="09 / 10 / 2022")) is None


def test_tomorrows_event_named_by_its_head_word_before_a_verb():
    body = EVE.format(when="the Assembly. Tomorrow's summit will discuss grain").replace(
        "Northern Summit", "summit"
    )
    assert document_date(body) == datetime.date(2021, 10, 20)


# (4) A speech's setting: its header line, a picture's credit, a pleasantry, the topic.

SETTING = (
    "Jane Roe: Outlook for prices\n\n"
    "Speech by Ms Jane Roe, Deputy Governor of the Northland Reserve Bank, at the Chamber "
    "of Commerce, Port Alder, 4 March 2019.\n\n"
    "© Northland Union, 2019, Source: Audiovisual Service, Jane Roe\n\n"
    "{opening}\n\n"
    "Inflation has fallen from 9 per cent to 3 per cent over the past two years.\n"
)


def _quotes(body, **metadata):
    return [candidate.quote for candidate in suggest_claims(body, **metadata)]


def test_speech_header_line_and_credit_are_not_claims():
    quotes = _quotes(SETTING.format(opening="Thank you."), kind="speech")
    assert not any(quote.startswith("Speech by") or "©" in quote for quote in quotes)
    assert any("Inflation has fallen" in quote for quote in quotes)


def test_pleasantry_and_announced_topic_are_not_claims():
    opening = (
        "As a member of the Northland Reserve Board, I always find it a pleasure to hear "
        "from people in communities across the country. Today's topic is the Northland "
        "economy."
    )
    quotes = _quotes(SETTING.format(opening=opening), kind="speech")
    assert not any("a pleasure" in quote or "topic" in quote for quote in quotes)


def test_sentence_that_opens_with_a_speech_by_a_person_but_no_date_is_scored():
    body = (
        "Speech by ministers on rail has cost the Northland Treasury 40 million pounds since "
        "2019, the auditor found.\n"
    )
    assert any("40 million" in quote for quote in _quotes(body, kind="article"))
