"""Anonymous pages and API reads from the shared cache, never stale (issue 14): the
content version in every key changes when a claim is published, edited, corrected or
unpublished, and staff are never given a cached page."""

import pytest
from rest_framework.test import APIClient

from claims import services
from claims.models import Claim
from tests.factories import ClaimFactory, EvidenceFactory, SpeakerFactory


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.HTTP_CACHE_MAX_AGE = 0


@pytest.fixture
def published(db):
    claim = ClaimFactory(text="Crossings fell by a third.", verdict="A fall of about a third.")
    EvidenceFactory(claim=claim)
    return claim


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what the services leave for the end of the transaction, as a commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_a_cached_page_is_served_without_touching_the_database(
    client, published, django_assert_num_queries
):
    first = client.get(published.get_absolute_url())
    with django_assert_num_queries(0):
        second = client.get(published.get_absolute_url())

    assert first.status_code == second.status_code == 200
    assert second.content == first.content


def test_cached_pages_carry_headers_a_cdn_can_honour(client, published):
    client.get("/claims/")
    response = client.get("/claims/")

    assert "public" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    assert response["ETag"]
    assert response["Content-Security-Policy"]
    assert client.get("/claims/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_a_correction_is_on_the_next_request(client, published, editor, commit):
    assert "A fall of about a third." in client.get(published.get_absolute_url()).content.decode()

    claim = Claim.objects.get(pk=published.pk)
    claim.rating = Claim.Rating.MISLEADING
    claim.verdict = "The fall was a quarter, not a third."
    with commit():
        services.claim_save(claim=claim, user=editor, correction_note="Wrong period.")

    page = client.get(published.get_absolute_url()).content.decode()
    assert "The fall was a quarter, not a third." in page
    assert "Wrong period." in page
    assert "Wrong period." in client.get("/corrections/").content.decode()


def test_an_edit_is_on_the_next_request(client, published, editor, commit):
    client.get(published.get_absolute_url())
    claim = Claim.objects.get(pk=published.pk)
    claim.verdict = "A fall of about a third, as the statistics show."
    with commit():
        services.claim_save(claim=claim, user=editor, clarification=True)

    page = client.get(published.get_absolute_url()).content.decode()
    assert "as the statistics show" in page


def test_publishing_shows_the_claim_at_once(client, editor, commit, db):
    draft = ClaimFactory(draft=True, text="Unemployment doubled since 2010.")
    EvidenceFactory(claim=draft)
    assert "Unemployment doubled" not in client.get("/claims/").content.decode()

    with commit():
        services.claim_publish(claim=draft, user=editor)

    assert "Unemployment doubled" in client.get("/claims/").content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_unpublishing_hides_the_claim_at_once(client, published, editor, commit):
    assert client.get(published.get_absolute_url()).status_code == 200
    assert "Crossings fell" in client.get("/claims/").content.decode()

    with commit():
        services.claim_unpublish(claim=published, user=editor)

    assert client.get(published.get_absolute_url()).status_code == 404
    assert "Crossings fell" not in client.get("/claims/").content.decode()


def test_api_reads_are_cached_and_follow_a_correction(published, editor, commit):
    api = APIClient()
    url = f"/api/v1/claims/{published.pk}/"
    api.get(url)
    cached = api.get(url)
    assert cached.status_code == 200
    assert "public" in cached["Cache-Control"]
    assert cached["ETag"]

    claim = Claim.objects.get(pk=published.pk)
    claim.rating = Claim.Rating.MISLEADING
    claim.verdict = "The fall was a quarter."
    with commit():
        services.claim_save(claim=claim, user=editor, correction_note="Wrong period.")

    assert api.get(url).json()["verdict"] == "The fall was a quarter."


def test_cached_api_reads_are_still_throttled(published, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute"},
    }
    api = APIClient()
    assert [api.get("/api/v1/claims/").status_code for _ in range(3)] == [200, 200, 429]


def test_staff_never_get_a_cached_page(editor_client, published):
    from django.test import Client

    anonymous = Client()
    anonymous.get("/claims/")
    anonymous.get("/claims/")

    response = editor_client.get("/claims/")
    assert response.status_code == 200
    assert "public" not in response.get("Cache-Control", "")
    # And what staff were shown was not stored for readers either.
    draft = ClaimFactory(draft=True)
    preview = editor_client.get(draft.get_absolute_url())
    assert preview.status_code == 200
    assert anonymous.get(draft.get_absolute_url()).status_code == 404


def test_a_speakers_rename_in_the_admin_is_seen_at_once(client, published, commit):
    client.get(published.get_absolute_url())
    speaker = published.speaker
    speaker.name = "Renamed Minister"
    with commit():
        speaker.save()
    assert "Renamed Minister" in client.get(published.get_absolute_url()).content.decode()


def test_a_new_speaker_alone_changes_the_version(client, published, commit):
    from factcheck.cache import content_version

    before = content_version()
    with commit():
        SpeakerFactory(name="Someone New")
    assert content_version() != before


def test_the_admin_and_exports_are_never_cached(client, published):
    login = client.get("/admin/login/")
    assert "public" not in login.get("Cache-Control", "")
    export = APIClient().get("/api/v1/claims/export.csv")
    assert export.status_code == 200
    assert "public" not in export.get("Cache-Control", "")


def test_without_a_page_cache_nothing_is_stored(client, published, settings):
    settings.PAGE_CACHE_SECONDS = 0
    response = client.get("/claims/")
    assert "public" not in response.get("Cache-Control", "")
