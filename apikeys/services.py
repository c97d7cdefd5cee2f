"""Issuing and revoking API keys: every path (admin form, admin action, scripts)
goes through these."""

from django.db import transaction
from django.utils import timezone

from apikeys.models import APIKey, hash_key, new_key


@transaction.atomic
def apikey_issue(*, key: APIKey, created_by) -> str:
    """Give the unsaved `key` a fresh secret and save it; return the whole key, which
    is shown to the editor once and never stored."""
    prefix, secret = new_key()
    # 40 random bits: a clash is unlikely, and the unique constraint has the last word.
    while APIKey.objects.filter(prefix=prefix).exists():
        prefix, secret = new_key()
    key.prefix, key.secret_hash, key.created_by = prefix, hash_key(secret), created_by
    key.save()
    return secret


@transaction.atomic
def apikey_revoke(*, key: APIKey, revoked_by) -> bool:
    """Revoke `key` from now on; False if it was revoked already."""
    if key.revoked_at is not None:
        return False
    key.revoked_at, key.revoked_by = timezone.now(), revoked_by
    key.save(update_fields=["revoked_at", "revoked_by", "updated_at"])
    return True
