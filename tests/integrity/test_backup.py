import gzip
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError

from claims import services
from claims.facets import FACETS, facet_counts
from claims.management.commands.backup_data import backup_models
from claims.models import Claim, Correction, Evidence, FacetCount
from sources.models import Source
from tests.factories import UserFactory


def snapshot():
    """Everything a restore must bring back, keyed so that it compares across databases."""
    claims = {
        c.slug: (
            c.text,
            c.statement,
            c.speaker.name,
            c.said_on,
            c.source.slug if c.source else None,
            c.quote_start,
            c.quote_end,
            c.status,
            c.rating,
            c.verdict,
            c.version,
            c.published_at,
            c.published_by.username if c.published_by else None,
            c.updated_at,
            sorted(t.slug for t in c.topics.all()),
            sorted(e.url for e in c.evidence.all()),
        )
        for c in Claim.objects.select_related("speaker", "source", "published_by")
    }
    corrections = sorted(
        (
            c.claim.slug,
            c.old_rating,
            c.new_rating,
            c.old_verdict,
            c.new_verdict,
            c.note,
            c.corrected_by.username,
            c.created_at,
        )
        for c in Correction.objects.select_related("claim", "corrected_by")
    )
    history = sorted(
        (
            h.slug,
            h.history_date,
            h.history_type,
            h.history_change_reason or "",
            h.history_user.username if h.history_user else None,
            h.rating,
            h.verdict,
            h.version,
        )
        for h in Claim.history.select_related("history_user")
    )
    sources = {s.slug: (s.title, s.body, s.url) for s in Source.objects.all()}
    users = {
        u.username: (u.email, u.is_staff, sorted(g.name for g in u.groups.all()))
        for u in get_user_model().objects.prefetch_related("groups")
    }
    counts = {m._meta.label: m._default_manager.count() for m in backup_models()}
    return {
        "claims": claims,
        "corrections": corrections,
        "history": history,
        "sources": sources,
        "users": users,
        "counts": counts,
    }


def empty_the_database():
    for model in reversed(backup_models()):
        model._default_manager.all().delete()


@pytest.fixture
def edited_seed(seed, editor, fact_checker):
    claim = Claim.objects.public().filter(status=Claim.Status.CHECKED).first()
    claim.rating = Claim.Rating.MISLEADING if claim.rating != "misleading" else "mixed"
    claim.verdict = "Corrected verdict, with the\u00a0full-year figures."
    services.claim_save(claim=claim, user=editor, correction_note="New annual figures.")
    evidence = Evidence.objects.first()
    evidence.title = "Edited evidence title"
    evidence.save()
    draft = Claim.objects.filter(published_at__isnull=True).first() or claim
    services.claim_save(claim=draft, user=fact_checker)
    return claim


def test_backup_and_restore_round_trip_keeps_everything(edited_seed, tmp_path):
    before = snapshot()
    assert before["corrections"] and before["history"] and before["claims"]
    path = tmp_path / "backup.json.gz"

    call_command("backup_data", str(path), verbosity=0)
    empty_the_database()
    assert Claim.objects.count() == 0
    call_command("restore_data", str(path), verbosity=0)

    after = snapshot()
    assert after["counts"] == before["counts"]
    assert after == before


def test_restored_facet_counts_are_those_of_the_restored_claims(seed, tmp_path):
    def kept_counts():
        return facet_counts(Claim.objects.public(), FACETS, filters={})

    before = kept_counts()
    assert before["rating"]
    path = tmp_path / "backup.json.gz"
    call_command("backup_data", str(path), verbosity=0)
    empty_the_database()
    assert not FacetCount.objects.filter(count__gt=0).exists()
    call_command("restore_data", str(path), verbosity=0)

    assert kept_counts() == before


def test_restored_claims_keep_their_spans_in_the_source_text(seed, tmp_path):
    path = tmp_path / "backup.json.gz"
    call_command("backup_data", str(path), verbosity=0)
    empty_the_database()
    call_command("restore_data", str(path), verbosity=0)

    placed = Claim.objects.filter(source__isnull=False, quote_start__isnull=False)
    assert placed.exists()
    for claim in placed.select_related("source"):
        claim.clean()  # raises when the span no longer matches the text


def test_backup_leaves_out_password_hashes_unless_asked(db, tmp_path):
    UserFactory(username="reporter", password="a-secret-password-1")
    plain, with_hashes = tmp_path / "plain.json.gz", tmp_path / "hashes.json.gz"

    call_command("backup_data", str(plain), verbosity=0)
    call_command("backup_data", str(with_hashes), "--with-passwords", verbosity=0)

    def password_of(path):
        with gzip.open(path, "rt") as stream:
            rows = json.load(stream)
        return next(r for r in rows if r["model"] == "auth.user")["fields"]["password"]

    assert password_of(plain).startswith("!")
    assert password_of(with_hashes).startswith("md5$")
    restored_account = get_user_model()(password=password_of(plain))
    assert not restored_account.has_usable_password()


def test_backup_keeps_group_membership(db, tmp_path):
    UserFactory(username="checker2", groups=["Fact-checkers"])
    path = tmp_path / "backup.json.gz"
    call_command("backup_data", str(path), verbosity=0)
    empty_the_database()
    assert not Group.objects.exists()

    call_command("restore_data", str(path), verbosity=0)

    user = get_user_model().objects.get(username="checker2")
    assert [g.name for g in user.groups.all()] == ["Fact-checkers"]
    assert user.has_perm("claims.change_claim")
    assert not user.has_perm("claims.publish_claim")


def test_restore_refuses_a_database_that_is_not_empty(seed, tmp_path):
    path = tmp_path / "backup.json.gz"
    call_command("backup_data", str(path), verbosity=0)
    count = Claim.objects.count()

    with pytest.raises(CommandError, match="not empty"):
        call_command("restore_data", str(path), verbosity=0)

    assert Claim.objects.count() == count


def test_restore_refuses_a_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="No backup file"):
        call_command("restore_data", str(tmp_path / "nothing.json.gz"), verbosity=0)
