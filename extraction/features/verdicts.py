"""Lines with nothing in them to check, whatever names or dates they carry.

- A bare verdict in a record or a transcript turn: "That is not correct.", "It is
  correct.", "Absolutely, I stand by that comment.", "It's the right decision.": an
  affirmation or a denial of what was put, with no figure and nothing named. What it
  affirms is the question's; the answer adds nothing to check. Not "That is not correct:
  the rate rose 2%" (a figure) or "I stand by my statement that 4,000 homes …" (what is
  stood by is stated).
- A site's listing furniture: a line of items run together with vertical bars ("Briefing
  took place at 16:00 | Read whole briefing | Comments (0) …"), "Read more", "Comments
  (3)": the page's navigation, not a statement.
- A speaker's courtesy or the business of the floor at the opening of a speech: "Welcome
  to this press conference to …", "I'm pleased to have the opportunity today to join …",
  "It is customary for the Secretary to …", "Mr. Speaker, I ask unanimous consent that
  …", "This morning we are here to launch …", "Today I will talk about …": the occasion,
  not a claim.
- A broadcast programme's ident ("This is the Evening Farm Report.", "This is Jane Roe
  with the World Service Science Report.") and a report's title or caption line ("Annual
  Report for the year ended 30 June 2010.", "The Members of the Audit Board (March
  2021)."): what the page is, not what it says.
"""

import re

from extraction.features.fragments import _FINITE

_VERDICT_LEAD = (
    r"^(?:(?:yes|no|well|absolutely|certainly|indeed|of\s+course|sure|again|look|and|but|so"
    r"|mr\.?\s+speaker|madam\s+speaker)[,.!]?\s+)*"
)
_VERDICT = re.compile(
    _VERDICT_LEAD + r"(?:"
    r"(?:that|it|this)(?:['’]s|\s+is|\s+was|\s+isn['’]t|\s+wasn['’]t)\s+(?:not\s+)?"
    r"(?:(?:quite|entirely|absolutely|simply|completely|just|totally|perfectly)\s+)?"
    r"(?:correct|incorrect|right|wrong|true|untrue|false|accurate|inaccurate"
    r"|the\s+(?:right|wrong|correct)\s+(?:decision|call|thing\s+to\s+do|approach|choice))"
    r"|I\s+(?:do\s+|certainly\s+|absolutely\s+|still\s+|fully\s+)?(?:stand\s+by|agree\s+with"
    r"|disagree\s+with|reject)\s+(?:that|this|those|these|it|them|my|his|her|all\s+(?:of\s+)?my"
    r"|all)(?:\s+(?:comments?|statements?|remarks?|answers?|assessments?|views?|claims?"
    r"|words))?"
    r")\s*[.!]?$",
    re.I,
)


def bare_verdict(text: str) -> bool:
    """Whether `text` only affirms or denies what was put: short, no figure."""
    plain = text.strip(" “”\"‘’'")
    return len(plain.split()) <= 10 and not re.search(r"\d", plain) and bool(_VERDICT.match(plain))


# "… | Read whole briefing | Comments (0) …", "Read more", "Comments (7)".
_LISTING = re.compile(
    r"\bcomments?\s*\(\d+\)|^read\s+(?:more|the\s+full\s+\w+|whole\s+\w+)\W*$"
    r"|\|\s*read\s+(?:more|whole|full)\b",
    re.I,
)
_BE_HERE = r"(?:we\s*(?:are|['’]re)|I\s*(?:am|['’]m))"
_WHEN = r"(?:(?:today|tonight|this\s+(?:morning|afternoon|evening)|now|first|so),?\s+)"
_COURTESY = re.compile(
    # "Welcome to this press conference to …", "Good morning and welcome to today's launch".
    r"^(?:(?:good\s+\w+|hello|hi)[,.!]?\s+(?:and\s+)?)?(?:you\s+are\s+)?(?:a\s+(?:very\s+)?warm\s+)?"
    r"welcome\s+(?:\w+\s+)?to\s+(?:this|the|our|today['’]s|this\s+\w+['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:press\s+conference|briefing|conference|event|launch|meeting|session|summit|forum"
    r"|webinar|hearing|ceremony|reception|seminar|workshop)\b"
    # "I'm pleased to have the opportunity today to join …", "We are delighted to be here".
    rf"|^{_BE_HERE}\s+(?:\w+ly\s+)?(?:pleased|happy|delighted|glad|honou?red|privileged"
    r"|grateful|thrilled)\s+(?:to\s+have\s+(?:the|this|an)\s+opportunity\s+)?(?:today\s+)?"
    r"(?:to\s+(?:join|be\s+(?:here|with|at|part)|speak|address|talk|testify|appear|open"
    r"|introduce|host|participate|take\s+part)\b)"
    # "It is customary for the Secretary to …", "It is a tradition that …".
    r"|^it\s+is\s+(?:customary|traditional|a\s+tradition|tradition|usual)\s+(?:for|that)\b"
    # "Mr. Speaker, I ask unanimous consent that all Members may …".
    r"|\bI\s+ask\s+unanimous\s+consent\b"
    # "This morning we are here to launch …", "We're gathered today to mark …".
    rf"|^{_WHEN}?{_BE_HERE}\s+(?:all\s+)?(?:here|gathered|together)\s+(?:\w+\s+){{0,2}}?"
    r"to\s+(?:launch|publish|mark|celebrate|announce|discuss|present|open|unveil|introduce"
    r"|welcome|talk|hear|consider|debate)\b"
    # "Today I will talk about …", "Now I want to speak about …".
    rf"|^{_WHEN}?(?:I|we)\s+(?:will|['’]ll|shall|want\s+to|would\s+like\s+to|am\s+going\s+to"
    r"|['’]m\s+going\s+to|intend\s+to|plan\s+to)\s+(?:briefly\s+)?(?:talk|speak)\s+(?:(?:to\s+you"
    r"|today|this\s+\w+)\s+)?(?:about|on)\b",
    re.I,
)
# "This is the Evening Farm Report.", "This is Jane Roe with the World Service Science Report."
_IDENT = re.compile(
    r"^This\s+is\s+(?:[A-Z][\w.'’-]*\s+){0,3}?(?:with\s+)?(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,6}"
    r"(?:Report|Program|Programme|Show|Hour|News|Bulletin|Podcast|Magazine)\.?$"
)
# "Annual Report for the year ended 30 June 2010."
_REPORT_TITLE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Report|Accounts|Statements?|Review|Plan)\s+(?:for|of)"
    r"\s+the\s+(?:financial\s+|fiscal\s+)?year\s+(?:ended|ending|to)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+"
    r"(?:\s+\d{1,2},?)?\s+\d{4}\.?$"
)
# "The Members of the Audit Board (March 2021).": a caption closed by a bracketed date.
_DATED_CAPTION = re.compile(r"\((?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\)\.?$")


def site_listing(text: str) -> bool:
    """Whether `text` is a listing's line: "Read more", "Comments (3)"."""
    return bool(_LISTING.search(text.strip()))


def courtesy(text: str) -> bool:
    """Whether `text` is the courtesy or the floor's business opening a speech."""
    return bool(_COURTESY.search(text.strip(" “\"‘'")))


def title_line(text: str) -> bool:
    """Whether `text` is a programme's ident or a report's title or caption line (a line
    with no finite verb, closed by a date in brackets)."""
    plain = text.strip()
    if _IDENT.match(plain) or _REPORT_TITLE.match(plain):
        return True
    dated = _DATED_CAPTION.search(plain)
    return bool(dated) and len(plain.split()) <= 15 and not _FINITE.search(plain[: dated.start()])


# A turn's label in any case ("Hon Jane Roe:", "Prime Minister:", "JANE ROE (Green) :").
_LABEL = re.compile(r"^(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*(?:\s*\([^()]{1,40}\))?\s*:\s+")


def nothing_to_check(text: str) -> str | None:
    """Why `text` holds nothing to check (a verdict, a listing, a courtesy, a title)."""
    text = _LABEL.sub("", text.strip(), count=1)
    if bare_verdict(text):
        return "a bare verdict"
    if site_listing(text):
        return "a listing's line"
    if courtesy(text):
        return "a courtesy or the floor's business"
    if title_line(text):
        return "a programme's ident or a title"
    return None
