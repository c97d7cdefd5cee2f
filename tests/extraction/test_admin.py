import datetime

import pytest
from django.urls import reverse

from claims.models import Claim, Speaker
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory, UserFactory

pytestmark = pytest.mark.django_db

THIRD = "Our work has led to crossings coming down by a third compared to last year."
HOSTING = "Rwanda is hosting over 135,000\u00a0asylum seekers who have found sanctuary there."


def suggest_url(source):
    return reverse("admin:sources_source_suggest_claims", args=[source.pk])


def key(source, quote):
    start = source.body.index(quote)
    return f"{start}-{start + len(quote)}"


def test_the_source_page_links_to_suggestions(checker_client):
    source = SourceFactory()

    response = checker_client.get(reverse("admin:sources_source_change", args=[source.pk]))

    assert suggest_url(source).encode() in response.content


def test_suggestions_are_listed_with_span_highlighted_speaker_and_score(checker_client):
    source = SourceFactory()

    response = checker_client.get(suggest_url(source))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<mark>Our work has led to crossings coming down by a third" in html
    assert f'value="{key(source, THIRD)}"' in html
    assert 'value="James Cleverly"' in html
    assert "Home Secretary" in html
    assert "csrfmiddlewaretoken" in html


def test_source_text_is_escaped(checker_client):
    source = SourceFactory(
        body="The council said that <script>alert(1)</script> 4,000 homes were built in 2023."
    )

    html = checker_client.get(suggest_url(source)).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_ticked_suggestions_become_draft_claims(checker_client):
    source = SourceFactory()
    existing = SpeakerFactory(name="JAMES CLEVERLY", role="Home Secretary")

    response = checker_client.post(
        suggest_url(source), {"span": [key(source, THIRD), key(source, HOSTING)]}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:sources_source_change", args=[source.pk])
    claims = list(Claim.objects.order_by("quote_start"))
    assert [c.text for c in claims] == [THIRD, HOSTING]
    third = claims[0]
    assert third.published_at is None
    assert third.status == Claim.Status.UNVERIFIED
    assert third.speaker == existing
    assert third.source == source
    assert third.said_on == datetime.date(2023, 12, 5)
    assert source.body[third.quote_start : third.quote_end] == THIRD
    assert Speaker.objects.count() == 1


def test_a_new_speaker_is_created_with_the_role(checker_client):
    source = SourceFactory()

    checker_client.post(suggest_url(source), {"span": [key(source, THIRD)]})

    speaker = Claim.objects.get().speaker
    assert (speaker.name, speaker.role, speaker.kind) == (
        "James Cleverly",
        "Home Secretary",
        "person",
    )


def test_the_editor_can_name_another_speaker(checker_client):
    source = SourceFactory()
    span = key(source, THIRD)

    checker_client.post(suggest_url(source), {"span": [span], f"speaker-{span}": "Jane Roe"})

    speaker = Claim.objects.get().speaker
    assert (speaker.name, speaker.role) == ("Jane Roe", "")


def test_a_suggestion_without_a_speaker_is_refused_and_nothing_is_created(checker_client):
    source = SourceFactory(kind="encyclopedia_entry", publisher=None)
    span = key(source, HOSTING)

    response = checker_client.post(
        suggest_url(source),
        {"span": [key(source, THIRD), span], f"speaker-{span}": ""},
        follow=True,
    )

    assert "needs a speaker" in response.content.decode()
    assert Claim.objects.count() == 0


def test_nothing_ticked_is_a_message_not_an_error(checker_client):
    source = SourceFactory()

    response = checker_client.post(suggest_url(source), {"span": ["1-2", "junk"]})

    assert response.status_code == 200
    assert "Tick at least one suggestion" in response.content.decode()
    assert Claim.objects.count() == 0


def test_claims_already_logged_are_shown_as_such_and_not_offered_again(checker_client):
    source = SourceFactory()
    start = source.body.index(THIRD)
    ClaimFactory(
        text=THIRD, source=source, quote_start=start, quote_end=start + len(THIRD), draft=True
    )
    span = key(source, THIRD)

    html = checker_client.get(suggest_url(source)).content.decode()
    checker_client.post(suggest_url(source), {"span": [span]})

    assert "Already logged" in html
    assert f'value="{span}"' not in html
    assert Claim.objects.count() == 1


def test_list_queries_do_not_grow_with_logged_claims(checker_client, django_assert_max_num_queries):
    source = SourceFactory(
        body=" ".join(f"In {1950 + n} the city built {n + 2},000 homes." for n in range(50))
    )
    for n in range(5):
        quote = f"In {1950 + n} the city built {n + 2},000 homes."
        start = source.body.index(quote)
        ClaimFactory(text=quote, source=source, quote_start=start, quote_end=start + len(quote))

    with django_assert_max_num_queries(12):
        assert checker_client.get(suggest_url(source)).status_code == 200
    for n in range(5, 50):
        quote = f"In {1950 + n} the city built {n + 2},000 homes."
        start = source.body.index(quote)
        ClaimFactory(text=quote, source=source, quote_start=start, quote_end=start + len(quote))
    with django_assert_max_num_queries(12):
        assert checker_client.get(suggest_url(source)).status_code == 200


def test_anonymous_users_are_sent_to_the_login_page(client):
    source = SourceFactory()

    get = client.get(suggest_url(source))
    post = client.post(suggest_url(source), {"span": [key(source, THIRD)]})

    assert get.status_code == post.status_code == 302
    assert "/admin/login/" in get["Location"]
    assert Claim.objects.count() == 0


def test_staff_who_cannot_add_claims_are_refused(client):
    source = SourceFactory()
    client.force_login(UserFactory(username="intern"))

    assert client.get(suggest_url(source)).status_code == 403
    assert client.post(suggest_url(source), {"span": [key(source, THIRD)]}).status_code == 403
    assert Claim.objects.count() == 0


def test_posting_without_the_csrf_token_is_refused(fact_checker):
    from django.test import Client

    source = SourceFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(fact_checker)

    response = client.post(suggest_url(source), {"span": [key(source, THIRD)]})

    assert response.status_code == 403
    assert Claim.objects.count() == 0


def test_an_unknown_source_redirects_with_a_message(checker_client):
    response = checker_client.get(reverse("admin:sources_source_suggest_claims", args=[999999]))

    assert response.status_code == 302
