"""Editors issue and revoke keys in the admin; fact-checkers cannot."""

import pytest
from django.urls import reverse

from apikeys import services
from apikeys.models import APIKey, hash_key

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:apikeys_apikey_add")
LIST_URL = reverse("admin:apikeys_apikey_changelist")


def issue_form(**fields):
    return {
        "holder": "The Example Gazette data desk",
        "contact_email": "data@gazette.example",
        "rate": "",
        "note": "Election night graphics.",
        **fields,
    }


def test_issuing_shows_the_whole_key_once(editor_client, editor):
    response = editor_client.post(ADD_URL, issue_form())
    assert response.status_code == 200
    key = APIKey.objects.get()
    secret = response.context["secret"]
    assert secret.startswith(f"{key.prefix}.")
    assert hash_key(secret) == key.secret_hash
    assert secret in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert key.created_by == editor
    assert key.history.get().history_user == editor
    # From then on only the prefix.
    for url in [LIST_URL, reverse("admin:apikeys_apikey_change", args=[key.pk])]:
        page = editor_client.get(url).content.decode()
        assert key.prefix in page
        assert secret not in page
        assert key.secret_hash not in page


def test_issuing_checks_the_rate(editor_client):
    response = editor_client.post(ADD_URL, issue_form(rate="lots"))
    assert response.status_code == 200
    assert "rate" in response.context["adminform"].form.errors
    assert not APIKey.objects.exists()


def test_an_issued_key_with_its_own_rate(editor_client):
    editor_client.post(ADD_URL, issue_form(rate="3000/minute"))
    assert APIKey.objects.get().rate == "3000/minute"


def test_editing_a_key_keeps_its_secret(editor_client, issue):
    key, secret = issue()
    url = reverse("admin:apikeys_apikey_change", args=[key.pk])
    response = editor_client.post(url, issue_form(holder="Gazette Data"))
    assert response.status_code == 302
    key.refresh_from_db()
    assert key.holder == "Gazette Data"
    assert key.secret_hash == hash_key(secret)
    assert key.revoked_at is None


def test_an_editor_revokes_a_key_on_its_page(editor_client, editor, issue):
    key, _ = issue()
    url = reverse("admin:apikeys_apikey_change", args=[key.pk])
    response = editor_client.post(url, issue_form(revoke="on"))
    assert response.status_code == 302
    key.refresh_from_db()
    assert key.revoked_at is not None
    assert key.revoked_by == editor
    assert key.history.first().history_user == editor
    # A revoked key's page no longer offers revocation; the date is shown instead.
    page = editor_client.get(url)
    assert "revoke" not in page.context["adminform"].form.fields


def test_an_editor_revokes_keys_with_the_list_action(editor_client, issue):
    (first, _), (second, _), (kept, _) = issue(), issue(), issue()
    response = editor_client.post(
        LIST_URL,
        {"action": "revoke_selected", "_selected_action": [first.pk, second.pk]},
    )
    assert response.status_code == 302
    assert set(APIKey.objects.filter(revoked_at__isnull=False)) == {first, second}
    assert APIKey.objects.active().get() == kept


def test_keys_are_revoked_never_deleted(editor_client, issue):
    key, _ = issue()
    response = editor_client.post(
        reverse("admin:apikeys_apikey_delete", args=[key.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert APIKey.objects.filter(pk=key.pk).exists()


def test_the_list_filters_active_and_revoked_keys(editor_client, issue):
    issue(holder="Active desk")
    revoked, _ = issue(holder="Gone desk")
    services.apikey_revoke(key=revoked, revoked_by=None)
    page = editor_client.get(LIST_URL, {"status": "revoked"}).content.decode()
    assert "Gone desk" in page
    assert "Active desk" not in page


def test_a_fact_checker_cannot_issue_keys(checker_client):
    assert checker_client.get(ADD_URL).status_code == 403
    assert checker_client.post(ADD_URL, issue_form()).status_code == 403
    assert not APIKey.objects.exists()


def test_a_fact_checker_cannot_revoke_or_see_keys(checker_client, issue):
    key, _ = issue()
    change = reverse("admin:apikeys_apikey_change", args=[key.pk])
    assert checker_client.post(change, issue_form(revoke="on")).status_code == 403
    response = checker_client.post(
        LIST_URL, {"action": "revoke_selected", "_selected_action": [key.pk]}
    )
    assert response.status_code == 403
    key.refresh_from_db()
    assert key.revoked_at is None


def test_editors_hold_the_key_permissions_from_the_migration(editor, fact_checker):
    for codename in ["add_apikey", "change_apikey", "view_apikey"]:
        assert editor.has_perm(f"apikeys.{codename}")
        assert not fact_checker.has_perm(f"apikeys.{codename}")
    assert not editor.has_perm("apikeys.delete_apikey")
