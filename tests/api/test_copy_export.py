"""The claims CSV on PostgreSQL is written by COPY (claims/api/copy_export.py): the
same bytes as the cursor path writes for the same claims, filters and order."""

import datetime

import pytest
from django.db import connection
from django.http import QueryDict

from claims.api import copy_export, exports
from claims.api.rows import claim_url_builder
from claims.filters import ClaimFilterSet
from claims.models import Claim
from tests.factories import (
    ClaimFactory,
    CorrectionFactory,
    EvidenceFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's"),
]

CSV_URL = "/api/v1/claims/export.csv"
URL_FOR = claim_url_builder(None)


@pytest.fixture
def awkward_claims(seed):
    """The seed's claims and some whose cells need quoting, neutralising or are empty."""
    speaker = SpeakerFactory(name='Jo "JJ" Smith, MP', role="", organisation="=SUM(A1)")
    tricky = ClaimFactory(
        speaker=speaker,
        text='Line one,\nline two\r\nand a "quote" — café ½',
        statement="-5% on last year",
        verdict="+ it rose; @ see\tnotes",
        source=SourceFactory(title="A, B and C", body=""),
        topics=[TopicFactory(name="Zeta"), TopicFactory(name="Alpha")],
    )
    EvidenceFactory(claim=tricky, url="https://b.example/2", stance="contradicts")
    EvidenceFactory(claim=tricky, url="https://b.example/1", stance="supports")
    CorrectionFactory(claim=tricky)
    ClaimFactory(unverified=True, said_on=None, source=None)
    ClaimFactory(said_on=datetime.date(2025, 1, 1), said_on_precision="year")
    ClaimFactory(draft=True, text="A draft never exported.")


def cursor_csv(params: str = "", *, bom: bool = False) -> bytes:
    queryset = ClaimFilterSet(QueryDict(params), queryset=Claim.objects.public()).qs
    rows = exports.export_rows(queryset, fmt="csv")
    return b"".join(exports.csv_chunks(rows, URL_FOR, bom=bom))


def copy_csv(params: str = "", *, bom: bool = False) -> bytes:
    queryset = ClaimFilterSet(QueryDict(params), queryset=Claim.objects.public()).qs
    return b"".join(copy_export.claims_csv_chunks(queryset, URL_FOR, bom=bom))


@pytest.mark.parametrize(
    "params",
    [
        "",
        "ordering=updated",
        "ordering=-updated",
        "ordering=said_on",
        "rating=misleading,mostly_accurate",
        "status=unverified",
        "q=crossings",
        "q=crossings&ordering=-relevance",
        "said_after=2024-06-01",
        "speaker=no-such-speaker",
    ],
)
def test_copy_csv_equals_the_cursor_csv_byte_for_byte(awkward_claims, params):
    expected = cursor_csv(params)
    assert expected.count(b"\r\n") > 1 or params.startswith("speaker")
    assert copy_csv(params) == expected


def test_copy_csv_keeps_the_byte_order_mark(awkward_claims):
    assert copy_csv(bom=True) == cursor_csv(bom=True)
    assert copy_csv(bom=True).startswith("\ufeffid,slug,".encode())


def test_csv_export_view_on_postgresql_streams_from_copy(api, awkward_claims, monkeypatch):
    calls = []
    original = copy_export.copy_rows

    def spy(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(copy_export, "copy_rows", spy)
    response = api.get(CSV_URL, {"rating": "mostly_accurate"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert len(calls) == 1
    url_for = claim_url_builder(response.wsgi_request)
    queryset = ClaimFilterSet(
        QueryDict("rating=mostly_accurate"), queryset=Claim.objects.public()
    ).qs
    assert body == b"".join(exports.csv_chunks(exports.export_rows(queryset, fmt="csv"), url_for))


def test_a_sliced_queryset_is_not_written_by_copy(awkward_claims):
    assert copy_export.copy_supported(Claim.objects.public(), "http://testserver/claims/")
    assert not copy_export.copy_supported(Claim.objects.public()[:10], "http://x/claims/")
    assert not copy_export.copy_supported(Claim.objects.public(), "=HYPERLINK(")


def test_copy_csv_of_no_claims_is_the_header_alone(db):
    assert copy_csv() == cursor_csv()
    assert copy_csv().count(b"\r\n") == 1
