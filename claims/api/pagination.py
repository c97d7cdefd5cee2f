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
import json
from dataclasses import dataclass

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, Q, prefetch_related_objects
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

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


class KeysetPagination(BasePagination):
    """`?page_size=` (default 50, at most 200) and `?cursor=` from the `next` link.

    The view says how it is ordered with `get_keyset(request)`, which returns a
    name for the ordering and its keys, the last of them unique."""

    page_size = DEFAULT_PAGE_SIZE
    max_page_size = MAX_PAGE_SIZE
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"

    def paginate_queryset(self, queryset, request, view=None):
        if "page" in request.query_params:
            raise ValidationError(
                {
                    "page": [
                        "The API pages with cursors, not page numbers: follow the `next` "
                        "link of each page (its `cursor` parameter)."
                    ]
                }
            )
        self.request = request
        self.page_size = self.get_page_size(request)
        self.ordering_name, keys = view.get_keyset(request)
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
        try:
            padded = raw + "=" * (-len(raw) % 4)
            data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
            if data["o"] != self.ordering_name:
                raise ValidationError(
                    {self.cursor_query_param: ["This cursor is for another ordering."]}
                )
            values = data["v"]
            if not isinstance(values, list) or len(values) != len(keys):
                raise ValueError
            return [
                None if value is None else model._meta.get_field(key.field).to_python(value)
                for key, value in zip(keys, values, strict=True)
            ]
        except ValidationError:
            raise
        except (
            ValueError,
            TypeError,
            KeyError,
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
