"""A figure's movement and a run of periods, however a page words them.

- "reduced the rate from 5.7 percent to 5.2 percent", "was cut to 4%": a figure with a
  verb of change, or moved from one value to another, is a trend to check, whatever the
  verb ("reduced", "lowered", "raised", "improved", "widened") is.
- "the 15th quarter in a row", "for the third consecutive month", "nine successive
  quarters", "a 10-year high": a run of periods or a high over years claims a record as
  "the highest since …" does.
- "The expansion of the programme helped protect …": a measure credited with an
  outcome is a cause, as "led to" is; so is an outcome put down to its cause ("It is the
  direct result of the reforms we passed", "which is the source of most of the complaints")
  and a measure said to act on behaviour ("the gaps act as an incentive for …"). Not "the
  result of the vote" (no copula before it) nor "acts as a chair" (no incentive named).
"""

import re

CHANGE = re.compile(
    r"\b(?:reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)|rais(?:ed|es|ing)|improv(?:ed|es|ing)"
    r"|widen(?:ed|s|ing)|narrow(?:ed|s|ing)|shr[aiu]nk\w*|expand(?:ed|s|ing)|slash(?:ed|es)"
    r"|jump(?:ed|s)|climb(?:ed|s))\b"
    r"|\bfrom\s+[£$€]?\d[\d,.]*\s*(?:%|per\s*cent|percent|[a-z]+)?\s+(?:in\s+\d{4}\s+)?to\s+[£$€]?\d",
    re.I,
)
_PERIOD = r"(?:days?|weeks?|months?|quarters?|years?|terms?|seasons?|sessions?)"
RUN = re.compile(
    rf"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    rf"\s+(?:\w+\s+)?{_PERIOD}\s+in\s+a\s+row"
    rf"|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+"
    rf"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)"
    rf"\s+(?:consecutive|successive|straight)\s+{_PERIOD}"
    rf"|\b\d+[-‑–\s](?:year|month|decade)[-‑–\s](?:high|low)s?\b",
    re.I,
)
CREDITED = re.compile(
    r"\bhelped\s+(?:to\s+)?(?![a-z]+ly\b)[a-z]+"
    # "It is the direct result of …", "were the consequence of …": an outcome put down to a cause.
    r"|\b(?:is|are|was|were|be|been)\s+(?:a|an|the)\s+(?:(?:direct|main|major|key|primary"
    r"|immediate|inevitable)\s+)?(?:result|consequence)s?\s+of\b"
    # "the old signalling, which is the source of most of the complaints".
    r"|\b(?:is|are|was|were)\s+(?:the|a)\s+(?:\w+\s+)?source\s+of\s+(?:many|most|much|all|the)\b"
    # "act as an incentive for illegal fishing", "acts as a barrier to trade".
    r"|\bact(?:s|ed|ing)?\s+as\s+(?:an?\s+)?(?:\w+\s+)?(?:incentive|disincentive|deterrent"
    r"|barrier|brake|driver|catalyst|obstacle)\s+(?:for|to|on|against)\b",
    re.I,
)
