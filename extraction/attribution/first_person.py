"""A page written in the first person singular is a person's, never an institution's.

"I", "my", "me" outside quotation marks cannot be spoken by a website, a chamber or a
department. When the page's own voice would fall to such a body (its publisher), the
voice is, in order:

- the one person the page's header introduces with an office ("Jane Roe, Assistant
  Secretary for Buses at the Department of Transport, travels to …"): a post's byline;
- else the office the speaker claims in her own words ("When I became Minister for
  Buses, …", "as Finance Minister, I …").
"""

import re

from extraction.attribution.blocks import FIRST_SINGULAR
from extraction.attribution.claimed_office import claimed_office
from extraction.attribution.compilation import compiled_author
from extraction.attribution.joint_release import joint_release_minister
from extraction.attribution.names import ROLE_HEADS, Speaker, parse_person
from extraction.attribution.resolution import Resolver

# "Jane Roe, Assistant Secretary for … at …, travels to …": a name, then an office; or a
# byline line of the two alone, "Jane Roe MS, Minister for Buses", over a written statement.
_INTRODUCED = re.compile(
    r"^(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2}),\s+(?:the\s+)?"
    r"(?P<role>[A-Z][^,;:]{2,120})(?:,|$)"
)
# The letters after a member's name: "Jane Roe MS", "Jane Roe AM".
_POSTNOMINALS = re.compile(r"(?:\s+(?:MP|MS|MSP|AM|MLA|TD|MEP|QC|KC))+$")
# Words in quotation marks: another's "I". A quotation left open runs to the paragraph's
# end, and a paragraph closing one it did not open ("… the key now.”") continues it.
_QUOTED = re.compile(r"“[^”]*(?:”|$)|^[^“”]*”|\"[^\"]*(?:\"|$)")


def _first_person(texts: list[str]) -> bool:
    return any(FIRST_SINGULAR.search(_QUOTED.sub(" ", text)) for text in texts)


def header_person(header: list[str], resolver: Resolver) -> Speaker | None:
    """The one person a header line introduces by name and office, or None."""
    found = []
    for line in header:
        match = _INTRODUCED.match(line.strip())
        if not match:
            continue
        role_words = set(re.findall(r"[\w-]+", match.group("role").lower()))
        person = parse_person(_POSTNOMINALS.sub("", match.group("name")))
        if person is None or person.kind != "person" or not role_words & ROLE_HEADS:
            continue
        found.append(resolver.resolve(Speaker(person.name, match.group("role"), "person")))
    return found[0] if len({p.name for p in found}) == 1 else None


def first_person_speaker(
    every: list, resolver: Resolver, default: Speaker | None, *, speech: bool = False
) -> Speaker | None:
    """The person or office whose first-person page would otherwise fall to an
    institution (`default`); `default` itself when the page is not in the first person
    singular or names no one. A speech naming no speaker is the office it claims; a
    compilation's reprint is the author its header names, a joint release the first
    minister its "Joint media release with" block names."""
    if default is not None and default.kind == "organisation":
        header = [p.text for p in every[:8]]
        default = compiled_author(header[:4]) or joint_release_minister(header) or default
    if default is not None and default.kind != "organisation":
        claimed = claimed_office([p.text for p in every]) if speech else None
        if claimed is not None and default.name == default.role and _same_head(claimed, default):
            # A title naming only the office ("Speech by the Governor of the Bus Bank of
            # Northland"): the office as the speaker names it ("as the Governor of the BBN").
            return claimed
        return default
    if speech:
        return claimed_office([p.text for p in every]) or default
    prose = [p.text for p in every if p.kind in ("prose", "bullet")]
    header = [p.text for p in every[:6]]
    if not _first_person(prose):
        return default
    return header_person(header, resolver) or claimed_office(prose) or default


def _same_head(claimed: Speaker, office: Speaker) -> bool:
    """Whether two offices share their head word ("Governor of the BBN", "Governor of the
    Bus Bank of Northland")."""
    first, second = (set(re.split(r"[\s-]+", s.role.lower())) for s in (claimed, office))
    return bool(first & second & ROLE_HEADS)
