"""A heading that states a comparison: "Govt invests more this year than 3 previous years
combined", "Country is better protected than ever against flooding". A release's
standfirst or a summary's point, written without a full stop, is still a claim when it sets
one amount, period or place against another; the page's other headings (section titles,
"More than 100,000 homes delivered", "Minister welcomes figures") stay headings.

Only a comparison with words between the comparative and its "than" counts: "more than
$37 million" is a figure's own qualifier, which a headline of an award or a total has
without claiming anything against anything else."""

import re

_COMPARED = re.compile(
    r"\b(?:more|less|fewer|higher|lower|bigger|larger|greater|better|worse|faster|slower"
    r"|cheaper)\s+(?:[\w’'-]+\s+){1,5}?than\b",
    re.I,
)


def compared_heading(kind: str, text: str) -> bool:
    """Whether a paragraph of `kind` is a heading of five to twenty words that compares."""
    return kind == "heading" and 5 <= len(text.split()) <= 20 and bool(_COMPARED.search(text))
