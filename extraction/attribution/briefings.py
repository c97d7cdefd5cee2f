"""Who asks and who answers at a press briefing.

A briefing's or press conference's unnamed questioners ("Q:", "QUESTION:") are the
journalists in the room, not an interviewer: an interview has one interviewer, a briefing
many reporters. When the one answering hands the floor by name just before ("Let's go to
Jane Roe.", "Go ahead, Jane Roe."), the question is that reporter's.

A lobby briefing's summary answers in reported speech for a spokesperson named by the
office she speaks for: "Asked whether …, the Prime Minister’s Spokeswoman (PMS) said that
…", "the PMS replied that …", and the sentences after each answer go on in her voice ("The
Prime Minister’s view was that …"). The summary may call her by the office's name, by a
short form it never spells out ("the PMS", "the PMOS": an office the page names with those
initials, and an S for the spokesperson), or by the post alone ("the spokesperson told
reporters …": the spokesperson of the office publishing the page). On a page calling
itself a briefing, with no question-and-answer turns of its own, whose narration reports
her answering at least twice, every paragraph from her first answer on is hers, by the
fullest name the page gives her; a release that quotes "a spokesperson for the council"
once is no briefing, and its narration stays its publisher's."""

import re

from extraction.attribution.names import ROLE_HEADS, Speaker, parse_person
from extraction.attribution.resolution import Resolver
from extraction.text import Paragraph

# The page calls itself a briefing: "Press Briefing by …", "Press Gaggle", "News Conference".
_BRIEFING = re.compile(
    r"\b(?:(?:press|news|daily|media|lobby)\s+(?:briefing|conference|gaggle)|briefing\s+room)\b",
    re.I,
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
# (PMS)", "the Mayor's official spokesman".
_SPOKESPERSON = re.compile(
    r"(?P<office>(?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w-]*['’]s\s+(?:[Oo]fficial\s+)?"
    r"[Ss]pokes(?:person|man|woman))\b(?:\s+\((?P<short>[A-Z]{2,6})\))?"
)
# Her other names: the post alone ("the spokesperson", "the official spokesman"), or a short
# form ending in the post's letter ("the PMS", "the PMOS") that the page never spells out.
_BARE = r"\b[Tt]he\s+(?:[Oo]fficial\s+)?[Ss]pokes(?:person|man|woman)\b"
_SHORT = r"\b(?:[Tt]he\s+)?(?P<short>[A-Z]{1,4}S)\b"
_ANSWERS = re.compile(
    r"\b(?:said|says|replied|added|told|stressed|confirmed|explained|re-?emphasi[sz]ed"
    r"|reiterated|insisted|noted|responded|answered(?!\s+questions)|declined|referred"
    r"|repeated|pointed\s+out|made\s+clear)\b"
)
# An answer in a summary's own shape: her name just before the verb ("…, the PMS said that
# …", "The spokesperson told reporters …", "the PMS again said …").
_ANSWER = r"(?:\s+\([A-Z]{2,6}\))?\s+(?:(?:also|again|then|simply|only)\s+)?" + _ANSWERS.pattern


def spokesperson_blocks(
    paragraphs: list[Paragraph],
    blocks: dict[int, Speaker | None],
    *,
    title: str,
    publisher: str = "",
) -> dict[int, Speaker | None]:
    """`blocks` with a lobby briefing's answers given to the spokesperson who gives them
    (see the module), for paragraphs in no other turn; unchanged on any other page, on a
    transcript of questions and answers, and on a briefing whose narration reports her
    answer fewer than twice."""
    if not is_briefing(title, [p.text for p in paragraphs[:6]]):
        return blocks
    if any(speaker is not None and speaker.role == "interviewer" for speaker in blocks.values()):
        # A transcript's questions and answers: its answers are the one answering, whoever
        # they say "the spokesperson said".
        return blocks
    free = [p for p in paragraphs if p.kind in ("prose", "bullet") and blocks.get(p.index) is None]
    body = "\n".join(p.text for p in paragraphs)
    found = _spokesperson(body, [title, publisher, body], publisher)
    if found is None:
        return blocks
    name, named = found
    answers = sum(len(re.findall(rf"(?:{named}){_ANSWER}", p.text)) for p in free)
    if answers < 2:
        return blocks
    spokesperson = Speaker(name, name, "person")
    result = dict(blocks)
    answering = False
    for paragraph in free:
        answering = answering or bool(re.search(rf"(?:{named}){_ANSWER}", paragraph.text))
        if answering:
            result[paragraph.index] = spokesperson
    return result


def _spokesperson(body: str, texts: list[str], publisher: str) -> tuple[str, str] | None:
    """The spokesperson's name, in the fullest form the page gives it, and a pattern for
    every name the page calls her by; None when the page names no spokesperson."""
    # The title may spell out the post the summary calls by its initials: "(Prime
    # Minister's Official Spokesman, lobby briefing)" over "the PMOS replied …".
    mentions = [m for text in (body, texts[0]) for m in _SPOKESPERSON.finditer(text)]
    shorts = {m.group("short") for m in mentions if m.group("short")}
    spelt: dict[str, str] = {}
    for used in re.finditer(_SHORT + _ANSWER, body):
        short = used.group("short")
        office = _office_for(short, texts)
        if short not in shorts and office is not None:
            spelt[short] = office
    apostrophe = "’" if "’" in body else "'"
    forms = [re.sub(r"^The\s+", "", m.group("office")) for m in mentions if m.group("short")]
    forms += [re.sub(r"^The\s+", "", m.group("office")) for m in mentions]
    if forms:
        # The one its short form stands for, else the first capitalised.
        name = next((form for form in forms if form.split()[-1][0].isupper()), forms[0])
    elif spelt:
        name = f"{next(iter(spelt.values()))}{apostrophe}s Spokesperson"
    elif re.search(_BARE, body):
        name = _publishers_spokesperson(publisher)
    else:
        return None
    if not name:
        return None
    alternatives = [re.escape(form) for form in dict.fromkeys(forms)]
    alternatives += [rf"\b{re.escape(short)}\b" for short in sorted(shorts | set(spelt))]
    return name, "|".join([*alternatives, _BARE])


def _office_for(short: str, texts: list[str]) -> str | None:
    """The office a spokesperson's short form stands for ("Prime Minister" for "PMS", or
    for "PMOS", her official spokesman's), when the page names an office with those
    initials; None for a body's short form ("NHS": "National Health" is no office)."""
    letters = short[:-1]
    if letters.endswith("O") and len(letters) > 1:
        letters = letters[:-1]
    words = r"\s+".join(rf"{letter}[a-z’'-]+" for letter in letters)
    for text in texts:
        for match in re.finditer(rf"\b{words}\b", text):
            office = re.sub(r"['’]s$", "", match.group(0))
            if office.split()[-1].lower() in ROLE_HEADS:
                return office
    return None


def _publishers_spokesperson(publisher: str) -> str:
    """The spokesperson of the office that publishes the page: "Prime Minister's Office"
    speaks by the "Prime Minister's Spokesperson"; another body by its own spokesperson."""
    publisher = " ".join(publisher.split())
    possessive = re.match(r"^(?:The\s+)?(?P<owner>.+?['’]s)\s+Office\b", publisher)
    if possessive:
        return f"{possessive.group('owner')} Spokesperson"
    office = re.match(r"^(?:The\s+)?Office\s+of\s+the\s+(?P<office>[A-Z][\w\s’'-]+?)$", publisher)
    if office:
        return f"{office.group('office')}'s Spokesperson"
    return f"{publisher} spokesperson" if publisher else ""
