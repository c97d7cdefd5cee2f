"""An editor pastes a source into the real textarea (the browser posts it with CRLF
line endings), asks for suggestions and accepts them: every draft's quote reads
exactly its words in the stored text."""

import pytest
from django.urls import reverse

from claims.models import Claim
from sources.models import Source
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    # live_server empties the database afterwards: bring back the migrations' groups.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "correct-horse-battery-staple"
TEXT = (
    "Housing Minister Tom Reed said:\n\n"
    "\u201cWe built 210,000\u00a0homes in 2024, the most in thirty years.\u201d\n\n"
    "\tRents rose by 4% last year, half the rise of\u200b 2023.\n"
)


def test_a_pasted_source_gives_suggestions_that_become_matching_drafts(live_server, page):
    # A superuser: after a restored database the groups' permissions are not dependable.
    UserFactory(username="editor", groups=["Editors"], is_superuser=True)
    base = live_server.url
    page.goto(base + reverse("admin:login"))
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(base + reverse("admin:index"))

    page.goto(base + reverse("admin:sources_source_add"))
    page.fill("#id_title", "Housing figures")
    page.fill("#id_body", TEXT)
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist")
    source = Source.objects.get(title="Housing figures")
    assert source.body == TEXT.rstrip("\n") + "\n"
    assert "\r" not in source.body

    page.goto(base + reverse("extraction:suggest-claims", args=[source.pk]))
    boxes = page.locator("input[name=span]")
    offered = boxes.count()
    assert offered >= 2
    for index in range(offered):
        boxes.nth(index).check()
    page.click("input[value='Create draft claims']")
    page.wait_for_selector(".messagelist")

    drafts = Claim.objects.filter(source=source)
    assert drafts.count() == offered
    for claim in drafts:
        assert source.body[claim.quote_start : claim.quote_end] == claim.text
        assert claim.speaker.name == "Tom Reed"
