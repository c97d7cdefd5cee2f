"""The one FilterSet behind the public claim list, the API and the exports (SPEC §5),
and the corrections log's (SPEC §6).

Dates known only to the month or the year (`said_on_precision`) are periods: a
claim is in a `said_after`/`said_before` range when its period overlaps the range,
so “2025” is found by `said_after=2025-06-01` and by `said_before=2025-01-31`.

Multi-valued filters (`rating`, `status`, `speaker`, `topic`, `source`) take
`rating=a&rating=b` or `rating=a,b`, and mean any of them. Instants
(`updated_after`, `published_before`, …) take a date or an RFC 3339 timestamp.
"""

import datetime
import re
from dataclasses import dataclass

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db.models import Exists, F, OuterRef, Q
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from claims.models import Claim, Correction, DatePrecision
from claims.search import search_claims

MAX_QUERY_LENGTH = 200
MAX_SLUG_LENGTH = 80
# More values than this in one filter is no reader's question; it keeps IN lists short.
MAX_VALUES = 20


def split_values(data, name: str) -> list[str]:
    """`name=a&name=b` and `name=a,b` alike: the non-empty values, in order, once each."""
    raw = data.getlist(name) if hasattr(data, "getlist") else [data.get(name)]
    values = [part.strip() for value in raw if value for part in str(value).split(",")]
    return list(dict.fromkeys(value for value in values if value))


class AnyOfWidgetMixin:
    """Reads every value of the parameter, repeated or comma-separated."""

    def value_from_datadict(self, data, files, name):
        return split_values(data, name)

    def value_omitted_from_data(self, data, files, name):
        return name not in data


class AnyOfSelect(AnyOfWidgetMixin, forms.SelectMultiple):
    pass


class AnyOfCheckboxes(AnyOfWidgetMixin, forms.CheckboxSelectMultiple):
    pass


class AnyOfChoiceField(forms.MultipleChoiceField):
    widget = AnyOfSelect

    def validate(self, value):
        super().validate(value)
        check_value_count(value)


class AnyOfSlugField(forms.Field):
    """Slugs of related objects; a malformed one is a clear error."""

    widget = AnyOfSelect

    def to_python(self, value):
        if not value:
            return []
        return [value] if isinstance(value, str) else list(value)

    def validate(self, value):
        super().validate(value)
        check_value_count(value)
        for slug in value:
            if len(slug) > MAX_SLUG_LENGTH:
                raise ValidationError(f"A slug has at most {MAX_SLUG_LENGTH} characters.")
            validate_slug(slug)


def check_value_count(values):
    if len(values) > MAX_VALUES:
        raise ValidationError(f"Give at most {MAX_VALUES} values.")


class AnyOfFilter(django_filters.MultipleChoiceFilter):
    """Any of the given values (OR), read as one `IN`: the column's index stays usable."""

    field_class = AnyOfChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        if len(value) == 1:
            return qs.filter(**{self.field_name: value[0]})
        return qs.filter(**{f"{self.field_name}__in": value})


class AnySlugFilter(AnyOfFilter):
    field_class = AnyOfSlugField


# Instants: a date or an RFC 3339 timestamp. A "+" left unencoded in a query string
# arrives as a space: the offset is still unambiguous, so it is read as "+".
_INSTANT = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[Tt](?P<time>\d{2}:\d{2}:\d{2})(?P<fraction>\.\d+)?(?P<offset>[Zz]|[+ -]\d{2}:\d{2}))?"
)


@dataclass(frozen=True)
class Instant:
    """The span a value names: a date its whole UTC day, a timestamp in whole seconds
    that second, a fractional one that microsecond. `after` keeps rows at or after
    `start`, `before` rows before `end`: a row shown as `…:58Z` (timestamps are
    written in whole seconds) is found both by `updated_after=…:58Z` and by
    `updated_before=…:58Z`. `end` is None past the last representable instant."""

    start: datetime.datetime
    end: datetime.datetime | None


def parse_instant(value: str) -> Instant:
    match = _INSTANT.fullmatch(value.strip())
    if not match:
        raise ValidationError(
            "Give a date (2024-03-01) or an RFC 3339 timestamp (2024-03-01T09:30:00Z)."
        )
    try:
        if match["time"] is None:
            day = datetime.date.fromisoformat(match["date"])
            start = datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)
            step = datetime.timedelta(days=1)
        else:
            offset = match["offset"].upper().replace(" ", "+")
            fraction = (match["fraction"] or "")[:7]  # microseconds at most
            start = datetime.datetime.fromisoformat(
                f"{match['date']}T{match['time']}{fraction}{offset.replace('Z', '+00:00')}"
            ).astimezone(datetime.UTC)
            step = datetime.timedelta(microseconds=1 if fraction else 1_000_000)
    except (ValueError, OverflowError):
        raise ValidationError("Not a real date or time.") from None
    try:
        end = start + step
    except OverflowError:
        end = None
    return Instant(start, end)


class InstantField(forms.Field):
    widget = forms.DateInput(attrs={"type": "date"})

    def to_python(self, value):
        if value in (None, ""):
            return None
        if len(value) > 40:
            raise ValidationError("Give a date or a timestamp, not a longer text.")
        return parse_instant(value)


class InstantFilter(django_filters.Filter):
    """Rows whose timestamp is at or after (`bound="after"`) or at or before
    (`bound="before"`) the instant named, to the precision it is given in."""

    field_class = InstantField

    def __init__(self, *args, bound: str, **kwargs):
        self.bound = bound
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value is None:
            return qs
        if self.bound == "after":
            return qs.filter(**{f"{self.field_name}__gte": value.start})
        if value.end is None:
            return qs
        return qs.filter(**{f"{self.field_name}__lt": value.end})


INSTANT_HELP = "A date (its whole UTC day) or an RFC 3339 timestamp."


def instant_filters(field_name: str, after_label: str, before_label: str, what: str):
    """The `_after` and `_before` pair of one timestamp column, both inclusive."""
    return (
        InstantFilter(
            field_name=field_name,
            bound="after",
            label=after_label,
            help_text=f"{what} on or after this. {INSTANT_HELP}",
        ),
        InstantFilter(
            field_name=field_name,
            bound="before",
            label=before_label,
            help_text=f"{what} on or before this. {INSTANT_HELP}",
        ),
    )


class ClaimFilterForm(forms.Form):
    def clean_ordering(self):
        value = self.cleaned_data.get("ordering")
        if value and len(value) > 1:
            raise ValidationError("Give one ordering.")
        return value


# The lists where `q` orders by relevance unless another order is asked for.
RANKED_BY_DEFAULT = ("claims:list", "api:claim-list", "api:claimreview-list")


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
        # relevance: ranked by the `q` filter (without `q`, the default order stays).
        return qs


class ClaimFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_q",
        max_length=MAX_QUERY_LENGTH,
        label="Search",
        help_text="Words to find in the claim, its restatement, the verdict or the speaker's name.",
    )
    speaker = AnySlugFilter(
        field_name="speaker__slug", label="Speaker", help_text="Speaker slugs (any of them)."
    )
    topic = AnySlugFilter(
        method="filter_topic", label="Topic", help_text="Topic slugs (any of them)."
    )
    source = AnySlugFilter(
        field_name="source__slug", label="Source", help_text="Source slugs (any of them)."
    )
    status = AnyOfFilter(
        choices=Claim.Status.choices, label="Status", help_text="Where the check stands (any of)."
    )
    rating = AnyOfFilter(
        choices=Claim.Rating.choices, label="Rating", help_text="The verdict (any of them)."
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
    updated_after, updated_before = instant_filters(
        "updated_at", "Updated since", "Updated until", "Last changed"
    )
    published_after, published_before = instant_filters(
        "published_at", "Published since", "Published until", "First published"
    )
    ordering = ClaimOrderingFilter(
        fields=[("said_on", "said_on"), ("updated_at", "updated"), ("search_rank", "relevance")],
        # django-filter looks ascending labels up by field name, descending by parameter.
        field_labels={
            "said_on": "Oldest first",
            "-said_on": "Newest first",
            "updated_at": "Least recently updated",
            "-updated": "Recently updated",
            "search_rank": "Most relevant",
            "-relevance": "Most relevant",
        },
        label="Order",
        help_text="relevance (the default with q: the 1,000 best matches), said_on, "
        "-said_on (the default without q), updated or -updated.",
    )

    class Meta:
        model = Claim
        form = ClaimFilterForm
        fields = ["q", "speaker", "topic", "source", "status", "rating"]

    @extend_schema_field(OpenApiTypes.STR)
    def filter_topic(self, queryset, name, value):
        if not value:
            return queryset
        if len(value) == 1:
            # One topic is one join row per claim: no duplicates, and the join is indexed.
            return queryset.filter(topics__slug=value[0])
        tagged = Claim.topics.through.objects.filter(claim_id=OuterRef("pk"), topic__slug__in=value)
        return queryset.filter(Exists(tagged))

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
        if not value.strip():
            return queryset
        ordering = self.form.cleaned_data.get("ordering")
        if ordering:
            ranked = ordering[0].lstrip("-") == "relevance"
        else:
            # Relevance is the default with `q` on the list and the API's lists (their
            # cursors carry the score); exports read every match, by date.
            match = getattr(self.request, "resolver_match", None)
            ranked = bool(match) and match.view_name in RANKED_BY_DEFAULT
        # Adaptive: one capped count picks the fastest plan for a page of newest matches.
        return search_claims(queryset, value, adaptive=not ranked, ranked=ranked)


class IdFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class CorrectionFilterSet(django_filters.FilterSet):
    """The corrections log: one claim's corrections, or those made in a span of time.
    An unknown or unpublished claim's id matches nothing (never everything)."""

    claim = IdFilter(
        field_name="claim_id",
        min_value=1,
        label="Claim",
        help_text="A claim's id: its corrections only.",
    )
    after, before = instant_filters("created_at", "Made since", "Made until", "Made")

    class Meta:
        model = Correction
        fields = ["claim"]
