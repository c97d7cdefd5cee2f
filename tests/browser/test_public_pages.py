"""A reader's path through the public pages in a real browser."""

import datetime

import pytest

from claims.models import Claim, Evidence
from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = (
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


@pytest.fixture
def site():
    speaker = SpeakerFactory(name="James Cleverly", role="Home Secretary")
    source = SourceFactory(title="Treaty signed to strengthen UK-Rwanda Migration Partnership")
    source.body = BODY
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
    EvidenceFactory(
        claim=crossings,
        title="Irregular migration to the UK, year ending December 2023",
        archived_url="https://web.archive.org/web/2024/https://www.gov.uk/stats",
    )
    EvidenceFactory(claim=hosting, stance=Evidence.Stance.CONTEXT, title="UNHCR Rwanda factsheet")
    ClaimFactory(
        text="A claim still being checked.",
        speaker=speaker,
        status=Claim.Status.IN_PROGRESS,
        rating="",
        verdict="",
        said_on=datetime.date(2023, 11, 1),
    )
    ClaimFactory(text="A draft nobody may see.", speaker=speaker, draft=True)
    return {"speaker": speaker, "source": source, "topic": topic, "claims": [crossings, hosting]}


def test_reader_filters_the_list_by_rating_by_clicking(live_server, page, site):
    page.goto(f"{live_server.url}/claims/")
    assert page.locator(".card").count() == 3

    page.get_by_text("Speaker, topic, verdict, date").click()
    # Options carry their counts ("Misleading (1)"): pick by value.
    page.get_by_label("Rating").select_option(value="misleading")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**/claims/?*rating=misleading*")

    cards = page.locator(".card")
    assert cards.count() == 1
    assert "Misleading" in cards.first.locator(".badge").inner_text()
    assert "135,000" in cards.first.inner_text()
    assert page.get_by_label("Rating").input_value() == "misleading"
    assert page.console_errors == []


def test_reader_opens_a_claim_from_the_list(live_server, page, site):
    crossings = site["claims"][0]
    page.goto(f"{live_server.url}/claims/")

    page.get_by_role("link", name=crossings.statement).click()
    page.wait_for_url(f"**{crossings.get_absolute_url()}")

    assert page.locator("h1").inner_text() == crossings.statement
    assert "Mostly accurate" in page.locator(".verdict .badge").inner_text()
    assert page.locator(".quote-context mark").inner_text() == crossings.text
    assert page.console_errors == []


def test_reader_follows_a_highlight_on_the_source_page_back_to_its_claim(live_server, page, site):
    hosting = site["claims"][1]
    page.goto(f"{live_server.url}{site['source'].get_absolute_url()}")
    assert page.locator(".source-body mark").count() == 2

    page.locator(".source-body mark a", has_text="135,000").click()
    page.wait_for_url(f"**{hosting.get_absolute_url()}")

    assert page.locator("h1").inner_text() == hosting.statement
    assert page.console_errors == []


def test_claim_page_links_to_its_quote_in_the_source_text(live_server, page, site):
    crossings = site["claims"][0]
    page.goto(f"{live_server.url}{crossings.get_absolute_url()}")

    page.locator(".source-line a").first.click()
    page.wait_for_url(f"**#quote-{crossings.slug}")

    assert page.locator(f"#quote-{crossings.slug}").inner_text() == crossings.text


def test_skip_link_is_the_first_thing_the_keyboard_reaches(live_server, page, site):
    page.goto(f"{live_server.url}/")

    page.keyboard.press("Tab")

    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


PAGES = {
    "home": lambda s: "/",
    "claim list": lambda s: "/claims/",
    "list with bad filters": lambda s: "/claims/?rating=bogus&said_after=not-a-date",
    "claim": lambda s: s["claims"][0].get_absolute_url(),
    "speakers": lambda s: "/speakers/",
    "speaker": lambda s: s["speaker"].get_absolute_url(),
    "sources": lambda s: "/sources/",
    "source": lambda s: s["source"].get_absolute_url(),
    "topic": lambda s: s["topic"].get_absolute_url(),
}


@pytest.mark.parametrize("name", PAGES)
def test_page_fits_a_375px_screen_without_console_errors(live_server, browser, site, name):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    errors = []
    page.on(
        "console",
        lambda m: m.type == "error" and errors.append(m.text),
    )
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(f"{live_server.url}{PAGES[name](site)}")
        page.wait_for_load_state("load")

        widths = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1], (
            f"{name}: content {widths[0]}px wide on a {widths[1]}px screen"
        )
        assert page.locator("h1").count() == 1
        if name == "list with bad filters":
            # Bad filters are answered with 400, which Chromium reports for the document.
            errors = [e for e in errors if "status of 400 (Bad Request)" not in e]
        assert errors == []
    finally:
        context.close()
