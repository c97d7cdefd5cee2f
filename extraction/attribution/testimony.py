"""A witness's written statement: a cover block naming the witness ("Statement of Jane
Q. Roe" over "Chief Inspector of Buses"), then a salutation to the committee ("Madam
Chair and Members of the Committee:"), then the statement in the first person.

The statement is the witness's, not the committee's it is addressed to nor the office's
that published it: the cover says who reads it out. A cover naming two witnesses does
not say which one speaks, and a statement with no first-person word may be the office's
own summary: neither is given to anyone.
"""

import re

from extraction.attribution.blocks import FIRST_PERSON, addresses_audience
from extraction.attribution.header_block import name_line, office_line
from extraction.attribution.names import Speaker
from extraction.attribution.quoting import has_quotation
from extraction.attribution.resolution import Resolver

# "Statement of Jane Q. Roe", "Prepared Testimony by Dr Jane Roe", "Testimony of Jane Roe".
_COVER = re.compile(
    r"^(?:(?:Prepared|Written|Opening)\s+)?(?:Statement|Testimony|Remarks)\s+(?:of|by)\s+"
    r"(?P<name>.+)$",
    re.IGNORECASE,
)


def _witness(lines: list[str], resolver: Resolver) -> Speaker | None:
    """The one person a cover block names after "Statement of", with the office on the
    line under the name when there is one."""
    found = set()
    for position, line in enumerate(lines):
        match = _COVER.match(line.strip())
        name = name_line(match.group("name").strip()) if match else None
        if name is None:
            continue
        under = lines[position + 1].strip() if position + 1 < len(lines) else ""
        office = under if office_line(under) else ""
        found.add(resolver.resolve(Speaker(name, office, "person")))
    return found.pop() if len(found) == 1 else None


def witness_blocks(every, blocks, resolver: Resolver):
    """`blocks` with the prose after a salutation given to the witness the cover block
    above it names (see the module); the paragraphs some other rule gave a speaker keep
    theirs."""
    salutation = next(
        (pos for pos, p in enumerate(every) if p.kind == "intro" and addresses_audience(p.text)),
        None,
    )
    if salutation is None:
        return blocks
    cover = [line for p in every[:salutation] for line in p.text.splitlines() if line.strip()]
    witness = _witness(cover, resolver)
    after = [p for p in every[salutation + 1 :] if p.is_prose]
    if witness is None or not any(
        FIRST_PERSON.search(p.text) for p in after if not has_quotation(p.text)
    ):
        return blocks
    result = dict(blocks)
    for paragraph in after:
        if result.get(paragraph.index) is None:
            result[paragraph.index] = witness
    return result
