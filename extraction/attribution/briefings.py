"""Who asks at a press briefing. A briefing's or press conference's unnamed questioners
("Q:", "QUESTION:") are the journalists in the room, not an interviewer: an interview has
one interviewer, a briefing many reporters. When the one answering hands the floor by name
just before ("Let's go to Jane Roe.", "Go ahead, Jane Roe."), the question is that
reporter's."""

import re

from extraction.attribution.names import Speaker, parse_person
from extraction.attribution.resolution import Resolver
from extraction.text import Paragraph

# The page calls itself a briefing: "Press Briefing by …", "Press Gaggle", "News Conference".
_BRIEFING = re.compile(
    r"\b(?:(?:press|news|daily|media)\s+(?:briefing|conference|gaggle)|briefing\s+room)\b", re.I
)
# The answerer handing the floor by name, alone in its paragraph or closing it.
_HANDS = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:Let['’]s|Let\s+us|We['’]ll|We\s+will)\s+(?:go|turn)\s+(?:now\s+)?to|Go\s+ahead,"
    r"|Next\s+(?:question|up)(?:\s+is|,)?)\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})\s*[.!]?$"
)


def is_briefing(title: str, header: list[str]) -> bool:
    """Whether the page is a press briefing or conference, by its title or first lines."""
    return any(_BRIEFING.search(text) for text in [title, *header])


def briefing_questions(
    paragraphs: list[Paragraph], blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """`blocks` with a briefing's unnamed interviewer turns given to "Journalist", or to
    the reporter the paragraph before hands the floor to by name."""
    if not is_briefing(resolver.texts[-1], [p.text for p in paragraphs[:6]]):
        return blocks
    result = dict(blocks)
    named: Speaker | None = None
    asking: Speaker | None = None
    for paragraph in paragraphs:
        speaker = blocks.get(paragraph.index)
        if speaker is not None and speaker.role == "interviewer" and speaker.name == "Interviewer":
            if asking is None:
                asking = named or Speaker("Journalist", "interviewer", "person")
            result[paragraph.index] = asking
            continue
        asking = None
        hands = _HANDS.search(" ".join(paragraph.text.split()))
        person = parse_person(hands.group("name")) if hands else None
        named = resolver.resolve(person) if person and person.kind == "person" else None
    return result
