"""A judgment's caption: the lines a court's opinion opens with that say who sat, who
argued and who wrote, not what was decided.

- "Before: ROE and DOE, Circuit Judges, and POE, Senior Circuit Judge." (the bench);
- "Jane Roe, Attorney, argued the cause for respondents.", "With her on the briefs were
  …", "On the brief: …", "Mr Roe (instructed by …) for the Claimant" (counsel);
- "Opinion for the Court filed by Circuit Judge ROE.", "Dissenting opinion filed by …"
  (the author), and "Argued 10 December 2018 Decided 31 May 2019" (the docket's dates).
"""

import re

_CAPTION = re.compile(
    r"^(?:\d{1,3}\s+)?before\s*:"
    r"|\bargued\s+the\s+cause\s+(?:for|on\s+behalf\s+of)\b"
    r"|^(?:also\s+)?with\s+(?:him|her|them)\s+on\s+the\s+briefs?\b|^on\s+the\s+briefs?\s*:"
    r"|\bwere\s+on\s+the\s+briefs?\b"
    r"|\(instructed\s+by\b[^)]*\)\s+(?:for|on\s+behalf\s+of)\s+the\s+(?:claimant|defendant"
    r"|appellant|respondent|applicant|interested\s+part)"
    r"|^(?:\w+\s+)?opinion\s+(?:for\s+the\s+court\s+)?(?:filed|delivered)\s+by\b"
    r"|^argued\s+[^.]{0,40}\bdecided\b",
    re.I,
)


def caption(text: str) -> str | None:
    """The reason a line is a judgment's caption, if it is one: a line of its own, not a
    copied page's whole header run into one sentence."""
    short = len(text.split()) <= 40
    return "a judgment's caption" if short and _CAPTION.search(text.strip()) else None
