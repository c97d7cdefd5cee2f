"""Browser tests: Playwright driving the system's Chromium against a live server.

They never download a browser: without Chromium at CHROMIUM they are skipped,
with a reason that says so."""

import datetime
import importlib
import os
from pathlib import Path

import pytest
from django.apps import apps

from claims.models import Claim, Speaker
from tests.factories import (
    ClaimFactory,
    CorrectionFactory,
    EvidenceFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SKIP_REASON = f"Chromium not found at {CHROMIUM}; browser tests skipped"

# Playwright's sync API runs an event loop in this thread; the tests still use the
# ORM synchronously, which Django refuses while a loop runs unless told otherwise.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, started with plain http.

    The server builds its middleware once, when it starts: the https redirect
    that production settings turn on has to be off by then."""
    from django.test.utils import override_settings
    from pytest_django.live_server_helper import LiveServer

    addr = os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost"
    with override_settings(SECURE_SSL_REDIRECT=False):
        server = LiveServer(addr)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh desktop-sized page; `page.console_errors` collects console and script errors."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.console_errors = []
    page.on(
        "console",
        lambda message: message.type == "error" and page.console_errors.append(message.text),
    )
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()


READER_BODY = (
    "Treaty signed to strengthen UK-Rwanda Migration Partnership\n\n"
    "Home Secretary James Cleverly said:\n\n"
    "Our work has led to crossings coming down by a third compared to last year.\n\n"
    "Rwanda is hosting over 135,000\u00a0asylum seekers who have found sanctuary there."
)


def placed(source, quote, **kwargs):
    claim = ClaimFactory.build(text=quote, source=source, **kwargs)
    claim.full_clean()
    claim.save()
    return claim


def write_standing_pages():
    """The pages the data migration writes: transactional tests empty every table."""
    migration = importlib.import_module("pages.migrations.0002_write_initial_pages")
    migration.write_pages(apps, None)


@pytest.fixture
def reader_site(db):
    """A small published site for the reader-trust tests: a corrected claim, a claim
    still being checked, a publication's own text, a topic and a source."""
    write_standing_pages()
    speaker = SpeakerFactory(name="James Cleverly", role="Home Secretary")
    encyclopedia = SpeakerFactory(
        name="Wikipedia", kind=Speaker.Kind.PUBLICATION, role="", organisation=""
    )
    source = SourceFactory(title="Treaty signed to strengthen UK-Rwanda Migration Partnership")
    source.body = READER_BODY
    source.save()
    topic = TopicFactory(name="Migration")
    crossings = placed(
        source,
        "crossings coming down by a third compared to last year",
        statement="Small-boat crossings in 2023 were a third lower than in 2022.",
        speaker=speaker,
        rating=Claim.Rating.MOSTLY_ACCURATE,
        verdict="Home Office figures show 29,437 arrivals in 2023 against 45,774 in 2022.",
    )
    hosting = placed(
        source,
        "Rwanda is hosting over 135,000 asylum seekers",
        statement="Rwanda hosts more than 135,000 asylum seekers.",
        speaker=speaker,
        rating=Claim.Rating.MISLEADING,
        verdict="UNHCR counts refugees and asylum seekers together.",
    )
    for claim in (crossings, hosting):
        claim.topics.set([topic])
        EvidenceFactory(claim=claim, title=f"Evidence for {claim.slug}")
    correction = CorrectionFactory(
        claim=crossings,
        old_rating=Claim.Rating.ACCURATE,
        new_rating=Claim.Rating.MOSTLY_ACCURATE,
        note="We compared the wrong periods; the fall is about a third, not more.",
    )
    in_progress = ClaimFactory(
        text="A claim still being checked.",
        speaker=speaker,
        status=Claim.Status.IN_PROGRESS,
        rating="",
        verdict="",
        said_on=datetime.date(2023, 11, 1),
    )
    narration = ClaimFactory(
        text="The partnership was announced in April 2022.",
        speaker=encyclopedia,
        rating=Claim.Rating.ACCURATE,
    )
    ClaimFactory(text="A draft nobody may see.", speaker=speaker, draft=True)
    return {
        "speaker": speaker,
        "publication": encyclopedia,
        "source": source,
        "topic": topic,
        "claims": [crossings, hosting],
        "in_progress": in_progress,
        "narration": narration,
        "correction": correction,
    }
