"""Names, roles and organisations: the words that make a speaker, and how a
phrase like "Health Secretary Jane Roe" splits into a name and a role."""

import re
from dataclasses import dataclass

HONORIFICS = {
    "dr", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "baroness", "baron",
    "professor", "prof", "rt", "hon", "right", "honourable", "rev", "cllr", "dr.", "mr.",
    "mrs.", "ms.", "prof.", "rt.", "hon.",
    # Military ranks before a name that are no office's words ("Senator Colonel Jane Roe").
    "colonel", "brigadier", "admiral", "commodore",
    # A form of address standing for the person ("His Excellency: …").
    "excellency",
}  # fmt: skip
# The titles a story writes before a person's name ("Dr Jane Roe", "Prof. Roe"), as a regex.
NAME_TITLE = r"(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+"
# Occupations that make a person a source without an office ("Jane Roe, an economist at …").
OCCUPATION = re.compile(r"\b(?:professor|analyst|researcher|economist|lecturer|expert)s?\b", re.I)
ROLE_HEADS = {
    "secretary", "minister", "president", "chancellor", "mayor", "governor", "senator",
    "ambassador", "commissioner", "chair", "chairman", "chairwoman", "chairperson", "leader",
    "spokesperson", "spokesman", "spokeswoman", "director", "executive", "ceo", "head",
    "judge", "justice", "attorney", "general", "speaker", "mp", "mep", "councillor",
    "representative", "deputy", "king", "queen", "prince", "princess", "pope", "premier",
    "envoy", "secretary-general", "officer", "chief", "adviser", "advisor", "commander",
    "inspector", "constable", "founder", "manager", "whip", "solicitor", "treasurer",
    "chairs", "economist", "statistician", "ministers", "secretaries", "presidents",
    # An agency's head ("Ferry Administrator Jane Roe").
    "administrator",
}  # fmt: skip
# What a transcript's label may give after a name ("JANE ROE, HOST:"): a seat or a part
# in the programme, which is no office elsewhere.
LABEL_OFFICES = {
    "member", "host", "presenter", "interviewer", "moderator", "reporter", "anchor",
    "correspondent", "anchorwoman", "anchorman",
}  # fmt: skip
# The offices of the Irish houses, which take no English head word: "the Taoiseach", "An
# Ceann Comhairle", "the Cathaoirleach".
ROLE_HEADS |= {"taoiseach", "tánaiste", "tanaiste", "comhairle", "cathaoirleach"}
# Shared and second offices: "Co-President", "Vice-Chair".
ROLE_HEADS |= {
    f"{prefix}-{head}"
    for prefix in ("co", "vice")
    for head in ("president", "chair", "chairman", "chairwoman", "chairperson", "director")
}
CONNECTORS = {"of", "for", "the", "and", "de", "van", "von", "der", "del", "da", "al", "bin"}
# The lower-case words inside a family name ("Mabon ap Gwynfor", "Ursula von der Leyen").
PARTICLES = {"ap", "ab", "van", "von", "der", "den", "de", "da", "di", "du", "dos", "das", "del"}
PARTICLE = r"(?:" + "|".join(sorted(PARTICLES)) + r")"
ORGANISATION_WORDS = {
    "government", "office", "ministry", "department", "council", "commission", "committee",
    "agency", "police", "party", "union", "court", "parliament", "assembly", "nations",
    "organisation", "organization", "bank", "fund", "institute", "association", "authority",
    "service", "board", "group", "company", "corporation", "foundation", "trust", "league",
}  # fmt: skip
# A document speaking ("the National Housing Survey found …") is not a person either.
ORGANISATION_WORDS |= {"assessment", "report", "review", "survey", "study", "inquiry", "audit"}
# Nor is a page's own label ("Press Briefing Transcript").
ORGANISATION_WORDS |= {"transcript", "briefing"}
# An occasion's words: "Bus Depot Launch", "Annual Conference", "Opening of the Bridge" say
# when and where someone spoke, never who.
OCCASION_WORDS = {
    "launch", "conference", "summit", "forum", "opening", "ceremony", "dinner", "reception",
    "luncheon", "gala", "awards", "festival", "anniversary", "celebration", "symposium",
    "convention", "seminar", "workshop", "roundtable", "commemoration", "unveiling",
}  # fmt: skip
WORD = r"[A-Z][\w’'.-]*"
# A middle initial, with or without its full stop.
_INITIAL = re.compile(r"[A-Z]\.?")
# A run of capitalised words, a region's prefix in small letters allowed inside it ("Bus
# Agency mid-North Regional Director Jane Roe").
CAPS_RUN = (
    rf"(?:{WORD}(?:\s+(?:of|for|the|and|de|van|von)\s+{WORD}|\s+{WORD}"
    r"|\s+[a-z]{2,5}-[A-Z][\w’'.-]*)*)"
)


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str = ""
    kind: str = "person"  # or "organisation"

    def is_same(self, other: "Speaker | None") -> bool:
        """Whether `other` is this speaker, whichever apostrophe the names are printed with."""
        return other is not None and self.name.replace("’", "'") == other.name.replace("’", "'")


def split_tokens(phrase: str) -> list[str]:
    tokens = [t for t in re.split(r"[\s,]+", phrase.strip()) if t]
    return [t if t.lower() in HONORIFICS else t.rstrip(".;:!?") for t in tokens]


def is_cap(token: str) -> bool:
    return token[:1].isupper()


# A peer's title with its territorial part: "Lord Roe of Northtown", "Baroness Doe of
# Eastfield Green". The words after "of" are the name, not an office.
PEERAGE = re.compile(
    r"^(?:Lord|Baroness|Lady|Viscount|Viscountess|Earl|Countess)\s+"
    r"(?P<name>[A-Z][\w’'-]+\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)$"
)


# Office words that are also family names: after a personal title and alone ("Dr Head",
# "Ms Judge") they are the surname, never an office one addresses so.
SURNAME_OFFICES = {"king", "queen", "prince", "judge", "head", "constable", "chief"}
_PERSONAL_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "lord", "lady"}
# A body's short form in capitals before a word ("BTA Northland"): together a body's
# name, never an office's last word and a surname.
_ACRONYM = re.compile(r"[A-Z]{2,6}")

# Words that open a place, not a name: "in New York", "at Northtown Hall".
_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "throughout"}


def _inside_name(tokens: list[str], at: int) -> bool:
    """Whether the lower-case `tokens[at]` is a particle between a given name and a family
    name ("ap" in "Mabon ap Gwynfor"), not a word after an office."""
    first = at
    while first and tokens[first - 1] in PARTICLES:  # "von der"
        first -= 1
    before = tokens[first - 1] if first else ""
    # "President von der Leyen", "Mayor de Roe": after an office the particles still open
    # the family name.
    return (
        tokens[at] in PARTICLES
        and is_cap(before)
        and before.lower().strip(".") not in ORGANISATION_WORDS
    )


# An office's short form before a name: "Gov. Jane Roe", "Sen. Roe", "Rep. Roe".
_SHORT_OFFICE_WORDS = {"Gov": "Governor", "Sen": "Senator", "Rep": "Representative"}
_SHORT_OFFICES = re.compile(r"\b(Gov|Sen|Rep)\.\s+(?=[A-Z][a-z])")


def spelt_offices(text: str) -> str:
    """`text` with an office's short form before a name spelt out ("Governor Jane Roe")."""
    return _SHORT_OFFICES.sub(lambda short: _SHORT_OFFICE_WORDS[short.group(1)] + " ", text)


# A portfolio's plural ("Ministerial Services", "Consumer Affairs"): a body's words, where
# a surname's plural ("Banks") is not.
_PLURAL_BODY_WORDS = {
    "services", "affairs", "relations", "agencies", "departments", "ministries", "councils",
    "commissions", "authorities", "institutes",
}  # fmt: skip


# A generation after a name ("Jane Q. Roe Jr.", "John Doe III"): part of it, but no fourth
# capitalised word that would push its first name into the office.
GENERATION = re.compile(r",?\s+(?P<suffix>Jr\.?|Sr\.?|II|III|IV)$")


def parse_person(phrase: str) -> Speaker | None:
    """Split "Health Secretary Jane Roe" into a name and a role."""
    generation = GENERATION.search(phrase.strip(" :,"))
    if generation:
        person = _parse_person(phrase.strip(" :,")[: generation.start()])
        if person is not None and person.kind == "person" and " " in person.name:
            return Speaker(f"{person.name} {generation.group('suffix')}", person.role, "person")
    return _parse_person(phrase)


def _parse_person(phrase: str) -> Speaker | None:
    phrase = spelt_offices(phrase)
    peer = PEERAGE.match(phrase.strip(" :,"))
    if peer and peer.group("name").split()[0].lower() not in ROLE_HEADS:
        # An office before "of" ("Lord Chancellor of …") is no peer's name.
        return Speaker(peer.group("name"), "", "person")
    tokens = split_tokens(phrase.strip(" :,"))
    while tokens and tokens[0].lower() in {"the", "a", "an", "his", "her", "its", "their"}:
        tokens.pop(0)
    while len(tokens) > 1 and postnominal(tokens[-1]):
        tokens.pop()  # "Jane Roe T.D.", "Jane Roe MEP": letters after the name, no part of it.
    if not tokens or not any(is_cap(t) for t in tokens):
        return None
    if (
        len(tokens) == 2
        and tokens[0].lower().strip(".") in _PERSONAL_TITLES
        and tokens[1].lower() in SURNAME_OFFICES
        and tokens[1][1:].islower()
    ):
        # "Ms Judge": a personal title before one office word makes it a surname.
        return Speaker(tokens[1], "", "person")
    if (
        len(tokens) == 3
        and tokens[0].lower().strip(".") in _PERSONAL_TITLES
        and is_cap(tokens[1])
        and tokens[1].lower() not in ROLE_HEADS | HONORIFICS | ORGANISATION_WORDS | CONNECTORS
        and tokens[2].lower() in SURNAME_OFFICES
        and tokens[2][1:].islower()
    ):
        # "Ms Jane King", "Dr Alan Head": a first name between them, the same.
        return Speaker(f"{tokens[1]} {tokens[2]}", "", "person")
    lowered = {t.lower() for t in tokens}
    if lowered & (ORGANISATION_WORDS | _PLURAL_BODY_WORDS) and not lowered & ROLE_HEADS:
        return Speaker(" ".join(tokens), "", "organisation")
    name: list[str] = []
    for at in range(len(tokens) - 1, -1, -1):
        token, low = tokens[at], tokens[at].lower().strip(".")
        if name and _inside_name(tokens, at):
            name.insert(0, token)
            continue
        capitals = sum(is_cap(t) for t in name)
        if not is_cap(token) or low in ROLE_HEADS or low in HONORIFICS or capitals == 3:
            break
        name.insert(0, token)
    if (
        len(name) >= 2
        and len(tokens) > len(name)
        and tokens[-len(name) - 1].lower() in {"of", "for"}
    ):
        # "Secretary of Buses Jane Roe": the word after "of" completes the office.
        if len(name) == 2 and _ACRONYM.fullmatch(name[0]):
            # "Director of Operations for BTA Northland": a body after the office, no name.
            return None
        name = name[1:]
        if not lowered & (ROLE_HEADS | HONORIFICS):
            # "Bureau of Labor Statistics": no office, so "X of Y" is a body's name.
            return Speaker(" ".join(tokens), "", "organisation")
    elif len(name) == 3 and {t.lower() for t in tokens} & ROLE_HEADS:
        # "Secretary for Work and Pensions Jane Roe", "… for Health and Social Care Jane Roe":
        # the office ends "and Pensions", "and Social Care".
        joined = [t.lower() for t in tokens[-5:-3]]
        if joined[-1:] == ["and"] or joined[:1] == ["and"] and not _INITIAL.fullmatch(name[1]):
            name = name[1:]
    elif len(name) == 3 and len(tokens) > 3 and tokens[-4].lower() == "and":
        # "…, Social Affairs and Inclusion Jane Roe": the portfolio's last word, cut from
        # its office word by a comma.
        name = name[1:]
    role_tokens = tokens[: len(tokens) - len(name)]
    if role_tokens and role_tokens[-1].lower() in _PLACE_PREPOSITIONS:
        # "in New York", "remarks given at Northtown": a place where something was said,
        # never who said it.
        return None
    if len(name) == 1 and role_tokens and role_tokens[-1].lower() == "and":
        # "Minister for Housing and Homelessness": a word after an office's "and"
        # completes the office, no one's name; without an office word, the whole is a
        # body's name ("Centers for Disease Control and Prevention").
        whole = " ".join(tokens)
        return None if lowered & ROLE_HEADS else Speaker(whole, "", "organisation")
    role = " ".join(t for t in role_tokens if t.lower() not in HONORIFICS).strip(" ,")
    role_words = {t.lower() for t in role_tokens}
    if not name:
        return None
    if (
        len(name) > 2
        and not role
        and not any(t.lower() in ORGANISATION_WORDS for t in name)
        and not _INITIAL.fullmatch(name[-2])
        and not PARTICLES & set(name)
        # "Mr Gan Kim Yong": after a personal title every capitalised word is the name.
        and not (role_tokens and role_tokens[-1].lower().strip(".") in _PERSONAL_TITLES)
    ):
        # Three capitalised words and no role word: only the last two make the name; a
        # middle initial ("Jane Q. Roe") is part of it.
        role, name = " ".join(name[:-2]), name[-2:]
    full = " ".join(name)
    kind = "person"
    if any(t.lower().strip(".") in ORGANISATION_WORDS for t in name) or (
        len(name) == 1 and not role_words & ROLE_HEADS and full.isupper()
    ):
        kind = "organisation"
    return Speaker(full, role, kind)


def bracketed_holder(inner: Speaker | None, bracketed: str) -> bool:
    """Whether the words in an office's brackets ("Minister (Jane Roe)") name its holder:
    a person of two words or more, or one with a personal title ("(Mr Roe)"); one
    capitalised word alone is a version's status ("(Revised)") or a short form."""
    if inner is None or inner.kind != "person":
        return False
    if inner.role and inner.role.split()[-1].lower() in {"of", "for", "the", "and"}:
        return False  # "(Minister of Health)": an office and its portfolio, no holder
    return len(inner.name.split()) >= 2 or len(bracketed.split()) >= 2


# Letters after a name ("MP", "KC") and "Rt Hon" before it: no part of the name or office.
# The letters may carry full stops ("T.D.", "M.P."), and the one after the last letter is
# the abbreviation's, not a sentence's.
_LETTER_CODES = (
    "MP", "MSP", "MLA", "MEP", "TD", "AM", "MS", "QC", "KC", "OBE", "CBE", "MBE", "KCB",
)  # fmt: skip
# Letters that end a name in a byline, though a phrase may hold them elsewhere ("PC Roe").
_MORE_LETTERS = ("MLC", "MHR", "SC", "DBE", "PC")


def _letters_pattern(codes: tuple) -> str:
    """The codes as alternatives of a pattern, each with or without its dots ("T.D.")."""
    return "|".join(code + r"\b|" + r"\.".join(code) + r"\.?" for code in codes)


_LETTERS = re.compile(r"\s+(?:" + _letters_pattern(_LETTER_CODES) + r")(?=[\s,:;.]|$)")
# The letters that may end a name in a byline ("By Jane Roe MSP"), for other patterns.
BYLINE_LETTERS = "(?:" + _letters_pattern(_LETTER_CODES + _MORE_LETTERS) + ")"
_RIGHT_HONOURABLE = re.compile(r"\b(?:[Tt]he\s+)?(?:Rt\.?|Right)\s+Hon(?:\.|ourable)?\s+")


def postnominal(token: str) -> bool:
    """Whether `token` is the letters after a name, with or without their dots ("TD",
    "T.D.", "T.D", "M.S.P."): capitals only, so "Ms" before a name is no such letter."""
    letters = token.replace(".", "")
    return letters.isupper() and letters in _LETTER_CODES + _MORE_LETTERS


def without_letters(phrase: str) -> str:
    """`phrase` without "Rt Hon" and the letters after a name ("The Rt Hon Jane Roe MP"
    is Jane Roe)."""
    return _RIGHT_HONOURABLE.sub("", _LETTERS.sub("", phrase))


def phrase_title(text: str) -> str:
    return " ".join(w if w in CONNECTORS else w.capitalize() for w in text.split())


def two_people(phrase: str) -> bool:
    """Whether `phrase` joins two people with "and" ("Vice-President Roe and Commissioner
    Doe", "Jane Roe and John Doe"), not one office whose portfolio holds an
    "and" ("Minister for Work and Pensions Jane Roe"): each side names a person, the left
    one ending in a name after its office, the right one opening with an office, an
    honorific or a full name."""
    parts = re.split(r"\s+and\s+", phrase.strip())
    if len(parts) != 2:
        return False
    left, right = (parse_person(part) for part in parts)
    if left is None or right is None or left.kind != "person" or right.kind != "person":
        return False
    if left.role.split()[-1:] and left.role.split()[-1].lower() in CONNECTORS:
        return False  # "Minister for Work": a portfolio's first word, not a name.
    first = parts[1].split()[0].lower().strip(".")
    opens = first in ROLE_HEADS | HONORIFICS or len(right.name.split()) >= 2 and not right.role
    return opens and (bool(left.role) or len(left.name.split()) >= 2)
