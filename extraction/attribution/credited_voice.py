"""A body the page credits with its narration when the publisher only carries it.

The guide gives a news story's narration to its outlet and a report's findings to the
institution that made it. A page carried by another site names the maker in its own
furniture, and the site's name (the publisher) is then not the voice:

- A news agency's story run by another outlet: the dateline credits the agency
  ("ALBANY, N.Y. (AP) — …", "BRUSSELS (Reuters) – …"), or a closing line does ("This
  report by The Canadian Press was first published …"). The agency is named as the page
  spells it out ("By Jane Roe, The Associated Press" for "AP"), else as the dateline has it;
  or a credit line under the site's header gives the agency ("Aug 30, 2022 8:24 PM - The
  Canadian Press", "News Desk The Canadian Press, 30 Aug, 2022", "Source: REUTERS").
- A release carried by a press service or a portal: the body its header names alone on a
  line ("Ministry of Buses & Ferries", "News story | Date: … | Ministry of Buses"), or
  credits with the release ("Press Release: Bus Statistics Agency"); on a news site or a
  blog that never names itself, the body the release keeps naming from its lead on ("the
  Bus Agency's report published yesterday reveals … the Bus Agency is urging …").
- A court's judgment on a law library's page: the court its header names ("THE HIGH
  COURT", "Supreme Court of Northland.").
- A report a site that is no public body reprints under a line crediting it: "NEW
  REPORT BY BUS FOUNDATION", "A report by the Bus Institute" (an audit office's own "Report
  by the Comptroller and Auditor General" stays the office's).
- A committee's report published by its House, or by a site reprinting it: the committee
  the title names ("… (Committee of Public Accounts report, HC 17)", "Report of the
  Portfolio Committee on Buses on …"); a briefing given to a committee is the briefer's
  ("Bus statistics: BSA briefing (Portfolio Committee on Transport)").
- A record served as data (a parliament's API page saved with its HTTP header): the
  person its speaker fields name ("speaker_name": "Hon. Jane Roe"), not the seat or the
  party another of them holds ("Northtown, BUS").
"""

import re

from extraction.attribution.committee import named_committee
from extraction.attribution.names import (
    CAPS_RUN,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    parse_person,
)
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
# A story's credit line under the site's header: "Aug 30, 2022 8:24 PM - The Canadian Press".
_CREDIT_LINE = re.compile(
    r"^(?=.*\d)[\w.,: ]{6,40}?\s[—–-]\s(?P<agency>The\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+"
    r"(?:Press|News|Agency|Wire))$"
)
# A byline naming the agency before the date: "Desk The Northland Press, 30 Aug, 2022".
_BYLINE_AGENCY = re.compile(
    r"\b(?P<agency>The\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+(?:Press|Agency|Wire)),?\s+\d"
)
# A photo's or a story's source line naming the wire: "Source: REUTERS".
_SOURCE_LINE = re.compile(r"^Source:\s+(?P<agency>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})$")
# A byline giving the agency alone: "By Associated Press", "By The Northland Press".
_BY_AGENCY = re.compile(
    r"^By\s+(?P<agency>(?:The\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+(?:Press|Agency|Wire))$"
)
_CREDIT_PARAGRAPHS = 6
# A name spelt out in words, not letters ("The Associated Press", not "AP Photo").
_SPELT = r"[A-Z][a-z][\w’'-]*"
_RUN = re.compile(rf"(?:The\s+)?{_SPELT}(?:\s+{_SPELT}){{1,4}}")

# A header line (or a "|"-separated part of one) that is a ministry's or a department's
# name and nothing else: "Ministry of Buses & Ferries", "News story | Date: 16/10/2024 |
# Ministry of Buses", "U.S. Department of Buses", "From the Office of the Bus Spokesperson"
# (not a headline in title case, nor a logo's "Symbol of …").
_BODY_LINE = re.compile(
    r"^(?:From\s+)?(?:[Tt]he\s+)?(?:(?:U\.S\.|US|UK|Federal|State|National)\s+)?"
    r"(?:Ministry|Department|Office|Agency|Bureau)\s+(?:[Oo]f|[Ff]or)\s+"
    r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w’'.-]*)){0,8}$"
)
# A portal's credit line above a release: "Press Release: Bus Statistics Agency".
RELEASE_CREDIT = re.compile(
    r"^(?:Press|Media|News)\s+[Rr]elease:\s+(?P<body>[A-Z][\w’'.&-]*"
    r"(?:\s+(?:of|for|and|the|&|[A-Z][\w’'.&-]*)){1,8})$"
)
# A body a reprinted release names: "the Bus Agency", "the Northland Transport Fund (NTF)".
_BODY_NAMED = re.compile(rf"\b(?P<name>{CAPS_RUN})(?:\s+\((?P<short>[A-Z]{{2,6}})\))?")
_BODY_HEADS = {
    "agency", "authority", "bank", "board", "commission", "council", "department", "fund",
    "institute", "ministry", "office", "organisation", "organization", "secretariat", "service",
    "government",
}  # fmt: skip
# A publisher that is itself a public body or office makes its own releases.
_OFFICIAL_WORDS = ORGANISATION_WORDS | ROLE_HEADS | {
    "centers", "centre", "centres", "city", "county", "house", "senate", "state", "statistics",
}  # fmt: skip
# The lead a reprinted release names its maker in, and how often it must name it.
_LEAD_CHARS = 800
_TIMES_NAMED = 2
_LEAD_PARAGRAPHS = 4
# How far down a portal's header runs (its menus and search come first).
_PORTAL_HEADER = 12
# A document is not who issues it ("Press Release: Annual Report").
_DOCUMENT_WORDS = {"report", "review", "survey", "summary", "statement", "update"}
# A press office or a page label names the channel, not the maker.
_CHANNELS = {"press", "media", "news", "communications", "contact", "newsroom"}

# A court in a judgment's header: "THE HIGH COURT", "IN THE SUPREME COURT OF NORTHLAND",
# "COURT OF JUSTICE OF THE NORTHERN UNION", "United States Court of Appeals For the Eighth
# Circuit",
# "Supreme Court of Northland." on a line of its own, a law library's "CourtHigh Court".
_COURT_WORD = r"(?:Supreme|High|Constitutional|Federal|District|Circuit|Appeal|Appeals|Crown)"
_COURT = re.compile(
    rf"\b(?P<caps>(?:{_COURT_WORD.upper()})\s+COURT(?:\s+OF\s+(?:THE\s+)?[A-Z]+(?:\s+[A-Z]+){{0,2}})?"
    r"|COURT\s+OF\s+JUSTICE(?:\s+OF\s+THE\s+[A-Z]+(?:\s+[A-Z]+){0,2})?)\b"
    # A federal court's header, run into the case's parties on a law library's page.
    r"|\b(?P<federal>United\s+States\s+(?:Court\s+of\s+Appeals\s+[Ff]or\s+the\s+(?:[A-Z][a-z]+\s+)?"
    r"Circuit|District\s+Court\s+[Ff]or\s+the\s+(?:[A-Z][a-z]+\s+)?District\s+of\s+[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+)?))\b"
    rf"|(?:^|\n|(?<=Court))(?P<line>{_COURT_WORD}\s+Court(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\.?\s*(?:$|\n)"
)
# "NEW REPORT BY BUS FOUNDATION", "A report by the Bus Institute": a line of its own.
_REPORT_BY = re.compile(
    r"^(?:(?:new|a)\s+)?report\s+(?:by|from)\s+(?:the\s+)?(?P<body>[A-Z][\w’'&.-]*"
    r"(?:\s+(?:of|for|and|the|&|[A-Z][\w’'&.-]*)){0,6})$",
    re.IGNORECASE,
)
# The small words a name in capitals keeps small when it is written out.
_SMALL_WORDS = {"of", "for", "and", "the"}
# How far into a judgment its header may run (a law library's case title comes first).
_HEADER_CHARS = 1500

# How far down a data record's fields run: after the HTTP header's lines, its id and address.
_DATA_HEADER_LINES = 15
# A data record's speaker fields, one a line: "speaker_name": "Hon. Jane Roe",
_DATA_SPEAKER = re.compile(r'^\s*"speaker(?:_name|_title)?"\s*:\s*"(?P<value>[^"]+)",?\s*$', re.M)

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
    recorded = data_record_speaker(every)
    if recorded is not None:
        return recorded
    if kind == "article":
        credited = agency(every)
    elif kind == "press_release":
        credited = issuing_body(every, publisher) or reprinted_maker(every, publisher, title)
        credited = credited or (stated_body(title) if not _official(publisher) else None)
        if credited is None:
            # A reprinted "Media Statement": the minister its lead closes on.
            maker = media_statement_maker(every)
            if maker is not None:
                return maker
    elif kind == "report" and "committee" not in publisher.lower():
        credited = committee(title)
        credited = credited or (court(every) if "court" not in publisher.lower() else None)
        credited = credited or (report_by(every) if not _official(publisher) else None)
    else:
        credited = None
    if credited is None or credited.casefold() == publisher.casefold():
        return voice
    return Speaker(credited, "", "organisation")


def agency(every: list[Paragraph]) -> str | None:
    """The news agency whose story the page carries, as the page names it."""
    for paragraph in every[:_CREDIT_PARAGRAPHS]:
        line = " ".join(paragraph.text.split())
        credit = _CREDIT_LINE.match(line) or _BYLINE_AGENCY.search(line) or _BY_AGENCY.match(line)
        if credit is not None:
            return credit.group("agency")
        source = _SOURCE_LINE.match(line)
        if source is not None:
            agency = source.group("agency")
            return agency.capitalize() if agency.isupper() and len(agency) > 4 else agency
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
    if found.group("federal"):
        return re.sub(r"\bFor\b", "for", found.group("federal"))
    name = found.group("caps") or found.group("line")
    words = name.split()
    return " ".join(w.lower() if w.lower() in {"of", "the"} else w.capitalize() for w in words)


def issuing_body(every: list[Paragraph], publisher: str) -> str | None:
    """The body a release's header names alone on a line, when the page is carried by
    another (a government's press service, a portal, a reprint); None when a header line
    opens with the publisher's own name (a department's banner over its agency's name)."""
    own = publisher.casefold()
    if own and any(p.text.casefold().startswith(own) for p in every[:4]):
        return None
    for paragraph in every[:_PORTAL_HEADER]:
        credit = RELEASE_CREDIT.match(" ".join(paragraph.text.split()))
        body = credit.group("body") if credit is not None else ""
        if body and not {w.lower() for w in body.split()} & _DOCUMENT_WORDS:
            return body
    for paragraph in every[:4]:
        for part in paragraph.text.split("|"):
            part = " ".join(part.split())
            words = {w.lower() for w in part.split()}
            if not _BODY_LINE.match(part) or words & _CHANNELS:
                continue
            if publisher.casefold() in part.casefold() or part.casefold() in publisher.casefold():
                continue
            return re.sub(r"^From\s+(?:the\s+)?", "", part)
    return None


def data_record_speaker(every: list[Paragraph]) -> Speaker | None:
    """The person a data record's speaker fields name, in their order; a seat and party
    ("Northtown, BUS") or an office ("The Minister for Buses") is not a name."""
    header = "\n".join(p.text for p in every[:_DATA_HEADER_LINES])
    for found in _DATA_SPEAKER.finditer(header):
        value = found.group("value")
        words = {w.strip(".").lower() for w in value.split()}
        person = parse_person(value)
        if "," in value or words & ROLE_HEADS or person is None or person.kind != "person":
            continue
        return person
    return None


def _official(publisher: str) -> bool:
    """Whether the publisher's name is a public body's or an office's."""
    return bool(set(re.findall(r"[a-z]+", publisher.lower())) & _OFFICIAL_WORDS)


# A minister's "Media Statement" line, and the lead closing on who made it: "2001 was the
# safest year on the buses, Transport Minister Jane Roe said today."
_MEDIA_STATEMENT = re.compile(r"\bMedia\s+Statement\b", re.IGNORECASE)
_LEAD_SAID = re.compile(
    r",\s+(?P<who>(?:[A-Z][\w’'-]+\s+){1,5}[A-Z][\w’'-]+)\s+said(?:\s+today)?\.$"
)


def media_statement_maker(every: list[Paragraph]) -> Speaker | None:
    """The person a reprinted "Media Statement" is by: the office-holder its lead closes
    on, when a short line over it says it is a media statement."""
    for position, paragraph in enumerate(every[:_CREDIT_PARAGRAPHS]):
        line = " ".join(paragraph.text.split())
        if len(line.split()) > 8 or not _MEDIA_STATEMENT.search(line):
            continue
        lead = next((p.text.strip() for p in every[position + 1 :] if p.kind == "prose"), "")
        found = _LEAD_SAID.search(lead)
        person = parse_person(found.group("who")) if found else None
        if person is not None and person.kind == "person" and person.role:
            return person
        return None
    return None


# "Statement by the Bus Bank Board: …": a body's statement, by its title.
_STATED_BODY = re.compile(
    r"^(?i:(?:(?:joint|press|media)\s+)?statement\s+(?:by|from)\s+the)\s+"
    rf"(?P<body>{CAPS_RUN})(?=\s*(?:[:|–—(]|$))"
)


def stated_body(title: str) -> str | None:
    """The body a title says the statement is by, when its name ends on a body's head word
    and holds no office ("the Minister for Buses and Local Government")."""
    found = _STATED_BODY.match(" ".join(title.split()))
    if found is None:
        return None
    words = {w.lower() for w in found.group("body").split()}
    heads = found.group("body").split()[-1].lower() in _BODY_HEADS
    return found.group("body") if heads and not words & ROLE_HEADS else None


def reprinted_maker(every: list[Paragraph], publisher: str, title: str) -> str | None:
    """The body a release carried by a news site or a blog names most often, at least
    twice and once in its lead, when the page never names its publisher and the publisher
    is no public body."""
    text = "\n".join(p.text for p in every)
    if not publisher or publisher.casefold() in text.casefold() or _official(publisher):
        return None
    named: dict[str, list[int]] = {}
    shorts: dict[str, str] = {}
    for found in _BODY_NAMED.finditer(text):
        name = re.sub(r"['’]s$", "", found.group("name").removeprefix("The "))
        heads = {w.lower() for w in name.split()} & _BODY_HEADS
        if len(name.split()) < 2 or not heads:
            continue
        named.setdefault(name, []).append(found.start())
        if found.group("short"):
            shorts[found.group("short")] = name
    for short, name in shorts.items():  # "the NTF" after "Northland Transport Fund (NTF)"
        named[name] += [m.start() for m in re.finditer(rf"\b{short}\b", text)][1:]
    for name in list(named):
        # "the Commission" after "The European Commission", when no other body named has
        # that head word.
        head = name.split()[-1]
        if head.lower() in _BODY_HEADS and [n.split()[-1] for n in named].count(head) == 1:
            again = re.finditer(rf"\b[Tt]he\s+{re.escape(head)}\b(?!\s+of\b)", text)
            named[name] += [m.start() for m in again]
    ranked = sorted(named.items(), key=lambda item: (-len(item[1]), min(item[1])))
    # "we launched the Bus Fund", "The Bus Fund was established in July": a programme the
    # release is about, never its maker.
    ranked = [(name, places) for name, places in ranked if not _programme(name, text)]
    if not ranked:
        return None
    name, places = ranked[0]
    if len(places) < _TIMES_NAMED or min(places) > _LEAD_CHARS:
        return None
    short = next((s for s, n in shorts.items() if n == name), None)
    return name if _acting(name, short, title, every[:_LEAD_PARAGRAPHS]) else None


def _programme(name: str, text: str) -> bool:
    """Whether the text says `name` was launched, established or topped up: a programme."""
    made = r"(?:launched|established|created|set\s+up|introduced)"
    named = re.escape(name)
    return bool(
        re.search(rf"\b(?:{made}|bolster|top\s+up)\s+(?:the\s+)?{named}\b", text)
        or re.search(rf"\b{named}\s+(?:was|were|has\s+been)\s+{made}\b", text)
    )


def _acting(name: str, short: str | None, title: str, lead: list[Paragraph]) -> bool:
    """Whether the title names the body, or the lead makes it the maker: "… published by
    the Bus Agency", "The Bus Agency today …" opening a sentence, "the Bus Agency has …".
    A body the release argues with ("the decision of the Bus Agency") is not its maker."""
    names = "|".join(re.escape(n) for n in (name, short) if n)
    if re.search(rf"\b(?:{names})\b", title):
        return True
    acting = re.compile(
        rf"\bby\s+the\s+(?:{names})\b|(?:^|[.!?]\s+)(?:The\s+)?(?:{names})\b"
        rf"|\b(?:{names})\s+(?:has|have|is|are|said|says|announced|published|released)\b"
    )
    return any(acting.search(p.text) for p in lead)


def report_by(every: list[Paragraph]) -> str | None:
    """The body a reprinted report's credit line names, written in title case."""
    for paragraph in every[:3]:
        found = _REPORT_BY.match(" ".join(paragraph.text.split()))
        if found is not None:
            body = found.group("body")
            if not body.isupper():
                return body
            # "BUS FOUNDATION" as "Bus Foundation".
            return " ".join(
                w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() for w in body.split()
            )
    return None
