"""suggest_claims(body, …): the check-worthy statements of a text, with span,
speaker, date, claim type and score, best first.

Plain text and metadata in, plain data out: no database, no Django. The kind
of document (a `Source.Kind` value such as "press_release" or "speech"), its
title, date and publisher say whose voice the narration is."""

import datetime
import re
from collections import Counter
from dataclasses import asdict, dataclass, field

from extraction import attribution
from extraction.attribution import Resolver, Speaker
from extraction.dates import document_date, find_dates
from extraction.features import assess
from extraction.text import Span, clauses, paragraphs, sentences

THRESHOLD = 0.4
# Kinds of document whose narration is a person speaking, not an organisation.
_SPOKEN = {"speech", "interview", "social_media_post"}
_NO_DEFAULT = {"encyclopedia_entry"}
# Kinds of document made of speaking turns.
_TURNS = {"parliamentary_record", "interview"}
_TITLE_PERSON = re.compile(r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})['’]s\b")
# "Jane Roe – 2024 Speech on …", "Jane Roe: speech to …".
_TITLE_SPEAKER_FIRST = re.compile(
    r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s*(?:[–—:|]|-\s)"
)


@dataclass
class Candidate:
    start: int
    end: int
    quote: str
    speaker: str | None
    speaker_role: str
    speaker_kind: str
    date: datetime.date | None
    type: str
    score: float
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        return data


def document_speaker(
    resolver: Resolver, *, kind: str = "", title: str = "", publisher: str = ""
) -> Speaker | None:
    """Who speaks where the text quotes nobody."""
    if kind in _NO_DEFAULT:
        return None
    if kind in _SPOKEN and title:
        match = (
            _TITLE_SPEAKER_FIRST.search(title)
            or Resolver._ROLE_NAME.search(title)
            or _TITLE_PERSON.search(title)
        )
        if match:
            named = match.groupdict().get("name") if match.re is not Resolver._ROLE_NAME else None
            person = attribution.parse_person(
                named or match.group(0).removesuffix("’s").removesuffix("'s")
            )
            if person is not None:
                return resolver.resolve(person)
    if publisher.strip():
        return Speaker(publisher.strip(), "", "organisation")
    return None


def _publication(default: Speaker | None, publisher: str) -> Speaker | None:
    """Who asks an unnamed interviewer's questions: the publication, unless it is
    the document's own voice (a transcript the interviewee published)."""
    publisher = publisher.strip()
    if not publisher or (default is not None and default.name == publisher):
        return None
    return Speaker(publisher, "", "organisation")


def _quote_depth(text: str, position: int) -> bool:
    """Whether `position` in `text` lies inside quotation marks."""
    before = text[:position]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1


def suggest_claims(
    body: str,
    *,
    kind: str = "",
    title: str = "",
    published_on: datetime.date | None = None,
    publisher: str = "",
    threshold: float = THRESHOLD,
) -> list[Candidate]:
    """The statements of `body` scoring at least `threshold`, best first.

        `kind` is the kind of document ("press_release", "speech", "interview",
        "parliamentary_record", "encyclopedia_entry", …); `publisher` is the name
        narration is attributed to; without `published_on`, a dateline in the text
        dates the claims. Offsets index `body` once its Windows line ends are made
    plain newlines."""
    body = (body or "").replace("\r\n", "\n")
    resolver = Resolver(body)
    default = document_speaker(resolver, kind=kind, title=title or "", publisher=publisher or "")
    blocks = attribution.block_speakers(
        paragraphs(body),
        resolver,
        turns=kind in _TURNS,
        interview=kind == "interview",
        publication=_publication(default, publisher or ""),
    )
    published_on = published_on or document_date(body)
    candidates: list[Candidate] = []
    last_person: Speaker | None = None
    previous_quote_speaker: Speaker | None = None
    printed = Counter(" ".join(p.text.split()) for p in paragraphs(body))
    seen: set[str] = set()
    about_us = _about_us(publisher or "")
    for paragraph in paragraphs(body):
        if paragraph.kind not in ("prose", "bullet"):
            previous_quote_speaker = None
            continue
        words = " ".join(paragraph.text.split())
        if words in seen or _caption(words, printed[words]):
            # Page furniture: a photo caption printed twice, a pull quote's second copy.
            continue
        seen.add(words)
        spans = sentences(body, paragraph)
        explicit = []
        for sentence in spans:
            speaker = attribution.reported_speaker(sentence.text, resolver, last_person)
            explicit.append(speaker)
            if speaker is None:
                # "Health Secretary Jane Roe welcomed the figures …": whom "she" means next.
                subject = Resolver._ROLE_NAME.match(sentence.text)
                person = attribution.parse_person(subject.group(0)) if subject else None
                if person is not None and person.kind == "person" and person.role:
                    last_person = resolver.resolve(person)
            if speaker is not None and speaker.kind == "person":
                last_person = speaker
        quoted = any(ch in paragraph.text for ch in '“"')
        quote_speaker = next((s for s in explicit if s is not None), None) if quoted else None
        if quote_speaker is None and attribution.is_quoted(paragraph.text):
            quote_speaker = previous_quote_speaker
        fallback = blocks.get(paragraph.index) or default
        if kind in _TURNS and blocks.get(paragraph.index) is not None and not quoted:
            # Whoever has the floor owns what they report ("the Government announced …",
            # "as my hon. Friend said, …"): only quotation marks give the words to another.
            explicit = [None] * len(explicit)
        for sentence, own in zip(spans, explicit, strict=True):
            if about_us is not None and about_us.match(sentence.text):
                continue
            offset = sentence.start - paragraph.start
            inside = _quote_depth(paragraph.text, offset) or attribution.is_quoted(sentence.text)
            speaker = own or (quote_speaker if inside else None) or fallback
            candidates += _candidates_for(
                body, sentence, speaker, resolver, last_person, reported=own is not None
            )
        previous_quote_speaker = quote_speaker if quoted else None
    result = []
    for candidate in candidates:
        if candidate.score < threshold:
            continue
        candidate.date = _date_for(candidate, published_on)
        result.append(candidate)
    return sorted(result, key=lambda c: (-c.score, c.start))


def _caption(words: str, copies: int) -> bool:
    """A paragraph printed twice word for word, one unquoted sentence with no figure:
    a photo caption (a figure printed twice is more likely a pull quote of a claim)."""
    one_sentence = len(re.findall(r"[.!?](?=\s|$)", words)) <= 1
    unquoted = not any(q in words for q in '“"')
    return copies > 1 and one_sentence and unquoted and not re.search(r"\d", words)


def _about_us(publisher: str) -> re.Pattern | None:
    """The publisher describing itself ("X provides news in 40 languages to …", "X is
    an independent charity"): a note about the publication, not a claim in it."""
    if len(publisher) < 3:
        return None
    return re.compile(
        r"\s*(?:the\s+)?"
        + re.escape(publisher)
        + r"(?:\s*\([^)]*\))?,?\s+(?:provides|serves|reaches"
        r"|publishes|broadcasts|exists|is\s+(?:an?|the)\s+(?:\w+\s+){0,3}?(?:charity|organi[sz]ation"
        r"|broadcaster|publisher|service|agency|network|body)|was\s+(?:founded|established|set\s+up))\b",
        re.I,
    )


def _candidates_for(
    body: str,
    sentence: Span,
    speaker: Speaker | None,
    resolver: Resolver,
    last_person: Speaker | None,
    *,
    reported: bool,
) -> list[Candidate]:
    pieces = clauses(body, sentence)
    whole = _candidate(sentence, speaker, reported=reported)
    if len(pieces) == 1:
        return [whole]
    parts = []
    for piece in pieces:
        own = attribution.reported_speaker(piece.text, resolver, last_person)
        parts.append(_candidate(piece, own or speaker, reported=own is not None))
    if sum(1 for part in parts if part.score >= THRESHOLD) >= 2:
        return parts
    return [whole]


def _candidate(span: Span, speaker: Speaker | None, *, reported: bool) -> Candidate:
    assessment = assess(span.text, reported=reported)
    return Candidate(
        start=span.start,
        end=span.end,
        quote=span.text,
        speaker=speaker.name if speaker else None,
        speaker_role=speaker.role if speaker else "",
        speaker_kind=speaker.kind if speaker else "",
        date=None,
        type=assessment.type,
        score=assessment.score,
        reasons=assessment.reasons,
    )


def _date_for(candidate: Candidate, published_on: datetime.date | None):
    """The date the quote was said: a date the sentence gives for a reported
    statement ("On 3 May, X said …"), else the document's own date."""
    if "reported" in candidate.reasons:
        dates = find_dates(candidate.quote)
        if dates:
            return dates[0][1]
    return published_on
