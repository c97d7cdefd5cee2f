"""API keys for newsrooms: a higher rate on the read-only API, issued and revoked
by editors. Only a hash of each key is stored; the key itself is shown once."""

import hashlib
import re
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from factcheck.models import TimeStampedModel

# A key is `<prefix>.<secret>`: the prefix finds the row and is shown in the admin,
# the secret (256 random bits) is never stored.
PREFIX_BYTES = 5
SECRET_BYTES = 32
KEY_PATTERN = re.compile(r"^(?P<prefix>[0-9a-f]{10})\.(?P<secret>[A-Za-z0-9_-]{43})$")
RATE_PATTERN = re.compile(r"^[1-9][0-9]{0,6}/(second|minute|hour|day)$")


def hash_key(key: str) -> str:
    """SHA-256 of the whole key. A slow password hash buys nothing for 256 random bits."""
    return hashlib.sha256(key.encode("ascii")).hexdigest()


def new_key() -> tuple[str, str]:
    """A fresh (prefix, key)."""
    prefix = secrets.token_hex(PREFIX_BYTES)
    return prefix, f"{prefix}.{secrets.token_urlsafe(SECRET_BYTES)}"


def validate_rate(value: str) -> None:
    if not RATE_PATTERN.match(value):
        raise ValidationError(
            "Write the rate as a number of requests per second, minute, hour or day, "
            "e.g. 3000/minute."
        )


class APIKeyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class APIKey(TimeStampedModel):
    holder = models.CharField(
        "newsroom or holder",
        max_length=200,
        help_text="Who the key is for: the newsroom, or the researcher and their institution.",
    )
    contact_email = models.EmailField(
        help_text="Whom to tell when the key is revoked or the API changes."
    )
    note = models.TextField(
        blank=True, help_text="What the key is for, and anything agreed with the holder."
    )
    rate = models.CharField(
        max_length=20,
        blank=True,
        validators=[validate_rate],
        help_text="Requests allowed, e.g. 3000/minute. Blank: the default for keys "
        "(API_KEY_RATE, 1200/minute unless configured).",
    )
    prefix = models.CharField(
        max_length=16,
        editable=False,
        help_text="The key's first characters: enough to recognise it, useless without the rest.",
    )
    secret_hash = models.CharField(max_length=64, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    last_used_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="To the minute."
    )
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = APIKeyQuerySet.as_manager()
    # Use is not an edit: `last_used_at` is written with update() and kept out of history.
    history = HistoricalRecords(excluded_fields=["last_used_at"])

    class Meta:
        verbose_name = "API key"
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["prefix"], name="apikey_unique_prefix"),
            models.CheckConstraint(
                condition=~Q(prefix="") & ~Q(secret_hash=""), name="apikey_has_prefix_and_hash"
            ),
        ]

    def __str__(self):
        return f"{self.holder} ({self.prefix}…)"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def matches(self, key: str) -> bool:
        """Whether `key` is this key, compared in constant time."""
        return secrets.compare_digest(hash_key(key), self.secret_hash)

    def note_use(self, *, now=None) -> None:
        """Record use to the minute: at most one UPDATE a minute per key."""
        now = now or timezone.now()
        if self.last_used_at is None or (now - self.last_used_at).total_seconds() >= 60:
            type(self).objects.filter(pk=self.pk).update(last_used_at=now)
            self.last_used_at = now
