"""A decision taken on a rule: "we agreed to lift the ban on Sunday trading", "the council
voted to scrap the cap on fares", "ministers decided to extend the moratorium". An act on the
record, as "decided to raise rates" is (`DECISION`): the infinitive after "agreed to" is
what was decided, not an intention still to be formed.

Not a decision on a rule: "the Ministers agreed to reinforce cooperation" (no rule acted
on), "we will lift the ban" (a promise: no verb of deciding), "agreed to the ban" (no act
named: "agreed to" with its object was never an intention).
"""

import re

RULE_DECIDED = re.compile(
    r"\b(?:agreed|decided|voted|resolved)\s+(?:unanimously\s+)?to\s+(?:lift|end|scrap|abolish"
    r"|remove|introduce|impose|relax|tighten|extend|reinstate|suspend)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:ban|bans|restrictions?|limits?|caps?|moratorium|requirements?|charges?|levy|curfew"
    r"|exemptions?|quotas?|tariffs?)\b",
    re.I,
)
