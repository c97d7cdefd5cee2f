"""A stance that leads into a statement of its own.

"Housing is so important to each and every one of us—nearly 68% of households own their
home.": the feeling is the lead's, and the figure after the dash (or a colon, or a
semicolon) is stated as a fact; the sentence is scored as that statement too, and the
better of the two stands. Only a statement of five words or more with a figure, and no
stance of its own, is taken: "It is important: we must act now" stays a stance, and "This
is a vital step — one we welcome" has no figure.

A side's argument of what may follow: "Proponents of raising the minimum wage argue that it
may increase earnings …", "Opponents … argue that it may result in …": a report setting
out a debate, each side's hypothesis in "may", "might" or "could", not a finding. Not "Critics
say the cuts have cost 5,000 jobs" (a claim in the past, with no "may").

A sentence pointing back at the one before as its lesson: "This is what putting patients
first looks like.", "That's what last year's legislation was about – raising the floor …",
"This is what you get under a government that …": rhetoric over what was just said, not a
statement of its own. With a figure ("That's what the figures show: 4,000 more homes") it
states something, and is scored as usual."""

import re

from extraction.features.patterns import OPINION
from extraction.numbers import quantities

_BREAK = re.compile(r"\s[-–—]\s|—|:\s|;\s")


def stated_after_stance(text: str) -> str | None:
    """The statement with a figure after a lead that holds the sentence's stance, or None."""
    cut = _BREAK.search(text)
    if cut is None:
        return None
    lead, stated = text[: cut.start()], text[cut.end() :]
    if not OPINION.search(lead) or OPINION.search(stated) or len(stated.split()) < 5:
        return None
    figures = [q for q in quantities(stated) if q.unit != "year" and not q.weak]
    return stated if figures else None


ARGUED_POSSIBILITY = re.compile(
    r"^(?:\w+\s+){0,2}?(?:proponents|opponents|critics|supporters|advocates|detractors|sceptics"
    r"|skeptics)\b[^.;]{0,80}?\b(?:argue|contend|claim|maintain|say|suggest|believe)s?\s+that\s+"
    r"[^.;]*?\b(?:may|might|could)\b",
    re.I,
)
POINTING_BACK = re.compile(
    r"^[“\"‘']?(?:and\s+|but\s+|so\s+)?(?:that|this)(?:['’]s|\s+is|\s+was)\s+"
    r"(?:exactly\s+|precisely\s+|just\s+)?what\b",
    re.I,
)
