"""A committee's report published under its House's name: "This is a House of Commons
Committee report" over a page that never names the committee in its prose. The report's
own voice is the committee, by the name its title or the text gives it ("Committee of
Buses", "Transport Committee"), not the House."""

import re

from extraction.attribution.names import Speaker

_HOUSE = re.compile(
    r"^(?:the\s+)?(?:House\s+of\s+(?:Commons|Lords|Representatives)|Senate|Parliament"
    r"|(?:[A-Z][a-z]+\s+)?(?:Parliament|Assembly|Senedd|Congress))$",
    re.I,
)
_WORD = r"[A-Z][\w’'-]*"
# "Committee of Public Buses", "Committee on Ferries and Ports", "Transport Committee".
_NAMED = re.compile(
    rf"\b(?:(?:Select\s+)?Committee\s+(?:of|on|for)\s+(?:the\s+)?{_WORD}(?:\s+(?:and\s+)?{_WORD})*"
    rf"|(?:{_WORD}\s+){{1,5}}Committee)\b"
)
# The committee a publisher names in brackets, its name's small words included ("Finance
# and Buses Committee", "Committee on Ferries and Ports").
_BRACKETED = re.compile(
    rf"(?:The\s+)?(?:{_WORD}\s+(?:(?:and|of|for|on|the)\s+)*){{1,8}}Committee"
    rf"|(?:Select\s+)?Committee\s+(?:of|on|for)\s+(?:the\s+)?{_WORD}(?:\s+(?:and\s+)?{_WORD})*"
)
# The page says it is a committee's report, or speaks as one ("We recommend", "our report").
_A_REPORT = re.compile(r"\b(?:[Cc]ommittee(?:['’]s)?\s+[Rr]eport|[Rr]eport\s+of\s+the\s+Committee)")
_NOT_NAMES = {"A", "This", "Its", "Full", "Commons", "Lords", "Select"}
_WE = re.compile(r"\b(?:We|we|our|Our)\b")


def committee_voice(
    publisher: str, title: str, header: list[str], page: str = ""
) -> Speaker | None:
    """The committee whose report a House's page carries; None when the publisher is not
    a chamber, or neither title nor text names a committee as the report's author. A
    publisher naming the committee in brackets after its House ("Parliament (Transport
    Committee)") says whose report it is."""
    publisher = publisher.strip()
    bracket = re.search(r"\s*\(([^()]+)\)$", publisher)
    house = publisher[: bracket.start()] if bracket else publisher
    if not _HOUSE.match(house.strip()):
        return None
    named = _BRACKETED.fullmatch(bracket.group(1).strip()) if bracket else None
    if named and named.group(0).split()[0] not in _NOT_NAMES:
        return Speaker(re.sub(r"^The\s+", "", named.group(0)), "", "organisation")
    lines = "\n".join(header)
    if not (_A_REPORT.search(title) or _A_REPORT.search(lines) or _WE.search(lines)):
        return _page_committee(page)
    for text in (title, lines):
        for match in _NAMED.finditer(text):
            name = re.sub(r"^(?:The|House\s+of\s+\w+)\s+", "", match.group(0))
            if name.split()[0] not in _NOT_NAMES and name != "Committee":
                return Speaker(name, "", "organisation")
    return None


def _page_committee(page: str) -> Speaker | None:
    """The committee named alone on a line of the page's head (its site's menus and
    notices come first), when the report's opening speaks as the committee ("our report",
    "the Committee's report")."""
    head = [line.strip() for line in page.splitlines() if line.strip()][:12]
    opening = page[:3000].splitlines()
    if not any(_WE.search(line) or _A_REPORT.search(line) for line in opening):
        return None
    for line in head:
        named = _BRACKETED.fullmatch(line)
        if named and named.group(0).split()[0] not in _NOT_NAMES:
            return Speaker(re.sub(r"^The\s+", "", named.group(0)), "", "organisation")
    return None
