"""A header line listing several speakers, each a name and an office, before the place and
date ("Jane Roe, Governor of the Bank, John Doe, Deputy Governor of the Bank, Northtown,
3 May 2024"): a statement read out at a press conference by the first of them. The text
speaks in the first person; "the Deputy Governor and I" says who is not speaking."""

import re

from extraction.attribution.blocks import FIRST_SINGULAR
from extraction.attribution.header_block import addressees
from extraction.attribution.names import Speaker
from extraction.attribution.reprints import bare_name, office_words
from extraction.attribution.resolution import Resolver

# A date closing a header line: "…, Northtown, 3 May 2024".
_DATED = re.compile(r",\s*[^,]*\b(?:19|20)\d\d\s*$")
# A transcript's heading: "Transcript", "Edited transcript:".
_TRANSCRIPT = re.compile(r"^(?:(?:full|edited|official|verbatim)\s+)?transcript\s*:?$", re.I)
# A heading naming a spoken event whose transcript follows.
_EVENT = re.compile(
    r"\b(?:(?:press|media|news)\s+conference|(?:press|media)\s+briefing|doorstop)\b", re.I
)


def listed_speakers(line: str) -> list[Speaker]:
    """The people a header line lists as "Name, Office" pairs, in order; the commas may have
    lost their spaces ("…, Governor of the Bank,John Doe, …")."""
    if line.rstrip().endswith((".", "?", "!")) or len(line.split()) > 40:
        return []
    # "Press conference with Jane Roe, …, and John Doe, …": the words leading to a name.
    parts = [re.sub(r"^(?:.*\bwith\s+|and\s+|&\s*)", "", part.strip()) for part in line.split(",")]
    listed = []
    position = 0
    while position + 1 < len(parts):
        person = bare_name(parts[position])
        office = parts[position + 1]
        if person is not None and office_words(office) and len(person.name.split()) >= 2:
            role = re.sub(r"^the\s+", "", office, flags=re.I)
            listed.append(Speaker(person.name, role, "person"))
            position += 2
        else:
            position += 1
    return listed


def _named_with_me(person: Speaker, text: str) -> bool:
    """Whether `text` speaks of `person` beside the speaker: "the Deputy Governor and I",
    "Jane Roe and I", "I and the Deputy Governor"."""
    office = re.split(r"\s+(?:of|for)\s+", person.role)[0].strip()
    names = [re.escape(person.name), re.escape(person.name.split()[-1])]
    if office:
        names.append(r"the\s+" + re.escape(office))
    who = "|".join(names)
    pattern = rf"\b(?:(?:{who})\s+and\s+I|I\s+and\s+(?:{who}))\b"
    return re.search(pattern, text, re.I) is not None


def _joined(header: list[str]) -> list[str]:
    """The header's lines, a line ending on a comma run into the next: "Jane Roe, Governor
    of the Bank," over "John Doe, Deputy Governor of the Bank," over "Northtown, 3 May"."""
    lines: list[str] = []
    for line in (line.strip() for text in header for line in text.splitlines()):
        if not line:
            continue
        if lines and lines[-1].endswith(","):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return lines


def _transcript_name(lines: list[str]) -> Speaker | None:
    """The name alone on the line under a "Transcript" line, or under a heading naming a
    press conference or a briefing ("Media Conference on the Rate Decision" over "Jane
    Roe"), with the statement's running text under it: the first to speak. Not a name
    with no such line over it, nor a programme's name over a speaker label ("Harbour Week"
    over "Jane Roe, Host:")."""
    for position, line in enumerate(lines[1:5], start=1):
        above, under = lines[position - 1], lines[position + 1 : position + 2]
        if not (_TRANSCRIPT.match(above) or _EVENT.search(above) and not above.endswith(".")):
            continue
        if not under or not re.search(r"[.!?…]$", under[0]) or len(under[0].split()) < 8:
            continue
        person = bare_name(line)
        if person is not None and len(person.name.split()) >= 2:
            return person
    return None


def panel_speaker(header: list[str], opening: str, resolver: Resolver) -> Speaker | None:
    """The voice of a text whose header lists two or more speakers (or one, before the
    place and date), the lines of a list joined: the first listed that the text
    (`opening`: its first paragraphs) does not name beside itself ("the Deputy Governor
    and I"); else the name alone under a transcript's heading. None unless the text speaks
    in the first person singular, or when it names every listed person beside itself."""
    if not FIRST_SINGULAR.search(opening):
        return None
    addressed = addressees(header)  # a salutation lists who is addressed, not who speaks
    lines = _joined([line for line in header if line not in addressed])
    named = _transcript_name(lines)
    if named is not None:
        return resolver.resolve(named)
    for line in lines:
        listed = listed_speakers(line)
        # One person counts when the line goes on to the place and date of the reading
        # ("Jane Roe, Governor of the Bank, Northtown, 3 May 2024"); a name and an office
        # alone may be a contact or a byline.
        dated = len(listed) == 1 and _DATED.search(line.split(listed[0].role, 1)[-1])
        if len(listed) < 2 and not dated:
            continue
        for person in listed:
            if not _named_with_me(person, opening):
                resolver.learn(person)
                return resolver.resolve(person)
        return None
    return None
