"""Who a speech's or interview's title names, by the title's shape."""

import re

from extraction.attribution.names import Speaker, parse_person

# "Statement to Parliament: Jane Roe statement to parliament on …", "Jane Roe speech at …":
# a name followed by the lowercase word for what was said.
_NAME_THEN_GENRE = re.compile(
    r"(?:^|[:–—|]\s*)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?:['’]s)?\s+"
    r"(?:oral\s+|written\s+|keynote\s+)?(?:statement|speech|remarks|address|lecture|keynote"
    r"|interview|evidence|testimony)\b"
)
_POSTNOMINALS = {"MP", "MSP", "MS", "AM", "MLA", "QC", "KC", "MEP", "OBE", "CBE", "MBE", "PC"}


def genre_title_speaker(title: str) -> Speaker | None:
    """The person a title names just before its genre word ("Jane Roe statement to …")."""
    match = _NAME_THEN_GENRE.search(title)
    if not match:
        return None
    person = parse_person(re.sub(r"['’]s$", "", match.group("name")))
    return person if person is not None and person.kind == "person" else None


def trim_title_name(name: str) -> str:
    """A title's name cut before the capitals of what follows it: "Roe ABC News" (a
    programme after the surname) gives "Roe"; an all-capital name stays whole."""
    tokens = name.split()
    for position, token in enumerate(tokens):
        bare = token.strip(".,;:")
        if (
            position > 0
            and len(bare) >= 2
            and bare.isupper()
            and bare not in _POSTNOMINALS
            and not all(t.isupper() for t in tokens[:position])
        ):
            return " ".join(tokens[:position])
    return name
