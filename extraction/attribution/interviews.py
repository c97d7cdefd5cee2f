"""Interview turns: the interviewer's label ("Q:", "JOURNALIST:"), the answer's ("A:"),
and a label naming only an office ("TREASURER:")."""

import re
from collections import Counter

from extraction.attribution.labelled import transcript_label
from extraction.attribution.names import (
    BYLINE_LETTERS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    parse_person,
)
from extraction.attribution.resolution import Resolver
from extraction.attribution.vocabulary import NOT_NAME

# Interview turns: the interviewer's label ("Q:", "JOURNALIST:") or the answer's ("A:").
_INTERVIEWER = re.compile(
    r"^(?:Q|Q\.|Question|(?:the\s+)?(?:journalist|interviewer|presenter|host|reporter|moderator"
    r"|anchor|questioner|audience\s+member))\s*:",
    re.IGNORECASE,
)
_ANSWER = re.compile(r"^(?:A|A\.|Answer)\s*:", re.IGNORECASE)
# The interviewer's label with a name: "HOST, JANE ROE:", "Presenter Jane Roe:", "JANE
# ROE, REPORTER:".
_ROLE = r"(?i:host|presenter|interviewer|journalist|reporter|moderator|anchor)"
_WHO = r"[A-ZÀ-ÖØ-Þ][\w’'.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.-]+){1,2}"
_NAMED_INTERVIEWER = re.compile(
    rf"^(?:(?P<role>{_ROLE}),?\s+(?P<after>{_WHO})|(?P<before>{_WHO}),\s*(?P<role2>{_ROLE})"
    # "Mr Jane Q. Roe (Moderator):"
    rf"|(?P<bracketed>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?{_WHO})\s*\((?P<role3>{_ROLE})\))\s*:\s*"
)


def named_interviewer(text: str) -> Speaker | None:
    """The interviewer a label names with the role ("HOST, JANE ROE: …"), or None."""
    match = _NAMED_INTERVIEWER.match(text.strip())
    if not match:
        return None
    name = match.group("after") or match.group("before") or match.group("bracketed")
    person = parse_person(name.title() if name.isupper() else name)
    if person is None or person.kind != "person":
        return None
    return Speaker(person.name, "interviewer", "person")


def interviewer_role(text: str) -> str:
    """The part a named interviewer's label gives ("Moderator" for "Jane Roe
    (Moderator):"), in small letters; "" for any other line."""
    match = _NAMED_INTERVIEWER.match(text.strip())
    return next(
        (match.group(g).lower() for g in ("role", "role2", "role3") if match and match.group(g)), ""
    )


def interviewer_label(text: str) -> str | None:
    """ "Journalist" for a line "JOURNALIST:" or "Journalist: How …?"; "Interviewer" for
    "Q:"; None when the line is not the interviewer's."""
    match = _INTERVIEWER.match(text.strip())
    if not match:
        return None
    word = match.group(0).rstrip(" :.").split()[-1]
    return "Interviewer" if word.lower() in {"q", "question"} else word.capitalize()


# A publisher that is the interviewee's own office ("Department of Buses", "Ministry of
# …", "Office of the Premier"): a government page carrying its minister's transcript.
_OWN_OFFICE = re.compile(
    r"\b(?:government|department|ministry|ministers?|cabinet|treasury|premier)\b|^office\s+of\b",
    re.IGNORECASE,
)


def publication(default: Speaker | None, publisher: str) -> Speaker | None:
    """Who wrote the page around an interview and asks an unnamed interviewer's
    questions: the publication, unless it is the document's own voice (a transcript the
    interviewee published)."""
    publisher = publisher.strip()
    if not publisher or (default is not None and default.name == publisher):
        return None
    return Speaker(publisher, "", "organisation")


def interview_turn(
    text: str,
    kind: str,
    current: Speaker | None,
    publication: Speaker | None,
    resolver: Resolver,
    *,
    named: bool,
) -> tuple[bool, Speaker | None]:
    """Whether `text` starts an interview turn, and whose (None: the interviewee).
    `named`: whether the line is a speaker line naming someone ("JANE ROE:")."""
    named_host = named_interviewer(text)
    if named_host is not None:
        # A later "ROE:" is the same interviewer, and so is a later "MODERATOR:".
        resolver.learn(named_host)
        resolver.learn(Speaker(named_host.name, interviewer_role(text), "person"))
        return True, resolver.resolve(named_host)
    label = interviewer_label(text)
    host = resolver.roles.get(label.lower()) if label and label != "Interviewer" else None
    if host is not None:
        return True, host
    if label is not None:
        if publication is not None and _OWN_OFFICE.search(publication.name):
            # The office publishing its minister's press conference asks nothing.
            publication = None
        return True, publication or Speaker(label, "interviewer", "person")
    if _ANSWER.match(text):
        return True, None
    if kind == "intro" and not named:
        # A surname, or a first name the page gives in full ("Jane:" for "Jane Du Roe").
        named_label = _surname_alone(text, resolver)
        named_label = named_label or given_name_label(text, "\n".join(resolver.texts))
        if named_label is not None:
            # "ROE:" on a line of its own, after "JANE ROE:" or "the Treasurer Jane Roe":
            # the person the text gives that surname, not the interviewee by default.
            return True, named_label
        # "TREASURER:", "MINISTER:": a label that names no one is the interviewee's, or
        # the holder of that office when the text names one ("TREASURER JANE ROE:" before).
        office = text.rstrip(": ").lower()
        holder = resolver.by_role(office) if set(office.split()) & ROLE_HEADS else None
        return True, holder
    return False, current


def _surname_alone(text: str, resolver: Resolver) -> Speaker | None:
    """The person of a label giving one word that the text gives someone as a surname
    ("STEFANOV:" after "ANNA STEFANOV:"); None for any other label ("NOTE:", "MINISTER:")."""
    label = text.strip().rstrip(":").strip()
    if not re.fullmatch(r"[A-Z][\w’'-]+", label) or label.lower() in ROLE_HEADS:
        return None
    known = resolver.surnames.get(label.lower())
    return known if known is not None and known.kind == "person" else None


# A transcript's label on a line of its own giving a first name alone: "Jane:".
_GIVEN_LABEL = re.compile(r"^(?P<given>[A-Z][a-z’'-]+):$")


_NOT_PERSON = NOT_NAME | ROLE_HEADS | ORGANISATION_WORDS


def given_name_label(text: str, body: str) -> Speaker | None:
    """The person a label line "Jane:" stands for: the one full name the page gives
    that opens with that first name ("Jane Du Roe speaks with …"); None when the page
    gives none, or the word is a heading's ("Background:")."""
    label = _GIVEN_LABEL.match(text.strip())
    if label is None or label.group("given").lower() in _NOT_PERSON:
        return None
    given = re.escape(label.group("given"))
    names = set(re.findall(rf"\b{given}(?:\s+[A-Z][\w’'-]+){{1,3}}", body))
    plain = {n for n in names if not {w.lower() for w in n.split()} & _NOT_PERSON}
    return Speaker(plain.pop(), "", "person") if len(plain) == 1 else None


# A transcript's label written in ordinary case: "Jane Roe: Fares fell …".
_NAME_LABEL = re.compile(r"^(?P<label>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,2}):\s+(?=\S)")


def name_labels(texts: list[str]) -> Counter:
    """How often each "Jane Roe:" label opens a paragraph of the text."""
    return Counter(m.group("label") for m in map(_NAME_LABEL.match, texts) if m)


def name_label(text: str, labels: Counter, resolver: Resolver) -> Speaker | None:
    """The person of a label "Jane Roe: …" (a name in ordinary case): when the same label
    opens another paragraph too, or the text gives that surname to someone; a heading run
    into its text ("Bus Fares: …") opens only one and names no one the text knows; a
    label in capitals with a bracketed role (`labelled.transcript_label`)."""
    labelled = transcript_label(text, resolver)
    if labelled is not None:
        return labelled
    match = _NAME_LABEL.match(text)
    if not match:
        return None
    person = parse_person(match.group("label"))
    if person is None or person.kind != "person" or person.role:
        return None
    known = resolver.surnames.get(person.name.split()[-1].lower())
    if labels[match.group("label")] < 2 and (known is None or known.kind != "person"):
        return None
    return person


# The page inviting the reader to its transcript: "Read the transcript of the Minister's
# interview with Jane Roe on …", "Listen to the full interview …".
_PAGE_NOTE = re.compile(
    r"^(?:read|watch|listen\s+to|view)\s+(?:the\s+|a\s+|this\s+)?(?:full\s+|edited\s+)?"
    r"(?:transcript|interview|recording|video|audio)\b",
    re.IGNORECASE,
)


def page_notes(paragraphs: list, blocks: dict, publication: Speaker | None) -> dict:
    """`blocks` with the page's note on its transcript, before the first turn, given to the
    `publication` that wrote it rather than to the interviewee."""
    if publication is None:
        return blocks
    result = dict(blocks)
    for paragraph in paragraphs[:6]:
        if paragraph.kind in ("prose", "bullet") and _PAGE_NOTE.match(paragraph.text.strip()):
            result[paragraph.index] = publication
    return result


# A transcript run into one line: "… is that right? JANE ROE MP: I don't think … DOE: But
# …": labels in capitals, each opening the paragraph or following a sentence's end.
_RUN_IN_LABEL = re.compile(
    r"(?:^|(?<=[.?!…]\s))(?P<label>[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,2}?)"
    rf"(?:\s+{BYLINE_LETTERS})*:\s+(?=\S)"
)


def run_in_labels(text: str, resolver: Resolver) -> list[tuple[int, Speaker]]:
    """Where each label inside a transcript's long line starts, with its person: a full
    name, or a surname the text gives someone; empty unless two labels name people."""
    turns = []
    for match in _RUN_IN_LABEL.finditer(text):
        words = match.group("label").split()
        if len(words) == 1:
            known = resolver.surnames.get(words[0].lower())
            person = known if known is not None and known.kind == "person" else None
        else:
            person = resolver.person_named(" ".join(word.capitalize() for word in words))
        if person is not None:
            turns.append((match.start(), person))
    return turns if len(turns) >= 2 else []
