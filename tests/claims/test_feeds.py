import xml.etree.ElementTree as ET

import pytest

from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

FEED_URL = "/feeds/claims/"
ATOM = {"atom": "http://www.w3.org/2005/Atom"}


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_feed_is_atom_with_one_entry_per_published_claim(client):
    claim = ClaimFactory(
        text="Crossings are down by a third.", speaker=SpeakerFactory(name="James Cleverly")
    )
    ClaimFactory(text="A draft.", draft=True)

    feed = parse(client.get(FEED_URL))

    entries = feed.findall("atom:entry", ATOM)
    assert len(entries) == 1
    entry = entries[0]
    title = entry.find("atom:title", ATOM).text
    assert title.startswith("Mostly accurate: James Cleverly")
    link = entry.find("atom:link", ATOM).get("href")
    assert link == f"http://testserver{claim.get_absolute_url()}"
    assert entry.find("atom:updated", ATOM).text
    assert entry.find("atom:published", ATOM).text
    assert "A draft." not in ET.tostring(feed, encoding="unicode")
    assert feed.find("atom:title", ATOM).text == "Open Claims Desk: latest fact-checks"


def test_feed_is_newest_publication_first(client):
    first = ClaimFactory()
    second = ClaimFactory()

    feed = parse(client.get(FEED_URL))

    links = [e.find("atom:link", ATOM).get("href") for e in feed.findall("atom:entry", ATOM)]
    assert links == [
        f"http://testserver{second.get_absolute_url()}",
        f"http://testserver{first.get_absolute_url()}",
    ]


def test_feed_summary_is_escaped_html(client):
    ClaimFactory(verdict="<script>alert(1)</script>")

    feed = parse(client.get(FEED_URL))

    summary = feed.find("atom:entry/atom:summary", ATOM)
    assert summary.get("type") == "html"
    # The summary is HTML once unwrapped from XML: the user's markup must stay text.
    assert "<script>" not in summary.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in summary.text


@pytest.mark.parametrize("n", [5, 50])
def test_feed_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    ClaimFactory.create_batch(n)
    # The claims, their corrections (prefetched) and the latest corrections.
    with django_assert_max_num_queries(3):
        feed = parse(client.get(FEED_URL))
    assert len(feed.findall("atom:entry", ATOM)) == n
