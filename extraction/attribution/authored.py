"""A post or article an office holder wrote, carried on a publisher's page: a standfirst
under the title says who writes and about what ("Education Secretary, Jane Roe, looks at
…", "The Minister for Buses Jane Roe writes about …"), and the text under it speaks in the
first person singular ("I have …"). The words are hers, not the publisher's."""

import re

from extraction.attribution.blocks import FIRST_PERSON, FIRST_SINGULAR, QUOTE_MARKS
from extraction.attribution.names import Speaker, without_letters
from extraction.attribution.quoting import has_quotation
from extraction.attribution.resolution import Resolver
from extraction.attribution.standfirst import office_holder

# Verbs of a writer presenting her own piece: what a standfirst says an author does. Not
# "announces" or "says": a press release's summary says those of someone it then quotes.
_AUTHORING = (
    r"looks\s+(?:at|back|ahead|forward)|sets\s+out|lays\s+out|explains|writes|reflects"
    r"|shares|outlines|discusses|describes|considers|examines|explores|talks\s+about"
    r"|gives\s+(?:his|her|their)\s+(?:views|thoughts|take)"
)
_AUTHORED = re.compile(
    r"^(?:In\s+this\s+(?:post|blog|article|piece),\s+)?"
    r"(?P<who>(?:The\s+)?[A-Z][\w’'.-]*(?:,?\s+(?:of|for|and|the|[A-Z][\w’'.-]*)){1,9}?),?\s+"
    rf"(?:{_AUTHORING})\b"
)


def authored_speaker(header: list[str], resolver: Resolver) -> Speaker | None:
    """The office holder a standfirst names as the writer ("Education Secretary, Jane Roe,
    looks at …") when the first paragraph of text after it is hers: in the first person
    singular and not quoted. None for a name without an office, or a text that goes on in
    the third person or hands over to a speaker line ("Jane Roe said:")."""
    for position, line in enumerate(header):
        writer = _writer(line.strip(), resolver)
        if writer is not None:
            return writer if _first_person_follows(header[position + 1 :]) else None
    return None


def _writer(text: str, resolver: Resolver) -> Speaker | None:
    """The person of a standfirst line in the third person, an office and a name."""
    if not text or text[:1] in QUOTE_MARKS or FIRST_PERSON.search(text):
        return None
    match = _AUTHORED.match(text)
    if not match:
        return None
    who = re.sub(r"^The\s+", "", without_letters(match.group("who")).strip(" ,"))
    return office_holder(who, resolver)


def _first_person_follows(lines: list[str]) -> bool:
    """Whether the first paragraph of text (headings aside) is the writer's own voice."""
    for line in lines:
        text = line.strip()
        if text.endswith(":"):
            # "Jane Roe said:": a speaker line, so the page is a release quoting her.
            return False
        if len(text.split()) <= 12 and not text.endswith((".", "?", "!")):
            continue  # a heading: "Doing the right thing"
        return bool(FIRST_SINGULAR.search(text)) and not has_quotation(text)
    return False
