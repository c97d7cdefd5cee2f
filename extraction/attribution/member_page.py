"""A member's page of a debate reprint: the site prints one member's contributions under a
header line naming the member with party and seat ("Main Page: Jane Roe (Labour -
Northtown West)", "Jane Roe (Conservative - Eastfield)"), and no speaker heading over the
speech itself. The words are that member's, not the House's."""

import re

from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver

_MEMBER_LINE = re.compile(
    r"^(?:[A-Z][\w ]{0,20}:\s*)?(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s*"
    r"\((?P<party>[A-Z][\w ]{1,40}?)\s+[-–]\s+(?P<seat>[A-Z][^()]{2,60})\)"
)
# A written question's header names its asker the same way ("Asked by: Jane Roe (Labour -
# Northtown)"): the asker, not the speaker of the page.
_QUESTION_LABEL = re.compile(r"^(?:Asked|Answered|Tabled|Question)\b", re.IGNORECASE)


def member_page_speaker(header: list[str], resolver: Resolver) -> Speaker | None:
    """The member a record's header line names with "(Party - Seat)", when exactly one
    such member is named there; None otherwise."""
    members = set()
    for line in header:
        match = _MEMBER_LINE.match(line.strip())
        if match is None or _QUESTION_LABEL.match(line.strip()):
            continue
        person = resolver.person_named(match.group("name"))
        if person is not None:
            members.add(person)
    return members.pop() if len(members) == 1 else None
