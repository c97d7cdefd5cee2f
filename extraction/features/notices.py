"""Lines that tell the reader how a text was made or what a sitting will do, not what is
so in the world, whatever figures they hold: a motion's ask or the subject it takes note
of, the question put to the house, a judgment's directions on its own reporting or on the
case's next step, a bulletin's note on its method, a page's pointer to more."""

import re

# A motion's parts that state nothing: its ask opened by the verb alone ("Calls on the
# Government to …", "3. Urges the Minister to …"), the subject a take-note debate names
# ("That the Committee takes note of the cost of living …"; "takes note that …" recites a
# fact and is kept), and the question the chair puts ("Question again proposed: …").
_MOTION = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?:[Cc]alls\s+(?:on|upon)|[Uu]rges|[Rr]equests)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){1,5}to\s+[a-z]"
    r"|^That\s+(?:the|this)\s+(?:[A-Z][\w’'-]*\s+){1,3}takes\s+note\s+of\s+(?!that\b)"
    r"|^Question\s+(?:again\s+)?(?:proposed|put)\s*:",
)
# A judgment's directions: on its own reporting ("I direct that pursuant to the practice
# direction no shorthand note shall be taken …") or on the next hearing ("These Directions
# may be supplemented by later directions …").
_DIRECTION = re.compile(
    r"^(?:I|We)\s+(?:further\s+)?direct\s+that\b|^(?:These|The\s+following)\s+directions\b",
    re.I,
)
# A bulletin's note on its own method or output: "Estimates in this bulletin have been
# reweighted …", "The effect of the pandemic on our capacity means we have …".
_METHOD_NOTE = re.compile(
    r"\bin\s+this\s+(?:bulletin|release|publication|dataset|edition)\s+(?:have|has)\s+been"
    r"\s+(?:re\w+ed|adjusted|seasonally\s+adjusted|updated|revised)\b"
    r"|\bon\s+our\s+(?:capacity|ability|resources)\b[^.]{0,40}\bmeans\s+(?:that\s+)?we\b",
    re.I,
)
# A page's pointer or notice on itself: "(Read more: …)", "Please contact us to request
# another format.", an archived page's "It is not subject to the … Web Standards".
_POINTER = re.compile(
    r"^\(?read\s+more\s*:|^please\s+[\"“]?(?:contact|see|refer|visit|email|note\s+that\s+this)\b"
    r"|\bnot\s+subject\s+to\s+(?:the\s+)?[^.]{0,60}\bweb\s+standards\b"
    r"|\barchived\s+on\s+the\s+web\b",
    re.I,
)
# The speaker or author steering the text itself: a member's opening "I rise today to
# discuss …", a host's "I'm joined by the Minister …", a report's "I comment briefly on …",
# a hearing's roll "Present: Chairwoman …".
_STEERING = re.compile(
    r"\bI\s+rise\s+(?:today\s+|this\s+\w+\s+)?(?:to|in)\s"
    r"|^(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:now\s+)?joined\s+(?:now\s+|today\s+)?by\b"
    r"|^(?:I|we)\s+(?:then\s+|also\s+|now\s+|first\s+)?(?:comment|touch|turn|reflect)\s+"
    r"(?:briefly\s+)?(?:on|to|upon)\b"
    r"|^(?:members\s+|also\s+)?present\s*:",
    re.I,
)


def notice(text: str) -> str:
    """Why `text` is a notice about the text or the sitting rather than a claim, or ""."""
    text = text.strip()
    if _MOTION.match(text):
        return "a motion's ask or subject"
    if _DIRECTION.match(text):
        return "a judgment's direction"
    if _METHOD_NOTE.search(text):
        return "a note on the bulletin's method"
    if _POINTER.search(text):
        return "points the reader elsewhere"
    if _STEERING.search(text):
        return "steers the text itself"
    return ""
