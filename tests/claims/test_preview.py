"""Staff preview a draft at its public address (issue 12): marked as a draft, never
indexed, cached or marked up for fact-check aggregators; readers still get a 404."""

import json
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from claims.models import Claim
from tests.factories import ClaimFactory, EvidenceFactory, UserFactory

pytestmark = pytest.mark.django_db

BANNER = "Draft — not public"


@pytest.fixture
def draft():
    claim = ClaimFactory(draft=True, text="Crossings fell by a third.")
    EvidenceFactory(claim=claim)
    return claim


def jsonld_blocks(response) -> list[dict]:
    scripts = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return [json.loads(block) for block in scripts]


def test_staff_with_claim_permission_see_a_draft_with_the_banner(checker_client, draft):
    response = checker_client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert BANNER in response.content.decode()
    assert "Crossings fell by a third." in response.content.decode()


def test_a_draft_preview_is_not_indexed_not_cached_and_has_no_claimreview(editor_client, draft):
    response = editor_client.get(draft.get_absolute_url())

    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert response.headers["X-Robots-Tag"] == "noindex"
    directives = {d.strip() for d in response.headers["Cache-Control"].split(",")}
    assert directives == {"private", "no-store"}
    assert not [b for b in jsonld_blocks(response) if b.get("@type") == "ClaimReview"]


def test_a_draft_preview_links_to_its_admin_page(editor_client, draft):
    response = editor_client.get(draft.get_absolute_url())

    assert reverse("admin:claims_claim_change", args=[draft.pk]) in response.content.decode()


def test_anonymous_readers_get_the_sites_404_for_a_draft(client, draft):
    response = client.get(draft.get_absolute_url())

    assert response.status_code == 404
    assert BANNER not in response.content.decode()


def test_a_logged_in_non_staff_user_gets_a_404_for_a_draft(client, draft):
    client.force_login(UserFactory(username="reader", is_staff=False))

    assert client.get(draft.get_absolute_url()).status_code == 404


def test_staff_without_permission_on_claims_get_a_404_for_a_draft(client, draft):
    client.force_login(UserFactory(username="sources-only", groups=[]))

    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_published_claim_page_is_unchanged_for_staff(editor_client):
    claim = ClaimFactory()
    EvidenceFactory(claim=claim)

    response = editor_client.get(claim.get_absolute_url())

    assert response.status_code == 200
    assert BANNER not in response.content.decode()
    assert "noindex" not in response.content.decode()
    assert "X-Robots-Tag" not in response.headers
    assert [b for b in jsonld_blocks(response) if b.get("@type") == "ClaimReview"]


def test_public_pages_still_hide_drafts_from_staff(editor_client, draft):
    """Only the claim's own page previews: lists, the API and feeds stay public-only."""
    assert draft.text not in editor_client.get(reverse("claims:list")).content.decode()
    api = editor_client.get("/api/v1/claims/")
    assert draft.slug not in api.content.decode()
    assert not Claim.objects.public().filter(pk=draft.pk).exists()


def test_the_admins_view_on_site_for_a_draft_opens_the_preview(editor_client, draft):
    change_page = editor_client.get(reverse("admin:claims_claim_change", args=[draft.pk]))
    view_on_site = reverse(
        "admin:view_on_site", args=[ContentType.objects.get_for_model(Claim).pk, draft.pk]
    )
    assert view_on_site in change_page.content.decode()

    response = editor_client.get(view_on_site, follow=True)

    assert response.status_code == 200
    assert BANNER in response.content.decode()
