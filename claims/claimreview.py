"""schema.org ClaimReview for a rated claim, as Google's Fact Check tools read it.

One function builds it for both the claim page's JSON-LD and the API.

`author` is the organisation (as Google asks). The people in the byline are
schema.org CreativeWork properties, which a ClaimReview (CreativeWork → Review →
ClaimReview) has: the fact-checker as `contributor` (“a secondary contributor to
the CreativeWork”) and the publishing editor as `editor` (“the Person who edited
the CreativeWork”), each only when they have a public name. `reviewedBy` would not
do: it is a property of WebPage, which a ClaimReview is not."""

import json

from django.conf import settings
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from claims.models import Claim, Speaker, personal_name
from factcheck.formats import utc_timestamp

CLAIM_REVIEWED_MAX_CHARS = 150

# As django.utils.html.json_script: user text containing </script> cannot end the tag.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def claim_review(claim: Claim, *, claim_url: str) -> dict | None:
    """The ClaimReview for a published, rated claim; None for any other claim.

    `claim_url` is the absolute URL of the claim's public page.
    """
    if not claim.rating or not claim.is_published:
        return None
    rating = {"@type": "Rating", "alternateName": claim.get_rating_display()}
    if claim.rating_value is not None:
        rating.update(ratingValue=claim.rating_value, bestRating=5, worstRating=1)
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": claim_url,
        "claimReviewed": Truncator(claim.statement or claim.text).chars(CLAIM_REVIEWED_MAX_CHARS),
        "datePublished": claim.published_at.date().isoformat(),
        # One timestamp format across the API and the pages (RFC 3339, UTC, whole seconds).
        "dateModified": utc_timestamp(claim.updated_at),
        "author": {
            "@type": "Organization",
            "name": settings.FACTCHECK_ORG_NAME,
            "url": settings.FACTCHECK_ORG_URL,
        },
        **_people(claim),
        "reviewRating": rating,
        "itemReviewed": _item_reviewed(claim),
    }


def _people(claim: Claim) -> dict:
    """The byline's named people; an account without a public name is the desk's
    work, which `author` already says."""
    people = {}
    if name := personal_name(claim.checked_by):
        people["contributor"] = {"@type": "Person", "name": name}
    if name := personal_name(claim.published_by):
        people["editor"] = {"@type": "Person", "name": name}
    return people


def _item_reviewed(claim: Claim) -> dict:
    speaker = claim.speaker
    author = {
        "@type": "Person" if speaker.kind == Speaker.Kind.PERSON else "Organization",
        "name": speaker.name,
    }
    if speaker.role and speaker.kind == Speaker.Kind.PERSON:
        author["jobTitle"] = speaker.role
    if speaker.wikidata_url:
        author["sameAs"] = speaker.wikidata_url
    item = {"@type": "Claim", "author": author}
    if claim.said_on:
        # ISO 8601 at the precision known: “2025”, “2025-03” or “2025-03-05”.
        item["datePublished"] = claim.said_on_iso
    if claim.source_id and claim.source.url:
        appearance = {"@type": "CreativeWork", "url": claim.source.url}
        if claim.source.title:
            appearance["headline"] = claim.source.title
        item["appearance"] = [appearance]
        item["firstAppearance"] = appearance
    return item


def jsonld_script(data: dict) -> SafeString:
    """A <script type="application/ld+json"> element, safe for any text in `data`."""
    payload = json.dumps(data, ensure_ascii=False, indent=2).translate(_JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')
