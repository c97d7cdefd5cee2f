"""The one FilterSet behind the public claim list, the API and the exports (SPEC §5).

Dates known only to the month or the year (`said_on_precision`) are periods: a
claim is in a `said_after`/`said_before` range when its period overlaps the range,
so “2025” is found by `said_after=2025-06-01` and by `said_before=2025-01-31`.
"""

import django_filters
from django import forms
from django.core.validators import validate_slug
from django.db.models import F, Q

from claims.models import Claim, DatePrecision
from claims.search import search_claims

MAX_QUERY_LENGTH = 200


class SlugFilter(django_filters.CharFilter):
    """Exact match on a related object's slug; a malformed slug is a clear error."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [validate_slug])
        kwargs.setdefault("max_length", 80)
        super().__init__(*args, **kwargs)


class ClaimOrderingFilter(django_filters.OrderingFilter):
    """Newest first by default; undated claims always sort last; ties broken by id."""

    def filter(self, qs, value):
        if not value:
            return qs
        key = value[0]
        if key in ("said_on", "-said_on"):
            field = F("said_on")
            order = (
                field.desc(nulls_last=True) if key.startswith("-") else field.asc(nulls_last=True)
            )
            return qs.order_by(order, "-id" if key.startswith("-") else "id")
        if key in ("updated", "-updated"):
            return qs.order_by("-updated_at" if key.startswith("-") else "updated_at", "-id")
        return qs


class ClaimFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_q",
        max_length=MAX_QUERY_LENGTH,
        label="Search",
        help_text="Words to find in the claim, its restatement, the verdict or the speaker's name.",
    )
    speaker = SlugFilter(field_name="speaker__slug", label="Speaker", help_text="Speaker slug.")
    topic = SlugFilter(
        field_name="topics__slug", label="Topic", help_text="Topic slug.", distinct=False
    )
    source = SlugFilter(field_name="source__slug", label="Source", help_text="Source slug.")
    status = django_filters.ChoiceFilter(
        choices=Claim.Status.choices, label="Status", help_text="Where the check stands."
    )
    rating = django_filters.ChoiceFilter(
        choices=Claim.Rating.choices, label="Rating", help_text="The verdict."
    )
    said_after = django_filters.DateFilter(
        method="filter_said_after",
        label="Said on or after",
        help_text="ISO date, e.g. 2023-01-31. A claim dated to a month or a year is "
        "included when that period ends on or after the date.",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    said_before = django_filters.DateFilter(
        field_name="said_on",
        lookup_expr="lte",
        label="Said on or before",
        help_text="ISO date, e.g. 2023-12-31. A claim dated to a month or a year is "
        "included when that period starts on or before the date.",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    ordering = ClaimOrderingFilter(
        fields=[("said_on", "said_on"), ("updated_at", "updated")],
        # django-filter looks ascending labels up by field name, descending by parameter.
        field_labels={
            "said_on": "Oldest first",
            "-said_on": "Newest first",
            "updated_at": "Least recently updated",
            "-updated": "Recently updated",
        },
        label="Order",
        help_text="said_on, -said_on (default), updated or -updated.",
    )

    class Meta:
        model = Claim
        fields = ["q", "speaker", "topic", "source", "status", "rating"]

    def filter_said_after(self, queryset, name, value):
        """Periods ending on or after `value`. `said_on` is a period's first day, so
        `said_before` is a plain `said_on <= value`; here the month or year that
        contains `value` counts too. The leading range keeps the date index usable."""
        year_start = value.replace(month=1, day=1)
        return queryset.filter(
            Q(said_on__gte=year_start)
            & (
                Q(said_on__gte=value)
                | Q(said_on_precision=DatePrecision.YEAR)
                | Q(said_on_precision=DatePrecision.MONTH, said_on__gte=value.replace(day=1))
            )
        )

    def filter_q(self, queryset, name, value):
        # Adaptive: one capped count picks the fastest plan for a page of newest matches.
        return search_claims(queryset, value, adaptive=True) if value.strip() else queryset
