"""Lines that belong to the page or the record rather than to what anyone claims: a
government site's banners and disclaimers, a reprint's notes on its own copy, a record's
citation line, the presiding officer's formulae, a footnote, a header line announcing a
speech, a headline in title case or in a headline's grammar."""

import re

from extraction.attribution.names import ROLE_HEADS
from extraction.attribution.offices import ASKED_OFFICE, OFFICE

# Site banners and disclaimers: "Share sensitive information only on official, secure
# websites.", "X cannot guarantee the accuracy of a non-federal website", "Please note: As
# of …, information in some news releases may be out of date …".
SITE_NOTICE = re.compile(
    r"\bofficial,?\s+secure\s+websites?\b"
    r"|\bwebsite\s+belongs\s+to\s+an?\s+official\b"
    r"|\bcannot\s+(?:guarantee|vouch\s+for|be\s+responsible\s+for)\s+the\s+(?:accuracy|content)"
    r"\s+of\s+(?:a|an|any|the|external)\s+(?:[\w-]+\s+){0,2}(?:websites?|sites?|pages?|links?)\b"
    r"|\blink(?:s|ing)?\s+to\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:website|site)\s+does\s+not"
    r"\s+(?:mean|imply|constitute)\b"
    r"|\b(?:may|might)\s+be\s+out\s+of\s+date\b|\bnot\s+reflect\s+current\s+polic(?:y|ies)\b"
    # A reprint's note on its own copy: "This information is provided by X and does not
    # comprise part of the official record".
    r"|\bdoes\s+not\s+(?:comprise|form|constitute)\s+(?:a\s+)?part\s+of\s+the\s+off?icial"
    r"\s+record\b"
    # A chart's text for screen readers: "Text alternative for Migration estimates, 2019".
    r"|^text\s+alternative\s+for\b",
    re.I,
)
# A record's citation line: "TITLE; Congressional Record Vol. 165, No. 80", its page marker
# "[Pages S101-S102]", and a sentence closed by the run-in label of the turn after it ("…
# BUS FARES Mr. ROE."): the record's heading, not the member's words.
RECORD_CITATION = re.compile(
    r"\bVol\.\s*\d+,?\s+No\.\s*\d+\b|^\[Pages?\s+[A-Z]?\d+(?:\s*-\s*[A-Z]?\d+)?\]"
    r"|\s(?:Mr|Mrs|Ms|Miss|Dr)\.\s+[A-Z][A-Z’'-]{2,}\.$"
)
# The presiding officer's formulae: "The Chair recognizes the gentleman from …", "I yield
# back the balance of my time", "Without objection, it is so ordered".
PRESIDING = re.compile(
    r"\bthe\s+chair\s+recogni[sz]es\b|\b(?:is|are)\s+recogni[sz]ed\s+for\s+\w+\s+minutes?\b"
    r"|\bi\s+yield\s+(?:back|myself|to\s+the)\b|\bwithout\s+objection,\s+(?:it\s+is\s+)?so"
    r"\s+ordered\b",
    re.I,
)
# A header line announcing a speech: "Housing Minister Jane Roe MP speech given yesterday
# to the … conference.", "Transcript of the Deputy Prime Minister's speech at …".
SPEECH_HEADER = re.compile(
    r"^(?:[A-Z][\w’'.-]*\s+){1,8}(?:speech|remarks|address|lecture)\s+(?:was\s+)?(?:given"
    r"|delivered|made)\s+(?:today\s+|yesterday\s+|on\s+\w+\s+)?(?:to|at|in|before)\b"
    r"|^(?:the\s+)?(?:full\s+)?(?:text|transcript|recording)\s+of\s+(?:the|a|this|his|her|their)"
    r"\s+(?:[\w’'-]+\s+){0,5}?(?:speech|remarks|statement|interview|address|lecture)\b"
    # "Following is the transcript (English portion) of a media session by …", "BUSTOWN
    # (Wire – 11 June): Following is Secretary-General Jane Roe’s briefing to …".
    r"|(?:^|:\s*)following\s+(?:is|are)\s+(?:the\s+)?(?:[\w’'.()-]+\s+){0,8}?"
    r"(?:text|transcript|remarks|statement|speech|briefing|address|message)\b"
    # A speech page's summary line: "Education Secretary Jane Roe speaks at the Bus Forum
    # about …", "Jane Roe MP delivered a speech to …", "Jane Roe's speech to the Bus Forum
    # on …": who spoke where, not a claim.
    r"|^(?-i:(?:[A-Z][\w’'.-]*\s+){1,7}[A-Z][\w’'.-]*['’]s)\s+(?:keynote\s+|closing\s+|opening\s+)?"
    r"(?:speech|remarks|address|lecture)\s+(?:to|at|before)\s"
    r"|^(?-i:(?:(?:The|the|and|of|for|[A-Z][\w’'.-]*),?\s+){2,9})(?:(?:today|yesterday)\s+)?(?:(?:speaks"
    r"|spoke|talks|talked)\s+(?:today\s+|yesterday\s+)?(?:at|to|before|during)\s"
    r"|(?:delivers|delivered|gives|gave|makes|made)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)"
    r"{0,2}?(?:speech|address|lecture|keynote|remarks)\s+(?:at|to|before|during|on|about)\s)",
    re.I,
)
# A question paper's own lines: "Questions Nos. 4 to 9, inclusive, answered orally.", "I
# propose to take Questions Nos. 12 and 15 together.", "The following are questions tabled
# by Members for written response …", and a tabled question's reference ("[1234/09]"); the
# question in reported speech ("12 Deputy Jane Roe asked the Minister for Health if …") is
# `offices.ASKED_OFFICE`.
QUESTION_PAPER = re.compile(
    r"^questions?\s+nos?\.?\s+\d+(?:\s*(?:to|and|,)\s*\d+)*,?\s+(?:inclusive,?\s+)?"
    r"(?:answered|resubmitted|withdrawn|postponed|deferred|transferred|not\s+reached)\b"
    r"|\bpropose\s+to\s+take\s+questions?\s+nos?\.?\s+\d+"
    r"|\bquestions\s+(?:tabled|lodged|submitted)\s+by\s+(?:\w+\s+){0,3}?for\s+(?:written|oral)"
    r"\s+(?:answer|response|reply)"
    r"|\[\d{2,6}/\d{2}\]\s*$",
    re.I,
)
# The question in reported speech with a member's courtesy title ("Mr Roe asked the Minister
# of Education for an update on …"): what was asked, not a claim.
ASKED_BY_MEMBER = re.compile(
    rf"^(?:\d+\.?\s+)?(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+asked\s+"
    rf"the\s+{OFFICE}\s+(?:for|about|whether|if|what|to|why|how|when)\b"
)
# A photo's caption: "Pictured is …", "(Photo Credit: …)", "(Photo by …)", a gallery's
# "VIEW ORIGINAL" link. The caption repeats the story's lead; its copy is the page's.
PHOTO_CAPTION = re.compile(
    r"\bPictured\s+(?:is|are|above|below|left|right|here|from\s+left)\b"
    r"|\((?:Photo|Image|Picture)\s+(?:credit|by|courtesy)\b|(?-i:\bVIEW\s+ORIGINAL\b)",
    re.I,
)
# A wire photo's caption: what the picture shows, closed by the day it was taken after a
# comma ("Flames lick above vehicles as the fire burns in Oroville, Calif., on Wednesday,
# Sept. 9, 2020."). A story's own sentences put the date inside ("on Sept. 9").
WIRE_CAPTION = re.compile(
    r",\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+\w+)?"
    r",?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+"
    r"(?:19|20)\d\d\.?\s*$",
    re.I,
)
# A reprint's note on its own typography: "Phrases in [[double square brackets]] are
# editorial additions", "Text in italics indicates …", "(These are not usually archived …)".
EDITORIAL_NOTE = re.compile(
    r"^(?:phrases|text|words|passages|material|items)\s+(?:in|within|between|marked\s+with)\s+"
    r"(?:\[|\(|\{|\*|italics|bold|square|round|curly|angle|double|single|triple)"
    r"|^\(?these\s+are\s+not\s+(?:usually\s+)?(?:archived|reproduced|included|shown)\b"
    # A footnote under a table or a quotation, its mark run into the first word: "*Adults in
    # these families are included in the 5,999 figure", "**Please see below …". A list's
    # bullet ("* Fares fell 4%") has a space after the mark.
    r"|^[*†‡]+(?=[^\W\d_])",
    re.I,
)
_SMALL_WORDS = {
    "a", "an", "the", "of", "to", "for", "and", "in", "on", "at", "by", "with", "from", "or",
    "as", "is", "are", "through",
}  # fmt: skip


def headline(text: str) -> bool:
    """Whether `text` is a headline in title case ("Secretary Roe: Administration Efforts to
    Expand Coverage Are Working"): most words capitalised and no full stop at the end."""
    stripped = text.strip()
    if stripped.endswith((".", "!", "?", "”", '"')):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", stripped) if w.lower() not in _SMALL_WORDS]
    if len(words) < 6:
        return False
    return sum(1 for w in words if w[:1].isupper()) >= 0.85 * len(words)


# A headline's grammar: an office with no article, then a verb in the present ("Housing
# Minister welcomes figures showing …", "Chancellor and Health Secretary confirm plans …").
_HEADLINE_SENTENCE = re.compile(
    r"^(?P<subject>[A-Z][\w’'-]*(?:\s+(?:and|of|for|[A-Z][\w’'-]*)){0,6})\s+"
    r"(?:welcomes?|announces?|confirms?|unveils?|sets?\s+out|launches|launch|hails?|pledges?"
    r"|vows?|backs?|urges?|praises?|marks?)\s"
)


def headline_sentence(text: str) -> bool:
    """Whether `text` is written as a headline: an office as the subject with no article
    before it and a verb in the present (a release's standfirst), not "The minister …"."""
    match = _HEADLINE_SENTENCE.match(text.strip())
    if not match:
        return False
    words = [w.lower() for w in match.group("subject").split()]
    return words[0] != "the" and bool(set(words) & ROLE_HEADS)


def page_furniture(text: str) -> str | None:
    """Why `text` is part of the page or the record rather than a claim, or None."""
    if SITE_NOTICE.search(text):
        return "site notice"
    if RECORD_CITATION.search(text):
        return "record citation"
    if PRESIDING.search(text):
        return "presiding formula"
    if WIRE_CAPTION.search(text):
        return "photo caption"
    if EDITORIAL_NOTE.search(text.strip()):
        return "editorial note"
    asked = ASKED_OFFICE.match(text.strip()) or ASKED_BY_MEMBER.match(text.strip())
    if QUESTION_PAPER.search(text.strip()) or asked:
        return "question paper"
    if SPEECH_HEADER.search(text.strip()):
        return "speech header"
    if headline(text) or headline_sentence(text):
        return "headline"
    return None


def printed_caption(words: str, copies: int) -> bool:
    """A paragraph printed twice word for word, one unquoted sentence with no figure:
    a photo caption (a figure printed twice is more likely a pull quote of a claim)."""
    one_sentence = len(re.findall(r"[.!?](?=\s|$)", words)) <= 1
    unquoted = not any(q in words for q in '“"')
    return copies > 1 and one_sentence and unquoted and not re.search(r"\d", words)
