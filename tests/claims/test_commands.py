import json
import re
from collections import Counter
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from claims.management.commands import ensure_editor
from claims.management.commands.load_seed import SEED_FIXTURE
from claims.models import Claim, Evidence, Speaker, Topic
from sources.models import Publisher, Source
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

SEEDED = [Source, Publisher, Speaker, Topic, Claim, Evidence]
LABELS = {model._meta.label_lower: model for model in SEEDED}


def run(command, *args, **options):
    out = StringIO()
    call_command(command, *args, stdout=out, **options)
    return out.getvalue()


def counts():
    return {model.__name__: model.objects.count() for model in SEEDED}


# load_seed


def test_load_seed_fills_an_empty_database():
    output = run("load_seed")

    assert "Loaded the seed data from fixtures/seed.json." in output
    assert Source.objects.count() == 2
    assert Claim.objects.exists()
    assert Speaker.objects.filter(name="James Cleverly").exists()


def test_load_seed_loads_every_object_of_the_seed_fixture():
    in_fixture = Counter(item["model"] for item in json.loads(Path(SEED_FIXTURE).read_text()))

    run("load_seed")

    assert {label: model.objects.count() for label, model in LABELS.items()} == {
        label: in_fixture[label] for label in LABELS
    }


def test_load_seed_a_second_time_changes_nothing(seed):
    before = counts()
    claim = Claim.objects.order_by("pk").first()
    claim.verdict = "Edited after seeding."
    claim.save()

    output = run("load_seed")

    assert output.strip() == "Data already present: seed data not loaded again."
    assert counts() == before
    claim.refresh_from_db()
    assert claim.verdict == "Edited after seeding."


def test_load_seed_never_loads_over_existing_sources():
    SourceFactory(title="An editor's own source")

    output = run("load_seed")

    assert "not loaded again" in output
    assert list(Source.objects.values_list("title", flat=True)) == ["An editor's own source"]
    assert not Claim.objects.exists()


def test_seeded_quotes_sit_at_their_spans_in_the_source_text(seed):
    claims = Claim.objects.exclude(source=None).select_related("source")

    assert claims.exists()
    for claim in claims:
        claim.full_clean()


# ensure_editor


@pytest.fixture
def credentials_file(tmp_path, monkeypatch):
    path = tmp_path / "var" / "editor-credentials.txt"
    monkeypatch.setattr(ensure_editor, "CREDENTIALS_FILE", path)
    monkeypatch.delenv("EDITOR_PASSWORD", raising=False)
    monkeypatch.delenv("EDITOR_USERNAME", raising=False)
    return path


def printed_password(output):
    return output.split("password '")[1].split("'")[0]


def printed_username(output):
    return output.split("username '")[1].split("'")[0]


def test_ensure_editor_creates_a_superuser_in_editors_and_prints_the_credentials(
    credentials_file,
):
    output = run("ensure_editor")

    username, password = printed_username(output), printed_password(output)
    user = get_user_model().objects.get(username=username)
    assert f"Editor login: username '{username}', password '{password}'" in output
    assert len(password) >= 12
    assert user.check_password(password)
    assert user.is_superuser
    assert user.is_staff
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
    assert credentials_file.read_text() == f"{username}\n{password}\n"
    assert credentials_file.stat().st_mode & 0o777 == 0o600


def test_ensure_editor_makes_no_account_with_a_guessable_name(credentials_file):
    username = printed_username(run("ensure_editor"))

    assert not get_user_model().objects.filter(username="editor").exists()
    assert re.fullmatch(r"editor-[a-z0-9]{6}", username)
    assert len({ensure_editor.random_username() for _ in range(20)}) == 20


def test_ensure_editor_takes_the_username_from_the_environment(credentials_file, monkeypatch):
    monkeypatch.setenv("EDITOR_USERNAME", "m.jones")

    output = run("ensure_editor")

    assert "username 'm.jones'" in output
    assert get_user_model().objects.get().username == "m.jones"
    assert credentials_file.read_text().splitlines()[0] == "m.jones"


def test_ensure_editor_a_second_time_keeps_the_account_and_its_password(credentials_file):
    first = run("ensure_editor")
    user = get_user_model().objects.get(username=printed_username(first))

    second = run("ensure_editor")

    assert get_user_model().objects.count() == 1
    assert get_user_model().objects.get().pk == user.pk
    assert printed_username(second) == printed_username(first)
    assert printed_password(second) == printed_password(first)
    user.refresh_from_db()
    assert user.check_password(printed_password(first))


def test_ensure_editor_on_a_new_database_brings_back_the_account_of_the_file(
    credentials_file,
):
    credentials_file.parent.mkdir()
    credentials_file.write_text("editor-k3x9q2\na-long-local-passphrase\n")

    output = run("ensure_editor")

    assert "username 'editor-k3x9q2', password 'a-long-local-passphrase'" in output
    user = get_user_model().objects.get()
    assert user.username == "editor-k3x9q2"
    assert user.check_password("a-long-local-passphrase")


def test_ensure_editor_takes_the_password_from_the_environment(credentials_file, monkeypatch):
    monkeypatch.setenv("EDITOR_PASSWORD", "a-long-local-passphrase")

    output = run("ensure_editor")

    assert "password 'a-long-local-passphrase'" in output
    assert get_user_model().objects.get().check_password("a-long-local-passphrase")


def test_ensure_editor_generates_a_different_password_on_each_machine(
    credentials_file, tmp_path, monkeypatch
):
    first = printed_password(run("ensure_editor", username="first"))
    monkeypatch.setattr(ensure_editor, "CREDENTIALS_FILE", tmp_path / "other.txt")

    second = printed_password(run("ensure_editor", username="second"))

    assert first != second


def test_ensure_editor_without_its_credentials_file_keeps_the_password_and_says_how_to_reset(
    credentials_file,
):
    created = run("ensure_editor")
    username, first = printed_username(created), printed_password(created)
    credentials_file.unlink()

    output = run("ensure_editor")

    assert f"Editor account '{username}' exists" in output
    assert f"python manage.py changepassword {username}" in output
    assert "password '" not in output
    assert get_user_model().objects.get().check_password(first)


def test_editor_made_by_ensure_editor_can_log_in_to_the_admin(credentials_file, client):
    output = run("ensure_editor")
    username, password = printed_username(output), printed_password(output)

    response = client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/claims/claim/"},
    )

    assert response.status_code == 302
    assert response.url == "/admin/claims/claim/"
    assert client.get(response.url).status_code == 200
