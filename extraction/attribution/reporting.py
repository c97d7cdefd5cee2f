"""News reporting verbs and reported findings, beyond "X said".

A news story reports what people said with many verbs and forms: "Governor Jane Roe is
pointing to …", "the governor …, noting that …", "with the Statistics Office reporting
that …". A release reports a study's findings: "A Northtown Trust and Eastfield University
study indicates …", then "Researchers say …", "They also noted …". Each gives the words
to the one reporting them, not to the publisher.
"""

import re

from extraction.attribution.names import CAPS_RUN, Speaker
from extraction.attribution.sources import FINDING_VERBS
from extraction.text import REPORTING_ING


def reporting_patterns(who: str) -> tuple[re.Pattern, ...]:
    """The patterns for a speaker `who` (a regex with a "who" group): "X is pointing to",
    "X …, noting that", "with X reporting that"."""
    return (
        # "Governor Jane Roe is pointing to the latest figures …".
        re.compile(
            rf"^(?:[A-Z][^,]{{0,60}},\s+)?{who}\s+(?:is|was|has\s+been)\s+{REPORTING_ING}\b"
        ),
        # "In a speech, the governor focused on …, noting that …": the subject of the
        # sentence is the one noting.
        re.compile(
            rf"^(?:[A-Z][^,]{{0,60}},\s+)?{who}\s+(?:also\s+)?[a-z]+ed\b[^;:“”\"]*?,\s+"
            rf"{REPORTING_ING}\s+that\b"
        ),
        # "with the Statistics Office reporting that 10,000 jobs were added": a clause the
        # sentence is cut at (`text.clauses`); the sentence's own clause is not the body's.
        re.compile(rf"^with\s+{who}\s+{REPORTING_ING}\s+that\b"),
    )


# "A Northtown Trust and Eastfield University study indicates …": the bodies before the
# genre word are the study's authors.
_STUDY = re.compile(
    rf"^(?:An?|The)\s+(?:new\s+|recent\s+)?(?P<who>{CAPS_RUN}(?:\s+and\s+{CAPS_RUN})*)\s+"
    r"(?:study|report|survey|analysis|review|research|paper|evaluation)\s+(?:also\s+)?"
    rf"{FINDING_VERBS}\b"
)
# "Researchers say …", "The report also concludes …", "They also noted …": the authors of
# the study the sentences before reported.
_AUTHORS = re.compile(
    r"^(?:The\s+)?(?:researchers|authors|report|study|survey|analysis|they)\s+(?:also\s+)?"
    r"(?:say|said|noted|note|found|find|concluded|concludes|conclude|estimated|estimate"
    r"|indicates|indicated|suggest|suggested|suggests|reported|report|added|warned)\b",
    re.I,
)


def study_speaker(text: str, last_said: Speaker | None) -> Speaker | None:
    """The authors a study sentence names, or those named just before for "Researchers
    say …" (only when the one named before is a body: the authors of a study)."""
    match = _STUDY.match(text.strip())
    if match:
        return Speaker(match.group("who"), "", "organisation")
    if _AUTHORS.match(text.strip()) and last_said is not None:
        return last_said if last_said.kind == "organisation" else None
    return None


_DOCUMENT_WORDS = {"report", "study", "survey", "review", "analysis", "research", "paper"}
# The endings of abstract nouns ("Homelessness", "Employment", "Inflation").
_ABSTRACT = re.compile(r"(?:ness|ment|tion|sion|ity|ism|ance|ence|ship)$")


def common_noun(name: str, texts: list[str]) -> bool:
    """Whether a one-word "name" is a common noun capitalised by its place ("Report
    estimates …", a headline's "Homelessness"): a document's genre word, or an abstract
    noun the text also writes in lower case. A speaker is never a bare common noun."""
    if len(name.split()) != 1:
        return False
    word = name.strip(".,:;").lower()
    if word in _DOCUMENT_WORDS:
        return True
    lower = re.compile(rf"\b{re.escape(word)}\b")
    return bool(_ABSTRACT.search(word)) and any(lower.search(text) for text in texts)


# A participle clause before the speaker's name: "Commenting on the figures, Jane Roe,
# Statistician, said: …", "Speaking at the launch, the Minister, Jane Roe, said …".
LEAD_ASIDE = re.compile(
    r"^(?:Commenting|Speaking|Responding|Writing|Reacting)\s+(?:on|to|about|at|after|in)\b"
    r"[^,;“”\"]{3,100},\s+(?=[A-Z])"
)
