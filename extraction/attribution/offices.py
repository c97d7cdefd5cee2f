"""An office as the speaker, when a text names no person for its first-person voice.

First-person speech ("I took office", "my Department") belongs to a speaker, never to a
chamber or a website. Some texts name that speaker only by office:

- a written question "Deputy Jane Roe asked the Minister for Buses, Trams and Ferries
  the status of …": the answer after it is that Minister's, the question the asker's;
- a narration handing over to the office ("The Governor spoke today about the figures,
  and explained how …:"): the unquoted paragraphs after it are the office's;
- a title naming the office as the speaker ("The Governor Addresses …", "Remarks by the
  First Minister …"): a paragraph in the first person singular is the office's;
- a question session ("Questions to the First Minister") whose stored copy has no
  speaker headings: the chair announces the questioner ("the first question today is
  from Jane Roe"), the numbered question is the questioner's, the reply the office's,
  and a paragraph addressing the office ("First Minister, …") the questioner's again.

A media page's "Speaker: Jane Roe" block names the speaker of the "Transcript: …" entries
under it, as a speech's title names its speaker.

The office is given as written ("Minister for Buses, Trams and Ferries"), or as the
person the text says holds it.
"""

import re

from extraction.attribution.blocks import FIRST_SINGULAR
from extraction.attribution.names import Speaker
from extraction.attribution.quoting import has_quotation
from extraction.attribution.reprints import FORM_OF_ADDRESS
from extraction.attribution.resolution import Resolver
from extraction.attribution.validation import HEADLINE_VERBS

_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
# The head words of offices that speak for themselves.
_HEAD = (
    r"(?:President|Vice[- ]President|Minister|Secretary(?:\s+of\s+State)?|Taoiseach|Tánaiste"
    r"|Chancellor|Premier|Governor|Mayor|Commissioner|Secretary-General|Administrator)"
)
# "First Minister", "Minister for Tourism, Culture, Arts and Media", "Secretary of State
# for Health": up to three capitalised words before the head, then "for/of" and a list of
# capitalised words joined by commas and "and".
OFFICE = (
    rf"(?:{_CAP}\s+){{0,3}}?{_HEAD}"
    rf"(?:\s+(?:for|of)\s+(?:the\s+)?{_CAP}(?:(?:,\s+|\s+and\s+|\s+)(?!the\b){_CAP})*)?"
)
ASKED_OFFICE = re.compile(
    rf"^(?:\d+\.?\s+)?(?P<asker>{FORM_OF_ADDRESS}\s+{_CAP}(?:\s+{_CAP}){{0,3}})"
    rf"\s+asked\s+the\s+(?P<office>{OFFICE})(?=\s+[a-z]|\s*[,.?]|\s*$)"
)
# "The Governor spoke today about the figures, and explained how …:" ending a paragraph.
_HANDS_OVER = re.compile(
    rf"(?:^|[.!?]\s+)The\s+(?P<office>{OFFICE})\s+(?:\w+\s+){{0,2}}?(?:spoke|said|explained"
    r"|told|added|remarked|stated|declared|announced|addressed|set\s+out)\b[^.!?]*:\s*$"
)
_TITLE_OFFICE = re.compile(
    rf"^(?:(?:Remarks|Statement|Speech|Address|Message)\s+(?:by|from|of)\s+the\s+(?P<a>{OFFICE})"
    rf"|The\s+(?P<b>{OFFICE})\s+(?:Addresses|Speaks|Says|Remarks|Delivers|Responds|Discusses"
    r"|Announces|Welcomes|Marks|Hails|Outlines|on)\b)"
)
_SESSION = re.compile(rf"\bQuestions?\s+to\s+the\s+(?P<office>{OFFICE})\b")
_ANNOUNCED = re.compile(
    rf"\bquestion\s+(?:today\s+|this\s+\w+\s+)?(?:is|comes)\s+from\s+(?P<who>{_CAP}(?:\s+{_CAP}){{0,3}})"
)
# "1. How is the Government supporting …? OQ12345": a numbered question, with its
# reference.
_NUMBERED_QUESTION = re.compile(r"^\d+\.\s+.*\?\s*(?:\(?[A-Z]{1,4}\(?\d[\w()/]*\)?)?\s*$")


def office_holder(office: str, resolver: Resolver) -> Speaker:
    """The office as written, or the person the text says holds it."""
    office = re.sub(r"^the\s+", "", office.strip(), flags=re.I)
    holder = resolver.by_role(office.lower())
    # A headline read as a name ("The President Addresses July …") holds no office.
    if holder is not None and not set(holder.name.lower().split()) & HEADLINE_VERBS:
        return holder
    return Speaker(office, office, "person")


def written_question_blocks(every, blocks, resolver):
    """Each "Deputy X asked the Minister for …" question its asker's, and the paragraphs
    after it (until the next question) that office's, where no turn names anyone."""
    result = dict(blocks)
    asker = office = carried = None
    for paragraph in every:
        match = ASKED_OFFICE.match(paragraph.text.strip())
        if match:
            asker = resolver.person_named(match.group("asker"))
            office = office_holder(match.group("office"), resolver)
            # A turn running on over the question (a heading read as a name) is not the
            # answer's: only a turn begun after the question names who answers.
            carried = result.get(paragraph.index)
            if carried is None or carried.kind == "person" and not carried.role:
                result[paragraph.index] = asker
            continue
        own = result.get(paragraph.index)
        if office is not None and paragraph.is_prose and (own is None or own == carried):
            result[paragraph.index] = office
    return result


def handed_over_blocks(every, blocks, resolver):
    """The unquoted paragraphs after "The Governor spoke …, and explained how …:" the
    office's, until a heading, a quotation or a paragraph naming the office again."""
    result = dict(blocks)
    speaker = office = None
    for paragraph in every:
        text = paragraph.text.strip()
        if not paragraph.is_prose or text[:1] in '“"':
            speaker = None
        elif speaker is not None and re.search(rf"\b[Tt]he\s+{re.escape(office)}\b", text):
            speaker = None  # Narration about the office again: the page's own voice.
        elif speaker is not None and result.get(paragraph.index) is None:
            result[paragraph.index] = speaker
        match = _HANDS_OVER.search(text) if paragraph.is_prose else None
        if match:
            office = match.group("office")
            speaker = office_holder(office, resolver)
    return result


def title_office(title: str, resolver: Resolver) -> Speaker | None:
    """The office a title names as its speaker ("The Governor Addresses …", "Remarks by
    the First Minister at …")."""
    match = _TITLE_OFFICE.match((title or "").strip())
    if not match:
        return None
    return office_holder(match.group("a") or match.group("b"), resolver)


def first_person_blocks(every, blocks, office: Speaker | None):
    """Paragraphs in the first person singular, outside quotation marks and any turn, the
    titled office's: "I" on an institution's page is someone's voice."""
    if office is None:
        return blocks
    result = dict(blocks)
    for paragraph in every:
        text = paragraph.text.strip()
        if not paragraph.is_prose or result.get(paragraph.index) is not None:
            continue
        if has_quotation(text):
            continue
        if FIRST_SINGULAR.search(text):
            result[paragraph.index] = office
    return result


def addresses(text: str, office: str) -> bool:
    """Whether the paragraph speaks to the office ("First Minister, …", "…, First
    Minister, that …", "…, Minister?", "One second, Minister."): then it is not the
    office's own."""
    return re.search(rf"(?:^|[,.;:!?]\s*){re.escape(office)}\s*[.,?!]", text) is not None


def session_blocks(every, blocks, resolver):
    """A question session without speaker headings: the numbered question and any
    paragraph addressing the office the announced questioner's, the others after the
    question the office's."""
    if any(speaker is not None for speaker in blocks.values()):
        return blocks
    office_words = questioner = None
    for paragraph in every:
        session = _SESSION.search(paragraph.text)
        office_words = office_words or (session.group("office") if session else None)
        announced = _ANNOUNCED.search(paragraph.text)
        if announced and questioner is None:
            questioner = resolver.person_named(announced.group("who"))
    if office_words is None or questioner is None:
        return blocks
    office = office_holder(office_words, resolver)
    result = dict(blocks)
    started = False
    for paragraph in every:
        text = paragraph.text.strip()
        if _NUMBERED_QUESTION.match(text):
            started = True
            result[paragraph.index] = questioner
        elif started and paragraph.is_prose:
            result[paragraph.index] = questioner if addresses(text, office_words) else office
    return result


def office_blocks(every, blocks, resolver, *, title: str, default: Speaker | None):
    """`blocks` with the paragraphs an office speaks given to it (see the module)."""
    result = written_question_blocks(every, blocks, resolver)
    result = handed_over_blocks(every, result, resolver)
    result = session_blocks(every, result, resolver)
    if default is not None and default.kind == "organisation":
        result = first_person_blocks(every, result, title_office(title, resolver))
    return result


# A media page's "Speaker: Jane Roe" block (the office may follow on the next line), then
# "Transcript: …" entries: each transcript is the named speaker's words.
_SPEAKER_LABEL = re.compile(r"^Speakers?\s*:\s*(?P<who>[A-Z][^\n:]{2,60}?)\s*(?:\n|$)")
_TRANSCRIPT = re.compile(r"^(?:Transcript|Soundbite|Quote)\s*:\s*\S")


def transcript_blocks(every, blocks, resolver):
    """`blocks` with each "Transcript: …" paragraph after a "Speaker: X" block given to
    X, and the indexes of those paragraphs (X has the floor in them: what X reports,
    "as the Agency has said", is still X's)."""
    result, spoken = dict(blocks), set()
    speaker = None
    for paragraph in every:
        label = _SPEAKER_LABEL.match(paragraph.text.strip())
        if label:
            speaker = resolver.person_named(label.group("who"))
        elif (
            speaker is not None
            and _TRANSCRIPT.match(paragraph.text.strip())
            and result.get(paragraph.index) is None
        ):
            result[paragraph.index] = speaker
            spoken.add(paragraph.index)
    return result, spoken
