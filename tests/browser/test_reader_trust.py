"""What a reader sees of corrections, rating definitions and filters, in a real browser."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(reader_site):
    return reader_site


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    yield context.new_page()
    context.close()


def test_corrected_claim_shows_the_notice_beside_the_verdict_linking_to_the_correction(
    live_server, page, site
):
    crossings, correction = site["claims"][0], site["correction"]
    page.goto(f"{live_server.url}{crossings.get_absolute_url()}")

    notice = page.locator(".verdict .correction-notice")
    assert notice.is_visible()
    assert notice.inner_text().startswith("Corrected on ")
    assert "We compared the wrong periods" in notice.inner_text()

    notice.get_by_role("link").click()
    page.wait_for_url(f"**#correction-{correction.pk}")
    target = page.locator(f"#correction-{correction.pk}")
    assert target.is_visible()
    assert "We compared the wrong periods" in target.inner_text()
    assert page.console_errors == []


def test_uncorrected_claim_has_no_correction_notice(live_server, page, site):
    page.goto(f"{live_server.url}{site['claims'][1].get_absolute_url()}")

    assert page.locator(".verdict").is_visible()
    assert page.locator(".correction-notice").count() == 0


def test_corrections_page_links_to_the_correction_on_the_claim_page(live_server, page, site):
    correction = site["correction"]
    page.goto(f"{live_server.url}/corrections/")

    page.locator(f"#correction-{correction.pk} h2 a").click()
    page.wait_for_url(f"**{correction.claim.get_absolute_url()}#correction-{correction.pk}")

    assert page.locator(f"#correction-{correction.pk}").is_visible()


def test_verdict_badge_leads_to_the_rating_definition(live_server, page, site):
    page.goto(f"{live_server.url}{site['claims'][0].get_absolute_url()}")

    page.locator(".verdict a.badge").click()
    page.wait_for_url("**/methodology/#rating-mostly-accurate")

    definition = page.locator("#rating-mostly-accurate")
    assert definition.is_visible()
    assert "Mostly accurate" in definition.locator("dt").inner_text()
    assert "broadly right" in definition.locator("dd").inner_text()
    assert page.console_errors == []


def test_rating_scale_box_links_every_rating_to_its_definition(live_server, page, site):
    page.goto(f"{live_server.url}{site['claims'][1].get_absolute_url()}")

    links = page.locator(".scale li a")
    assert links.count() == 6
    page.locator(".scale li a", has_text="Inaccurate").click()
    page.wait_for_url("**/methodology/#rating-inaccurate")
    assert page.locator("#rating-inaccurate").is_visible()


def test_badges_in_lists_link_to_their_definitions(live_server, page, site):
    for path in ("/claims/", site["source"].get_absolute_url(), "/"):
        page.goto(f"{live_server.url}{path}")
        badges = page.locator("a.badge")
        assert badges.count() >= 1, path
        for href in badges.evaluate_all("els => els.map(e => e.getAttribute('href'))"):
            assert href.startswith("/methodology/#rating-"), (path, href)


def test_footer_and_navigation_reach_the_standing_pages(live_server, page, site):
    page.goto(f"{live_server.url}/")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Topics").click()
    page.wait_for_url("**/topics/")
    assert page.locator("h1").inner_text() == "Topics"

    for name, heading in (
        ("About us", "About us"),
        ("Corrections policy", "Corrections policy"),
        ("Corrections", "Corrections"),
        ("Methodology and ratings", "Methodology"),
    ):
        page.locator(".site-footer").get_by_role("link", name=name, exact=True).click()
        assert page.locator("h1").inner_text() == heading


def test_in_progress_badge_has_no_ring_that_reads_as_zero(live_server, page, site):
    page.goto(f"{live_server.url}{site['in_progress'].get_absolute_url()}")

    badge = page.locator(".verdict .badge-status")
    assert "Being checked" in badge.inner_text()
    icon = badge.evaluate(
        "el => { const s = getComputedStyle(el, '::before');"
        " return [s.borderTopWidth, s.borderRadius, s.clipPath]; }"
    )
    border, radius, clip = icon
    assert border == "0px" and radius == "0px"
    assert clip.startswith("polygon")


def test_on_a_phone_filtered_results_come_before_the_filter_form(live_server, phone, site):
    speaker = site["speaker"]
    phone.goto(
        f"{live_server.url}/claims/?speaker={speaker.slug}&rating=misleading&said_after=2020-01-01"
    )

    first_card = phone.locator(".card").first.bounding_box()
    assert first_card["y"] < 500, first_card
    assert phone.locator("#filters").bounding_box()["y"] > first_card["y"]
    # The form is still one tap away.
    phone.get_by_role("link", name="Change the filters").click()
    assert phone.evaluate("location.hash") == "#filters"


def test_on_a_desktop_filtered_list_keeps_the_form_on_the_left(live_server, page, site):
    page.goto(f"{live_server.url}/claims/?rating=misleading")

    form, first_card = (
        page.locator("#filters").bounding_box(),
        page.locator(".card").first.bounding_box(),
    )
    assert form["x"] < first_card["x"]
    assert abs(form["y"] - first_card["y"]) < 200
