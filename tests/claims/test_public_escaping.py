"""User text containing markup renders as text on every public page and in the feed."""

import json
import re

import pytest
from django.urls import reverse

from claims.models import Evidence
from tests.factories import (
    ClaimFactory,
    CorrectionFactory,
    EvidenceFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
PAYLOAD = f"{SCRIPT} {ATTRIBUTE}"
RAW_MARKERS = ("<script>alert", "<img src=x", "onerror=alert(1)>")


@pytest.fixture
def hostile_claim():
    source = SourceFactory(
        title=f"Release {PAYLOAD}",
        body=f"The minister said: crossings fell {PAYLOAD} this year. Then more.",
    )
    claim = ClaimFactory.build(
        text=f"crossings fell {PAYLOAD} this year",
        statement=f"Crossings fell {PAYLOAD}",
        verdict=f"Wrong {PAYLOAD}\n\nSee the figures.",
        speaker=SpeakerFactory(name=f"Mallory {PAYLOAD}", role=f"Minister {PAYLOAD}"),
        source=source,
    )
    claim.full_clean()
    claim.save()
    claim.topics.set([TopicFactory(name=f"Topic {PAYLOAD}", description=PAYLOAD)])
    EvidenceFactory(
        claim=claim,
        title=f"Evidence {PAYLOAD}",
        publisher=PAYLOAD,
        note=PAYLOAD,
        stance=Evidence.Stance.CONTRADICTS,
    )
    CorrectionFactory(claim=claim, note=PAYLOAD, old_verdict=PAYLOAD, new_verdict="New.")
    return claim


def page_urls(claim):
    return [
        reverse("claims:home"),
        reverse("claims:list"),
        reverse("claims:list") + "?q=crossings",
        claim.get_absolute_url(),
        reverse("claims:speaker-list"),
        claim.speaker.get_absolute_url(),
        claim.topics.get().get_absolute_url(),
        reverse("sources:list"),
        claim.source.get_absolute_url(),
    ]


def test_markup_in_claims_speakers_and_verdicts_is_escaped_on_every_page(client, hostile_claim):
    for url in page_urls(hostile_claim):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        outside_jsonld = re.sub(
            r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.DOTALL
        )
        for marker in RAW_MARKERS:
            assert marker not in outside_jsonld, (url, marker)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, url
        assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html, url


def test_markup_in_a_search_query_is_escaped_back_into_the_form(client, hostile_claim):
    response = client.get(reverse("claims:list"), {"q": PAYLOAD})

    html = response.content.decode()
    for marker in RAW_MARKERS:
        assert marker not in html
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img' in html


def test_markup_in_a_bad_page_number_is_escaped_in_the_notice(client, hostile_claim):
    html = client.get(reverse("claims:list"), {"page": ATTRIBUTE}).content.decode()

    assert "<img src=x" not in html
    assert "&quot;&gt;&lt;img src=x" in html


def test_markup_is_escaped_inside_the_jsonld(client, hostile_claim):
    html = client.get(hostile_claim.get_absolute_url()).content.decode()

    block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block
    review = json.loads(block)
    assert review["itemReviewed"]["author"]["name"] == f"Mallory {PAYLOAD}"


def test_markup_is_escaped_in_the_feed(client, hostile_claim):
    xml = client.get("/feeds/claims/").content.decode()

    for marker in RAW_MARKERS:
        assert marker not in xml
    # Titles are text, summaries are HTML escaped once more for the XML.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in xml
    assert "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;" in xml
