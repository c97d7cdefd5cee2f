"""Bylines (issue 11): who checked, who edited, when checked, when updated — by each
account's public name, the desk's name otherwise, never a username."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from claims import services
from claims.claimreview import claim_review
from claims.models import Claim, StaffProfile
from tests.factories import ClaimFactory, EvidenceFactory, StaffProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

DESK = "Open Claims Desk"
PROFILE_URL = reverse("admin:claims_staffprofile_changelist")


@pytest.fixture(autouse=True)
def _desk_name(settings):
    settings.FACTCHECK_ORG_NAME = DESK


def page(client, claim) -> str:
    response = client.get(claim.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def named(username, display_name):
    return StaffProfileFactory(user=UserFactory(username=username), display_name=display_name).user


def test_claim_page_byline_shows_the_public_names_and_dates(client):
    checker = named("jdoe42", "Jane Doe")
    editor = named("rsmith", "Robert Smith")
    claim = ClaimFactory(
        checked_by=checker,
        checked_on=datetime.date(2024, 1, 9),
        published_by=editor,
        published_at=datetime.datetime(2024, 1, 10, 9, tzinfo=datetime.UTC),
        revised_at=datetime.datetime(2024, 2, 3, 9, tzinfo=datetime.UTC),
    )

    html = page(client, claim)

    assert 'Checked by <span class="byline-name">Jane Doe</span>' in html
    assert 'Edited by <span class="byline-name">Robert Smith</span>' in html
    assert 'Checked on <time datetime="2024-01-09">9 January 2024</time>' in html
    assert "Updated on <time" in html and "3 February 2024</time>" in html
    assert "jdoe42" not in html and "rsmith" not in html


def test_accounts_without_a_public_name_show_the_desks_name_never_the_username(client):
    checker = UserFactory(username="checker-login-name")
    editor = StaffProfileFactory(user=UserFactory(username="editor-login"), display_name="").user
    claim = ClaimFactory(checked_by=checker, published_by=editor)

    html = page(client, claim)

    assert f'Checked by <span class="byline-name">{DESK}</span>' in html
    assert f'Edited by <span class="byline-name">{DESK}</span>' in html
    assert "checker-login-name" not in html and "editor-login" not in html


def test_a_check_without_a_recorded_checker_is_the_desks_and_dated_by_its_publication(
    client, editor
):
    claim = ClaimFactory(draft=True, checked_on=None)
    EvidenceFactory(claim=claim)
    with time_machine.travel(datetime.datetime(2024, 3, 1, 12, tzinfo=datetime.UTC)):
        services.claim_publish(claim=claim, user=editor)

    html = page(client, claim)

    assert f'Checked by <span class="byline-name">{DESK}</span>' in html
    assert 'Checked on <time datetime="2024-03-01">1 March 2024</time>' in html
    assert "Updated on" not in html


def test_a_claim_not_yet_checked_names_no_checker(client):
    claim = ClaimFactory(unverified=True, checked_by=named("x", "Jane Doe"))

    html = page(client, claim)

    assert "Checked by" not in html and "Checked on" not in html
    assert f'Edited by <span class="byline-name">{DESK}</span>' in html
    assert claim.byline_checked_by is None and claim.byline_checked_on is None


def test_claim_cards_show_the_checker_compactly(client):
    ClaimFactory(
        checked_by=named("jdoe", "Jane Doe"),
        checked_on=datetime.date(2024, 1, 9),
        text="A carded claim.",
    )
    ClaimFactory(unverified=True, text="An unchecked claim.")

    html = client.get(reverse("claims:list")).content.decode()

    assert "Checked by Jane Doe, <time" in html
    assert "9 Jan 2024</time>" in html
    assert html.count("card-byline") == 1


def test_claim_list_stays_within_its_queries_with_bylines(client, django_assert_max_num_queries):
    for i in range(20):
        ClaimFactory(checked_by=named(f"c{i}", f"Checker {i}"), published_by=named(f"e{i}", ""))
    # Three of them count claims per rating and status (claims.facets).
    with django_assert_max_num_queries(9):
        assert client.get(reverse("claims:list")).status_code == 200


def test_changing_a_display_name_changes_every_byline_at_once(client):
    checker = named("jdoe", "Jane Doe")
    claim = ClaimFactory(checked_by=checker)
    StaffProfile.objects.filter(user=checker).update(display_name="Jane Doe-Smith")

    assert "Jane Doe-Smith" in page(client, claim)


# Who is recorded, by the services.


def test_setting_the_status_to_checked_records_the_checker_and_the_day(fact_checker):
    claim = ClaimFactory(draft=True, unverified=True)
    claim.status, claim.rating, claim.verdict = Claim.Status.CHECKED, "accurate", "Right."

    with time_machine.travel(datetime.datetime(2024, 5, 6, 10, tzinfo=datetime.UTC)):
        services.claim_save(claim=claim, user=fact_checker)

    claim.refresh_from_db()
    assert claim.checked_by == fact_checker
    assert claim.checked_on == datetime.date(2024, 5, 6)


def test_a_named_checker_and_a_date_the_editor_gives_are_kept(editor, fact_checker):
    claim = ClaimFactory(draft=True, unverified=True)
    claim.status, claim.rating, claim.verdict = Claim.Status.CHECKED, "accurate", "Right."
    claim.checked_by, claim.checked_on = fact_checker, datetime.date(2024, 1, 2)

    services.claim_save(claim=claim, user=editor)

    claim.refresh_from_db()
    assert (claim.checked_by, claim.checked_on) == (fact_checker, datetime.date(2024, 1, 2))


def test_asking_for_review_records_the_checker_unless_one_is_named(fact_checker, editor):
    claim = ClaimFactory(draft=True)
    services.claim_request_review(claim=claim, user=fact_checker)
    assert claim.checked_by == fact_checker

    services.claim_request_review(claim=claim, user=editor)
    claim.refresh_from_db()
    assert claim.checked_by == fact_checker


def test_editors_may_change_the_checker_in_the_admin(editor_client, change_url):
    claim = ClaimFactory(draft=True)

    assert 'name="checked_by"' in editor_client.get(change_url(claim)).content.decode()


def test_fact_checkers_see_the_checker_but_cannot_change_it(checker_client, change_url):
    claim = ClaimFactory(draft=True)

    html = checker_client.get(change_url(claim)).content.decode()

    assert 'name="checked_by"' not in html and 'name="checked_on"' not in html


def test_editor_sets_the_checker_in_the_admin(editor_client, fact_checker, change_form, change_url):
    claim = ClaimFactory()
    EvidenceFactory(claim=claim)
    data = change_form(editor_client, claim)
    data["checked_by"] = fact_checker.pk
    data["checked_on"] = "2024-02-01"

    response = editor_client.post(change_url(claim), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    claim.refresh_from_db()
    assert (claim.checked_by, claim.checked_on) == (fact_checker, datetime.date(2024, 2, 1))


# “My public name”: each user edits their own, and only their own.


def test_every_staff_user_reaches_their_own_public_name_form(checker_client, fact_checker):
    response = checker_client.get(PROFILE_URL)

    profile = StaffProfile.objects.get(user=fact_checker)
    assert response.status_code == 302
    assert response.url == reverse("admin:claims_staffprofile_change", args=[profile.pk])
    assert checker_client.get(response.url).status_code == 200


def test_a_user_sets_their_own_public_name(checker_client, fact_checker):
    url = checker_client.get(PROFILE_URL).url

    response = checker_client.post(url, {"display_name": "  Jane   Doe "})

    assert response.status_code == 302
    assert StaffProfile.objects.get(user=fact_checker).display_name == "Jane Doe"


def test_a_user_cannot_see_or_change_anyone_elses_public_name(checker_client, editor):
    other = StaffProfileFactory(user=editor, display_name="Robert Smithson")
    url = reverse("admin:claims_staffprofile_change", args=[other.pk])

    seen = checker_client.get(url)
    posted = checker_client.post(url, {"display_name": "Hacked"})

    assert seen.status_code in (302, 403, 404)
    assert posted.status_code in (302, 403, 404)
    other.refresh_from_db()
    assert other.display_name == "Robert Smithson"
    assert "Robert Smithson" not in checker_client.get(PROFILE_URL, follow=True).content.decode()


def test_the_public_name_list_never_lists_other_accounts(editor_client, fact_checker):
    StaffProfileFactory(user=fact_checker, display_name="Someone Else")

    response = editor_client.get(PROFILE_URL, follow=True)

    assert "Someone Else" not in response.content.decode()


def test_a_user_who_is_not_staff_has_no_public_name_page(client):
    user = UserFactory(username="reader", is_staff=False)
    client.force_login(user)

    response = client.get(PROFILE_URL)

    assert response.status_code == 302
    assert "/login/" in response.url
    assert not StaffProfile.objects.exists()


# ClaimReview: `author` stays the organisation; named people as contributor and editor.


def test_claimreview_names_the_checker_as_contributor_and_the_editor(rf):
    claim = ClaimFactory(
        checked_by=named("jdoe", "Jane Doe"), published_by=named("rsmith", "Robert Smith")
    )

    review = claim_review(claim, claim_url="https://example.org/c/")

    assert review["author"]["@type"] == "Organization"
    assert review["author"]["name"] == DESK
    assert review["contributor"] == {"@type": "Person", "name": "Jane Doe"}
    assert review["editor"] == {"@type": "Person", "name": "Robert Smith"}


def test_claimreview_leaves_out_people_without_a_public_name():
    claim = ClaimFactory(checked_by=UserFactory(username="jdoe"), published_by=None)

    review = claim_review(claim, claim_url="https://example.org/c/")

    assert "contributor" not in review and "editor" not in review
    assert "jdoe" not in str(review)
