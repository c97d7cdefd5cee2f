"""axe-core (bundled with the test dependencies, never fetched) finds no WCAG 2.2 AA
violation on any public page, at desktop and phone widths."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}
PAGES = {
    "home": lambda s: "/",
    "claim list": lambda s: "/claims/",
    "filtered list": lambda s: f"/claims/?speaker={s['speaker'].slug}&rating=misleading",
    "list with bad filters": lambda s: "/claims/?rating=bogus&said_after=not-a-date",
    "corrected claim": lambda s: s["claims"][0].get_absolute_url(),
    "claim being checked": lambda s: s["in_progress"].get_absolute_url(),
    "publication's text": lambda s: s["narration"].get_absolute_url(),
    "speakers": lambda s: "/speakers/",
    "speaker": lambda s: s["speaker"].get_absolute_url(),
    "publication": lambda s: s["publication"].get_absolute_url(),
    "sources": lambda s: "/sources/",
    "source": lambda s: s["source"].get_absolute_url(),
    "topics": lambda s: "/topics/",
    "topic": lambda s: s["topic"].get_absolute_url(),
    "corrections": lambda s: "/corrections/",
    "methodology": lambda s: "/methodology/",
    "about": lambda s: "/about/",
    "corrections policy": lambda s: "/corrections-policy/",
    "not found": lambda s: "/claims/no-such-claim/",
}


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.mark.parametrize("width", WIDTHS)
def test_public_pages_have_no_wcag_violations(live_server, browser, axe, width, reader_site):
    site = reader_site
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h})
    page = context.new_page()
    found = {}
    try:
        for name, path in PAGES.items():
            page.goto(f"{live_server.url}{path(site)}")
            results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_AA}})
            if results.violations_count:
                found[name] = results.generate_report()
    finally:
        context.close()
    assert found == {}, "\n\n".join(f"{name}:\n{report}" for name, report in found.items())
