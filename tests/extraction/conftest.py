"""Fixtures for the extraction tests: suggestions for a text written in the test,
without a database, and a stored source for the admin page and the command."""

import datetime

import pytest

from extraction import suggest_claims
from extraction.suggest import THRESHOLD
from tests.factories import SourceFactory

DEFAULTS = {
    "kind": "press_release",
    "publisher": "Ministry of Examples",
    "published_on": datetime.date(2024, 3, 1),
}

# A press release invented for the tests: narration, then a spokesperson's block.
RELEASE_BODY = (
    "Health Secretary Jane Roe said:\n\n"
    "Waiting lists for hip operations fell by a fifth in the year to March.\n\n"
    "The county’s hospitals treated 48,000\u00a0patients in February, more than in any "
    "month on record."
)
RELEASE_FIFTH = "Waiting lists for hip operations fell by a fifth in the year to March."
RELEASE_RECORD = (
    "The county’s hospitals treated 48,000\u00a0patients in February, more than in any "
    "month on record."
)


@pytest.fixture
def suggest():
    """suggest(body, **metadata): every suggestion for `body`, in text order, with
    the metadata of a press release unless told otherwise."""

    def suggest(body, *, threshold=0, **metadata):
        found = suggest_claims(body, threshold=threshold, **{**DEFAULTS, **metadata})
        return sorted(found, key=lambda c: c.start)

    return suggest


@pytest.fixture
def speaker_of(suggest):
    """speaker_of(body, fragment, **metadata): the speaker of the suggestion
    containing `fragment`; fails when no suggestion contains it."""

    def speaker_of(body, fragment, **metadata):
        for candidate in suggest(body, **metadata):
            if fragment in candidate.quote:
                return candidate.speaker
        raise AssertionError(f"no suggestion contains {fragment!r}")

    return speaker_of


@pytest.fixture
def quotes_of(suggest):
    """quotes_of(body, **metadata): the quotes an editor is shown for `body`, those
    scoring at least the assistant's threshold, in text order."""

    def quotes_of(body, **metadata):
        return [candidate.quote for candidate in suggest(body, threshold=THRESHOLD, **metadata)]

    return quotes_of


@pytest.fixture
def release_quotes():
    """The two statements of the stored release's text."""
    return {"fifth": RELEASE_FIFTH, "record": RELEASE_RECORD}


@pytest.fixture
def release(db):
    """A stored press release whose text names a spokesperson and two figures."""
    return SourceFactory(
        slug="hip-operations",
        body=RELEASE_BODY,
        published_on=datetime.date(2024, 3, 14),
    )
