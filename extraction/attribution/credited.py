"""A release a government as a whole publishes, under a headline that credits it to one
minister: "Crime statistics: police deserve our praise, says Roe".

A government's newsroom carries every minister's releases under the government's name;
the headline's "…, says Roe" names whose release it is, so its narration is hers (the
minister the text names with that surname and an office). A department's or an agency's
release keeps its own voice whatever its headline says (the set labels those to the
department), and a surname the text gives no office holder credits no one.
"""

import re

from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver

# "…, says Roe", "… says Jane Roe" closing the headline.
_SAYS = re.compile(r"[,:–—-]?\s+says\s+(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s*$")
# A government as a whole: "Northland Government", "The Government of Northland".
_GOVERNMENT = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w’'-]+\s+){0,3}Government(?:\s+of\s+[A-Z][\w ]+)?$"
)


def credited_minister(headlines: list[str], default: Speaker | None, resolver: Resolver):
    """The minister a government-wide release's headline credits (see the module), or
    None."""
    if default is None or default.kind != "organisation" or not _GOVERNMENT.match(default.name):
        return None
    for headline in headlines:
        match = _SAYS.search(headline.strip())
        if match is None:
            continue
        holder = resolver.surnames.get(match.group("who").split()[-1].lower())
        if holder is not None and holder.kind == "person" and holder.role:
            return holder
    return None
