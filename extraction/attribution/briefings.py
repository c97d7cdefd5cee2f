"""Who asks and who answers at a press briefing.

A briefing's or press conference's unnamed questioners ("Q:", "QUESTION:") are the
journalists in the room, not an interviewer: an interview has one interviewer, a briefing
many reporters. When the one answering hands the floor by name just before ("Let's go to
Jane Roe.", "Go ahead, Jane Roe."), the question is that reporter's.

A lobby briefing's summary answers in reported speech for a spokesperson named by the
office she speaks for: "Asked whether …, the Prime Minister’s Spokeswoman (PMS) said that
…", "the PMS replied that …", and the sentences after each answer go on in her voice ("The
Prime Minister’s view was that …"). On a page calling itself a briefing that names such a
spokesperson more than once, every paragraph from her first answer on is hers, by the name
the text gives her; a release that quotes "a spokesperson for the council" once is no
briefing, and its narration stays its publisher's."""

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


# A spokesperson named by the office she speaks for: "the Prime Minister’s Spokeswoman
# (PMS)", "the Mayor's spokesman".
_SPOKESPERSON = re.compile(
    r"(?P<office>(?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w-]*['’]s\s+(?:[Oo]fficial\s+)?"
    r"[Ss]pokes(?:person|man|woman))\b(?:\s+\((?P<short>[A-Z]{2,6})\))?"
)
_ANSWERS = re.compile(
    r"\b(?:said|says|replied|added|told|stressed|confirmed|explained|re-?emphasi[sz]ed"
    r"|reiterated|insisted|noted|responded|answered(?!\s+questions)|declined)\b"
)


def spokesperson_blocks(
    paragraphs: list[Paragraph], blocks: dict[int, Speaker | None], *, title: str
) -> dict[int, Speaker | None]:
    """`blocks` with a lobby briefing's answers given to the spokesperson who gives them
    (see the module), for paragraphs in no other turn; unchanged on any other page."""
    if not is_briefing(title, [p.text for p in paragraphs[:6]]):
        return blocks
    body = "\n".join(p.text for p in paragraphs)
    mentions = list(_SPOKESPERSON.finditer(body))
    if not mentions:
        return blocks
    # The text's own form: the one its short form stands for, else the first capitalised.
    forms = [re.sub(r"^The\s+", "", m.group("office")) for m in mentions if m.group("short")]
    forms += [re.sub(r"^The\s+", "", m.group("office")) for m in mentions]
    name = next((form for form in forms if form.split()[-1][0].isupper()), forms[0])
    shorts = {m.group("short") for m in mentions if m.group("short")}
    named = rf"{re.escape(name)}|\b(?:{'|'.join(map(re.escape, shorts)) or '(?!)'})\b"
    if len(mentions) + sum(len(re.findall(rf"\b{s}\b", body)) - 1 for s in shorts) < 2:
        return blocks
    spokesperson = Speaker(name, name, "person")
    result = dict(blocks)
    answering = False
    for paragraph in paragraphs:
        if paragraph.kind not in ("prose", "bullet"):
            continue
        if not answering:
            mention = re.search(named, paragraph.text, re.I)
            answering = bool(mention and _ANSWERS.search(paragraph.text, mention.end()))
        if answering and blocks.get(paragraph.index) is None:
            result[paragraph.index] = spokesperson
    return result
