"""The editors' desk in Chromium (issue 12): a fact-checker's form offers no publish
box and sends an edit of a published claim for review; an edit conflict keeps the
second editor's work and saves once merged."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from claims import services
from claims.models import Claim
from tests.factories import ClaimFactory, EvidenceFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    # live_server empties the database afterwards: bring back the migrations' groups.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "correct-horse-battery-staple"
OLD_VERDICT = "Home Office figures show a fall of about a third."


def fact_checker():
    # Permissions of its own: the groups' permissions are not dependable after another
    # test restores the database.
    user = UserFactory(username="checker")
    codenames = [
        f"{action}_{model}"
        for action in ("add", "change", "view")
        for model in ("claim", "evidence", "speaker", "topic")
    ]
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)
    )
    return user


def log_in(page, base, username):
    page.goto(base + reverse("admin:login"))
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(base + reverse("admin:index"))


def published_claim():
    claim = ClaimFactory(verdict=OLD_VERDICT, statement="Crossings fell.")
    EvidenceFactory(claim=claim)
    return claim


def change_page(base, claim):
    return base + reverse("admin:claims_claim_change", args=[claim.pk])


def test_fact_checkers_form_has_no_publish_box_and_their_edit_waits_for_review(live_server, page):
    fact_checker()
    claim = published_claim()
    base = live_server.url
    log_in(page, base, "checker")

    page.goto(change_page(base, claim))
    assert page.locator("input[type=checkbox][name=publish]").count() == 0
    assert "Published on" in page.locator(".field-publication").inner_text()
    page.fill("#id_verdict", "The fall is a third only against a record year.")
    page.fill("#id_correction_note", "The comparison is with a record year.")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist")

    assert "wait for an editor's review" in page.locator(".messagelist").inner_text()
    claim.refresh_from_db()
    assert claim.verdict == OLD_VERDICT
    page.goto(base + claim.get_absolute_url())
    assert OLD_VERDICT in page.content()
    assert claim.revisions.get().verdict == "The fall is a third only against a record year."


def test_edit_conflict_keeps_my_values_beside_theirs_and_saves_once_merged(live_server, page):
    UserFactory(username="editor", is_superuser=True)
    claim = published_claim()
    base = live_server.url
    log_in(page, base, "editor")
    page.goto(change_page(base, claim))

    other = Claim.objects.get(pk=claim.pk)
    other.statement = "Small-boat crossings fell by a third."
    services.claim_save(claim=other, user=None, correction_note="Sharper.")

    page.fill("#id_verdict", "My verdict, written while they edited.")
    page.fill("#id_correction_note", "Reworded.")
    page.click("input[name=_continue]")
    page.wait_for_selector(".errornote")

    assert page.input_value("#id_verdict") == "My verdict, written while they edited."
    assert (
        "Small-boat crossings fell by a third."
        in page.locator(".field-statement .conflict-current").inner_text()
    )
    assert page.input_value("#id_statement") == "Crossings fell."
    page.fill("#id_statement", "Small-boat crossings fell by a third.")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist")

    claim.refresh_from_db()
    assert claim.statement == "Small-boat crossings fell by a third."
    assert claim.verdict == "My verdict, written while they edited."
    assert page.locator(".conflict-current").count() == 0
