"""Keyset (cursor) pagination for the API: every page is one indexed range scan.

A page-number paginator ends in `OFFSET n`, which reads and throws away n rows: at
a million claims a deep page costs as much as an export. Here the `next` link
carries the sort key of the last row seen (an opaque `cursor`), and the next page
starts after it, so page 10,000 costs what page 1 does. Ties in the sort key are
broken by `id`, and undated claims come last in either direction.

Hand-written rather than DRF's CursorPagination, which positions on the first
ordering field only (ties are skipped by an OFFSET that grows with them) and
cannot order or resume on a nullable column such as `said_on`.
"""

import base64
import binascii
import datetime
import json
import math
import re
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models
from django.db.models import F, Q, prefetch_related_objects
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from claims.facets import FACETS, facet_counts
from claims.filters import split_values

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


@dataclass(frozen=True)
class Key:
    """One column of a keyset ordering; nullable columns sort their NULLs last."""

    field: str
    descending: bool = False
    nullable: bool = False

    def order_by(self):
        expression = F(self.field)
        if self.descending:
            return expression.desc(nulls_last=True) if self.nullable else expression.desc()
        return expression.asc(nulls_last=True) if self.nullable else expression.asc()

    def after(self, value) -> Q | None:
        """Non-NULL rows strictly after `value` in this column; None when there are none.

        The NULL rows that follow every value are fetched separately (see
        KeysetPagination): `said_on < v OR said_on IS NULL` cannot be read as one
        index range, and a page deep in the list would scan everything before it."""
        if value is None:
            return None  # NULLs are last: nothing comes after them.
        lookup = "lt" if self.descending else "gt"
        return Q(**{f"{self.field}__{lookup}": value})

    def equal(self, value) -> Q:
        if value is None:
            return Q(**{f"{self.field}__isnull": True})
        return Q(**{self.field: value})


def keyset_after(keys: list[Key], values: list) -> Q:
    """(k1, k2, …) strictly after (v1, v2, …) in the keys' order."""
    condition = Q(pk__in=[])
    prefix = Q()
    for key, value in zip(keys, values, strict=True):
        after = key.after(value)
        if after is not None:
            condition |= prefix & after
        prefix &= key.equal(value)
    first, value = keys[0], values[0]
    if value is None:
        return condition
    # The same bound on its own, ANDed: with bound parameters SQLite cannot see that
    # `k1 < ? OR (k1 = ? AND …)` is one range, and would scan the index from the top.
    bound = Q(**{f"{first.field}__{'lte' if first.descending else 'gte'}": value})
    return bound & condition


# A cursor holds an ordering's name and one value per key: at most a name of 200
# characters, each written as a 12-character JSON escape at worst, in base64.
MAX_CURSOR_LENGTH = 4096
CURSOR_ALPHABET = re.compile(r"[A-Za-z0-9_-]+={0,2}")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
ISO_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})", re.ASCII
)
# Time-zone offsets in use run from -12:00 to +14:00.
MAX_UTC_OFFSET = datetime.timedelta(hours=14)
# Every id and count column is a signed 64-bit integer on both databases.
BIGINT_RANGE = range(-(2**63), 2**63)


def _refuse_constant(name):
    raise ValueError(f"{name} is not a value a cursor holds")


def cursor_field(model, name: str):
    """The column a key reads: a model field, or a score the query computes (the
    search's `search_rank`), which is a float."""
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return models.FloatField()


def cursor_value(key: Key, field, value):
    """One value of a cursor as its column's Python type; ValueError when it is not one."""
    if value is None:
        if not key.nullable:
            raise ValueError("NULL in a column without NULLs")
        return None
    if isinstance(field, models.DateTimeField):
        if not isinstance(value, str) or not ISO_TIMESTAMP.fullmatch(value):
            raise ValueError("not an RFC 3339 timestamp")
        instant = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if abs(instant.utcoffset()) > MAX_UTC_OFFSET:
            raise ValueError("no such time zone")
        return instant.astimezone(datetime.UTC)  # OverflowError at the ends of time
    if isinstance(field, models.DateField):
        if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
            raise ValueError("not an ISO date")
        return datetime.date.fromisoformat(value)
    if isinstance(field, models.IntegerField | models.AutoField):
        if type(value) is not int or value not in BIGINT_RANGE:
            raise ValueError("not a whole number in range")
        return value
    if isinstance(field, models.FloatField):
        if type(value) not in (int, float) or not math.isfinite(value):
            raise ValueError("not a finite number")
        return float(value)
    if isinstance(field, models.CharField):
        if not isinstance(value, str) or "\x00" in value:
            raise ValueError("not text")
        value.encode()  # UnicodeEncodeError for a lone surrogate, which no column holds
        if field.max_length is not None and len(value) > field.max_length:
            raise ValueError("longer than the column")
        return value
    raise ValueError(f"no cursor for a {type(field).__name__}")


class KeysetPagination(BasePagination):
    """`?page_size=` (default 50, at most 200) and `?cursor=` from the `next` link.

    The view says how it is ordered with `get_keyset(request, queryset)`, which returns a
    name for the ordering and its keys, the last of them unique."""

    page_size = DEFAULT_PAGE_SIZE
    max_page_size = MAX_PAGE_SIZE
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    # Parameters of other paginators, refused with a word on what to do instead.
    refused_parameters = {
        "page": "The API pages with cursors, not page numbers: follow the `next` "
        "link of each page (its `cursor` parameter)."
    }

    def paginate_queryset(self, queryset, request, view=None):
        for name, message in self.refused_parameters.items():
            if name in request.query_params:
                raise ValidationError({name: [message]})
        self.request = request
        self.page_size = self.get_page_size(request)
        self.ordering_name, keys = view.get_keyset(request, queryset)
        queryset = queryset.order_by(*(key.order_by() for key in keys))
        # Related rows are fetched once for the page, even when it takes two queries.
        lookups = queryset._prefetch_related_lookups
        queryset = queryset.prefetch_related(None)
        limit = self.page_size + 1
        raw_cursor = request.query_params.get(self.cursor_query_param)
        if raw_cursor is None:
            rows = list(queryset[:limit])
        else:
            values = self.decode_cursor(raw_cursor, queryset.model, keys)
            rows = list(queryset.filter(keyset_after(keys, values))[:limit])
            first = keys[0]
            if first.nullable and values[0] is not None and len(rows) < limit:
                nulls = queryset.filter(**{f"{first.field}__isnull": True})
                rows += list(nulls[: limit - len(rows)])
        self.next_cursor = None
        if len(rows) > self.page_size:
            rows = rows[: self.page_size]
            self.next_cursor = self.encode_cursor([getattr(rows[-1], k.field) for k in keys])
        prefetch_related_objects(rows, *lookups)
        return rows

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if not 1 <= size <= self.max_page_size:
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        f"Give a whole number from 1 to {self.max_page_size}, not {raw[:20]!r}."
                    ]
                }
            )
        return size

    def encode_cursor(self, values: list) -> str:
        plain = [v.isoformat() if hasattr(v, "isoformat") else v for v in values]
        payload = json.dumps({"o": self.ordering_name, "v": plain}, separators=(",", ":"))
        return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")

    def decode_cursor(self, raw: str, model, keys: list[Key]) -> list:
        """The sort key a `next` link carries, or a 400 naming `cursor`.

        Strict, because the values go into SQL: a bounded length (checked before
        anything is parsed, so no deep nesting), plain JSON without NaN or Infinity,
        a flat list of one value per key, each of its column's type (whole numbers
        within 64 bits, ISO dates, timestamps with an offset of at most 14 hours,
        text of the column's length without NUL), timestamps read as UTC."""
        try:
            if len(raw) > MAX_CURSOR_LENGTH or not CURSOR_ALPHABET.fullmatch(raw):
                raise ValueError
            padded = raw.rstrip("=") + "=" * (-len(raw.rstrip("=")) % 4)
            data = json.loads(base64.urlsafe_b64decode(padded), parse_constant=_refuse_constant)
            if not isinstance(data, dict) or set(data) != {"o", "v"}:
                raise ValueError
            if data["o"] != self.ordering_name:
                raise ValidationError(
                    {self.cursor_query_param: ["This cursor is for another ordering."]}
                )
            values = data["v"]
            if not isinstance(values, list) or len(values) != len(keys):
                raise ValueError
            return [
                cursor_value(key, cursor_field(model, key.field), value)
                for key, value in zip(keys, values, strict=True)
            ]
        except ValidationError:
            raise
        except (
            ValueError,
            TypeError,
            KeyError,
            OverflowError,
            RecursionError,
            UnicodeError,
            binascii.Error,
            DjangoValidationError,
        ):
            raise ValidationError(
                {
                    self.cursor_query_param: [
                        "Not a cursor from this API: use the `next` link of the previous page."
                    ]
                }
            ) from None

    def get_next_link(self) -> str | None:
        if self.next_cursor is None:
            return None
        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.cursor_query_param, self.next_cursor)

    def get_paginated_response(self, data):
        return Response({"next": self.get_next_link(), "results": data})

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next", "results"],
            "properties": {
                "next": {
                    "type": "string",
                    "nullable": True,
                    "format": "uri",
                    "description": "The next page, or null on the last page.",
                },
                "results": {**schema, "description": "The rows of this page."},
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Opaque position from the `next` link of the previous page.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Rows per page, 1 to {self.max_page_size} "
                f"(default {self.page_size}).",
                "schema": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": self.max_page_size,
                    "default": self.page_size,
                },
            },
        ]


class FacetedKeysetPagination(KeysetPagination):
    """Keyset pages that, with `?facet=rating,speaker,…`, carry `facets`: counts per
    value over the whole filtered set (claims.facets), beside `next` and `results`.
    The counts are the same on every page, so the `next` link leaves `facet` out."""

    facet_query_param = "facet"
    multi_valued_parameters = (facet_query_param,)

    def paginate_queryset(self, queryset, request, view=None):
        names = self.get_facet_names(request)
        self.facets = facet_counts(queryset, names, self.filters(view)) if names else None
        return super().paginate_queryset(queryset, request, view)

    @staticmethod
    def filters(view) -> dict | None:
        """The cleaned values of the filters the filter backend applied."""
        filterset = getattr(view, "filterset", None)
        return filterset.form.cleaned_data if filterset is not None else None

    def get_facet_names(self, request) -> list[str]:
        names = split_values(request.query_params, self.facet_query_param)
        unknown = [name for name in names if name not in FACETS]
        if unknown:
            raise ValidationError(
                {
                    self.facet_query_param: [
                        f"Unknown facet {unknown[0][:40]!r}: give any of {', '.join(FACETS)}."
                    ]
                }
            )
        return names

    def get_next_link(self) -> str | None:
        link = super().get_next_link()
        return link and remove_query_param(link, self.facet_query_param)

    def get_paginated_response(self, data):
        if self.facets is None:
            return super().get_paginated_response(data)
        counted = {name: rows for name, rows in self.facets.items() if rows is not None}
        body = {"next": self.get_next_link(), "facets": counted}
        if timed_out := [name for name, rows in self.facets.items() if rows is None]:
            body["facets_timed_out"] = timed_out
        return Response({**body, "results": data})

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        value = {"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": True}
        response["properties"]["facets_timed_out"] = {
            "type": "array",
            "items": {"type": "string"},
            "description": "Facets asked for but not counted within the time limit "
            "(a large filtered set): ask again with a narrower filter. Absent when "
            "every facet was counted.",
        }
        response["properties"]["facets"] = {
            "type": "object",
            "description": "With `facet`: for each facet asked for, the counts of the "
            "filtered set per value, most frequent first (speakers and topics: the top 20).",
            "additionalProperties": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["value", "label", "count"],
                    "properties": {
                        "value": {
                            **value,
                            "description": "The filter value: a rating, status, speaker or "
                            "topic slug, or a year (null: undated).",
                        },
                        "label": {"type": "string"},
                        "count": {"type": "integer"},
                    },
                },
            },
        }
        return response

    def get_schema_operation_parameters(self, view):
        return [
            *super().get_schema_operation_parameters(view),
            {
                "name": self.facet_query_param,
                "required": False,
                "in": "query",
                "description": "Counts per value of the filtered set: any of "
                f"{', '.join(FACETS)}, repeated or comma-separated.",
                "schema": {"type": "array", "items": {"type": "string", "enum": list(FACETS)}},
                "style": "form",
                "explode": False,
            },
        ]
