"""Every public page and the admin work under the Content-Security-Policy: a real
Chromium reports no violation and no script error."""

import pytest
from django.urls import reverse

from claims.models import Claim, Topic
from sources.models import Source
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    # live_server empties the database afterwards: bring back the migrations' groups.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "correct-horse-battery-staple"


def problems(page):
    """Console and script errors, less missing resources (the favicon)."""
    return [e for e in page.console_errors if "404" not in e]


def visit(page, url):
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    assert response.status == 200, url


def test_public_pages_and_admin_run_without_policy_violations(seed, live_server, page):
    UserFactory(username="editor", groups=["Editors"], is_superuser=True)
    claim = Claim.objects.public().exclude(rating="").first()
    source = Source.objects.first()
    topic = Topic.objects.filter(claims__isnull=False).first()
    base = live_server.url

    for path in [
        "/",
        reverse("claims:list"),
        claim.get_absolute_url(),
        claim.speaker.get_absolute_url(),
        source.get_absolute_url(),
        topic.get_absolute_url(),
        "/api/docs/",
    ]:
        visit(page, base + path)
    page.wait_for_selector("#swagger-ui .info")

    visit(page, base + reverse("admin:login"))
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(base + reverse("admin:index"))
    for name, args in [
        ("admin:claims_claim_changelist", []),
        ("admin:claims_claim_add", []),
        ("admin:claims_claim_history", [claim.pk]),
        ("admin:sources_source_change", [source.pk]),
        ("admin:claims_correction_changelist", []),
    ]:
        visit(page, base + reverse(name, args=args))
    visit(page, base + reverse("admin:claims_claim_change", args=[claim.pk]))
    page.click("text=Add another Evidence")
    assert page.locator(".dynamic-evidence").count() == claim.evidence.count() + 1
    page.click("#id_speaker + .select2")  # the autocomplete widget opens and searches
    page.wait_for_selector(".select2-results__option")

    assert problems(page) == []
