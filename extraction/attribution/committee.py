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
# The page says it is a committee's report, or speaks as one ("We recommend", "our report").
_A_REPORT = re.compile(r"\b(?:[Cc]ommittee(?:['’]s)?\s+[Rr]eport|[Rr]eport\s+of\s+the\s+Committee)")
_NOT_NAMES = {"A", "This", "Its", "Full", "Commons", "Lords", "Select"}
_WE = re.compile(r"\b(?:We|we|our|Our)\b")


def committee_voice(publisher: str, title: str, header: list[str]) -> Speaker | None:
    """The committee whose report a House's page carries; None when the publisher is not
    a chamber, or neither title nor text names a committee as the report's author."""
    if not _HOUSE.match(publisher.strip()):
        return None
    lines = "\n".join(header)
    if not (_A_REPORT.search(title) or _A_REPORT.search(lines) or _WE.search(lines)):
        return None
    for text in (title, lines):
        for match in _NAMED.finditer(text):
            name = re.sub(r"^(?:The|House\s+of\s+\w+)\s+", "", match.group(0))
            if name.split()[0] not in _NOT_NAMES and name != "Committee":
                return Speaker(name, "", "organisation")
    return None
