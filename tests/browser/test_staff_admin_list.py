"""The editors' desk in a real browser (issue 12): the claims list fits a 1280 px
screen, and a draft's public address shows staff a preview marked as a draft."""

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim
from tests.factories import ClaimFactory, EvidenceFactory, SpeakerFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    # live_server empties the database afterwards: bring back the migrations' groups.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "correct-horse-battery-staple"
LONG_TEXT = (
    "We have cut the backlog of asylum claims awaiting an initial decision by more than "
    "half since the start of the year, and every one of them will be decided by the end "
    "of next month, as we promised in the summer."
)


@pytest.fixture
def desk(browser, live_server):
    """A 1280×800 page with a superuser logged in through the real login form.

    A superuser: after a restored database the groups' permissions are not dependable."""
    UserFactory(username="chief-editor", is_superuser=True)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.console_errors = []
    page.on(
        "console",
        lambda message: message.type == "error" and page.console_errors.append(message.text),
    )
    page.goto(live_server.url + reverse("admin:login"))
    page.fill("#id_username", "chief-editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(live_server.url + reverse("admin:index"))
    yield page
    context.close()


def test_the_claims_list_shows_status_rating_review_and_updated_at_1280_px(live_server, desk):
    speaker = SpeakerFactory(
        name="The Secretary of State for the Home Department", role="Home Secretary"
    )
    for n in range(5):
        ClaimFactory(text=f"{LONG_TEXT} ({n})", speaker=speaker, rating=Claim.Rating.UNSUPPORTED)
    ClaimFactory(draft=True, text=LONG_TEXT, review_requested_at=timezone.now())

    desk.goto(live_server.url + reverse("admin:claims_claim_changelist"))
    desk.wait_for_selector("#result_list")

    viewport = desk.viewport_size["width"]
    for header in ["Status", "Rating", "Review", "Updated"]:
        cell = desk.locator("#result_list thead th", has_text=header).first
        box = cell.bounding_box()
        assert box is not None, header
        assert box["x"] >= 0, header
        assert box["x"] + box["width"] <= viewport, f"{header} is off screen: {box}"
    results = desk.locator("#changelist-form .results")
    assert results.evaluate("el => el.scrollWidth <= el.clientWidth")
    assert desk.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # The whole claim is in the cell's title, for a tooltip.
    assert desk.locator(f'#result_list .claim-text[title="{LONG_TEXT} (0)"]').count() == 1
    assert desk.locator("#result_list .review-awaiting", has_text="Awaiting review").count() == 1
    assert [e for e in desk.console_errors if "404" not in e] == []


def test_staff_see_a_draft_at_its_public_address_with_the_banner(live_server, desk):
    draft = ClaimFactory(draft=True, text="Arrivals fell by a quarter this spring.")
    EvidenceFactory(claim=draft)

    response = desk.goto(live_server.url + draft.get_absolute_url())

    assert response.status == 200
    banner = desk.locator(".preview-banner")
    assert banner.is_visible()
    assert "Draft — not public" in banner.text_content()
    assert desk.locator('meta[name="robots"][content="noindex"]').count() == 1
    assert desk.locator('script[type="application/ld+json"]').count() == 0
    assert [e for e in desk.console_errors if "404" not in e] == []
