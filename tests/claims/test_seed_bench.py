import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim, Evidence
from claims.search import search_claims
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def test_seed_bench_adds_published_claims_with_related_data():
    call_command("seed_bench", "--claims", "40", stdout=None)
    claims = Claim.objects.public()
    assert claims.count() == 40
    assert Claim.objects.drafts().count() == 0
    assert Evidence.objects.exists()
    assert claims.filter(topics__isnull=False).exists()
    assert claims.filter(source__isnull=False).exists()
    for claim in claims.filter(status="checked"):
        assert claim.rating


def test_seeded_claims_are_searchable_and_new_claims_still_get_ids():
    call_command("seed_bench", "--claims", "30")
    assert search_claims(Claim.objects.all(), "said").count() == 30
    seeded = set(Claim.objects.values_list("pk", flat=True))
    assert ClaimFactory().pk not in seeded


def test_seed_bench_is_deterministic():
    call_command("seed_bench", "--claims", "10")
    first = list(Claim.objects.order_by("id").values_list("text", "rating"))
    Claim.objects.all().delete()
    call_command("seed_bench", "--claims", "10")
    assert list(Claim.objects.order_by("id").values_list("text", "rating")) == first


def test_seed_bench_refuses_zero_claims():
    with pytest.raises(CommandError):
        call_command("seed_bench", "--claims", "0")
