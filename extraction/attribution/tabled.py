"""A motion's or an amendment's own words, printed on a page that is no debate: an order
paper, a parliament's news story, a party's page.

    Opposition motion:
    Mr Jane Roe Ann Lee Mrs Mary Doe
    That this House notes that bus fares have risen by 12 per cent …

    Government amendment:
    The Prime Minister Mr John Doe Ms Ann Lee
    Line 1, leave out from ‘House’ to end and add ‘notes that the Government has …’

    The motion, tabled by Jane Roe, read: "That this Assembly regrets …"
    The Opposition motion, tabled by Jane Roe, notes that bus fares have risen …

The words of a motion are its mover's: the first name of the list printed over it (the
members who tabled it, the mover first), or the member the text says tabled or moved it.
An amendment is its mover's in the same way; one the page calls the Government's and
puts no name to is the Government's. The page's own narration around the motion (what
the debate is, how the vote went) stays its publisher's, and a motion that names no
mover is left to the page.
"""

import re

from extraction.attribution.names import ROLE_HEADS, Speaker
from extraction.attribution.resolution import Resolver
from extraction.attribution.say import SAY
from extraction.text import Paragraph

# A motion's words ("That this House notes …") or an amendment's ("(b) Line 1, leave out
# from ‘House’ to end and add …", "At end add …").
_MOVED_WORDS = re.compile(
    r"^[“\"‘']?(?:That\s+this\s+(?:House|Chamber|Assembly|Senate|Parliament|Council|Committee)\b"
    r"|(?:\([a-z]\)\s*)?(?:Line\s+\d+,?\s+)?(?:[Ll]eave\s+out\b|[Aa]t\s+(?:the\s+)?end,?\s+add\b))"
)
# The kind of business over it: "Opposition motion:", "Government amendment".
_BUSINESS = re.compile(
    r"\b(?P<government>Government|Governmental|Executive)?\s*(?:motion|amendment)s?\b", re.I
)
# The words the page gives the mover by: "tabled by Jane Roe", "in the name of Jane Roe".
_MOVER = re.compile(
    r"\b(?:(?:tabled|moved|proposed|lodged|put\s+forward|brought\s+forward)\s+by|in\s+the\s+name"
    r"\s+of)\s+(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'.-]*){0,5})"
)
# A story reporting a motion's words: "The Opposition motion, tabled by Jane Roe, notes
# that …", "The amendment, moved by the Minister for Buses, states that …".
_REPORTS_MOTION = re.compile(
    r"^(?:The|An?|Her|His|Their|Its)\s+(?:[A-Z][\w’'-]*\s+){0,2}(?:motion|amendment),\s+"
    rf"{_MOVER.pattern},\s+(?:also\s+)?(?:{SAY}|notes|noted|recognises|recognised|regrets"
    r"|regretted|welcomes|welcomed|believes|believed|calls|called)\b"
)
# A name list's markers: the titles and the offices that open each member's name.
_MARKERS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "the",
    "secretary", "minister", "chancellor", "deputy", "prime", "attorney", "solicitor",
}  # fmt: skip
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame"}
_SMALL = {"of", "the", "for", "and"}


def tabled_blocks(
    paragraphs: list[Paragraph], blocks: dict[int, Speaker | None], resolver: Resolver
) -> dict[int, Speaker | None]:
    """`blocks` with each motion's or amendment's words, in no turn of their own, given to
    the mover the lines over them name (see the module)."""
    result = dict(blocks)
    for position, paragraph in enumerate(paragraphs):
        if not paragraph.is_prose or blocks.get(paragraph.index) is not None:
            continue
        if not _MOVED_WORDS.match(paragraph.text.strip()):
            continue
        mover = _mover(paragraphs[max(0, position - 3) : position], resolver)
        if mover is not None:
            result[paragraph.index] = mover
    return result


def reported_motion(text: str, resolver: Resolver) -> Speaker | None:
    """The mover of the motion a story's sentence reports ("The motion, tabled by Jane Roe,
    notes that …"), or None: what the motion says is hers, not the story's."""
    match = _REPORTS_MOTION.match(" ".join(text.split()))
    return _person(match.group("who"), resolver) if match else None


def _mover(before: list[Paragraph], resolver: Resolver) -> Speaker | None:
    """The mover the (up to three) lines over a motion's words name, nearest first: a list
    of names, "tabled by Jane Roe", or a heading calling it the Government's."""
    government = False
    for paragraph in reversed(before):
        text = " ".join(paragraph.text.split())
        listed = _first_listed(text)
        if listed is not None:
            return _person(listed, resolver, text)
        mover = _MOVER.search(text)
        if mover is not None:
            return _person(mover.group("who"), resolver)
        business = _BUSINESS.search(text)
        government = government or bool(business and business.group("government"))
        if business is not None:
            break
    return Speaker("Government", "", "organisation") if government else None


def _person(who: str, resolver: Resolver, listed: str = "") -> Speaker | None:
    """The member `who` names: a person by the text's fullest name, an office by the holder
    the text names or else by the office ("The Prime Minister"), the Government. A holder
    read from the names line `listed` itself is another member on the list, not the
    office's holder."""
    who = who.strip(" ,.")
    bare = re.sub(r"^the\s+", "", who, flags=re.I)
    if bare.lower() in {"government", "executive"}:
        return Speaker("Government", "", "organisation")
    words = {w.lower() for w in bare.split()}
    if words & ROLE_HEADS and not re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\b", bare):
        holder = resolver.by_role(bare)
        if holder is not None and holder.kind == "person" and holder.name not in listed:
            return holder
        if bare.split()[-1].lower() in ROLE_HEADS or re.search(r"\s(?:of|for)\s", bare):
            return Speaker(bare, bare, "person")
    person = resolver.person_named(who)
    return person if person is not None and person.kind == "person" else None


def _first_listed(text: str) -> str | None:
    """The first name of a line that lists the members tabling a motion ("Mr Jane Roe Ann
    Lee Mrs Mary Doe", "The Prime Minister Mr John Doe Ms Ann Lee"): capitalised words only,
    at least two of them titles or offices; None for any other line."""
    tokens = text.split()
    if len(tokens) < 4 or text.isupper() or re.search(r"[.:;!?]$|[,()“”\"]", text):
        return None
    if not all(t[:1].isupper() or t in _SMALL - {"and"} for t in tokens):
        return None
    markers = [i for i, t in enumerate(tokens) if t.lower().strip(".") in _MARKERS - _SMALL]
    # The offices' words run together ("The Prime Minister"): count where each name opens.
    opens = [
        i
        for i in markers
        if i == 0 or i - 1 not in markers or tokens[i].lower().strip(".") in _TITLES
    ]
    if len(opens) + (tokens[0] == "The") < 2:
        return None
    first = 1 if tokens[0] == "The" else 0
    heads = [i for i, t in enumerate(tokens) if t.lower() in ROLE_HEADS]
    if first and heads:
        # "The First Minister Mr …": the office runs to its head word, then the next name.
        end = next((i for i in opens if i > heads[0]), len(tokens))
        return " ".join(tokens[:end])
    if tokens[first].lower().strip(".") in _MARKERS:
        # A title or an office, and the words after it up to the next name's title.
        end = next((i for i in opens if i > first), len(tokens))
        if tokens[first].lower().strip(".") in _TITLES:
            end = min(end, first + 3)
        return " ".join(tokens[:end])
    end = next((i for i in opens if i > 0), len(tokens))
    return " ".join(tokens[: end if end <= 3 else 2])
