import datetime

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from claims import services
from claims.models import Claim, Speaker
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory, UserFactory

pytestmark = pytest.mark.django_db


def suggest_url(source_id):
    return reverse("extraction:suggest-claims", args=[source_id])


def key(source, quote):
    start = source.body.index(quote)
    return f"{start}-{start + len(quote)}"


def test_the_page_is_served_at_the_source_admin_address(release):
    assert suggest_url(release.pk) == f"/admin/sources/source/{release.pk}/suggest-claims/"


def test_the_source_page_links_to_suggestions(checker_client, release):
    response = checker_client.get(reverse("admin:sources_source_change", args=[release.pk]))

    assert suggest_url(release.pk).encode() in response.content


def test_suggestions_are_listed_with_span_highlighted_speaker_and_score(
    checker_client, release, release_quotes
):
    response = checker_client.get(suggest_url(release.pk))

    assert response.status_code == 200
    html = response.content.decode()
    assert f"<mark>{release_quotes['fifth']}</mark>" in html
    assert f'value="{key(release, release_quotes["fifth"])}"' in html
    assert 'value="Jane Roe"' in html
    assert "Health Secretary" in html
    assert "csrfmiddlewaretoken" in html
    assert f'href="{reverse("admin:sources_source_change", args=[release.pk])}"' in html


def test_source_text_is_escaped(checker_client):
    source = SourceFactory(
        body="The council said that <script>alert(1)</script> 4,000 homes were built in 2023."
    )

    html = checker_client.get(suggest_url(source.pk)).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_ticked_suggestions_become_draft_claims(checker_client, release, release_quotes):
    existing = SpeakerFactory(name="JANE ROE", role="Health Secretary")
    fifth, record = release_quotes["fifth"], release_quotes["record"]

    response = checker_client.post(
        suggest_url(release.pk), {"span": [key(release, fifth), key(release, record)]}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:sources_source_change", args=[release.pk])
    claims = list(Claim.objects.order_by("quote_start"))
    assert [c.text for c in claims] == [fifth, record]
    first = claims[0]
    assert first.published_at is None
    assert first.status == Claim.Status.UNVERIFIED
    assert first.speaker == existing
    assert first.source == release
    assert first.said_on == datetime.date(2024, 3, 14)
    assert release.body[first.quote_start : first.quote_end] == fifth
    assert Speaker.objects.count() == 1
    [message] = get_messages(response.wsgi_request)
    assert str(message).startswith("Created 2 draft claim(s) from")


def test_drafts_are_saved_through_the_service_with_its_validation(
    checker_client, release, release_quotes, monkeypatch
):
    saved = []
    original = services.claim_save

    def spy(*, claim, user=None, **kwargs):
        saved.append((claim.text, user.username))
        return original(claim=claim, user=user, **kwargs)

    monkeypatch.setattr("extraction.drafts.claim_save", spy)

    checker_client.post(suggest_url(release.pk), {"span": [key(release, release_quotes["fifth"])]})

    assert saved == [(release_quotes["fifth"], "checker")]


def test_a_new_speaker_is_created_with_the_role(checker_client, release, release_quotes):
    checker_client.post(suggest_url(release.pk), {"span": [key(release, release_quotes["fifth"])]})

    speaker = Claim.objects.get().speaker
    assert (speaker.name, speaker.role, speaker.kind) == ("Jane Roe", "Health Secretary", "person")


def test_the_editor_can_name_another_speaker(checker_client, release, release_quotes):
    span = key(release, release_quotes["fifth"])

    checker_client.post(suggest_url(release.pk), {"span": [span], f"speaker-{span}": "Sam Hill"})

    speaker = Claim.objects.get().speaker
    assert (speaker.name, speaker.role) == ("Sam Hill", "")


def test_a_suggestion_without_a_speaker_refuses_the_whole_batch(
    checker_client, release, release_quotes
):
    release.kind, release.publisher = "encyclopedia_entry", None
    release.save()
    span = key(release, release_quotes["record"])

    response = checker_client.post(
        suggest_url(release.pk),
        {"span": [key(release, release_quotes["fifth"]), span], f"speaker-{span}": ""},
        follow=True,
    )

    assert "needs a speaker" in response.content.decode()
    assert Claim.objects.count() == 0
    assert Speaker.objects.count() == 0


def test_nothing_ticked_is_a_message_not_an_error(checker_client, release):
    response = checker_client.post(suggest_url(release.pk), {"span": ["1-2", "junk"]})

    assert response.status_code == 200
    assert "Tick at least one suggestion" in response.content.decode()
    assert Claim.objects.count() == 0


def test_claims_already_logged_are_shown_as_such_and_not_offered_again(
    checker_client, release, release_quotes
):
    fifth = release_quotes["fifth"]
    start = release.body.index(fifth)
    ClaimFactory(
        text=fifth, source=release, quote_start=start, quote_end=start + len(fifth), draft=True
    )
    span = key(release, fifth)

    html = checker_client.get(suggest_url(release.pk)).content.decode()
    response = checker_client.post(suggest_url(release.pk), {"span": [span]})

    assert "Already logged" in html
    assert f'value="{span}"' not in html
    assert "Tick at least one suggestion" in response.content.decode()
    assert Claim.objects.count() == 1


def test_list_queries_do_not_grow_with_logged_claims(checker_client, django_assert_max_num_queries):
    source = SourceFactory(
        body=" ".join(f"In {1950 + n} the city built {n + 2},000 homes." for n in range(50))
    )

    def log(numbers):
        for n in numbers:
            quote = f"In {1950 + n} the city built {n + 2},000 homes."
            start = source.body.index(quote)
            ClaimFactory(text=quote, source=source, quote_start=start, quote_end=start + len(quote))

    log(range(5))
    with django_assert_max_num_queries(12):
        assert checker_client.get(suggest_url(source.pk)).status_code == 200
    log(range(5, 50))
    with django_assert_max_num_queries(12):
        assert checker_client.get(suggest_url(source.pk)).status_code == 200


def test_anonymous_users_are_sent_to_the_login_page(client, release, release_quotes):
    get = client.get(suggest_url(release.pk))
    post = client.post(suggest_url(release.pk), {"span": [key(release, release_quotes["fifth"])]})

    assert get.status_code == post.status_code == 302
    assert get["Location"].startswith(reverse("admin:login"))
    assert Claim.objects.count() == 0


def test_staff_who_cannot_add_claims_are_refused(client, release, release_quotes):
    client.force_login(UserFactory(username="intern"))

    assert client.get(suggest_url(release.pk)).status_code == 403
    span = key(release, release_quotes["fifth"])
    assert client.post(suggest_url(release.pk), {"span": [span]}).status_code == 403
    assert Claim.objects.count() == 0


def test_staff_who_can_add_claims_but_not_see_sources_are_refused(client, release):
    user = UserFactory(username="adder")
    user.user_permissions.add(*_permissions("claims.add_claim"))
    client.force_login(user)

    assert client.get(suggest_url(release.pk)).status_code == 403


def test_seeing_sources_and_adding_claims_is_enough(client, release):
    user = UserFactory(username="reader")
    user.user_permissions.add(*_permissions("claims.add_claim", "sources.view_source"))
    client.force_login(user)

    assert client.get(suggest_url(release.pk)).status_code == 200


def test_posting_without_the_csrf_token_is_refused(fact_checker, release, release_quotes):
    client = Client(enforce_csrf_checks=True)
    client.force_login(fact_checker)

    response = client.post(
        suggest_url(release.pk), {"span": [key(release, release_quotes["fifth"])]}
    )

    assert response.status_code == 403
    assert Claim.objects.count() == 0


def test_an_unknown_source_sends_back_to_the_list_with_a_message(checker_client):
    response = checker_client.get(suggest_url(999999))

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:sources_source_changelist")
    [message] = get_messages(response.wsgi_request)
    assert "“999999” doesn’t exist" in str(message)


def _permissions(*names):
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def test_a_suggestion_shows_the_checked_claims_it_restates(checker_client, release):
    checked = ClaimFactory(
        text="Hip operation waiting lists are down 20% on a year earlier.", statement=""
    )

    html = checker_client.get(suggest_url(release.pk)).content.decode()

    link = reverse("admin:claims_claim_change", args=[checked.pk])
    assert "Already checked: <strong>Mostly accurate</strong>" in html
    assert f'<a href="{link}">Hip operation waiting lists are down 20%' in html


def test_drafts_unchecked_and_unrelated_claims_are_not_shown_as_checked(checker_client, release):
    ClaimFactory(text="Hip operation waiting lists are down 20% on last year.", draft=True)
    ClaimFactory(text="Hip operation waiting lists are down 20% this year.", unverified=True)
    ClaimFactory(text="Inflation fell by a fifth in the year to March.")
    ClaimFactory(text="Hip operation waiting lists rose by a fifth in the year to March.")

    html = checker_client.get(suggest_url(release.pk)).content.decode()

    assert "Already checked" not in html


def test_repeats_cost_one_query_for_the_page(checker_client, django_assert_max_num_queries):
    source = SourceFactory(
        body=" ".join(f"In {1950 + n} the city built {n + 2},000 homes." for n in range(40))
    )
    with django_assert_max_num_queries(12):
        assert checker_client.get(suggest_url(source.pk)).status_code == 200
    for n in range(40):
        ClaimFactory(text=f"The city built {n + 2},000 homes in {1950 + n}.", statement="")
    with django_assert_max_num_queries(12):
        html = checker_client.get(suggest_url(source.pk)).content.decode()
    assert html.count("Already checked") >= 35
