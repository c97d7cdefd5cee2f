"""Check-worthiness: how much a sentence asserts something a fact-checker could
verify. Features in the spirit of ClaimBuster and Full Fact's claim detection:
figures, comparisons and trends, dates and events, legal or status assertions,
causes, superlatives and named entities raise the score; opinion, feelings,
promises, questions and vague talk lower it. The patterns are in `patterns`."""

import math
import re
from dataclasses import dataclass, field

from extraction.features.absence import ABSENCE, NOT_DONE
from extraction.features.apparatus import apparatus
from extraction.features.audience import (
    PLEASANTRY,
    PRAISES_POINT,
    addresses_audience,
    chats_with_reader,
    speaks_of_self,
)
from extraction.features.calls import CALL, CALL_ON
from extraction.features.caption import caption
from extraction.features.change import CHANGE, CREDITED, RUN
from extraction.features.dated import DATED_ACT, dated_forecast
from extraction.features.decisions import ANNOUNCED_DECISION, HANDED_OVER, RULE_DECIDED
from extraction.features.destinations import without_destinations
from extraction.features.findings import (
    AUDIT_OPINION,
    EVIDENCE_AFTER,
    FINDING,
    HEALTH_EFFECT,
    STATES_FACT,
)
from extraction.features.fragments import counted, fragment, performative
from extraction.features.framing import PAST_COMPARISON, said_statement
from extraction.features.furniture import page_furniture
from extraction.features.language import foreign
from extraction.features.measures import COMPARED_BACK, COUNT_COMPARED, MEASURE_MOVED
from extraction.features.metadata import occasion, without_label
from extraction.features.movement import MOVED, RECORD_MORE, TREND
from extraction.features.multiples import MULTIPLE
from extraction.features.notices import notice
from extraction.features.patterns import (  # noqa: F401 (re-exported)
    _AFTER_COLON,
    _ASIDE,
    _IDENTIFIER_BEFORE,
    _ORDINAL_AFTER,
    _PARAGRAPH_NUMBER,
    _SEEN_THAT,
    _SENTENCE_STARTERS,
    _WILL_KNOW,
    ABOUT_THE_TEXT,
    AMOUNT_WORDS,
    ANCHOR,
    ANECDOTE,
    ASSERTIVE,
    CAUSAL,
    CITATION,
    CLOCK,
    COMPARISON,
    DATE,
    DECISION,
    DEFINITION,
    DISCOURSE_MARKER,
    EVENT,
    EXHORTATION,
    FIRST_PERSON,
    FUTURE,
    GREETING,
    GUEST_INTRO,
    INTENTION,
    INTRODUCTION,
    LEGAL,
    LEGAL_FACT,
    MEASURE_STATE,
    OPINION,
    POINTS_BACK,
    PRAISE_SUPERLATIVE,
    PROCEDURE,
    PROPER_NOUN,
    PROPORTION,
    QUESTION_FORM,
    QUOTE_LEAD_IN,
    QUOTED_CONTINUATION,
    RATIO,
    RECORD,
    REMIT,
    SCHEDULE,
    SECOND_PERSON,
    SUPERLATIVE,
    TEXT_PART,
    TO_THE_READER,
    VAGUE_AMOUNT,
    WANT_OR_NEED,
    WARNING,
    _words,
)
from extraction.features.proceedings import AIMS, proceedings
from extraction.features.provisions import provision
from extraction.features.questions import asserts_finding, question_premise
from extraction.features.ranks import RANK
from extraction.features.regret import REGRET_THAT
from extraction.features.rhetoric import RALLY, without_idioms
from extraction.features.setting import setting
from extraction.features.stance import ARGUED_POSSIBILITY, POINTING_BACK, stated_after_stance
from extraction.features.verdicts import nothing_to_check
from extraction.numbers import quantities


@dataclass
class Assessment:
    score: float
    type: str
    reasons: list[str] = field(default_factory=list)


def assess(text: str, *, reported: bool = False) -> Assessment:
    """Score `text` (one sentence or clause) from 0 to 1 and name its claim type."""
    # A record's citation after a quotation ("—[Official Report, 3 May; c 36.]") is where
    # the words were said: its date and column are no figures of the claim.
    text = CITATION.sub("", text)
    if without_label(text) != text:
        # A turn label left before the words ("SECRETARY ROE: …") is who speaks, not a
        # named entity of the claim; a label that marks the page ("TOPICS: …") keeps
        # its own low score: the lower of the two stands.
        both = (assess(without_label(text), reported=reported), _assess(text, reported))
        return min(both, key=lambda assessment: assessment.score)
    own = _assess(text, reported)
    # A figure stated after a stance ("… so important to us all—nearly 68% of households own
    # their home", `stance`), a question's premise ("…, given that you failed to meet that
    # target?", `questions`): scored on its own too, the better standing.
    stated = stated_after_stance(text) or question_premise(text)
    other = _assess(stated, reported) if stated else own
    if other.score <= own.score:
        return own
    return Assessment(other.score, other.type, [*other.reasons, "stated after its lead"])


def _assess(text: str, reported: bool) -> Assessment:
    said = said_statement(text)
    if said is not None:
        # "I am pleased to say that …", "I would remind everyone that …": what is said.
        assessment = _assess(said, reported)
        return Assessment(assessment.score, assessment.type, [*assessment.reasons, "framed"])
    words = text.split()
    n = len(words)
    found = [q for q in quantities(text) if not _names_something(text, q.start, q.end)]
    figures = [q for q in found if q.unit != "year" and not q.weak]
    if not figures and PROPORTION.search(text):
        # "nine out of ten schools": a share, however small its numbers.
        figures = [q for q in found if q.weak][:1]
    reasons: list[str] = []
    points = -1.6

    def add(weight: float, reason: str):
        nonlocal points
        points += weight
        reasons.append(reason)

    # "doubled", "a fourfold increase", "twice as likely to be …" (`multiples`).
    if not figures and (RATIO.search(text) or AMOUNT_WORDS.search(text) or MULTIPLE.search(text)):
        # "almost twice as likely as other schools", "that trillion dollars in debt": a
        # ratio or an amount in words counts as a figure, though it has no value to compare
        # (None stands for it).
        figures = [q for q in found if q.weak][:1] or [None]
    if figures:
        add(1.6 + 0.3 * min(len(figures) - 1, 2), "figure")
    elif any(q.weak for q in found):
        add(0.3, "small number")
    # "First, …", "Again the UK is …": a marker ordering the speech, not a claim of rank.
    # "More than a policy", "a record of every meeting": idioms compare nothing (`rhetoric`).
    ranked = without_idioms(DISCOURSE_MARKER.sub("", text))
    # A rank against every place or year ("the shortest waits anywhere") compares too.
    if COMPARISON.search(ranked) or RANK.search(ranked):
        add(0.8, "comparison")
    elif figures and CHANGE.search(text):
        add(0.8, "change of a figure")
    elif TREND.search(text):
        # "growth has slowed down", "recorded no monthly change" (`movement`).
        add(0.8, "trend")
    if not figures and COUNT_COMPARED.search(text):
        # "there are fewer nurses on the wards" (`measures`).
        add(0.5, "a count compared")
    if not figures and COMPARED_BACK.search(text.strip()):
        add(0.8, "compares the figure before")  # "That's more than dairy." (`measures`)
    if SUPERLATIVE.search(ranked):
        add(0.3, "superlative")
    if CAUSAL.search(text) or CREDITED.search(text) or MOVED.search(text):
        add(0.7, "cause")
    legal = len(LEGAL.findall(text))
    if legal:
        add(0.5 + 0.2 * min(legal - 1, 3), "legal/status")
    # "the shortest waits anywhere", "in our post-war history", "more than ever" (`ranks`).
    if RECORD.search(text) or RUN.search(text) or RECORD_MORE.search(text) or RANK.search(text):
        add(0.7, "record")
    # "youth unemployment has fallen sharply": a named measure moved (`measures`).
    if MEASURE_STATE.search(text) or not figures and MEASURE_MOVED.search(text):
        add(0.8, "state of a measure")
    # "the council voted to scrap the cap on …": a decision on a rule (`decisions`).
    # "The Government will direct the regulator to …": a decision announced (`decisions`).
    decided = RULE_DECIDED.search(text) or ANNOUNCED_DECISION.search(text)
    if DECISION.search(text) or decided:
        add(0.7, "decision on a measure")
    procedure = PROCEDURE.search(text)
    # "sought an order to require …": the step of a case, not what a rule requires.
    if provision(text) and not procedure:
        add(0.8, "legal fact")
    if DATE.search(text):
        add(0.6, "date")
    if EVENT.search(text) or HANDED_OVER.search(text):
        add(0.6, "event")
    elif DATED_ACT.search(text):  # "was published in 2013" (`dated`)
        add(0.6, "a dated act")
    first = text.split(maxsplit=1)[0].strip("“\"‘'(") if text.strip() else ""
    # A capitalised first word is a name unless it is a common opening word or an
    # adverb ("Separately", "Meanwhile").
    opening = first.lower() in _SENTENCE_STARTERS or first.lower().endswith("ly")
    names = len(PROPER_NOUN.findall(text, 1)) + (bool(PROPER_NOUN.fullmatch(first)) and not opening)
    if names:
        add(0.25 * min(names, 4), "names")
    if reported:
        add(0.8, "reported")
    if ASSERTIVE.search(text):
        add(0.3, "assertion")
    main = _ASIDE.sub(" ", text)
    seen = _SEEN_THAT.search(main) or REGRET_THAT.search(main)
    if seen and len(main[seen.end() :].split()) >= 5:
        main = main[seen.end() :]
    praise = PRAISE_SUPERLATIVE.search(main) and not RANK.search(main)
    stance = len(OPINION.findall(main)) + bool(praise) + bool(PRAISES_POINT.search(main))
    if stance:
        add(-1.4 - 0.5 * min(stance - 1, 2), "opinion")
    after_colon = _AFTER_COLON.search(text)
    tensed = (
        after_colon.group("stated")
        if after_colon and len(after_colon.group("stated").split()) >= 4
        else text
    )
    finding = FINDING.search(tensed)
    found = finding and len(tensed[finding.end() :].split()) >= 5
    if found:
        # "we can report that there has been no …": the finding's tense, not the "can";
        # an inquiry's "We found that …" puts its result as a fact to be checked.
        tensed = tensed[finding.end() :]
        add(1.1, "reports a finding")
    if STATES_FACT.search(text):
        add(0.6, "states a fact")
    if AUDIT_OPINION.search(text):  # "the auditors issue an adverse opinion on …"
        add(0.8, "reports a finding")
    if EVIDENCE_AFTER.search(text):  # "… a pathway back to smoking – research shows that."
        add(1.4, "backed by the evidence it cites")
    if HEALTH_EFFECT.search(text):  # "is dangerous for your health" (`findings`)
        add(0.8, "a health effect")
    # "more patients going to hospital": a place, no future (`destinations`).
    tensed = without_destinations(tensed)
    known = _WILL_KNOW.search(tensed)
    if known and len(tensed[known.end() :].split()) >= 5:
        tensed = tensed[known.end() :]
    if FUTURE.search(tensed):
        add(-0.4, "prediction")
    # A provision in the future tense ("under the Treaty, X will …") is a legal fact.
    warning = WARNING.search(text)
    if warning:
        add(1.2, "warning")
    if INTENTION.search(tensed) and not (
        figures
        or ANCHOR.search(text)
        or legal >= 2
        or provision(text)
        or warning
        or decided
        or PAST_COMPARISON.search(text)
        or dated_forecast(text)
    ):
        add(-1.0, "intention")
    if EXHORTATION.search(main) or CALL.search(main.strip()) or RALLY.search(main):
        add(-1.2, "exhortation")
    if CALL_ON.search(main) or ARGUED_POSSIBILITY.search(text):
        # "I call on all member states to …" (`calls`); "Opponents argue that it may …".
        add(-2.0, "a call on others or a side's hypothesis")
    if WANT_OR_NEED.search(main) and not figures:
        # "the world needs to do more", "councils want to step up": a wish, not a fact.
        add(-1.0, "want or need")
    if ABSENCE.search(text) or NOT_DONE.search(text):
        add(0.6, "absence")
    if TEXT_PART.search(text):
        add(-2.0, "describes a text")
    if SCHEDULE.search(text):
        add(-1.0 if figures else -2.0, "engagement to come")
    if QUOTE_LEAD_IN.search(text.strip()):
        add(-2.5, "introduces a quote")
    if DEFINITION.search(text):
        add(-1.5, "definition")
    # "We found that …": the finder's "we", not the speaker's own story.
    if speaks_of_self(tensed if found else text) and not figures:
        add(-0.3, "first person")
    if addresses_audience(text) and not figures and not COMPARISON.search(text):
        add(-0.8, "addresses the audience")
    if chats_with_reader(text):
        add(-2.0, "chats with the reader")
    if GREETING.search(text) or PLEASANTRY.search(text):
        add(-0.6 if figures else -2.0, "greeting")
    if VAGUE_AMOUNT.search(text) and not figures:
        add(-1.5, "vague")
    if ABOUT_THE_TEXT.search(text):
        add(-1.0 if figures else -2.0, "about the text")
    if procedure:
        add(-2.0, "procedure")
    if REMIT.search(text) and not figures:
        add(-1.2, "describes a remit")
    if TO_THE_READER.search(text) and not figures:
        add(-2.0, "speaks to the reader")
    if GUEST_INTRO.search(text):
        add(-2.0, "introduces a guest")
    if INTRODUCTION.search(text.strip()):
        add(-1.5, "introduces a person")
    if CLOCK.search(text) and not figures:
        add(-1.5, "dateline")
    if text.rstrip("”’\"' ").endswith("?") or QUESTION_FORM.search(text):
        # "… statistics showing that only 61% …?": a finding stated inside the question.
        add(-1.0 if asserts_finding(text) else -4.0, "question")
    # A list item that claims a record ("for a labour market delivering the highest
    # employment in our history;") states something however short of a verb it is.
    if not figures and fragment(text) and not RECORD.search(text):
        add(-1.5, "no verb of its own")
    if QUOTED_CONTINUATION.match(text) and not figures:
        # "“the right homes in the right places.”": the end of a sentence before it.
        add(-1.5, "completes a quoted sentence")
    if POINTS_BACK.match(text.strip()) and not figures:
        # "That is according to the Agency.": the source of the sentence before, no claim.
        add(-2.5, "names the source of the sentence before")
    if POINTING_BACK.match(text.strip()) and not figures:
        add(-2.5, "points back at the sentence before")  # "This is what … looks like."
    if ANECDOTE.match(text.strip()) and not figures:
        add(-1.0, "the speaker's own reading or meetings")
    if not figures and performative(text):
        add(-1.2, "an act of the speech itself")
    if AIMS.search(text) and not figures:
        add(-1.5, "describes a plan's aims")
    running = proceedings(text)
    if running:
        # The chair's business, a report's account of its own method, a step of a plan:
        # not claims whatever figures they hold ("will have 10 minutes", "(1) …").
        add(-4.0, running)
    furniture = page_furniture(text) or notice(text) or apparatus(text) or caption(text)
    furniture = furniture or setting(text) or ("another language" if foreign(text) else None)
    furniture = furniture or nothing_to_check(text)  # a bare verdict, a courtesy (`verdicts`)
    if furniture:
        add(-4.0, furniture)
    about = occasion(text)
    if about:
        # The page's labels, a host's hand-over, a question put down: whatever figures
        # the line carries (a report number, a question's own subject), not a claim.
        add(-6.0, about)
    if n < 5 and not (figures and counted(text)):  # "212 sheep have drowned." (`fragments`)
        add(-2.0, "too short")
    elif n > 60:
        add(-0.5, "very long")
    score = 1 / (1 + math.exp(-points))
    return Assessment(round(score, 3), claim_type(text, figures=bool(figures)), reasons)


def _names_something(text: str, start: int, end: int) -> bool:
    """Whether the number at `start`–`end` is an identifier or an ordinal."""
    return bool(
        (start == 0 and _PARAGRAPH_NUMBER.match(text))
        or _IDENTIFIER_BEFORE.search(text[max(0, start - 16) : start])
        or _ORDINAL_AFTER.match(text[end : end + 12])
    )


def claim_type(text: str, *, figures: bool) -> str:
    if WARNING.search(text):
        return "causal"
    if CAUSAL.search(text) and re.search(
        r"\b(?:led|lead\w*|result\w*|caus\w*|because|due|thanks)\b", text, re.I
    ):
        return "causal"
    if COMPARISON.search(text) and re.search(
        r"\b(?:compared|than|(?:in|de)creas\w*|rise|rose|f[ae]ll\w*|down|up|doubl\w*|halv\w*"
        r"|drop\w*|grow\w*|grew|declin\w*|record|highest|lowest|most|least|ever)\b",
        text,
        re.I,
    ):
        return "comparison/trend"
    if figures:
        return "quantity"
    if DATE.search(text) and EVENT.search(text):
        return "date/event"
    if LEGAL.search(text):
        return "legal/status"
    if DATE.search(text) or EVENT.search(text):
        return "date/event"
    if CAUSAL.search(text):
        return "causal"
    return "other"
