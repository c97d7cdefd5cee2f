"""The public list's filters from issue 13: counts beside rating and status, OR for
repeated values, changes since a date."""

import datetime
import re

import pytest
from django.db import connection

from claims.models import Claim
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db
LIST_URL = "/claims/"


@pytest.fixture
def claims():
    ClaimFactory(text="one misleading", rating="misleading")
    ClaimFactory(text="two misleading", rating="misleading")
    ClaimFactory(text="one accurate", rating="accurate")
    ClaimFactory(text="waiting", unverified=True)
    ClaimFactory(text="draft", rating="mixed", draft=True)


def body(response):
    assert response.status_code == 200
    return response.content.decode()


def test_rating_and_status_options_show_their_counts(client, claims):
    html = body(client.get(LIST_URL))
    assert '<option value="misleading">Misleading (2)</option>' in html
    assert '<option value="accurate">Accurate (1)</option>' in html
    assert '<option value="mixed">Mixed (0)</option>' in html  # the draft is not counted
    assert '<option value="checked">Checked (3)</option>' in html
    assert '<option value="unverified">Not yet checked (1)</option>' in html


def test_counts_follow_the_other_filters_not_the_choice_itself(client, claims):
    html = body(client.get(LIST_URL, {"rating": "misleading"}))
    # What each rating would add: the chosen one does not hide the others' counts.
    assert '<option value="misleading" selected>Misleading (2)</option>' in html
    assert '<option value="accurate">Accurate (1)</option>' in html
    assert '<option value="checked">Checked (2)</option>' in html


@pytest.mark.parametrize(
    "query", ["rating=misleading&rating=accurate", "rating=misleading,accurate"]
)
def test_repeated_rating_means_any_of_them(client, claims, query):
    html = body(client.get(f"{LIST_URL}?{query}"))
    assert "one misleading" in html and "two misleading" in html and "one accurate" in html
    assert "waiting" not in html
    # Both stay chosen, so that applying the form again keeps them.
    assert re.search(r'<select[^>]*name="rating"[^>]*multiple>', html)
    assert '<option value="accurate" selected>' in html


def test_repeated_status_means_any_of_them(client, claims):
    html = body(client.get(f"{LIST_URL}?status=unverified&status=checked"))
    assert "waiting" in html and "one accurate" in html


def test_repeated_single_valued_parameter_is_forgiven(client, claims):
    assert client.get(f"{LIST_URL}?q=misleading&q=accurate").status_code == 200


def test_updated_since_is_in_the_form_and_filters(client, claims):
    Claim.objects.filter(text="one accurate").update(
        updated_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )
    html = body(client.get(LIST_URL, {"updated_after": "2021-01-01"}))
    assert 'name="updated_after"' in html
    assert "one accurate" not in html and "one misleading" in html


def test_other_instants_show_in_the_form_only_when_given(client, claims):
    assert 'name="published_after"' not in body(client.get(LIST_URL))
    html = body(client.get(LIST_URL, {"published_after": "2000-01-01"}))
    assert 'name="published_after"' in html


def test_bad_instant_gets_a_clear_message(client, claims):
    response = client.get(LIST_URL, {"updated_after": "last week"})
    assert response.status_code == 400
    assert "RFC 3339" in response.content.decode()


def test_many_speakers_take_slugs_any_of_them(client, settings, monkeypatch):
    monkeypatch.setattr("claims.views.MAX_FILTER_OPTIONS", 1)
    one, two = SpeakerFactory(name="One"), SpeakerFactory(name="Two")
    ClaimFactory(text="by one", speaker=one)
    ClaimFactory(text="by two", speaker=two)
    html = body(client.get(LIST_URL, {"speaker": "one,two"}))
    assert "by one" in html and "by two" in html
    assert 'value="one,two"' in html


def test_list_with_counts_stays_within_its_queries(client, claims, django_assert_max_num_queries):
    # The counts beside the filters: one indexed read each from the kept counts,
    # the same on every request.
    for _ in range(2):
        with django_assert_max_num_queries(9):
            body(client.get(LIST_URL))
    # A filtered list counts with a GROUP BY each, then from the cache until a
    # claim changes.
    # PostgreSQL: the time limit's savepoint and settings too.
    time_limit = 4 if connection.vendor == "postgresql" else 0
    with django_assert_max_num_queries(10 + time_limit):
        body(client.get(LIST_URL + "?said_after=2000-01-01"))
    with django_assert_max_num_queries(8):
        body(client.get(LIST_URL + "?said_after=2000-01-01"))
