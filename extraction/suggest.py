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
from extraction.attribution.accounts import about_us_pattern
from extraction.attribution.announcer import lead_announcer
from extraction.attribution.briefings import spokesperson_blocks
from extraction.attribution.carried import carried_attributions
from extraction.attribution.closing import closing_speakers
from extraction.attribution.communique import collective, meeting_body
from extraction.attribution.floor import called_floor
from extraction.attribution.interviews import publication, run_in_labels
from extraction.attribution.invited import invited_blocks
from extraction.attribution.judgment import judges_turn
from extraction.attribution.nonnames import repaired
from extraction.attribution.offices import office_blocks, transcript_blocks
from extraction.attribution.page_voice import own_statements_voice, page_voice
from extraction.attribution.part_labels import cut_at_labels, transcript_turns
from extraction.attribution.pull_credit import credited_blocks
from extraction.attribution.quoting import latest_speakers, mostly_quoted, own_quote, quote_depth
from extraction.attribution.signed import signed_blocks
from extraction.attribution.standfirst import standfirst_speaker
from extraction.attribution.statements import (
    closes_single_quote,
    continues_single_quote,
    following_statement_speaker,
    opens_single_quote,
)
from extraction.attribution.subjects import sentence_subject
from extraction.attribution.unnamed import UNNAMED_SAID, unnamed_sources
from extraction.attribution.written import inline_speaker, inline_turns, record_blocks
from extraction.chamber import first_turn, member_floor, statement_floor
from extraction.claim_dates import date_claims
from extraction.dates import document_date
from extraction.features import assess
from extraction.features.furniture import PHOTO_CAPTION, printed_caption
from extraction.features.headlines import compared_heading
from extraction.features.patterns import MOTION
from extraction.features.proceedings import recital
from extraction.text import Span, clauses, paragraphs, sentences

# At 0.4, level-3 recall fell under 0.9 on fresh texts; 0.35 holds it for about 0.02 of
# precision (the curves over the unseen pools: docs/extraction.md, ninety-fourth round).
THRESHOLD = 0.35
# A sentence is cut into its clauses only when two of them score this well on their own.
_CLAUSE_SCORE = 0.4
# Kinds of document made of speaking turns.
_TURNS = {"parliamentary_record", "interview"}


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


def suggest_claims(
    body: str,
    *,
    kind: str = "",
    title: str = "",
    published_on: datetime.date | None = None,
    publisher: str = "",
    narrator: str = "",
    threshold: float = THRESHOLD,
) -> list[Candidate]:
    """The statements of `body` scoring at least `threshold`, best first.

        `kind` is the kind of document ("press_release", "speech", "interview",
        "parliamentary_record", "encyclopedia_entry", …); `publisher` is the name
        narration is attributed to unless `narrator` names whose it is (an editor's
        word for the page); without `published_on`, a dateline in the text
        dates the claims. Offsets index `body` once its Windows line ends are made
    plain newlines."""
    body = (body or "").replace("\r\n", "\n")
    title, publisher = title or "", publisher or ""
    resolver = Resolver(body)
    # A name the title gives ("Press Briefing by Press Secretary Jane Roe") resolves a
    # turn's surname ("MS. ROE:") as a name the body gives would.
    resolver.read(title)
    every = paragraphs(body)
    # Whose words the narration is: the editor's narrator, else read from the page.
    default = page_voice(
        every, resolver, kind=kind, title=title, publisher=publisher, narrator=narrator
    )
    if default is not None and kind == "interview":
        # "MACDONALD:" after a title's "interview: Lord MacDonald, Minister …": the
        # interviewee's surname labels her turns (her surname only: no office to resolve).
        resolver.learn(Speaker(default.name, "", default.kind))
    blocks = attribution.block_speakers(
        every,
        resolver,
        turns=kind in _TURNS,
        interview=kind == "interview",
        publication=publication(default, publisher),
        narrated=default is not None,
    )
    # A lobby briefing's reported answers: its spokesperson's (`briefings`).
    blocks = spokesperson_blocks(every, blocks, title=title, publisher=publisher)
    if kind == "parliamentary_record":
        # No speaker lines: the presiding officer's calls ("Leader of …, Jane Roe.") say
        # who has the floor.
        blocks = called_floor(every, blocks, resolver)
        # No labels at all: a committee chair's "I invite the Minister to make her opening
        # remarks" hands the floor over (`invited`).
        blocks = invited_blocks(every, blocks, resolver)
    # Written answers' turns; no turn for a heading read as a name ("Current Status:").
    blocks = record_blocks(every, blocks, resolver)
    # First-person words on a page naming only an office: the office's, not the page's.
    blocks = office_blocks(every, blocks, resolver, title=title, default=default)
    # A "Name, Office" line over or under unquoted prose: that person's words.
    blocks = signed_blocks(every, blocks, resolver, default=default, kind=kind, court=publisher)
    blocks, transcribed = transcript_blocks(every, blocks, resolver)
    # A pull quote closing on its credit: "…Jane Roe, spokesperson - Northland Power".
    blocks = credited_blocks(every, blocks, resolver)
    published_on = published_on or document_date(body)
    candidates: list[Candidate] = []
    last_person: Speaker | None = None
    # Whoever the sentences named last as saying something: "it said" may be a report.
    last_said: Speaker | None = None
    previous_quote_speaker: Speaker | None = None
    printed = Counter(" ".join(p.text.split()) for p in every)
    # A paragraph printed twice in a row is a photo's caption and its alternative text.
    doubled = {
        " ".join(p.text.split())
        for p, following in zip(every, every[1:], strict=False)
        if p.text == following.text and p.kind in ("prose", "bullet")
    }
    seen: set[str] = set()
    about_us = about_us_pattern(publisher)
    # The page's own statements beside what it reports: the publisher's, or the narrator's.
    own_voice = own_statements_voice(publisher, narrator)
    # The speaker of a quotation in single marks still open ("X said: 'The figures …").
    single: Speaker | None = None
    # The person the paragraph before reported, for a quotation after it naming no one.
    previous_reported: Speaker | None = None
    opening_turn = first_turn(blocks) if kind == "parliamentary_record" else None
    closing = closing_speakers(every, resolver) if kind not in _TURNS else {}
    unnamed = unnamed_sources(every, resolver) if kind == "article" else {}
    meeting = meeting_body(every, title)
    releases = (p.index for p in every if p.kind == "prose" and kind == "press_release")
    lead = next(releases, None)  # A release's lead paragraph.
    for paragraph in every:
        # A heading comparing ("… more this year than the 3 years before") is a claim too.
        compared = compared_heading(paragraph.kind, paragraph.text)  # `headlines`
        if paragraph.kind not in ("prose", "bullet") and not compared:
            previous_quote_speaker = previous_reported = None
            continue
        summary = (
            kind == "speech"
            and paragraph.index < 4
            and standfirst_speaker(paragraph.text, resolver) is not None
        )
        if summary and not publisher:
            # The page's summary line ("Jane Roe sets out plans for … at …"): who spoke
            # where, not a claim in the speech.
            continue
        if opening_turn is not None and paragraph.index < opening_turn:
            # A reprint's notes before the first speaker heading ("Westminster Hall is …"):
            # the page's, not the record's.
            continue
        continuing = (
            single if single is not None and continues_single_quote(paragraph.text) else None
        )
        single = None
        words = " ".join(paragraph.text.split())
        caption = PHOTO_CAPTION.search(words) and len(words.split()) <= 80
        if words in seen or words in doubled or caption or printed_caption(words, printed[words]):
            # Page furniture: a photo caption printed twice, a pull quote's second copy.
            continue
        seen.add(words)
        # A transcript run into one line: its sentences cut at the labels (`part_labels`).
        spans = cut_at_labels(body, sentences(body, paragraph), resolver)
        explicit = []
        for sentence in spans:
            speaker = attribution.reported_speaker(sentence.text, resolver, last_person, last_said)
            explicit.append(speaker)
            if speaker is not None:
                last_said = speaker
            else:  # "The Department … published its accounts.": whom "It reported" means.
                last_said = attribution.publishing_body(sentence.text, resolver) or last_said
            if speaker is None:
                # "Health Secretary Jane Roe welcomed the figures …", "The First Minister
                # will …" before any name: whom "she" means next (`subjects`).
                last_person = sentence_subject(sentence.text, resolver, last_person) or last_person
            if speaker is not None and speaker.kind == "person":
                if len(speaker.name.split()) > 1:
                    # "…, said Jane Roe, the …": a later "Roe said" is the same person.
                    resolver.learn(speaker)
                last_person = speaker
        # A source named after a sentence, or a report carried on by the next sentence.
        explicit = carried_attributions([s.text for s in spans], explicit)
        if paragraph.index in unnamed:  # "…, a senior official said.": named next.
            explicit = [
                own or (unnamed[paragraph.index] if UNNAMED_SAID.search(s.text) else None)
                for s, own in zip(spans, explicit, strict=True)
            ]
        quoted = any(ch in paragraph.text for ch in '“"')
        quote_speaker = own_quote(paragraph.text, explicit) if quoted else None
        if quote_speaker is None and attribution.is_quoted(paragraph.text):
            # A quotation naming no one after a paragraph that reported a person ("Jane
            # Roe says …" / "“…”"): a story's closing quote is that person's.
            quote_speaker = (
                closing.get(paragraph.index) or previous_quote_speaker or previous_reported
            )
        fallback = blocks.get(paragraph.index) or default
        if summary:
            # A figure the summary reports beside who spoke ("Jane Roe speaks on the new
            # figures. Prices fell 2% in May.") is the page's own statement.
            fallback = own_voice
        opening = opens_single_quote(paragraph.text)
        # Sentences from this offset on are inside a quotation in single marks.
        single_from = None
        if continuing is not None:
            quote_speaker, single_from = continuing, 0
            explicit = [None] * len(explicit)
        elif opening is not None:
            said = [
                own
                for sentence, own in zip(spans, explicit, strict=True)
                if own is not None and sentence.start - paragraph.start < opening
            ]
            if said and said[-1].kind == "person":
                quote_speaker, single_from = said[-1], opening
        if single_from is not None and not closes_single_quote(paragraph.text):
            single = quote_speaker
        if kind == "press_release" and publisher and following_statement_speaker(paragraph.text):
            # "Secretary Jane Roe released the following statement …:" is the release's
            # own narration; the block after it is hers.
            fallback = own_voice
            explicit = [None] * len(explicit)
        floor = kind in _TURNS and blocks.get(paragraph.index) is not None
        # A speech (a judgment) is one long turn: the speaker holds the floor outside any
        # "X said:" block; "according to X" in a judgment is the judge's source.
        judged = judges_turn(default, blocks.get(paragraph.index))
        floor = floor or judged or kind == "speech" and blocks.get(paragraph.index) is None
        floor = floor or paragraph.index in transcribed
        floor = floor or statement_floor(kind, default, blocks.get(paragraph.index))
        if floor and not quoted:
            # Whoever has the floor owns what they report ("the Government announced …",
            # "as my hon. Friend said, …"): only quotation marks give the words to another.
            # A sentence reporting the holder herself ("the spokesperson said that …") still
            # reports what she said.
            held = blocks.get(paragraph.index)
            explicit = [own if own is not None and own.is_same(held) else None for own in explicit]
        # A paraphrase of what another said still reports it, whoever it is given to.
        paraphrased = [own is not None for own in explicit] if floor else [False] * len(spans)
        if floor and quoted:
            # A word or two in quotation marks ("the Bank has said the Bill will be
            # "painful"") leaves the sentence the speaker's own paraphrase: only a sentence
            # that is mostly quotation gives the words to another.
            explicit = [
                own if mostly_quoted(sentence.text) else None
                for sentence, own in zip(spans, explicit, strict=True)
            ]
        turns = inline_turns(paragraph.text, resolver) if kind == "parliamentary_record" else []
        # "[ Jane Roe: ] Good …", "[ Narrator: ] It's June 9 …" (`part_labels`).
        turns = turns or transcript_turns(paragraph.text, resolver)
        if kind == "interview":  # "… right? JANE ROE MP: I don't … DOE: But …" on one line
            turns = turns or run_in_labels(paragraph.text, resolver)
        # Each quotation is the last named speaker's: two officials quoted in one paragraph.
        latest = latest_speakers(paragraph, spans, explicit, quote_speaker)
        for sentence, own, paraphrase, said in zip(
            spans, explicit, paraphrased, latest, strict=True
        ):
            if about_us is not None and about_us.match(sentence.text):
                continue
            if summary and standfirst_speaker(sentence.text, resolver) is not None:
                continue
            offset = sentence.start - paragraph.start
            if turns:  # A record on one line: the heading before the sentence has the floor.
                own = None
                fallback = inline_speaker(turns, offset, sentence.end - paragraph.start) or default
            inside = quote_depth(paragraph.text, offset) or attribution.is_quoted(sentence.text)
            if single_from is not None and sentence.end - paragraph.start > single_from:
                inside = True
            if own is not None and inside and quote_speaker and attribution.cites(sentence.text):
                # "As the Inspectorate has said, …" in a minister's quote: hers.
                own = None
            # A release's narration of what its officials announced is its own voice.
            voice = fallback if kind == "press_release" and not inside else None
            reported = own is not None or paraphrase
            # "Attorney Jane Roe announced today that …" opening a release (`announcer`).
            opening = paragraph.index == lead and sentence is spans[0]
            announcer = lead_announcer(sentence.text, resolver) if opening else None
            if own is not None and _announced(own, sentence.text, voice):
                own = None
            own, reported = announcer or own, reported or announcer is not None
            own = collective(own, meeting)  # "Ministers agreed …" in a communiqué
            speaker = own or ((said or quote_speaker) if inside else None) or fallback
            candidates += _candidates_for(
                body, sentence, speaker, resolver, last_person, reported=reported, voice=voice
            )
        previous_quote_speaker = quote_speaker if quoted else None
        reporting = [own for own in explicit if own is not None and own.kind == "person"]
        previous_reported = reporting[-1] if reporting and kind not in _TURNS else None
    # Dated with the sentences below the threshold too: one may give the day of the words.
    date_claims(body, candidates, published_on, story=kind == "article")
    result = [candidate for candidate in candidates if candidate.score >= threshold]
    result = repaired(  # `nonnames`, and the gate every speaker passes (`validation`)
        result, body, default, offices=kind not in _TURNS, resolver=resolver, publisher=publisher
    )
    if kind in _TURNS:  # No claim in a record is the house's own (`chamber`).
        result = member_floor(result, every, blocks)
    return sorted(result, key=lambda c: (-c.score, c.start))


def _candidates_for(
    body: str,
    sentence: Span,
    speaker: Speaker | None,
    resolver: Resolver,
    last_person: Speaker | None,
    *,
    reported: bool,
    voice: Speaker | None = None,
) -> list[Candidate]:
    if MOTION.search(sentence.text):
        # A motion's words ("That this House notes …; further notes …; and calls on …"):
        # what the House is asked to agree, not a claim of its own; but a clause reciting
        # a figure ("notes a report that found 26% of …") is the mover's, to be checked.
        recited = [recital(piece) for piece in clauses(body, sentence)]
        parts = [_candidate(piece, speaker, reported=reported) for piece in recited if piece]
        return [part for part in parts if "figure" in part.reasons]
    whole = _candidate(sentence, speaker, reported=reported)
    pieces = clauses(body, sentence)
    if len(pieces) == 1:
        return [whole]
    parts = []
    for piece in pieces:
        own = attribution.reported_speaker(piece.text, resolver, last_person)
        reported_here = own is not None
        if own is not None and _announced(own, piece.text, voice):
            own = voice
        parts.append(_candidate(piece, own or speaker, reported=reported_here))
    # A contrast ("…, but the decline was limited to …") is cut only where another
    # speaker takes over ("…, though Northland denied it"): a reader checks "X fell, but
    # less than Y" as one statement.
    contrast = any(_CONTRAST.match(piece.text) for piece in pieces[1:])
    if contrast and len({part.speaker for part in parts}) < 2:
        return [whole]
    if sum(1 for part in parts if part.score >= _CLAUSE_SCORE) >= 2:
        return parts
    return [whole]


_CONTRAST = re.compile(r"(?:but|though|although|while|whereas|yet)\b", re.I)


def _announced(own: Speaker, text: str, voice: Speaker | None) -> bool:
    """Whether `own` only announces in the narration of `voice` ("the minister has
    confirmed that …" in a press release), or is the body whose figures the narration
    reports ("The Bus Office figures show that …"), so that the words are `voice`'s."""
    if voice is None:
        return False
    return own.kind == "person" and attribution.announces(text) or attribution.reports_figures(text)


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
