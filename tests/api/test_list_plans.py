"""On PostgreSQL the lists' order (`said_on DESC NULLS LAST, id DESC`) is read from
an index, not sorted over the whole table."""

import pytest
from django.db import connection

from claims.models import Claim
from tests.factories import ClaimFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL's NULLS LAST index only"
    ),
]


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        # A few test rows would be read by a scan: ask for the plan a big table gets.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_newest_first_page_reads_the_nulls_last_index():
    ClaimFactory.create_batch(3)

    explained = plan(Claim.objects.public().newest_first()[:51])

    assert "claim_said_on_nulls_last_idx" in explained


def test_a_page_of_one_rating_reads_the_rating_index():
    ClaimFactory.create_batch(3)

    explained = plan(Claim.objects.public().filter(rating="misleading").newest_first()[:51])

    assert "claim_rating_said_on_nulls_last_idx" in explained
