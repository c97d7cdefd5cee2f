"""Speech lines that state nothing to check unless they give a figure: fragments without
a verb of their own, which a speech printed a phrase a line leaves ("About the need for
growth.", "Creating new jobs across the regions.", "New homes, new roads, new jobs."), and
the speaker's acts in the speech itself ("Today I announce our plans for …", "Today we lay
the foundation for …")."""

import re

# A finite verb: an auxiliary or modal, a past tense, or a common irregular form.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|am|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|has|have|had"
    r"|hasn[’']t|haven[’']t|will|won[’']t|would|can|cannot|can[’']t|could|may|might|must"
    r"|shall|should|did|does|do|don[’']t|doesn[’']t|didn[’']t|[a-z]{3,}ed|said|says|gave"
    r"|gives|made|makes|took|takes|rose|rises|fell|falls|grew|grows|met|held|began|left"
    r"|went|goes|came|comes|saw|sees|got|gets|put|puts|set|sets|cut|cuts|led|leads|won|lost"
    r"|kept|keeps|built|builds|brought|brings|thought|found|finds|told|tells|means|shows"
    r"|remains|stands|needs|helps|works|[’'](?:s|re|ve|ll|d|m)"
    # "Delays in issuing permits contribute to low numbers of …": a verb of cause.
    r"|contributes?\s+to|results?\s+in|acts?\s+as)\b",
    re.IGNORECASE,
)
_PREPOSITION_OPENING = re.compile(
    r"^(?:[…\.\s]*)(?:about|for|with|on|in|to|from|through|by|towards?|beyond|across|against)\s",
    re.IGNORECASE,
)
_PARTICIPLE_OPENING = re.compile(r"^(?:[…\.\s]*)[A-Z][a-z]{2,}ing\s")


# "Against this background, and despite improvements, the auditors issue an adverse opinion
# on …": after the opening phrase, a subject, a verb in the present and its object's article.
_MAIN_CLAUSE = re.compile(
    r",\s+(?:the|a|an|this|these|those|its|their|our|his|her)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?!(?:in|of|on|for|with|at|by|from|to|into|across|over|under|and|or|as|than|per)\b)"
    r"[a-z]+\s+(?:an?|the|its|their|our|his|her|no)\s"
)
# "Because growth is not simply about …": a reason standing alone, with no main clause.
_BECAUSE_ALONE = re.compile(r"^(?:[…\.\s]*)(?:(?:And|But)\s+because|Because)\s+(?!of\b)[^,;:]+$")


def fragment(text: str) -> bool:
    """Whether `text` is a phrase with no verb of its own: it opens with a preposition
    or a participle and has no finite verb nor a main clause after the opening phrase's
    comma ("Against this background, the auditors issue an …"), or is a list of three or
    more short noun phrases with none ("New homes, new roads, jobs and growth."); or a
    reason standing alone as a sentence ("Because growth is not only about …")."""
    if _BECAUSE_ALONE.match(text.strip()):
        return True
    if _FINITE.search(text):
        return False
    if _PREPOSITION_OPENING.match(text) or _PARTICIPLE_OPENING.match(text):
        return not _MAIN_CLAUSE.search(text)
    items = [item for item in re.split(r",|\band\b", text.rstrip(" .…")) if item.strip()]
    return len(items) >= 3 and all(len(item.split()) <= 4 for item in items)


# "Today I announce our spending plans …", "Now we set out a new course …": the act of
# speaking, in the first person and the present, not a fact.
_PERFORMATIVE = re.compile(
    r"^(?:(?:so|and|today|now|tonight|this\s+(?:morning|afternoon|evening|year)),?\s+)*"
    r"(?:I|we)\s+(?:(?:can|hereby|now|today)\s+)?(?:announce|set\s+out|lay|present|launch"
    r"|unveil|publish|outline|propose|commit|pledge|dedicate|begin)\b",
    re.IGNORECASE,
)


def performative(text: str) -> bool:
    """Whether `text` performs an act in the speech ("Today we lay the foundation for
    …", "I announce our plans for …"), as opposed to reporting one ("We laid …")."""
    return bool(_PERFORMATIVE.match(text.strip("“\"‘' ")))


# "212 sheep have drowned.", "2,300 homes were flooded.", "¾ million tests completed.": a
# figure as the subject of a verb in the past or the perfect is a whole statement, however
# few its words. Not "10 minutes left" (no verb after an auxiliary nor a past in -ed),
# "Page 4 of 10." (no verb).
_COUNTED = re.compile(
    r"^\W*[£$€]?\d[\d,.½⅓⅔¼¾]*(?:\s*(?:%|per\s+cent|million|billion|thousand))?\s+"
    r"(?:[a-z]+\s+){0,2}?(?:(?:have|has|had|were|was|are|is)\s+(?:now\s+|already\s+)?)?"
    r"(?:[a-z]{3,}ed|died|risen|fallen|grown|been\s+[a-z]{3,})\b",
)


def counted(text: str) -> bool:
    """Whether `text` opens with a figure that is the subject of a verb in the past or the
    perfect ("212 sheep have drowned.")."""
    return bool(_COUNTED.match(text.strip("“\"‘' ")))
