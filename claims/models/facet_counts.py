"""Facet counts kept by the database (claims.facet_summary)."""

from django.db import models


class FacetCount(models.Model):
    """How many public claims have a facet's value, in the whole set (`by_facet` '')
    or among those with one value of another facet. Written only by the database's
    triggers (claims.facet_summary); read by claims.facets."""

    by_facet = models.CharField(max_length=8)
    by_value = models.CharField(max_length=32)
    facet = models.CharField(max_length=8)
    value = models.CharField(max_length=32)
    count = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["by_facet", "by_value", "facet", "value"], name="facetcount_cell_unique"
            )
        ]

    def __str__(self):
        return f"{self.facet}={self.value} | {self.by_facet}={self.by_value}: {self.count}"


class FacetMember(models.Model):
    """The facet values a public claim is counted under in FacetCount, so that the
    triggers can take exactly those counts back when the claim changes."""

    claim_id = models.IntegerField()
    facet = models.CharField(max_length=8)
    value = models.CharField(max_length=32)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["claim_id", "facet", "value"], name="facetmember_unique"
            )
        ]

    def __str__(self):
        return f"claim {self.claim_id}: {self.facet}={self.value}"
