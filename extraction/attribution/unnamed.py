"""A news lead that gives its source only by office ("…, a senior official said Monday.")
and names the official in the next paragraph ("…, said Jane Roe, the assistant
secretary for housing."): the lead is that official's words, as a reader takes it."""

import re

from extraction.attribution.leading import reported_speaker
from extraction.attribution.names import ROLE_HEADS, Speaker, split_tokens
from extraction.attribution.resolution import Resolver
from extraction.text import Paragraph

# "…, a senior official said Monday.", "…, an agency spokeswoman said.", "… the official
# told reporters.": one unnamed person giving the words.
UNNAMED_SAID = re.compile(
    r",?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:official|spokes(?:person|man|woman)|executive"
    r"|officer|aide)\s+(?:said|says|told\s+\w+)\b[^.;]*[.!]?[”\"]?\s*$",
    re.IGNORECASE,
)
# The office after the name: "…, said Jane Roe, the acting assistant secretary of …".
_APPOSITIVE = re.compile(r"\bsaid\s+[^,]{3,60},\s+(?:the|a|an)\s+(?P<office>[^,.;]{3,100})")


def unnamed_sources(paragraphs: list[Paragraph], resolver: Resolver) -> dict[int, Speaker]:
    """For each paragraph whose last sentence gives an unnamed official as its source,
    the person the next paragraph names with an office, if it does."""
    result = {}
    prose = [p for p in paragraphs if p.kind in ("prose", "bullet")]
    for paragraph, following in zip(prose, prose[1:], strict=False):
        if not UNNAMED_SAID.search(paragraph.text):
            continue
        first = following.text.strip()
        appositive = _APPOSITIVE.search(first)
        office = (
            {w.lower() for w in split_tokens(appositive.group("office"))} if appositive else set()
        )
        person = reported_speaker(first, resolver) if office & ROLE_HEADS else None
        if person is not None and person.kind == "person" and len(person.name.split()) > 1:
            result[paragraph.index] = person
    return result
