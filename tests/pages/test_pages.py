"""The desk's standing pages: methodology with rating definitions, about, corrections
policy; written by editors in the admin, shown to readers escaped."""

import pytest
from django.urls import reverse

from claims.models import Claim
from pages.models import Page, RatingDefinition, rating_anchor, rating_definition_url
from pages.text import render_text

pytestmark = pytest.mark.django_db

STANDING = {
    "/methodology/": "Methodology",
    "/about/": "About us",
    "/corrections-policy/": "Corrections policy",
}


@pytest.mark.parametrize("path", STANDING)
def test_standing_page_is_public_with_its_title_and_one_h1(client, path):
    response = client.get(path)

    assert response.status_code == 200
    body = response.content.decode()
    assert f"<h1>{STANDING[path]}</h1>" in body
    assert body.count("<h1") == 1
    assert f'<link rel="canonical" href="http://testserver{path}">' in body


def test_migration_writes_every_page_and_every_rating_definition():
    assert set(Page.objects.values_list("slug", flat=True)) == set(Page.Slug.values)
    assert set(RatingDefinition.objects.values_list("rating", flat=True)) == set(
        Claim.Rating.values
    )
    assert all(RatingDefinition.objects.values_list("definition", flat=True))


def test_methodology_explains_choosing_checking_rating_review_and_corrections(client):
    body = client.get("/methodology/").content.decode()

    for heading in (
        "How we choose claims",
        "How we check a claim",
        "How we rate a claim",
        "Review by an editor",
        "Corrections",
    ):
        assert f">{heading}</h2>" in body
    assert 'id="how-we-choose-claims"' in body


def test_methodology_has_one_anchored_definition_per_rating(client):
    body = client.get("/methodology/").content.decode()

    for value, label in Claim.Rating.choices:
        anchor = f"rating-{value.replace('_', '-')}"
        assert body.count(f'id="{anchor}"') == 1, anchor
        assert label in body
    # The spec's literal form (#rating-<value>) reaches the same definition.
    assert 'id="rating-mostly_accurate"' in body
    assert "broadly right" in body


def test_rating_urls_point_at_the_methodology_anchors():
    assert rating_anchor("mostly_accurate") == "rating-mostly-accurate"
    assert rating_definition_url("inaccurate") == "/methodology/#rating-inaccurate"
    assert RatingDefinition.objects.get(rating="mixed").get_absolute_url() == (
        "/methodology/#rating-mixed"
    )


def test_about_page_names_the_organisation_from_settings(client, settings):
    settings.FACTCHECK_ORG_NAME = "Harbour Town Fact Desk"
    settings.FACTCHECK_ORG_URL = "https://facts.harbour.example/"

    body = client.get("/about/").content.decode()

    assert "Harbour Town Fact Desk is a fact-checking desk." in body
    assert "https://facts.harbour.example/" in body
    assert "{organisation" not in body


def test_corrections_policy_tells_corrections_from_clarifications(client):
    body = client.get("/corrections-policy/").content.decode()

    assert ">Corrections</h2>" in body
    assert ">Clarifications</h2>" in body
    assert "A change of rating is always a correction." in body


def test_page_text_is_escaped_never_markup(client):
    page = Page.objects.get(slug="about")
    page.title = "About <em>us</em>"
    page.body = '<script>alert("x")</script>\n\n## <b>Who</b> we are\n\n- <i>one</i>\n- two'
    page.save()

    body = client.get("/about/").content.decode()

    assert "<script>alert" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
    assert '<h2 id="bwhob-we-are">&lt;b&gt;Who&lt;/b&gt; we are</h2>' in body
    assert "<li>&lt;i&gt;one&lt;/i&gt;</li>" in body
    assert "<h1>About &lt;em&gt;us&lt;/em&gt;</h1>" in body


def test_render_text_makes_paragraphs_headings_and_lists():
    html = render_text("First line\nsame paragraph\n\n## Heading\nAfter\n\n## Heading\n\n- a\n- b")

    assert html == (
        "<p>First line<br>same paragraph</p>\n"
        '<h2 id="heading">Heading</h2>\n'
        "<p>After</p>\n"
        '<h2 id="heading-2">Heading</h2>\n'
        "<ul><li>a</li><li>b</li></ul>"
    )


def test_render_text_heading_level_and_placeholders():
    html = render_text(
        "## {organisation}\r\n\r\nhi", placeholders={"{organisation}": "<Desk>"}, heading_level=3
    )

    assert html == '<h3 id="desk">&lt;Desk&gt;</h3>\n<p>hi</p>'


def test_edited_definition_is_what_readers_see(client):
    definition = RatingDefinition.objects.get(rating="misleading")
    definition.definition = "True words, false picture."
    definition.save()

    assert "True words, false picture." in client.get("/methodology/").content.decode()


def test_a_missing_page_is_a_404_not_an_error(client):
    Page.objects.filter(slug="about").delete()

    assert client.get("/about/").status_code == 404


# Who may change them


def test_editor_changes_a_page_in_the_admin_and_it_is_kept_in_the_history(editor_client):
    page = Page.objects.get(slug="methodology")
    url = reverse("admin:pages_page_change", args=[page.pk])

    response = editor_client.post(
        url, {"title": "How we work", "summary": "Short.", "body": "## New\n\nText."}
    )

    assert response.status_code == 302, response.content
    page.refresh_from_db()
    assert page.title == "How we work"
    assert page.history.count() == 1
    assert page.history.first().history_user.username == "editor"


def test_editor_changes_a_rating_definition(editor_client):
    definition = RatingDefinition.objects.get(rating="accurate")
    url = reverse("admin:pages_ratingdefinition_change", args=[definition.pk])

    response = editor_client.post(url, {"definition": "Right, and complete."})

    assert response.status_code == 302
    definition.refresh_from_db()
    assert definition.definition == "Right, and complete."
    assert definition.history.count() == 1


def test_fact_checker_cannot_change_the_pages(checker_client):
    page = Page.objects.get(slug="about")
    definition = RatingDefinition.objects.get(rating="accurate")

    page_url = reverse("admin:pages_page_change", args=[page.pk])
    definition_url = reverse("admin:pages_ratingdefinition_change", args=[definition.pk])
    assert checker_client.get(page_url).status_code == 403
    assert checker_client.post(page_url, {"title": "x", "body": "y"}).status_code == 403
    assert checker_client.post(definition_url, {"definition": "y"}).status_code == 403
    page.refresh_from_db()
    assert page.title == "About us"


def test_editors_hold_the_change_permission_and_fact_checkers_do_not(editor, fact_checker):
    assert editor.has_perm("pages.change_page")
    assert editor.has_perm("pages.change_ratingdefinition")
    assert not fact_checker.has_perm("pages.change_page")
    assert not fact_checker.has_perm("pages.change_ratingdefinition")


def test_nobody_adds_or_deletes_pages_in_the_admin(admin_client):
    page = Page.objects.get(slug="about")

    assert admin_client.get(reverse("admin:pages_page_add")).status_code == 403
    assert admin_client.get(reverse("admin:pages_page_delete", args=[page.pk])).status_code == 403
    assert admin_client.get(reverse("admin:pages_ratingdefinition_add")).status_code == 403
