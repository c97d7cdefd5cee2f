"""A body the page credits with its narration when the publisher only carries it.

The guide gives a news story's narration to its outlet and a report's findings to the
institution that made it. A page carried by another site names the maker in its own
furniture, and the site's name (the publisher) is then not the voice:

- A news agency's story run by another outlet: the dateline credits the agency
  ("ALBANY, N.Y. (AP) — …", "BRUSSELS (Reuters) – …"), or a closing line does ("This
  report by The Canadian Press was first published …"). The agency is named as the page
  spells it out ("By Jane Roe, The Associated Press" for "AP"), else as the dateline has it.
- A release carried by a press service or a portal: the body its header names alone on a
  line ("Ministry of Buses & Ferries", "News story | Date: … | Ministry of Buses").
- A court's judgment on a law library's page: the court its header names ("THE HIGH
  COURT", "Supreme Court of Northland.").
- A committee's report published by its House, or by a site reprinting it: the committee
  the title names ("… (Committee of Public Accounts report, HC 17)", "Report of the
  Portfolio Committee on Buses on …"); a briefing given to a committee is the briefer's
  ("Bus statistics: BSA briefing (Portfolio Committee on Transport)").
"""

import re

from extraction.attribution.committee import named_committee
from extraction.attribution.names import Speaker
from extraction.text import Paragraph

_CAPITAL = r"[A-Z][\w&’'.-]*"
# "ALBANY, N.Y. (AP) — …", "WASHINGTON (AP) — …", "BRUSSELS (Reuters) – …": a place in
# capitals, then the agency in brackets, then a dash.
_DATELINE = re.compile(
    rf"^[A-Z][A-Z’'.-]+(?:[ ,]+{_CAPITAL}){{0,3}}\s*"
    rf"\((?P<agency>{_CAPITAL}(?:\s{_CAPITAL}){{0,2}})\)\s*[—–-]"
)
# "This report by The Canadian Press was first published Dec. 19, 2023."
_FIRST_PUBLISHED = re.compile(
    rf"\bThis\s+(?:report|story|article)\s+by\s+(?P<agency>(?:The\s+)?{_CAPITAL}"
    rf"(?:\s+{_CAPITAL}){{0,3}})\s+was\s+(?:first\s+)?published\b"
)
# A name spelt out in words, not letters ("The Associated Press", not "AP Photo").
_SPELT = r"[A-Z][a-z][\w’'-]*"
_RUN = re.compile(rf"(?:The\s+)?{_SPELT}(?:\s+{_SPELT}){{1,4}}")

# A header line (or a "|"-separated part of one) that is a ministry's or a department's
# name and nothing else: "Ministry of Buses & Ferries", "News story | Date: 16/10/2024 |
# Ministry of Buses" (not a headline in title case, nor a logo's "Symbol of …").
_BODY_LINE = re.compile(
    r"^(?:The\s+)?(?:Ministry|Department|Office|Agency|Bureau)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'.-]*)){0,8}$"
)
# A press office or a page label names the channel, not the maker.
_CHANNELS = {"press", "media", "news", "communications", "contact", "newsroom"}

# A court in a judgment's header: "THE HIGH COURT", "IN THE SUPREME COURT OF NORTHLAND",
# "Supreme Court of Northland." on a line of its own, a law library's "CourtHigh Court".
_COURT_WORD = r"(?:Supreme|High|Constitutional|Federal|District|Circuit|Appeal|Appeals|Crown)"
_COURT = re.compile(
    rf"\b(?P<caps>(?:{_COURT_WORD.upper()})\s+COURT(?:\s+OF\s+(?:THE\s+)?[A-Z]+(?:\s+[A-Z]+){{0,2}})?)\b"
    rf"|(?:^|\n|(?<=Court))(?P<line>{_COURT_WORD}\s+Court(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\.?\s*(?:$|\n)"
)
# How far into a judgment its header may run (a law library's case title comes first).
_HEADER_CHARS = 1500

# "Bus statistics: BSA briefing (Portfolio Committee on Transport)": a body briefing it.
_BRIEFING = re.compile(r"(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+[Bb]riefing\b")


def credited_voice(
    every: list[Paragraph],
    voice: Speaker | None,
    *,
    kind: str,
    title: str,
    publisher: str,
) -> Speaker | None:
    """The maker the page credits, in place of a voice that is only its publisher."""
    publisher = " ".join(publisher.split())
    if voice is not None and voice.name != publisher:
        return voice
    if kind == "article":
        credited = agency(every)
    elif kind == "press_release":
        credited = issuing_body(every, publisher)
    elif kind == "report" and "committee" not in publisher.lower():
        credited = committee(title)
        credited = credited or (court(every) if "court" not in publisher.lower() else None)
    else:
        credited = None
    if credited is None or credited.casefold() == publisher.casefold():
        return voice
    return Speaker(credited, "", "organisation")


def agency(every: list[Paragraph]) -> str | None:
    """The news agency whose story the page carries, as the page names it."""
    for paragraph in every:
        found = _DATELINE.match(paragraph.text) or _FIRST_PUBLISHED.search(paragraph.text)
        if found is not None:
            return _spelt_out(found.group("agency"), every)
    return None


def _spelt_out(agency: str, every: list[Paragraph]) -> str:
    """ "The Associated Press" for a dateline's "AP", when the page spells it out."""
    if not agency.isupper() or len(agency) > 5:
        return agency
    for paragraph in every:
        for run in _RUN.finditer(paragraph.text):
            words = run.group(0).split()
            if words[0] == "By":  # a byline: "By The Associated Press December 29, …"
                words.pop(0)
            for end in range(2, len(words) + 1):
                if "".join(w[0] for w in words[:end] if w != "The") == agency:
                    return " ".join(words[:end])
    return agency


def committee(title: str) -> str | None:
    """The committee a report's title names, or the body briefing it."""
    briefing = _BRIEFING.search(title)
    if briefing is not None and "Committee" not in briefing.group("who"):
        return briefing.group("who")
    return named_committee(title)


def court(every: list[Paragraph]) -> str | None:
    """The court a judgment's header names, written in title case."""
    header = "\n".join(p.text for p in every)[:_HEADER_CHARS]
    found = _COURT.search(header)
    if found is None:
        return None
    name = found.group("caps") or found.group("line")
    words = name.split()
    return " ".join(w.lower() if w.lower() in {"of", "the"} else w.capitalize() for w in words)


def issuing_body(every: list[Paragraph], publisher: str) -> str | None:
    """The body a release's header names alone on a line, when the page is carried by
    another (a government's press service, a portal, a reprint)."""
    for paragraph in every[:4]:
        for part in paragraph.text.split("|"):
            part = " ".join(part.split())
            words = {w.lower() for w in part.split()}
            if not _BODY_LINE.match(part) or words & _CHANNELS:
                continue
            if publisher.casefold() in part.casefold() or part.casefold() in publisher.casefold():
                continue
            return part
    return None
