"""Cutting a source text into paragraphs, sentences and clauses, keeping every
piece's character offsets into the original text so that spans stay exact.

Web pages arrive with clutter (navigation, comment forms, share buttons) and
with non-breaking spaces; both are handled here so that the later stages see
only prose."""

import re
from dataclasses import dataclass

from extraction.numbers import quantities
from extraction.panels import key_facts

# Page furniture is told apart from the document by its shape, not by a list of
# known lines: a short line without sentence punctuation that starts with an
# interface verb ("Skip to content", "Share this page", "Sign up"), one that
# names interface things ("Privacy policy", "All rights reserved"), one that
# speaks to the reader about the site ("We use cookies …", "Your email address
# …"), a "Label: value" metadata row, a dateline, a count ("12 comments").
_UI_VERBS = {
    "skip", "jump", "go", "back", "return", "scroll", "click", "tap", "share", "tweet", "like",
    "follow", "connect", "subscribe", "unsubscribe", "sign", "log", "register", "join", "leave",
    "reply", "comment", "continue", "read", "load", "show", "hide", "view", "watch", "listen",
    "download", "print", "email", "send", "copy", "close", "accept", "reject", "manage", "allow",
    "customise", "customize", "search",
}  # fmt: skip
_UI_TERMS = re.compile(
    r"\b(?:cookies?|e-?mail\s+address|required\s+fields?|all\s+rights\s+reserved|copyright"
    r"|privacy\s+(?:policy|notice|settings)|terms\s+(?:of|and)\s+(?:use|service|conditions)"
    r"|newsletters?|javascript|(?:web\s+)?browser|log\s*in|sign\s*(?:in|up)|subscribe"
    r"|advertisement|sponsored|fields?\s+marked|will\s+not\s+be\s+(?:published|shared)"
    r"|kept\s+private)\b|©",
    re.IGNORECASE,
)
_TO_READER = re.compile(r"\b(?:you|your|this\s+(?:site|website|page))\b|^we\s+use\b", re.I)
# "Tags: schools", "Photo: A. Person", "Source:, 3 May": a label, a colon, then no sentence.
_LABEL = re.compile(r"^[-*•]?\s*[A-Za-z][\w ()/-]{0,30}:(?=[\s,;]|$)")
_DATELINE = re.compile(
    r"\b(?:published|posted|updated|dated|issued|modified)\b"
    r"|\b\d{1,2}:\d\d\b|\b\d{1,2}(?:\.\d\d)?\s*[ap]\.?m\b\.?",
    re.IGNORECASE,
)
_COUNT = re.compile(r"^\d[\d,.]*\s+\w+(?:\s+\w+)?$")
_HEADING = re.compile(r"^(?:=+.*=+|#+\s.*|infobox)$", re.IGNORECASE)
# A list item's mark, a dash of any length included ("– for an economy that …;"), and
# the typewriter's double hyphen a wire story sets its lists with ("-- North: 1,200 …;").
_BULLET = re.compile(r"^(?:--|[-–—*•·▪‣])\s+")
_PHOTO_LINE = re.compile(r"^(?:Photo|Portrait|Image|Picture|Headshot)\s+of\s+[A-Z]")
_PAGE_DATE_LABEL = re.compile(
    r"^(?:(?:first|last|date)\s+)?(?:published|updated|posted|modified|issued)(?:\s+on)?\s*:$", re.I
)
_TERMINAL = re.compile(r"[.!?][\"'”’)\]]*$")
_LIST_ITEM_END = re.compile(r"[;,]\s*(?:and|or)?$")

# Tokens before a full stop that do not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "no", "nos", "vs", "v", "etc", "eg",
    "e.g", "ie", "i.e", "inc", "ltd", "co", "corp", "gov", "govt", "gen", "col", "lt", "sgt",
    "capt", "cmdr", "adm", "rep", "reps", "sen", "hon", "rt", "rev", "fr", "u.s", "u.k", "u.n",
    "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "fig", "figs", "approx", "est", "dept", "min", "max", "art", "para", "paras",
    "cl", "sec", "ch", "vol", "pp", "p", "op", "cf", "al", "ca", "c", "mt", "ft",
}  # fmt: skip
# A footnote marker may be glued after the full stop ("… tenants”.55 According to …"): the
# sentence ends after it; only after a word or a quotation mark, never inside "3.5 Billion".
_SENTENCE_END = re.compile(
    r"(?:[.!?]+[\"'”’)\]]*|(?<=[a-z”’\"])[.!?]\d{1,3})(?=\s+[\"'“‘(\[]?[A-Z0-9£$€])"
)
_NEW_SENTENCE = re.compile(
    r"\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-Z]|(?:He|She|They|It|We|I|The|This|But)\s)"
)
_SPACE = " \t\r\n\u00a0\u2009\u202f\u200b\ufeff"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return self.text.split()


@dataclass(frozen=True)
class Paragraph(Span):
    index: int
    kind: str  # "prose", "bullet", "heading", "clutter", "intro"

    @property
    def is_prose(self) -> bool:
        """Whether the paragraph is running text (a bullet included), not a heading."""
        return self.kind in ("prose", "bullet")


def strip_span(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start] in _SPACE:
        start += 1
    while end > start and body[end - 1] in _SPACE:
        end -= 1
    return start, end


def _is_clutter(text: str, words: list[str], terminal: bool) -> bool:
    if not any(ch.isalpha() for ch in text):
        return True
    if _UI_TERMS.search(text) and (
        (not terminal and len(words) <= 16) or (_TO_READER.search(text) and len(words) <= 40)
    ):
        return True
    if terminal:
        return False
    first = words[0].lower().strip("“\"'‘(")
    if len(words) <= 6 and first in _UI_VERBS and not any(ch.isdigit() for ch in text):
        return True
    if _LABEL.match(text) and len(words) <= 20 or _DATELINE.search(text) and len(words) <= 14:
        return True
    return bool(_COUNT.match(text))


# A line ending where its cited source was: a link dropped in copying.
_SOURCE_CUT = re.compile(
    r"(?:,\s+according\s+to|\b(?:data|figures|estimates)\s+from|\b(?:reported|published)\s+by)$",
    re.I,
)


# A sum or a share: "£1", "$4.5bn", "12%", "3 per cent".
_MONEY_OR_SHARE = re.compile(r"[£$€]\d|\d(?:[\d,.]*\d)?\s*(?:%|per\s+cent\b)")


_STATING = re.compile(
    r"\b(?:is|are|was|were|has|have|had|account(?:s|ed)?\s+for|rose|fell|grew|declined"
    r"|increased|decreased|dropped|doubled|reached|stood|totall?ed)\b",
    re.I,
)


def _figures(text: str) -> bool:
    """Whether `text` holds a figure other than a year."""
    return any(q.unit != "year" and not q.weak for q in quantities(text))


def _stated_figure(text: str) -> bool:
    return _figures(text) and bool(_STATING.search(text))


def _listed_figure(text: str, bullet: re.Match) -> bool:
    """A list item without a full stop, of five words or more, opening with a capital or
    a figure and holding a figure other than a year ("• 12,500 more bus drivers than a
    year ago", "• Fare rise for May at 2.1%"): a summary's point, a sentence; a step in
    lower case ("• reduce the list by 200") stays a heading."""
    item = text[bullet.end() :]
    return len(item.split()) >= 5 and bool(re.match(r"[A-Z0-9£$€]", item)) and _figures(item)


def _classify(text: str) -> str:
    words = text.split()
    # A sentence cut off by an ellipsis ("…with almost $25 billion of bonds listed …"), a
    # speech excerpted line by line: its own words end it as a full stop would.
    terminal = bool(_TERMINAL.search(text)) or text.endswith("…") and len(words) >= 5
    if _HEADING.match(text):
        return "heading"
    if text.endswith(":") and _PAGE_DATE_LABEL.match(text):
        # "First published:", "Last updated:": the page's date furniture, not a speaker line
        # (the speaker line above it keeps its paragraphs).
        return "clutter"
    if text.endswith(":") and len(words) <= 14 and any(ch.isalpha() for ch in text):
        return "intro"
    if not terminal and _PHOTO_LINE.match(text):
        # A reprint's speaker line, with the time and date it may end in ("Photo of Jane
        # Roe Jane Roe Party 10:30, 4 May 2024"): a heading, not a dateline.
        return "heading"
    if _LINKED_SPEAKER.search(text):
        # "Jane Roe (Northtown, Bus Party, Minister for Buses) Share this | Hansard source",
        # "… Minister for Buses) | Link to this | Hansard source": a reprint's speaker
        # line, however long its bracket.
        return "heading"
    if _is_clutter(text, words, terminal):
        return "clutter"
    bullet = bool(_BULLET.match(text))
    if bullet and _LIST_ITEM_END.search(text) and len(words) >= 3:
        # "• Unemployment is at historically low levels; and": an item of a listed sentence.
        return "bullet"
    if not terminal and _SOURCE_CUT.search(text) and len(words) >= 8:
        # "…, according to" with the source's link (and the full stop after it) lost when
        # the page was copied: a sentence, not a heading.
        return "bullet" if bullet else "prose"
    if bullet and len(words) >= 6 and len(_MONEY_OR_SHARE.findall(text)) >= 2:
        # "• Every £1 spent on buses returns £4": a headline's figure comparison, a claim.
        return "bullet"
    if not terminal and bullet and _listed_figure(text, _BULLET.match(text)):
        return "bullet"
    if not terminal and len(words) >= 6 and _stated_figure(text):
        # "• 607 schools have been rebuilt …", "In Q1 3,526 homes were completed": a figure
        # with a finite verb is a summary's sentence whose full stop the page left off.
        return "bullet" if bullet else "prose"
    if not terminal:
        # A short line without a full stop is a title, a heading or a menu entry.
        return "heading" if len(words) <= 16 else ("bullet" if bullet else "prose")
    return "bullet" if bullet else "prose"


def _hard_wrapped(body: str) -> bool:
    """Whether the text's lines are cut at a fixed width (a record's text display, a
    PDF's copy): most long lines are within a fifth of the same length, 50 to 120
    characters, and many stop mid-sentence."""
    lines = [line.strip() for line in body.splitlines() if len(line.strip()) >= 40]
    if not lines:
        return False
    width = sorted(len(line) for line in lines)[len(lines) // 2]
    low, high = (50, 80) if width <= 80 else (0.8 * width, 1.1 * width)
    fixed = [line for line in lines if low <= len(line) <= high and width <= 120]
    open_ended = [line for line in fixed if line[-1:].isalnum() or line[-1:] in ",-"]
    return len(fixed) >= 6 and len(fixed) >= 0.7 * len(lines) and len(open_ended) >= 3


_LINKED_SPEAKER = re.compile(
    r"\)\s*(?:\|\s*)?(?:Share\s+this|Link\s+to\s+this)\s*"
    # "| Hansard source", and a link saved with no text: "Share this | | Hansard source".
    r"(?:\|\s*(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}\s*)?)+$"
)
_DATE_STAMP = re.compile(r"date\s+\d{4}-\d{2}-\d{2}\s+(?=\S)")


def paragraphs(body: str) -> list[Paragraph]:
    """The text's paragraphs: lines joined when they are hard-wrapped prose (a line
    going on in lowercase, or, in a text cut at a fixed width, any line after one
    that stops mid-sentence)."""
    wrapped_text = _hard_wrapped(body)
    pieces: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", body):
        start, end = strip_span(body, match.start(), match.end())
        if start == end:
            pieces.append((-1, -1))
            continue
        stamp = _DATE_STAMP.match(body, start, end) if not pieces else None
        if stamp is not None:
            # A saved page's date stamp run into its first line ("date 2023-09-04 Jane
            # Roe, Minister of Buses, issued …"): a line of its own.
            pieces.append((start, start + len(stamp.group(0).rstrip())))
            start = stamp.end()
        line = body[start:end]
        if pieces and pieces[-1][0] >= 0:
            prev_start, prev_end = pieces[-1]
            previous = body[prev_start:prev_end]
            wrapped = (
                len(previous) >= 50
                # A heading in capitals over a blank line ends there.
                and not (previous.isupper() and body.count("\n", prev_end, start) >= 2)
                and not _TERMINAL.search(previous)
                and not previous.endswith(":")
                # A member's heading over her turn, the turn going on in lowercase after a
                # chair's interruption ("Jane Roe (Northtown) Share this | Hansard source").
                and not _LINKED_SPEAKER.search(previous)
                and not _BULLET.match(line)
                and (
                    line[:1].islower()
                    or wrapped_text
                    and (previous[-1:].isalnum() or previous[-1:] in ",-")
                )
            )
            if wrapped:
                pieces[-1] = (prev_start, end)
                continue
        pieces.append((start, end))
    result = []
    for start, end in pieces:
        if start < 0:
            continue
        text = body[start:end]
        result.append(Paragraph(start, end, text, len(result), _classify(text)))
    return key_facts(result)  # A panel's figures a line each are claims (`panels`).


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    word_start = dot
    while (
        word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in '("“‘'
    ):
        word_start -= 1
    token = text[word_start:dot].lower()
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", token) and _NEW_SENTENCE.match(text, dot + 1):
        # "… home loans in the U.S. Mr. Brown says …": an acronym ends the sentence
        # when an honorific or a subject pronoun follows it.
        return False
    if token in _ABBREVIATIONS:
        return True
    # An initial ("J. Smith") or a dotted acronym ("U.S.").
    return len(token) == 1 and token.isalpha() or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", token))


def sentences(body: str, paragraph: Span) -> list[Span]:
    text = paragraph.text
    bullet = _BULLET.match(text)
    cursor = bullet.end() if bullet else 0
    spans = []
    for match in _SENTENCE_END.finditer(text):
        if match.start() < cursor or _is_abbreviation(text, match.start()):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, len(text)))
    result = []
    for start, end in spans:
        start, end = strip_span(body, paragraph.start + start, paragraph.start + end)
        if end > start:
            result.append(Span(start, end, body[start:end]))
    return result


# Where a long sentence joins two statements, each checkable on its own: a semicolon, or a
# contrast ("…, but the figures …"). "X rose, and Y fell" and a participle clause after
# the main one (", making it …", ", educating …") are one statement with its consequence
# or its parts, as a reader checks it.
_SUBJECT = (
    r"(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ii]t|[Ii]ts|[Tt]hey|[Tt]heir|[Ww]e|[Oo]ur|[Hh]e|[Hh]is"
    r"|[Ss]he|[Hh]er|I|[Tt]here|[A-Z][\w’'-]+)\b"
)
# The -ing forms of the verbs a story reports with ("with X reporting that", "X is pointing
# to", "…, noting that").
REPORTING_ING = (
    r"(?:pointing\s+(?:to|out)|noting|reporting|warning|arguing|insisting|stressing"
    r"|acknowledging|telling|adding|explaining|estimating|announcing|highlighting|cautioning"
    r"|predicting|saying|claiming|citing|observing|suggesting|emphasi[sz]ing)"
)
_CLAUSE_BREAKS = [
    re.compile(r";\s+"),
    re.compile(rf",\s+(?=(?:but|though|although|while|whereas|yet)\s+{_SUBJECT})"),
    # "…, with the Statistics Office reporting that …": a second source's statement.
    re.compile(rf",\s+(?=with\s+(?:the\s+)?[A-Z][^,;]{{0,60}}?\s{REPORTING_ING}\s+that\b)"),
]
# A clause has a verb of its own; "X, and their Y, was …" joins two subjects instead.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does"
    r"|do|[a-z]{3,}ed|said|says|gave|gives|took|takes|made|makes|told|won|lost|rose|fell"
    r"|grew|met|held|began|left|[a-z]{3,}ing)\b"
)
_MIN_CLAUSE_WORDS = 5
# After a semicolon, an item of a list that repeats the sentence's noun ("there is a
# father who …; a mother who …; and a child who …"): not a clause of its own.
_LIST_ITEM = re.compile(
    r"(?:and\s+|or\s+)?(?:a|an|the|one|another|every|each)\s+(?:[\w’'-]+\s+){1,3}?"
    r"(?:who|whose|which|that|whom)\b"
)

# "…; today only five do so", "…; these are the highest since 1998": a clause that stands
# for the verb or the figure before it says nothing alone.
_PRO_VERB = re.compile(
    r"\b(?:do|does|did|done)\s+so\b"
    r"|^(?:this|that|these|those)\s+(?:is|are|was|were|has|have|marks|means|represents)\b",
    re.IGNORECASE,
)


def clauses(body: str, sentence: Span) -> list[Span]:
    """The sentence cut at clause boundaries; a one-item list when it holds one clause."""
    text = sentence.text
    cuts = set()
    for pattern in _CLAUSE_BREAKS:
        for match in pattern.finditer(text):
            cuts.add((match.start(), match.end()))
    if not cuts:
        return [sentence]
    pieces, cursor = [], 0
    for cut_start, cut_end in sorted(cuts):
        left = text[cursor:cut_start]
        right = text[cut_end:]
        right_head = re.split(r"[,;]", right, maxsplit=1)[0]
        if text[cut_start] == ";" and _LIST_ITEM.match(right) or _PRO_VERB.search(right_head):
            continue
        if (
            len(left.split()) >= _MIN_CLAUSE_WORDS
            and len(right.split()) >= _MIN_CLAUSE_WORDS - 1
            and _FINITE.search(left)
            and _FINITE.search(right_head)
        ):
            pieces.append((cursor, cut_start))
            cursor = cut_end
    pieces.append((cursor, len(text)))
    if len(pieces) == 1:
        return [sentence]
    result = []
    for start, end in pieces:
        start, end = strip_span(body, sentence.start + start, sentence.start + end)
        result.append(Span(start, end, body[start:end]))
    return result
