"""Lines that run the proceedings or describe the text's own making, not claims about the
world, whatever figures they hold: a presiding officer allotting time, announcing the
business or calling the next speaker; an occasion's running order; a sitting's header; an
audit report describing its own scope and method; a release announcing who will attend an
event; the numbered steps of a plan, each an instruction; and the part of a motion that
recites rather than asks."""

import re

from extraction.attribution.floor import CALL
from extraction.attribution.names import ROLE_HEADS
from extraction.text import Span

# The chair allotting time and announcing business: "The Committee has agreed to allow up
# to an hour for the debate", "The proposer will have 10 minutes in which to propose", "an
# amendment has been selected", "Item 4 this afternoon is a statement by …".
CHAIR_BUSINESS = re.compile(
    r"\b(?:(?:has|have)\s+agreed\s+to\s+allow\s+"
    r"(?:up\s+to|[\w\s]{3,40}?\bfor\s+(?:the|this)\s+debate)"
    r"|will\s+have\s+(?:up\s+to\s+)?\w+\s+minutes\s+(?:in\s+which\s+)?to\s+(?:propose|speak"
    r"|respond|reply|make|wind|move|open|close)"
    r"|minutes\s+will\s+be\s+added\s+to\s+the\s+(?:total\s+)?time"
    # "You have up to 20 minutes, First Minister.": the chair to the member called.
    r"|^you\s+have\s+(?:up\s+to\s+|around\s+|about\s+)?\w+\s+minutes?(?:\s+to\s+\w+)?(?=\s*[,.]|\s*$)"
    r"|amendments?\s+(?:has|have)\s+been\s+(?:selected|tabled)"
    r"|all\s+other\s+Members\s+who\s+(?:are\s+)?called\s+to\s+speak)\b"
    r"|^Item\s+\d+\s+(?:(?:this|on\s+(?:this|the))\s+(?:morning|afternoon|evening|agenda)\s+|today\s+)?"
    r"(?:is|will\s+be)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:statement|debate|motion|questions?"
    r"|business)\b",
    re.I,
)
# A motion moved or leave sought, and the chair moving to the next item: "I move, That the
# Bill be now read a third time.", "I seek leave for the Bill to be introduced and passed
# through all stages …", "We therefore move to item 5, which is a statement by …". The
# House's business, whatever bill names, numbers and times of sitting it holds; not "I
# moved to the city in 2010", nor "the Bill was read a third time on 4 May" (a record), nor
# a motion's recital ("I beg to move, That this House notes that 1,000 routes have closed").
MOTION_MOVED = re.compile(
    r"\bI\s+(?:now\s+|formally\s+)?seek\s+(?:the\s+)?leave\b"
    r"|\b(?:now\s+)?be\s+(?:now\s+)?read\s+(?:a|the)\s+(?:first|second|third)\s+time\b"
    r"|\b(?:move|turn|proceed|come)\s+(?:on\s+)?to\s+item\s+\d+\b",
    re.I,
)
# A sitting's header: "Questions to the Minister – in the Assembly at 1:30 pm on 4 May
# 2021." The title of the business, the house, the clock.
SITTING = re.compile(
    r"[–—-]\s+in\s+the\s+(?:[A-Z][\w’'-]*\s+){1,4}at\s+\d{1,2}[:.]\d\d\s*[ap]\.?m\.?\s+on\s",
)
# A presiding officer calling the next speaker by office and name ("Leader of the Greens,
# Jane Roe."): the line that hands the floor, not a claim.
# An audit report or testimony describing itself: "This testimony addresses (1) …", "This
# report is based primarily on …", "The Office also analyzed …", "We were also asked to …".
OWN_METHOD = re.compile(
    r"^(?:In\s+addition,\s+|To\s+do\s+(?:this|our)\s+work,\s+)?"
    r"(?:(?:This|The|Our)\s+(?:part\s+of\s+(?:the|this|our)\s+)?"
    r"(?:testimony|report|statement|review|study|audit|work|inquiry)"
    r"\s+(?:also\s+)?(?:addresses|discusses|describes|focuses\s+on|is\s+focus+ed\s+on"
    r"|examines|covers|is\s+based"
    r"|was\s+(?:conducted|performed|based|carried\s+out))"
    r"|(?:[A-Z]{2,6}|We)\s+(?:also\s+)?(?:analy[sz]ed|reviewed|interviewed|examined|surveyed"
    r"|(?:was|were)\s+(?:also\s+)?asked\s+to"
    # "We also asked the Audit Office to estimate …": work the inquiry commissioned.
    r"|(?<=We\s)(?:also\s+)?asked\s+(?:the\s+)?[A-Z][^.,;]{2,60}?\s+to))\b",
)
_ABOUT_LABEL = re.compile(r"^About\s+(?:the|this)\s+(?:report|audit|review|study)\s*:\s*", re.I)
# What the work found: "We reviewed 500 claims and found that 40% …" is a finding.
_FOUND = re.compile(r"\b(?:found|find|finds|showed|shows|concluded|identified|estimated)\b")
# A plan's or strategy's aims ("The strategy sets out our vision for a country where …"):
# what a document is for, not what it found; a figure in it is still checked.
AIMS = re.compile(
    r"\bsets?\s+out\s+(?:our|its|the|their|my|his|her)\s+(?:\w+\s+)?(?:vision|ambitions?"
    r"|priorities|aspirations?|approach|values)\b",
    re.I,
)
# A release announcing an appearance: "The Minister and the Mayor will join pupils at …",
# "Jane Roe will attend the launch …". Who will be where, not a fact to check.
ADVISORY = re.compile(
    r"^(?:(?:[A-Z][\w’'.-]*|and|of|for|the|S\.)\s+){2,14}will\s+(?:also\s+)?(?:join|attend|visit"
    r"|tour|host|travel\s+to|participate\s+in|take\s+part\s+in|deliver\s+remarks)\b",
)
# The occasion's running order: "Today's call will begin with on-the-record remarks from …".
RUNNING_ORDER = re.compile(
    r"\b(?:call|briefing|event|session|meeting|hearing|conference|programme|program|webinar"
    r"|ceremony)\s+will\s+(?:begin|start|open|conclude|end|close)\s+with\b",
    re.I,
)
# A numbered step of a plan: "1) use federal dollars …", "(2) invest in …": an instruction in
# the imperative, opened by its number and a lower-case verb.
PLAN_STEP = re.compile(r"^\(?\d{1,2}\)\s+[a-z]+\s")
# A numbered finding, not a step: "(3) most grants … were paid on time", "(4) for example,
# in 2015, 70 percent of the applicants … were approved": a summary's findings after "X
# found that: (1) …", a quantified subject and a finite verb.
_FINDING_ITEM = re.compile(
    r"^\(?\d{1,2}\)\s+(?:(?:for\s+example|for\s+instance|in\s+addition|however|overall),\s+)?"
    r"(?:(?:in|by|as\s+of|since|during|between)\s+[^,;]{1,40},\s+)?"
    r"(?:most|many|some|all|few|several|nearly|almost|about|over|more|fewer|less|only|no"
    r"|\d[\d,.]*\s*(?:%|percent|per\s+cent)?)\s[^;]*?\b(?:were|was|is|are|has|have|had)\b"
)


def proceedings(text: str) -> str:
    """Why `text` runs the proceedings or describes the text itself, or ""."""
    text = text.strip()
    if CHAIR_BUSINESS.search(text) or SITTING.search(text):
        return "the chair's business"
    if CALL.match(text):
        return "calls the next speaker"
    if RUNNING_ORDER.search(text):
        return "the occasion's running order"
    if MOTION_MOVED.search(text):
        return "a motion moved or the next item called"
    # "About the report: This report examines …": the label before the scope it opens.
    scope = _ABOUT_LABEL.sub("", text)
    if OWN_METHOD.match(scope) and not _FOUND.search(scope):
        return "the report's own scope or method"
    advisory = ADVISORY.match(text)
    # Officials appearing ("Minister X and Mayor Y will join …"); "The United States will
    # join the treaty" is a country's step, a claim of its own.
    subject = {w.lower().strip(".,") for w in text[: advisory.end()].split()} if advisory else set()
    if subject & (ROLE_HEADS | {"administrator", "mayor", "secretary"}):
        return "announces an appearance"
    if PLAN_STEP.match(text) and not _FINDING_ITEM.match(text):
        return "a numbered step of a plan"
    return ""


# What a motion asks for rather than recites: "and calls on the Government to …".
_MOTION_ASKS = re.compile(
    r"(?:^|[;,]\s+)(?:and\s+)?(?:further\s+)?(?:calls\s+(?:on|upon)|urges|asks|requests|resolves"
    r"|believes\s+that\s+the\s+\w+\s+(?:needs?|should|must))\b",
    re.I,
)


def recital(piece: Span) -> Span | None:
    """The part of a motion's clause that recites, before what the motion asks for ("…;
    and calls on the Minister to …"); None when the clause only asks."""
    asks = _MOTION_ASKS.search(piece.text)
    if asks is None:
        return piece
    kept = piece.text[: asks.start()].rstrip()
    return Span(piece.start, piece.start + len(kept), kept) if len(kept.split()) >= 3 else None
