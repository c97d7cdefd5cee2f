"""The author a page's layout names, over the body that publishes it.

- A judgment or an appellate opinion is its judge's (`judgment`, `opinion`), and so is a
  separate opinion under its line ("ROE, J., concurring": `separate_opinion`), whatever
  the page's voice would otherwise be.
- A statement two officers sign together is both of theirs (`joint_statement`).
- On a page whose voice would be its publisher (a body), or no one:
  - a council's communiqué ("The Bus Ministers' Council met …"): the council's
    (`communique`);
  - a statement's or a speech's cover split over lines ("Statement of" / "Jane Q. Roe" /
    "Bureau of Bus Statistics", "REMARKS FOR" / "THE HONORABLE JANE ROE"): hers (`cover`);
  - a release under a minister's byline ("Hon Jane Roe"): hers (`byline`);
  - a government-wide release whose headline says "…, says Roe": hers (`credited`);
  - a report under its author line ("Jane Q. Roe" / "Specialist in Bus Policy"): the
    author's (`report_authors`);
  - a speech under a description naming the office that gives it ("The Spring Address
    is the statement the Minister for Ferries gives …"): that office's (`delivered_by`);
  - a header naming one person as the author, on a name line or a kind line ("Jane Q.
    Roe" under the title and date, "Statement given by Minister Jane Roe MLA, to …",
    "Statement Vice-President Roe on …"): hers (`header_author`).

A person the title or header already names (the older rules) keeps the page.
"""

from extraction.attribution.byline import byline_speaker
from extraction.attribution.communique import meeting_body
from extraction.attribution.cover import cover_speaker, letterhead_speaker
from extraction.attribution.credited import credited_minister
from extraction.attribution.delivered_by import described_office
from extraction.attribution.header_author import header_author
from extraction.attribution.joint_statement import joint_signatories, joint_speaker
from extraction.attribution.judgment import judgment_speaker
from extraction.attribution.names import Speaker
from extraction.attribution.opinion import opinion_judge
from extraction.attribution.report_authors import report_author
from extraction.attribution.resolution import Resolver
from extraction.attribution.separate_opinion import separate_opinion

# How many of the page's first paragraphs hold its cover, byline or author line.
_TOP = 12
# Kinds of page a cover may hand to its person: not a story about her, nor a record or
# a transcript of turns.
_COVERED = {"press_release", "speech", "report", "other", ""}
# Kinds of page a minister's byline may head.
_RELEASES = {"press_release", "other", ""}
# Kinds of page a header may name its author on: a story only when it is her blog post
# or in her first person (`header_author`).
_AUTHORED = {"press_release", "speech", "other", "", "article"}


def layout_speaker(every, resolver: Resolver, default: Speaker | None, *, kind: str, title=""):
    """The page's voice (`default`), or the author its layout names (see the module)."""
    if kind == "report":
        texts = [p.text for p in every]
        judge = judgment_speaker(texts) or opinion_judge(texts) or separate_opinion(texts)
        if judge is not None:
            return judge
    lines = [line for p in every[:_TOP] for line in p.text.splitlines()]
    if kind in _COVERED:
        # A statement two officers sign together: both of theirs (`joint_statement`).
        joint = joint_speaker(joint_signatories(title, lines, resolver))
        if joint is not None:
            return joint
    if default is not None and default.kind != "organisation":
        return default
    # A council's communiqué is the council's, whichever office posts it (`communique`).
    meeting = meeting_body(every, title) if kind in _COVERED else None
    if meeting is not None:
        return meeting
    found = cover_speaker(lines, resolver) if kind in _COVERED else None
    if found is None and kind in _RELEASES:
        found = byline_speaker(lines, resolver)
    if found is None and kind == "press_release":
        # A government's release whose headline says "…, says Roe" (`credited`), or a
        # minister's letterhead: "JANE ROE MP" over "MINISTER FOR BUSES" (`cover`).
        found = credited_minister([title, *lines[:4]], default, resolver)
        found = found or letterhead_speaker(lines)
    if found is None and kind == "report":
        found = report_author(lines, resolver)
    if found is None and kind == "speech":
        found = described_office([p.text for p in every[:_TOP]], resolver)
    if found is None and kind in _AUTHORED:
        found = header_author(every, resolver, title=title, kind=kind)
    return found or default
