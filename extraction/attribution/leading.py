"""Who a sentence reports, before the older patterns: a body's own figures
(`accounts.py`), and a name in the main clause after a pronoun's clause opening the
sentence ("As she revealed that …, Dame Jane Roe said that …": the name, not whoever "she"
meant before); and no one for a sentence inside a quotation still open, which stays
the quoted speaker's ("“The Bus Users Association has also acknowledged …"); a paper's
report the text answers ("Today The Daily Courier has reported on …, stating that …");
a group named by its kind ("according to many housing agencies, …"); a report a named
body published (`published_report`); a quotation after its speaker's label ("Administrator
Roe: “…”", `label_quote`)."""

import re

from extraction.attribution.accounts import body_account
from extraction.attribution.body_reports import body_report
from extraction.attribution.label_quote import label_quote_speaker
from extraction.attribution.names import Speaker
from extraction.attribution.published_report import report_publisher
from extraction.attribution.reported import reported_speaker as _reported
from extraction.attribution.reporting import LEAD_ASIDE
from extraction.attribution.resolution import Resolver
from extraction.attribution.roundup import paper_speaker

_PRONOUN_CLAUSE = re.compile(
    r"^(?:As|While|Whilst|When|After|Before|Having)\s+(?:he|she|they)\s+[^,;“”\"]{3,240}?,\s+"
    r"(?P<main>[A-Z].+)$"
)


# "Today The Daily Courier has reported on …, stating that …": a paper's report that the
# text goes on to answer.
_STATING = re.compile(
    r"^(?:(?:Today|Yesterday|This\s+(?:morning|week)|Last\s+\w+),?\s+)?(?P<who>(?:The\s+)?"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:has\s+|have\s+)?(?:reported|published"
    r"|claimed|written|run\s+a\s+story)\b[^.;“”\"]{0,200}?,\s+(?:stating|saying|claiming|suggesting)"
    r"\s+that\b"
)


_PEER_TITLES = "Sir|Dame|Lord|Lady|Baroness"
# A group named by its kind, not by name: "According to many housing agencies, …" is
# those agencies' account, not the report's own finding.
_GROUP_SOURCE = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:many|most|some|several|numerous|the)?\s*(?P<who>(?:[a-z][\w-]+\s+)"
    r"{0,3}?(?:agencies|authorities|councils|officials|experts|economists|analysts|respondents"
    r"|employers|providers|operators|insurers|landlords|schools|hospitals|charities|regulators"
    r"|lenders|businesses|firms|companies|unions|states|governments))\s*,"
)


# A sentence inside a quotation that runs on: it opens with the mark and never closes.
_INSIDE = re.compile(r"^\s*[“\"]")
_CLOSING = re.compile(r"”|\"\s|\"$|[.,!?]\"")


def reported_speaker(
    text: str,
    resolver: Resolver,
    last_person: Speaker | None = None,
    last_said: Speaker | None = None,
) -> Speaker | None:
    """reported.reported_speaker, with the two rules above first."""
    # "Administrator Roe: “The figures …”": the labelled quotation's (`label_quote`).
    labelled = label_quote_speaker(text, resolver)
    if labelled is not None:
        return labelled
    account = body_account(text, resolver, last_said)
    # "The study, released … by the Harbour Trust, finds that …", "…, the study found."
    account = account or report_publisher(text, resolver, last_said)
    if account is not None:
        return account
    # "In The Courier, the Bus Secretary Jane Roe highlights how …" (`roundup`).
    minister = paper_speaker(text, resolver)
    if minister is not None:
        return minister
    paper = _STATING.match(text)
    if paper is not None and paper.group("who").split()[-1] not in {"It", "He", "She", "They"}:
        return resolver.resolve(Speaker(paper.group("who"), "", "organisation"))
    clause = _PRONOUN_CLAUSE.match(text)
    if clause is not None:
        named = _reported(clause.group("main"), resolver, None, last_said)
        if named is not None and named.kind == "person" and len(named.name.split()) > 1:
            return named
    speaker = _reported(text, resolver, last_person, last_said)
    aside = LEAD_ASIDE.match(text) if speaker is None else None
    if aside is not None:  # "Commenting on the figures, Jane Roe, Statistician, said: …"
        speaker = _reported(text[aside.end() :], resolver, last_person, last_said)
    group = _GROUP_SOURCE.search(text) if speaker is None else None
    if group is not None:
        speaker = Speaker(group.group("who"), "", "organisation")
    # "Since 2015, the Bus Agency (BA) has reported that …", "BA cited …" (`body_reports`).
    speaker = speaker or body_report(text, resolver)
    if speaker is not None and speaker.kind == "organisation" and " " not in speaker.name:
        # "Lord Arden said …": a peer's title and name, a person, not a body "Arden".
        titled = re.search(rf"\b(?:{_PEER_TITLES})\s+{re.escape(speaker.name)}\b", text)
        if titled:
            speaker = Speaker(titled.group(0), "", "person")
    if speaker is not None and _INSIDE.match(text) and not _CLOSING.search(text):
        # "“The Bus Users Association has also acknowledged …" in a quotation still open:
        # the quoted speaker citing a body, not the body speaking.
        return None
    return speaker
