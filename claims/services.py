"""Writes that carry editorial rules or side effects. Admin actions, forms and
scripts go through these functions rather than setting fields directly."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from claims.models import Claim

PUBLISH_PERMISSION = "claims.publish_claim"


def can_publish(user) -> bool:
    return bool(user and user.has_perm(PUBLISH_PERMISSION))


@transaction.atomic
def claim_publish(*, claim: Claim, user) -> Claim:
    """Make a draft public, recording who published it and when."""
    if not can_publish(user):
        raise PermissionDenied("Only editors can publish claims.")
    if claim.is_published:
        return claim
    claim.published_at = timezone.now()
    claim.published_by = user
    claim.save()
    return claim


@transaction.atomic
def claim_unpublish(*, claim: Claim, user) -> Claim:
    """Take a claim off the public site; it keeps its content and history."""
    if not can_publish(user):
        raise PermissionDenied("Only editors can unpublish claims.")
    if not claim.is_published:
        return claim
    claim.published_at = None
    claim.published_by = None
    claim.save()
    return claim
