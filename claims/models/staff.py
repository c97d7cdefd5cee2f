"""Staff profiles and the names bylines show for staff accounts."""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import models


class StaffProfile(models.Model):
    """A staff account's public face: the name readers see in bylines. Each user
    edits their own (admin: “My public name”)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile"
    )
    display_name = models.CharField(
        "public name",
        max_length=100,
        blank=True,
        help_text="Your name as readers see it in bylines, e.g. “Jane Doe”. Left empty, "
        "bylines show the desk's name instead; never your username.",
    )

    class Meta:
        verbose_name = "public name"
        verbose_name_plural = "my public name"

    def __str__(self):
        return self.display_name or f"(no public name: {settings.FACTCHECK_ORG_NAME})"

    def save(self, *args, **kwargs):
        self.display_name = " ".join(self.display_name.split())
        super().save(*args, **kwargs)


def personal_name(user) -> str:
    """The public display name of a staff account; empty when it has none."""
    if user is None:
        return ""
    try:
        return user.staff_profile.display_name
    except ObjectDoesNotExist:
        return ""


def public_name(user) -> str:
    """The name a byline shows for an account: its public display name, or the
    desk's name for an account without one (or no account). Never a username."""
    return personal_name(user) or settings.FACTCHECK_ORG_NAME
