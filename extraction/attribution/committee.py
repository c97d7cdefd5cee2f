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
# "Committee of Public Buses", "Select Committee on the Cost of Buses", "Finance and Buses
# Committee". The remit stops at a second "on" ("… on Buses on the State of …"), which
# begins the report's subject.
_NAMED = re.compile(
    rf"(?P<before>(?:{_WORD},?\s+(?:and\s+|of\s+)?)*)Committee"
    rf"(?P<remit>\s+(?:on|of|for)(?:\s+the)?\s+{_WORD}(?:\s+(?:and\s+|of\s+(?:the\s+)?|&\s+)?{_WORD})*)?"
)
# Words opening a title or a sentence before a committee's name ("Report of the …").
_OPENERS = {"Report", "The", "A", "An", "Chapter", "Inquiry", "Summary"}
# "Testimony before the Committee on …", "Evidence to the Committee …": its audience.
_AUDIENCE = re.compile(r"\b(?:before|to|at)\s+(?:the\s+)?$", re.I)
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
    name = named_committee(title) or named_committee(lines)
    return Speaker(name, "", "organisation") if name else None


def named_committee(text: str) -> str | None:
    """The first committee `text` names as such ("Transport Committee", "Committee of
    Public Buses"), not one it is given to ("Testimony before the Committee on …")."""
    for match in _NAMED.finditer(text):
        if _AUDIENCE.search(text[: match.start()]):
            continue
        before = match.group("before").split()
        while before and before[0] in _OPENERS:
            before.pop(0)
        name = " ".join([*before, "Committee"]) + (match.group("remit") or "")
        name = re.sub(r"^House\s+of\s+\w+\s+", "", name)
        if match.group("remit") or name.split()[0] not in _NOT_NAMES | {"Committee"}:
            return name
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
