"""The ClaimReview JSON-LD on claim pages, as Google's Fact Check tools read it."""

import datetime
import json
import re

import pytest

from claims.models import Claim
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def jsonld_blocks(client, claim):
    response = client.get(claim.get_absolute_url())
    assert response.status_code == 200
    return JSONLD.findall(response.content.decode())


def review_of(client, claim):
    blocks = jsonld_blocks(client, claim)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_rated_claim_page_carries_exactly_one_claimreview(client):
    speaker = SpeakerFactory(name="James Cleverly", wikidata_id="Q5930034")
    source = SourceFactory(url="https://www.gov.uk/government/news/treaty")
    claim = ClaimFactory.build(
        text="crossings coming down by a third compared to last year",
        statement="Small-boat crossings fell by a third in 2023.",
        speaker=speaker,
        source=source,
        said_on=datetime.date(2023, 12, 5),
        rating=Claim.Rating.MOSTLY_ACCURATE,
    )
    claim.full_clean()
    claim.save()

    review = review_of(client, claim)

    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"http://testserver{claim.get_absolute_url()}"
    assert review["claimReviewed"] == "Small-boat crossings fell by a third in 2023."
    assert review["datePublished"] == claim.published_at.date().isoformat()
    assert review["dateModified"]
    assert review["author"] == {
        "@type": "Organization",
        "name": "Open Claims Desk",
        "url": "https://claims.example.org/",
    }
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Mostly accurate",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["datePublished"] == "2023-12-05"  # when it was said, not checked
    assert item["author"] == {
        "@type": "Person",
        "name": "James Cleverly",
        "jobTitle": "Home Secretary",
        "sameAs": "https://www.wikidata.org/wiki/Q5930034",
    }
    assert item["firstAppearance"]["url"] == "https://www.gov.uk/government/news/treaty"


@pytest.mark.parametrize(
    "rating, value",
    [
        (Claim.Rating.ACCURATE, 5),
        (Claim.Rating.MOSTLY_ACCURATE, 4),
        (Claim.Rating.MIXED, 3),
        (Claim.Rating.MISLEADING, 2),
        (Claim.Rating.INACCURATE, 1),
    ],
)
def test_numeric_ratings_map_onto_one_to_five(client, rating, value):
    review = review_of(client, ClaimFactory(rating=rating))

    assert review["reviewRating"]["ratingValue"] == value
    assert review["reviewRating"]["alternateName"] == rating.label


def test_unsupported_rating_has_a_label_but_no_number(client):
    review = review_of(client, ClaimFactory(rating=Claim.Rating.UNSUPPORTED))

    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unsupported by evidence"}


@pytest.mark.parametrize("status", [Claim.Status.UNVERIFIED, Claim.Status.IN_PROGRESS])
def test_unrated_claim_page_carries_no_claimreview(client, status):
    claim = ClaimFactory(status=status, rating="")

    assert jsonld_blocks(client, claim) == []


def test_jsonld_cannot_be_closed_by_user_text(client):
    hostile = "</script><script>alert(1)</script>"
    claim = ClaimFactory(statement=hostile, speaker=SpeakerFactory(name=hostile))

    body = client.get(claim.get_absolute_url()).content.decode()

    block = body.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    review = json.loads(block)
    assert review["claimReviewed"] == hostile  # the data survives, escaped as \u003C
    assert review["itemReviewed"]["author"]["name"] == hostile
    assert "<" not in block and ">" not in block
