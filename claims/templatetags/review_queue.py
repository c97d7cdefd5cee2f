"""The editors' review queue on the admin index."""

from django import template
from django.db.models import Count, Q

from claims.models import Claim, ClaimRevision

register = template.Library()


@register.simple_tag(takes_context=True)
def review_queue(context):
    """Counts for the admin index (two queries, whatever the number of claims): drafts
    sent for review, changes to published claims awaiting review, and the claims
    assigned to the current user. None for users who cannot see claims."""
    user = context["request"].user
    if not user.has_perm("claims.view_claim"):
        return None
    counts = Claim.objects.aggregate(
        drafts=Count("pk", filter=Q(published_at__isnull=True, review_requested_at__isnull=False)),
        mine=Count("pk", filter=Q(assigned_to=user)),
    )
    counts["changes"] = ClaimRevision.objects.pending().count()
    counts["total"] = counts["drafts"] + counts["changes"]
    return counts
