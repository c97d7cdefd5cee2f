"""Official statements and quoted blocks: "Secretary Jane Roe issued the following
statement …:" hands the block after it to her; a block in single quotation marks
("Minister Jane Roe said: 'The figures …") runs over the paragraphs that open with one."""

import re

from extraction.attribution.names import Speaker, parse_person
from extraction.attribution.resolution import Resolver

# "WASHINGTON — Secretary of Labor Jane Roe issued the following statement about …:",
# "Today, Health Secretary Jane Roe released the following statement after …:".
# "Jane Roe, Minister of Buses, Ferries and Ports, issued the following statement …:".
_FOLLOWING = re.compile(
    r"(?:^|[—–]\s*|-\s+|,\s+)(?P<who>(?:the\s+)?[A-Z][^,;:—–]{2,120}?)"
    r"(?:,\s+(?P<office>[A-Z][^:;—–]{2,160}?),)?\s+"
    r"(?:(?:today|has|have|also|then|this\s+\w+)\s+)*"
    r"(?:issued|released|made|gave|delivered|provided|sent|shared|published)\s+"
    r"(?:the\s+|this\s+)?following\s+(?:\w+\s+)?(?:statement|remarks|comments|message|words)\b"
    r"[^:]*:\s*$"
)


def following_statement_speaker(text: str, resolver: Resolver | None = None) -> Speaker | None:
    """The person a line "X issued the following statement …:" introduces, or None
    (an organisation issuing a statement, or a line that introduces nothing). An office
    alone ("The governor released the following statement:") is the person `resolver`
    knows holds it."""
    match = _FOLLOWING.search(text.strip())
    if not match:
        return None
    person = parse_person(match.group("who"))
    office = match.group("office")
    if person is not None and person.kind == "person" and not person.role and office:
        person = Speaker(person.name, " ".join(office.split()), "person")
    if person is None and resolver is not None:
        office = re.sub(r"^the\s+", "", match.group("who").strip(), flags=re.I).lower()
        return resolver.named_holder(office)
    if person is None or person.kind != "person" or not person.role:
        return None
    return person


# "Secretary Jane Roe today issued a statement on the jobs report." over a quotation.
_ISSUED = re.compile(
    r"^(?:[A-Z]+\s*[—–-]\s*)?(?P<who>(?:the\s+)?[A-Z][^,;:—–]{2,120}?)\s+"
    r"(?:(?:today|has|have|also|then|this\s+\w+|on\s+\w+)\s+)*(?:issued|released|made|gave)\s+"
    r"(?:a|an|the)\s+(?:\w+\s+)?statement\b[^:.]*[.:]\s*$"
)


def issued_statement_speaker(text: str, following: str) -> Speaker | None:
    """The person of a line "X issued a statement on …." when the paragraph after it opens
    a quotation: the quotation is the statement, hers; an organisation names no one."""
    if following.strip()[:1] not in "“\"‘'":
        return None
    match = _ISSUED.match(text.strip())
    if not match:
        return _issuer(text)
    person = parse_person(match.group("who"))
    if person is None or person.kind != "person" or not person.role:
        return None
    return person


# "… the Honourable Jane Roe, Minister of Buses and Ports, issued the following statement.
# She was joined by …": the verb, with the clauses before it read back for its subject.
_ISSUES = re.compile(
    r"\s+(?:(?:today|has|have|also|then)\s+)*(?:issued|released|made|gave)\s+"
    r"(?:the\s+following|a|an|this)\s+(?:\w+\s+)?statement\b"
)
_STYLE = re.compile(r"^(?:the\s+)?(?:(?:Rt\.?|Right)\s+)?(?:Hon(?:ourable|\.)?\s+)", re.I)


def _issuer(text: str) -> Speaker | None:
    """The person whose name (with the office after it) is the subject of "issued the
    following statement" in a lead with a dateline or an occasion before it."""
    verb = _ISSUES.search(text)
    if verb is None:
        return None
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text[: verb.start()])[-1]
    parts = [part.strip() for part in sentence.split(",")]
    for at in range(len(parts) - 1, -1, -1):
        person = parse_person(_STYLE.sub("", parts[at]))
        if person is None or person.kind != "person" or len(person.name.split()) < 2:
            continue
        if person.name != _STYLE.sub("", parts[at]).strip():
            continue  # "following the Summit on Gun Violence": more than a name
        office = ", ".join(part for part in parts[at + 1 :] if part)
        return Speaker(person.name, office or person.role, "person")
    return None


# "Minister Jane Roe said: 'Crime is falling." opening a quotation in single marks.
_SINGLE_OPEN = re.compile(r"[:,]\s*['‘](?=[A-Z])")


def opens_single_quote(text: str) -> int | None:
    """Where a quotation in single marks opens after "…said:" in `text`, if it does and
    is not closed in the same paragraph."""
    match = _SINGLE_OPEN.search(text)
    if not match:
        return None
    rest = text[match.end() :].rstrip()
    return None if rest.endswith(("'", "’")) else match.end()


def continues_single_quote(text: str) -> bool:
    """Whether a paragraph continues a quotation in single marks: it opens with one."""
    return text[:1] in "'‘" and text[1:2].isalnum()


def closes_single_quote(text: str) -> bool:
    return text.rstrip().endswith(("'", "’")) and not re.search(r"\w['’]$", text.rstrip())


_OPEN_MARKS = '“"‘'


def open_quotation_runs(texts: list[str]) -> list[tuple[int, int]]:
    """Runs of paragraphs (first, last position in `texts`) making one quotation over
    several paragraphs, as the convention prints it: each paragraph opens with a quotation
    mark, all but the last leave it open, and the last closes it ("“The figures …" then
    "“We will …,” said Jane Roe."). Whoever the last one names said them all."""
    runs = []
    start = None
    for position, text in enumerate(texts):
        opens = text[:1] in _OPEN_MARKS
        closes = "”" in text or text.count('"') >= 2
        if start is not None and opens and closes:
            runs.append((start, position))
            start = None
        elif opens and not closes:
            start = position if start is None else start
        else:
            start = None
    return runs
