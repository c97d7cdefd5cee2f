"""The claims app's models, one module per part of the domain; imported from here."""

from claims.models.claim import (
    BYLINE_READS,
    Claim,
    ClaimQuerySet,
    byline_expressions,
    public_claim_condition,
)
from claims.models.corrections import (
    ClaimRevision,
    ClaimRevisionQuerySet,
    Correction,
    CorrectionQuerySet,
)
from claims.models.dates import DatePrecision, partial_date_display, partial_date_iso
from claims.models.evidence import Evidence
from claims.models.facet_counts import FacetCount, FacetMember
from claims.models.staff import StaffProfile, personal_name, public_name
from claims.models.summaries import ClaimSummary
from claims.models.taxonomy import Speaker, Topic

__all__ = [
    "Topic",
    "Speaker",
    "StaffProfile",
    "personal_name",
    "public_name",
    "DatePrecision",
    "partial_date_display",
    "partial_date_iso",
    "public_claim_condition",
    "ClaimQuerySet",
    "BYLINE_READS",
    "byline_expressions",
    "Claim",
    "Evidence",
    "CorrectionQuerySet",
    "Correction",
    "ClaimRevisionQuerySet",
    "ClaimRevision",
    "FacetCount",
    "FacetMember",
    "ClaimSummary",
]
