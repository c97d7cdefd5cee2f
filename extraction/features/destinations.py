"""A place after "going to" is no future: "more patients going to hospital", "fewer
pupils going to college". The future's "going to" takes a verb ("is going to publish");
a determiner or a place after it ("going to the polls", "going to sea") names where
someone goes, so the sentence is not a prediction or a promise on that account."""

import re

_GOING_TO_PLACE = re.compile(
    r"\bgoing\s+to(?=\s+(?:the|a|an|his|her|their|our|my|your|its|school|schools|college"
    r"|colleges|university|universities|work|hospital|court|prison|jail|church|bed|war|sea"
    r"|market|town|hospitals)\b)",
    re.I,
)


def without_destinations(text: str) -> str:
    """`text` with each "going to" before a place or a determiner read as "going into",
    so that the future's patterns do not take it."""
    return _GOING_TO_PLACE.sub("going into", text)
