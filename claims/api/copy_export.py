"""The claims CSV export on PostgreSQL, written by the database itself:
`COPY (SELECT …) TO STDOUT WITH (FORMAT csv)`, the same columns and values as
`exports.csv_chunks` writes from the cursor (bench/POSTGRES.md has the figures).

Kept hand-written, for speed: the cursor path rewrites every row in Python; here
the rows are sorted once (on the queryset's own ordering terms), every value is
written in SQL (topics, evidence and the corrections count read, as on the cursor
path, from the row the database keeps for each claim: `claims.claim_summary`), and
Python only regroups the rows PostgreSQL sends (one CopyData message per row) into
~64 KB chunks.

Byte for byte the cursor path's CSV: PostgreSQL quotes the same cells Python's
csv module quotes (a comma, a quote, CR or LF), empty strings are sent as NULL (an
empty, unquoted cell, as csv.writer writes them) and each row's LF becomes CRLF.
The one difference is a cell that is exactly `\\.`, which PostgreSQL quotes: no
claim field can hold that alone once the spreadsheet rule has been applied.

The statement runs while the rows are sent, so `EXPORT_STATEMENT_TIMEOUT` bounds
the whole download here, not only the query: behind a buffering proxy
(docs/deployment.md) that is the time the database takes, without one a client
slower than that limit gets a file cut short (and recognisable as such).
"""

from contextlib import suppress

import psycopg
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import F, IntegerField, Value, Window
from django.db.models.expressions import OrderBy
from django.db.models.functions import RowNumber

from claims.api import exports
from claims.api.rows import (
    CLAIM_ROW,
    CORRECTED,
    FORMULA_TRIGGERS,
    PAGE_URL,
    RATING_LABEL,
    RATING_LABELS,
)
from claims.models import Claim, byline_expressions

_URL_PREFIX, _URL_SUFFIX = "copy_url_prefix", "copy_url_suffix"
# The one sort of a whole-set export fits in memory at a million claims.
COPY_WORK_MEM = "128MB"


def copy_supported(queryset, url_prefix: str) -> bool:
    """Whether this export can be written by COPY: PostgreSQL, an unsliced queryset
    (the relevance ordering keeps the best matches only), and a page URL that a
    spreadsheet cannot take for a formula (rows.neutralise would rewrite it)."""
    return (
        connection.vendor == "postgresql"
        and not queryset.query.is_sliced
        and not url_prefix.startswith(FORMULA_TRIGGERS)
    )


def _order_keys(ordering) -> list[tuple[object, str]] | None:
    """(expression, direction) for each term of a queryset's ordering, or None for a
    term this module does not know how to repeat in the outer query."""
    keys = []
    for term in ordering:
        if isinstance(term, str):
            if term == "?" or "__" in term:
                return None
            keys.append((F(term.lstrip("-")), "DESC" if term.startswith("-") else "ASC"))
        elif isinstance(term, OrderBy) and isinstance(term.expression, F):
            direction = "DESC" if term.descending else "ASC"
            if term.nulls_last:
                direction += " NULLS LAST"
            elif term.nulls_first:
                direction += " NULLS FIRST"
            keys.append((term.expression, direction))
        elif isinstance(term, F):
            keys.append((term, "ASC"))
        else:
            return None
    return keys


def copy_sql(queryset, url_prefix: str, url_suffix: str) -> tuple[str, tuple]:
    """The COPY statement for the (filtered, ordered) public claims, with its
    parameters. Raises EmptyResultSet when nothing can match."""
    computed = byline_expressions()
    inner = {
        f"col{i}": exports._selected(column, "postgresql", "csv", computed)
        for i, column in enumerate(CLAIM_ROW)
    }
    read_from = {}
    # One sort, in the outer query, on the ordering's own terms (selected as keyN).
    keys = _order_keys(queryset.query.order_by or Claim._meta.ordering)
    if keys is None:
        inner["key0"] = Window(
            RowNumber(),
            order_by=list(queryset.query.order_by or Claim._meta.ordering),
            output_field=IntegerField(),
        )
        order = "e.key0"
    else:
        inner.update({f"key{k}": expression for k, (expression, _) in enumerate(keys)})
        order = ", ".join(f"e.key{k} {direction}" for k, (_, direction) in enumerate(keys))
    # Derived columns read the column they are worked out from.
    for i, column in enumerate(CLAIM_ROW):
        if f"col{i}" in inner and column.kind not in exports._DERIVED:
            read_from.setdefault(column.lookup, f"e.col{i}")
    inner_sql, inner_params = (
        queryset.annotate(**inner).values_list(*inner).order_by().query.sql_with_params()
    )

    params = []
    cells = []
    for i, column in enumerate(CLAIM_ROW):
        if column.kind == PAGE_URL:
            cell = f"%s || {read_from[column.lookup]} || %s"
            params += [url_prefix, url_suffix]
        elif column.kind == RATING_LABEL:
            whens = " ".join("WHEN %s THEN %s" for _ in RATING_LABELS)
            cell = f"CASE {read_from[column.lookup]} {whens} END"
            for value, label in RATING_LABELS.items():
                params += [str(value), str(label)]
        elif column.kind == CORRECTED:
            cell = f"CASE WHEN {read_from[column.lookup]} > 0 THEN 'true' ELSE 'false' END"
        else:
            cell = f"e.col{i}::text"
        cells.append(f"NULLIF({cell}, '')")
    # %s placeholders in order: the outer cells' first, then the inner query's.
    sql = (
        f"COPY (SELECT {', '.join(cells)} FROM ({inner_sql}) e "
        f"ORDER BY {order}) TO STDOUT WITH (FORMAT csv)"
    )
    return sql, (*params, *inner_params)


def copy_rows(queryset):
    """The CSV rows as PostgreSQL writes them (bytes ending in LF), one per item, of a
    queryset that `with_page_urls` has given its page URLs."""
    prefix = queryset.query.annotations[_URL_PREFIX].value
    suffix = queryset.query.annotations[_URL_SUFFIX].value
    try:
        sql, params = copy_sql(queryset, prefix, suffix)
    except EmptyResultSet:
        return
    connection.ensure_connection()
    # Errors as Django's (a timeout is a 503, as on the cursor path); psycopg binds
    # the parameters client-side: COPY takes none of its own.
    with (
        connection.wrap_database_errors,
        exports.export_statement_timeout(),
        connection.connection.cursor() as cursor,
    ):
        cursor.execute("SELECT set_config('work_mem', %s, false)", [COPY_WORK_MEM])
        try:
            with cursor.copy(sql, params) as copy:
                if connection.in_atomic_block:
                    # In a transaction (the tests; requests are not wrapped in one)
                    # the connection may be wanted before the stream ends, and a
                    # cancel would abort the transaction: the rows are read at once.
                    rows = [bytes(row) for row in copy]
                else:
                    # A client that goes away closes this: psycopg cancels the COPY.
                    rows = None
                    yield from copy
            if rows is not None:
                yield from rows
        finally:
            with suppress(psycopg.Error):
                cursor.execute("RESET work_mem")
            if connection.connection.closed:
                connection.close()  # Django opens a new one for the next query


def with_page_urls(queryset, url_prefix: str, url_suffix: str):
    """The queryset carrying the page URL's two halves, for `copy_rows` (which is
    called as `exports.export_rows(queryset, fmt="copy")`)."""
    return queryset.annotate(**{_URL_PREFIX: Value(url_prefix), _URL_SUFFIX: Value(url_suffix)})


def csv_chunks(rows, *, bom=False):
    """The header, then the rows with CRLF line ends, in ~64 KB chunks. Closing the
    chunks closes the rows: the COPY is ended then, not when collected."""
    header = ",".join(column.flat_name for column in CLAIM_ROW) + "\r\n"
    parts = [(("\ufeff" if bom else "") + header).encode()]
    size = 0
    try:
        for row in rows:
            # One CopyData message is one row, ending in its LF.
            parts.append(bytes(row)[:-1])
            parts.append(b"\r\n")
            size += len(row) + 1
            if size >= exports.CHUNK_BYTES:
                yield b"".join(parts)
                parts.clear()
                size = 0
        yield b"".join(parts)
    finally:
        if close := getattr(rows, "close", None):
            close()


def claims_csv_chunks(queryset, url_for, *, bom=False, rows=None):
    """The claims CSV by COPY when `copy_supported`, else from the cursor. `rows` is
    `exports.export_rows`, the one place both paths read their rows from."""
    rows = rows or exports.export_rows
    prefix, suffix = url_for("\0").split("\0", 1)
    if not copy_supported(queryset, prefix):
        return exports.csv_chunks(rows(queryset, fmt="csv"), url_for, bom=bom)
    return csv_chunks(rows(with_page_urls(queryset, prefix, suffix), fmt="copy"), bom=bom)
