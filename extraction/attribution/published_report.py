"""A story's narration restating a report that a named body published.

- "The study, released on Monday by the Harbour Research Trust, finds that …": the
  apposition names who published the study, and what it finds is that body's finding;
- "Friday's report from the Bus Office also said …": the body the report is from;
- "…, the study found." (or "-- the survey says.", "Moreover, the study found, …") in
  the sentences after it: the study the story has just named, so the same body's.

A study named by no body ("A new study suggests …") gives no one; "the study found"
after a person spoke is not that person's (only a body publishes a study).
"""

import re

from extraction.attribution.names import CAPS_RUN, Speaker
from extraction.attribution.resolution import Resolver

_DOCUMENT = r"(?:report|study|survey|analysis|review|paper|poll|audit)"
_FINDING = (
    r"(?:notes|noted|says|said|finds|found|shows|showed|concludes|concluded|reports|reported"
    r"|estimates|estimated|suggests|suggested|warns|warned|states|stated|adds|added)"
)
# "The study, released on Monday by the Harbour Research Trust, finds that …".
_PUBLISHED_BY = re.compile(
    rf"^(?:The|A|An)\s+(?:new\s+|recent\s+|latest\s+|annual\s+)?{_DOCUMENT},\s+(?:published"
    r"|released|issued|produced|compiled|conducted|carried\s+out)\s+(?:[^,;“”\"]{0,40}?\s+)?"
    rf"by\s+(?:the\s+)?(?P<who>{CAPS_RUN}),\s+(?:also\s+)?{_FINDING}\b"
)
# "Friday's report from the Bus Office also said …", "The survey by the Harbour Trust shows
# …": the body the report is from, as the sentence's subject.
_FROM_BODY = re.compile(
    rf"^(?:The|A|An|[A-Z][a-z]+day['’]s|Today['’]s)\s+(?:new\s+|recent\s+|latest\s+|monthly\s+"
    rf"|annual\s+)?{_DOCUMENT}\s+(?:from|by)\s+(?:the\s+)?(?P<who>{CAPS_RUN})\s+(?:also\s+)?"
    rf"{_FINDING}\b"
)
# "…, the study found.", "-- the survey says.", "Moreover, the study found, …".
_SAYS = re.compile(
    rf"(?:(?:,|--|—|–)\s*(?:the|this)\s+{_DOCUMENT}\s+(?:also\s+)?{_FINDING}\s*[.!]?[”\"]?\s*$"
    rf"|^(?:[A-Z]\w+,\s+)?the\s+{_DOCUMENT}\s+(?:also\s+)?{_FINDING},\s)"
)


def report_publisher(text: str, resolver: Resolver, last_said: Speaker | None) -> Speaker | None:
    """The body whose report a sentence restates (see the module), or None."""
    match = _PUBLISHED_BY.match(text.strip()) or _FROM_BODY.match(text.strip())
    if match is not None:
        return resolver.resolve(Speaker(match.group("who"), "", "organisation"))
    if _SAYS.search(text.strip()) and last_said is not None and last_said.kind == "organisation":
        return last_said
    return None
