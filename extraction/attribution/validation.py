"""Whether a speaker the rules found is a plausible name of a person or an institution.

Every new layout brings lines the speaker rules have not met, and some of them read as
a name: a status heading ("Current Status:"), a title's genre words ("Roe Opening
Statement on …" gives "Opening"), a headline verb ("Secretary Jane Roe Hosts Call with
…"). A wrong name costs more than the next-best evidence (the page's title person, the
publisher), so such names are trimmed or refused here, by the shape of the words, with
no list of names.

`valid_speaker` is the gate every speaker passes before a reader sees it, the page's voice
(`holders.voice_checked`) and each claim's (`nonnames.repaired`): a person's name is made
of whole words of the text, is not only words no one is called by (`vocabulary`: a
number, a pronoun, a portfolio's subject, an occasion, a headline's verb), holds no number
and does not end in a plan or a bill; a body is not only such words; a single small-letter
word is a common noun. Where the words say what the speaker is, it is put right instead: a
portfolio read as the name completes the office ("Minister for" + "Environment"), letters
after a name go ("Roe T.D."), and a surname alone takes the one full name the text gives.
"""

import re

from extraction.attribution.names import (
    CONNECTORS,
    HONORIFICS,
    LABEL_OFFICES,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    parse_person,
    postnominal,
)
from extraction.attribution.resolution import Resolver
from extraction.attribution.vocabulary import (
    ARTEFACT_WORDS,
    COMMON,
    HEADLINE_VERBS,
    NOT_NAME,
    NUMBER_WORDS,
    PREPOSITIONS,
    SUBJECT_WORDS,
    VENUE_WORDS,
    bare,
    common_name,
)
from extraction.written_dates import MONTHS


def trim_name(name: str) -> str:
    """A name cut before the first headline verb or heading word that follows it ("Jane
    Roe Hosts" gives "Jane Roe", "Roe Opening" gives "Roe"); a name that opens with such
    a word is left for `plausible` to refuse."""
    tokens = name.split()
    for position, token in enumerate(tokens):
        if position > 0 and bare(token) in NOT_NAME:
            return " ".join(tokens[:position])
    return name


# A page's image placeholder printed where a photo stood ("MBRphoto", "PortraitImage"): a
# word holding an image word, or capitals run into small letters with no vowel between.
_PLACEHOLDER = re.compile(
    r"(?i:photo|image|picture|portrait|thumbnail|avatar|icon|logo)|^[A-Z]{2,}[a-z]{3,}$"
)
# An office a salutation lists beside the chair ("Ranking Member", "Committee Member"):
# what a member is, never a name.
_MEMBER_OFFICE = re.compile(r"^(?:ranking|committee|board|council|senior)\s+members?$", re.I)


def placeholder(name: str) -> bool:
    """Whether `name` is one word that is a page's image placeholder ("MBRphoto")."""
    tokens = name.split()
    return len(tokens) == 1 and bool(_PLACEHOLDER.search(tokens[0]))


def plausible(name: str | None) -> bool:
    """Whether `name` can name a person or an institution: some word in it is neither a
    heading word nor a headline verb nor a connector, and it is not lower case, an image
    placeholder or a member's office."""
    if not name or not name.strip():
        return False
    if placeholder(name) or _MEMBER_OFFICE.match(name.strip()):
        return False
    words = [bare(t) for t in name.split()]
    words = [w for w in words if w]
    if not words or not any(t[:1].isupper() for t in name.split()):
        return False
    if words[0] in PREPOSITIONS:
        return False  # "For Immediate (Release)": a release's furniture
    meaningful = [w for w in words if w not in CONNECTORS and w not in HONORIFICS]
    return bool(meaningful) and not all(w in NOT_NAME for w in meaningful)


def checked(speaker: Speaker | None) -> Speaker | None:
    """`speaker` with a trailing headline verb or genre word cut from its name; when the
    name then is only such words, the surname the parse took for an office ("Roe
    Opening" read as office "Roe", name "Opening"), else None (the caller falls back to
    the next-best evidence)."""
    if speaker is None:
        return None
    # An institution's name may hold such words ("Federal News Service"): only refused
    # when it is nothing else.
    name = trim_name(speaker.name) if speaker.kind == "person" else speaker.name
    if plausible(name):
        return speaker if name == speaker.name else Speaker(name, speaker.role, speaker.kind)
    role = speaker.role.strip()
    role_words = [bare(t) for t in role.split()]
    if (
        role
        and all(t[:1].isupper() for t in role.split())
        and not any(w in ROLE_HEADS or w in ORGANISATION_WORDS for w in role_words)
        and plausible(trim_name(role))
    ):
        return Speaker(trim_name(role), "", speaker.kind)
    return None


# "[Photo: Secretary Jane Roe]", "Photo: Minister Jane Roe": a caption naming an office
# holder over a text in the first person.
_CAPTION = re.compile(
    r"^\[?\s*(?:Photo|Pictured|Image|Caption)\s*[:–—-]\s*(?P<who>[A-Z][^\]\n]{3,80}?)\s*\]?\s*$"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I am|my)\b")


def caption_speaker(header: list[str], resolver: Resolver) -> Speaker | None:
    """The office holder a photo caption near the top names ("[Photo: Secretary Jane
    Roe]") when the text around it speaks in the first person: a statement page that
    names its speaker nowhere else. A caption naming no office, or over a text in the
    third person, names someone pictured, not the speaker."""
    if not any(_FIRST_PERSON.search(line) for line in header):
        return None
    for line in header:
        match = _CAPTION.match(line.strip())
        person = parse_person(match.group("who")) if match else None
        if person is None or person.kind != "person" or len(person.name.split()) < 2:
            continue
        if set(person.role.lower().split()) & ROLE_HEADS:
            return resolver.resolve(person)
    return None


def common_words(speaker: Speaker | None, resolver: Resolver) -> bool:
    """Whether a person's name the rules read is made of the text's common words: one word
    the text also writes in lower case ("Minister for Climate Action" read as office
    "Minister for Climate", name "Action"), or an acronym beside such a word ("NTSB Safety
    Forum"), an event or a body, not a person. A surname that is also a word ("Green")
    stays when the text gives it a first name too."""
    if speaker is None or speaker.kind != "person":
        return False
    tokens = [t.strip(".,;:()'’\"") for t in speaker.name.split()]
    tokens = [t for t in tokens if t]
    body = "\n".join(resolver.texts)

    def lowered(token: str) -> bool:
        return bool(re.search(rf"\b{re.escape(token.lower())}\b", body))

    if len(tokens) == 1:
        surname = tokens[0]
        if not surname[:1].isupper() or surname.isupper():
            return False
        known = resolver.surnames.get(surname.lower())
        return lowered(surname) and (known is None or len(known.name.split()) < 2)
    acronym = tokens[0].isupper() and len(tokens[0]) >= 3
    mixed = [t for t in tokens[1:] if not t.isupper()]
    return acronym and bool(mixed) and any(lowered(t) for t in mixed)


# The gate every speaker passes before a reader sees it (`valid_speaker`): the rules read
# names out of many shapes, and a shape they have not met yields words that are no one's
# name ("Four states account for …" gives "Four", "Minister for Environment, …" gives
# "Environment", "Secretary of Buses Announces Funds" gives "Announces Funds"). The gate
# reads only the words, so it holds on a page no rule was written for.

# A part a transcript's label gives ("Journalist", interviewer): named by the page's layout.
_PARTS = LABEL_OFFICES | {"narrator"}
# An office and its portfolio's first words, before the name that is the portfolio's rest:
# "Minister for" + "Environment", "Minister for Social" + "Protection".
_PORTFOLIO_CUT = re.compile(
    r"^(?:\S+\s+){0,3}?(?P<head>\S+)\s+(?:for|of)(?:\s+the)?(?P<rest>(?:\s+\S+){0,2})$", re.I
)


def _plain(text: str) -> str:
    return text.replace("’", "'")


def whole_words(name: str, text: str) -> bool:
    """Whether every word of `name` (an initial aside) is a whole word of `text`: a name
    cut inside a word ("Northland Bus Foru") is no one's."""
    text = _plain(text)
    for token in name.split():
        word = _plain(token).strip(".,;:()[]'\"")
        if len(word) > 1 and not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I):
            return False
    return True


def _portfolio_office(speaker: Speaker, resolver: Resolver) -> Speaker | None:
    """The office a name completes ("Minister for" + "Environment"), held by whom the text
    says, else the office itself; None when the role is not an office cut in its
    portfolio."""
    cut = _PORTFOLIO_CUT.match(speaker.role.strip())
    if cut is None or cut.group("head").lower() not in ROLE_HEADS:
        return None
    if not all(bare(w) in SUBJECT_WORDS | CONNECTORS for w in cut.group("rest").split()):
        return None
    office = f"{speaker.role.strip()} {speaker.name}"
    return resolver.by_role(office.lower()) or Speaker(office, office, "person")


# A given name before a surname: "Jane Roe", "Jane Q. Roe".
_GIVEN = r"(?<![\w’'-])(?P<given>[A-Z][a-z][\w’'-]*)(?P<initial>\s+[A-Z]\.)?\s+"


def full_name(person: Speaker, resolver: Resolver) -> Speaker:
    """A surname alone by the full name the text gives it ("Minister Roe" with "Mr. Jane
    Roe TD, Minister for …" above): the fullest name the text gives with an office, else
    the one given name printed before it anywhere; an office word ("Ministers") or a
    floor label in capitals ("ROE") stays as it is."""
    surname = person.name
    if surname.lower() in ROLE_HEADS or not surname[:1].isupper() or surname.isupper():
        return person
    text = "\n".join(resolver.texts)
    resolved = resolver.resolve(person)
    found = {resolved.name} if _given_name(resolved.name.split()[0], text) else set()
    if len(resolved.name.split()) < 2 or not found:
        found = set()
        for match in re.finditer(rf"{_GIVEN}{re.escape(surname)}(?![\w’'-])", text):
            if _given_name(match.group("given"), text):
                found.add(f"{match.group('given')}{match.group('initial') or ''} {surname}")
    if len(found) != 1:
        return person
    return Speaker(found.pop(), person.role or resolved.role, "person")


# Words that open a sentence before a surname ("Yesterday Roe said …", "March Roe …"): a
# day, a month or a sentence's adverb, never a given name.
_OPENERS = set(MONTHS) | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tomorrow", "tonight", "meanwhile", "however", "earlier", "later", "also",
    "then", "now", "here", "there", "when", "while", "after", "before", "since", "but",
    "and", "so", "if", "as", "under", "with", "without", "for", "from", "thanks", "dear",
}  # fmt: skip


def _given_name(word: str, text: str) -> bool:
    """Whether `word` before a surname is a given name: no office, honorific, body or
    common word, no sentence's opener, nor a word the text writes in small letters
    ("Deputy", "Said")."""
    small = word.lower().strip(".")
    if word.isupper() or small in ROLE_HEADS | HONORIFICS | ORGANISATION_WORDS | COMMON:
        return False
    if small in _OPENERS:
        return False
    return not re.search(rf"(?<![\w’'-]){re.escape(small)}(?![\w’'-])", text)


_POSSESSIVE = re.compile(r"['’]s?$")


def _label_furniture_cut(speaker: Speaker) -> Speaker | None:
    """A person's name without what a title or a turn label prints around it: a
    possessive ("Secretary Roe’s Press Conference" gives "Roe"), a transcript's part word
    after the name ("JANE ROE HOST:" gives "JANE ROE", the part kept as the role); None
    when the name opens with a preposition, a release's furniture ("For Immediate"), not
    a name."""
    tokens = speaker.name.split()
    if bare(tokens[0]) in PREPOSITIONS:
        return None
    role = speaker.role
    if len(tokens) > 1 and bare(tokens[-1]) in LABEL_OFFICES:
        role = role or tokens[-1].lower()
        tokens.pop()
    last = _POSSESSIVE.sub("", tokens[-1]) if len(tokens[-1]) > 3 else tokens[-1]
    tokens[-1] = last
    name = " ".join(tokens)
    return speaker if name == speaker.name else Speaker(name, role, "person")


def valid_speaker(
    speaker: Speaker | None, resolver: Resolver, *, publisher: str = ""
) -> Speaker | None:
    """`speaker` when it can be someone, put right where its own words say what it is (an
    office whose portfolio was read as the name, a surname the text gives in full); None
    when it names no one (see above)."""
    if speaker is None or not speaker.name.strip():
        return None
    name = " ".join(speaker.name.split())
    if name == publisher.strip():
        return speaker
    if speaker.kind == "person":
        speaker = _label_furniture_cut(speaker)
        if speaker is None:
            return None
        name = speaker.name
    if speaker.role.lower() in _PARTS:
        return speaker
    tokens = name.split()
    if len(tokens) == 1 and name[:1].islower():
        # "according to providers": a bare common noun, no one in particular ("housing
        # agencies", "defence officials" say which).
        return None
    text = "\n".join(resolver.texts)
    if speaker.kind != "person":
        party = re.search(rf"\b{re.escape(name)}\s+[Pp]arty\b", text)
        return None if common_name(name) and not party else speaker
    while len(tokens) > 1 and postnominal(tokens[-1]):
        tokens.pop()  # "Roe T.D."
    role, lead = speaker.role, 0
    while lead < len(tokens) - 2 and bare(tokens[lead]) in SUBJECT_WORDS | {"and", "&"}:
        lead += 1
    rest = parse_person(" ".join(tokens[lead:])) if lead else None
    if rest is not None and rest.kind == "person" and rest.name == " ".join(tokens[lead:]):
        # "Minister" + "Protection Jane Roe": the portfolio's last word, then her name.
        tokens = tokens[lead:]
    name = " ".join(tokens)
    office = name == role or {bare(t) for t in tokens} & ROLE_HEADS
    if not office and any(bare(t) in NUMBER_WORDS for t in tokens):
        return None  # "Air Force One": a name holds no number ("First Minister" an office)
    if len(tokens) > 1 and bare(tokens[-1]) in ARTEFACT_WORDS:
        return None  # "Water Investment Plan": what the page is about
    if bare(tokens[-1]) in VENUE_WORDS:
        return None  # "Northtown Auditorium": where the speech was given
    if bare(tokens[0]) in HEADLINE_VERBS:
        # "Secretary of Buses Announces Funds": the headline's verb; the office's holder.
        return resolver.named_holder(speaker.role.lower()) if speaker.role else None
    if common_name(name):
        return _portfolio_office(speaker, resolver)
    if not office and not whole_words(name, text):
        return None  # an office may be spelt out from the page's short form ("PMS")
    person = Speaker(name, role, "person")
    return full_name(person, resolver) if len(tokens) == 1 else person
