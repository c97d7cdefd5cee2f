"""What the text itself says about who holds which role, and whether a
paragraph speaks of a person in the third person."""

import re

from extraction.attribution.aliases import initialled_body, surnamed_holder
from extraction.attribution.names import (
    HONORIFICS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    WORD,
    Speaker,
    parse_person,
    spelt_offices,
    without_letters,
)
from extraction.attribution.vocabulary import (
    HEADLINE_VERBS,
    PREPOSITIONS,
    VENUE_WORDS,
    bare,
    common_name,
)

# Space within a line.
_GAP = r"[^\S\n]+"
_HEADS = "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
# The first of two joined offices, just before the second: "Deputy Leader and ".
_JOINED = re.compile(
    r"(?:[A-ZÀ-Þ][\w’'-]*[^\S\n]+){0,2}(?P<head>[A-ZÀ-Þ][\w’'-]*)[^\S\n]+and[^\S\n]+$"
)


class Resolver:
    """What the text itself says about who holds which role."""

    _ROLE_NAME = re.compile(
        # Words before the role: capitalised ones (a nationality, an organisation, a
        # portfolio: "French Finance Minister") and new/former/then.
        rf"(?P<role>(?:{WORD}{_GAP}|(?:new|former|then|acting|interim){_GAP}){{0,4}}"
        # The office word whole: "administers" holds no "ministers".
        rf"\b(?i:{_HEADS})\b"
        # A portfolio listed with commas: "for Roads, Rails and Buses".
        rf"(?:{_GAP}(?:of|for){_GAP}{WORD}(?:,{_GAP}{WORD}(?:{_GAP}{WORD})?){{1,4}},?{_GAP}and"
        rf"{_GAP}{WORD}(?:{_GAP}{WORD})?"
        rf"|{_GAP}(?:of|for){_GAP}(?:{WORD}|and|the)(?:{_GAP}(?:{WORD}|and|the|for|of)){{0,5}})?)"
        # A courtesy title or a rank before the name: "Minister of Buses, Senator Colonel
        # Jane Roe" holds the office.
        rf",?{_GAP}(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Baroness|Professor|Prof|Senator"
        rf"|Colonel|Brigadier|Admiral|Commodore)\.?{_GAP})*"
        # Neither the office nor the name runs over a line break ("… Jane Roe.\n\nMR. DOE:
        # …", a title "… by the Chancellor" over a reprint's header line "Hm Treasury").
        rf"(?P<name>{WORD}(?:[^\S\n]+{WORD}){{0,2}})"
    )

    # A signature or caption line: "Jane Q. Roe, Secretary, Department of Buses" (the name,
    # then the office and the body, and nothing else on the line).
    _SIGNATURE = re.compile(
        rf"^[^\S\n]*(?P<name>{WORD}(?:[^\S\n]+{WORD}){{1,3}}),[^\S\n]+"
        rf"(?P<role>(?:{WORD}|of|for|and|the)(?:[^\S\n]+(?:{WORD}|of|for|and|the)){{0,6}})"
        rf"(?:,[^\S\n]+(?:{WORD}|of|for|and|the|&)(?:[^\S\n]+(?:{WORD}|of|for|and|the|&)){{0,9}})?"
        r"[^\S\n]*$",
        re.MULTILINE,
    )

    # The same over two lines: "Jane Q. Roe" then "Secretary of Buses" under a statement.
    _SIGNATURE_LINES = re.compile(
        rf"^[^\S\n]*(?P<name>{WORD}(?:[^\S\n]+{WORD}){{1,3}})[^\S\n]*\n[^\S\n]*"
        rf"(?P<role>{WORD}(?:[^\S\n]+(?:{WORD}|of|for|and|the|&)){{0,7}})[^\S\n]*$",
        re.MULTILINE,
    )

    # A body's name with its short form after it: "the Bus Users Association (BUA)",
    # "the Department of Buses' (DB)", "the Ministry of Buses (MoB)".
    _SHORT_FORM = re.compile(
        r"(?P<full>[A-Z][\w’'-]*(?:[^\S\n]+(?:of|for|and|the|on|[A-Z][\w’'-]*)){1,8}?)['’]?"
        r"[^\S\n]+\((?P<short>[A-Z]{2,6}|[A-Z][a-z]?[A-Z][A-Za-z]?)\)"
    )

    # A plural office over two names: "Commissioners Jane Roe and John Doe", "Ministers …".
    _PAIR = re.compile(
        rf"\b(?P<role>(?i:commissioners|ministers|secretaries|senators|judges)){_GAP}"
        rf"(?P<first>{WORD}(?:{_GAP}{WORD}){{1,2}}){_GAP}and{_GAP}(?P<second>{WORD}(?:{_GAP}{WORD}){{1,2}})"
    )

    def __init__(self, body: str):
        self.roles: dict[str, Speaker] = {}
        # Offices the text gives two different people ("Minister Roe", "Minister Doe").
        self.shared: set[str] = set()
        self.surnames: dict[str, Speaker] = {}
        # Short forms the text spells out ("BUA": "Bus Users Association").
        self.short_forms: dict[str, str] = {}
        # What the text says, for an acronym it never spells out in brackets.
        self.texts: list[str] = []
        self.read(body)

    def read(self, body: str):
        """Learn the people `body` names with their office ("Health Secretary Jane Roe",
        a signature line "Jane Roe, Secretary, Department of Buses")."""
        self.texts.append(body)
        # "Gov. Jane Roe", "Sen. Jane Roe": an office's short form before a name.
        body = spelt_offices(body)
        for match in self._ROLE_NAME.finditer(body):
            # "Minister Jane Roe’s words": the possessive is no part of her name.
            name = re.sub(r"[’']s$", "", _sentence_end(match.group("name")))
            if _ends_sentence(match.group("role")):
                # "One moment, Secretary of State. Members …": the office ends a sentence,
                # and the next one's first word is no holder.
                continue
            role = match.group("role")
            joined = _JOINED.search(body, max(0, match.start("role") - 40), match.start("role"))
            if joined is not None and joined.group("head").lower() in ROLE_HEADS:
                # "Deputy Leader and Minister for Buses Jane Roe": one office of two.
                role = f"{joined.group(0)}{role}"
            speaker = parse_person(without_letters(f"{role} {name}"))
            # "Health Minister Jane King": a surname that is also an office word.
            speaker = speaker or surnamed_holder(match.group("role"), without_letters(name))
            comma = "," in body[match.end("role") : match.start("name")]
            if comma and re.match(rf"(?:{_GAP}{WORD})?,?{_GAP}and{_GAP}[A-Z]", body[match.end() :]):
                # "Minister for Roads, Rails and Buses": the office's list of portfolios
                # goes on after the comma; no holder is named there.
                continue
            if comma and re.match(r"[^\S\n]+(?:\d|[A-Z][a-z])", body[match.end() :]):
                # "Speech by the Premier, Bus Forum 2024 Launch, …": capitalised words run
                # on past a name's length, or into a year: an occasion, no holder.
                continue
            if comma:
                # "Secretary of Buses Jane Q. Roe, Bus Forum": the office already ends in a
                # name, and what follows the comma is the occasion, not the holder.
                named = parse_person(without_letters(match.group("role")))
                holder = parse_person(without_letters(name))
                if _ends_in_name(named, match.group("role")):
                    speaker = named
                elif holder is not None and holder.kind == "person" and not holder.role:
                    # "Minister for Climate Action, Jane Roe": the comma ends the office.
                    role = " ".join(match.group("role").split())
                    speaker = Speaker(holder.name, role, "person") if " " in name else speaker
            if speaker is None or not speaker.role or speaker.kind != "person":
                continue
            if speaker.role.split()[-1].lower() in {"of", "for", "the", "and"}:
                # "Chancellor of the Exchequer": the office's last word is not a name.
                continue
            self.learn(speaker)
        for match in self._PAIR.finditer(body):
            role = re.sub(r"ies$", "y", match.group("role")).removesuffix("s")
            for name in (match.group("first"), _sentence_end(match.group("second"))):
                person = parse_person(name)
                if person is not None and person.kind == "person" and not person.role:
                    self.learn(Speaker(person.name, role, "person"))
        for match in self._SHORT_FORM.finditer(body):
            full = spelt_out(match.group("full"), match.group("short"))
            if full is not None:
                self.short_forms.setdefault(match.group("short"), full)
        signatures = [*self._SIGNATURE.finditer(body), *self._SIGNATURE_LINES.finditer(body)]
        for match in signatures:
            speaker = signature_person(match.group("name"), match.group("role"))
            if speaker is not None:
                self.learn(speaker)

    def learn(self, speaker: Speaker):
        # "Thank you, Presiding Officer. First Minister, I …": a pronoun after an office
        # addressed is the speaker talking, not the office's holder.
        if speaker.kind != "person" or speaker.name in {"I", "We", "You"}:
            return
        parts = speaker.name.split()
        if bare(parts[0]) in HEADLINE_VERBS | PREPOSITIONS or common_name(speaker.name):
            # "Secretary of Buses Announces Funds", "For Immediate Release": a headline's
            # or a release's words, no holder.
            return
        if bare(parts[-1]) in VENUE_WORDS:
            return  # "Minister for Buses, Northtown Auditorium": where, not who
        known = self.surnames.get(parts[-1].lower())
        if known is None or len(known.name.split()) < len(parts):
            self.surnames[parts[-1].lower()] = speaker
        if speaker.role:
            for key in _role_keys(speaker.role):
                known = self.roles.get(key)
                if known is not None and known.name.split()[-1] != parts[-1]:
                    self.shared.add(key)
                if known is None or len(known.name.split()) < len(parts):
                    self.roles[key] = self.surnames[parts[-1].lower()]

    def person_named(self, phrase: str) -> Speaker | None:
        """The person `phrase` names ("Deputy Jane Roe"), by the fullest name the text
        gives her; None for a body or a phrase that names no one."""
        person = parse_person(phrase)
        if person is None or person.kind != "person":
            return None
        return self.resolve(person)

    def resolve(self, speaker: Speaker) -> Speaker:
        bare = not speaker.role and " " not in speaker.name  # "MoB" read as a surname
        if (speaker.kind == "organisation" or bare) and speaker.name in self.short_forms:
            # "BUA said …" after "the Bus Users Association (BUA)": the body by its name.
            return Speaker(self.short_forms[speaker.name], speaker.role, "organisation")
        body = speaker.kind == "organisation"
        spelt = initialled_body(speaker.name, self.texts) if body else None
        if spelt is not None:
            # "The BUA said …" after "the Bus Users Association": no bracketed short form.
            return Speaker(spelt, speaker.role, "organisation")
        known = self.surnames.get(speaker.name.split()[-1].lower())
        if (
            known
            and len(known.name.split()) >= len(speaker.name.split())
            and same_person(speaker.name, known.name)
        ):
            return Speaker(known.name, speaker.role or known.role, "person")
        return speaker

    def by_role(self, role: str) -> Speaker | None:
        """Who holds `role`: the holder of that very office, or of the only office known
        with that head word when `role` is the head word alone ("the minister"); "the
        finance minister" is not whoever the text calls "Prime Minister"."""
        keys = _role_keys(role)
        if keys[0] in self.roles:
            return self.roles[keys[0]]
        wanted = set(keys[0].split())
        for key, speaker in self.roles.items():
            if len(wanted) > 1 and wanted <= set(key.split()):
                # "the Health Secretary" for "Health and Social Care Secretary".
                return speaker
        holder = self.roles.get(keys[-1])
        if len(wanted) > 1 and keys[-1] in self.shared:
            # "the Deputy Prime Minister" on a page naming "Minister Roe" and "Minister
            # Doe": the head word alone says neither holds that office.
            holder = None
        if holder is not None:
            # The head word alone ("the minister"), or an office the text gave with no
            # qualifier that conflicts ("prime minister" for a "minister Jane Roe").
            known = set(_role_keys(holder.role)[0].split()) if holder.role else set()
            if len(wanted) == 1 or known <= wanted or wanted <= known:
                return holder
        return None

    def named_holder(self, role: str) -> Speaker | None:
        """The person the text names as holding `role` (`by_role`), not the office alone."""
        holder = self.by_role(role)
        return holder if holder is not None and holder.name != holder.role else None


_SMALL = {"of", "for", "and", "the", "on"}


def spelt_out(phrase: str, short: str) -> str | None:
    """The name `short` abbreviates at the end of `phrase`: the shortest run of its last
    capitalised words whose initials (a word in capitals counting whole: "UK") end in the
    letters of `short`, taken back to where the run of names starts ("Department of Bus
    Users" for "BU"); None when the letters do not match."""
    words = phrase.split()
    while words and words[0].lower() in _SMALL:
        words.pop(0)
    initials = small = ""
    for position in range(len(words) - 1, -1, -1):
        word = words[position].strip("’'")
        if word.lower() in _SMALL:
            # "Department of Buses (DOB)": a short form may keep the small word's letter.
            small = word[0].upper() + small
            continue
        initials = (word if word.isupper() else word[0]) + initials
        small = (word if word.isupper() else word[0]) + small
        if short.upper() in (initials.upper(), small.upper()):
            # A body's head word before the abbreviated part ("Department of" before
            # "Veterans Affairs (VA)") belongs to the name; a person before it does not.
            start = position
            if (
                start >= 2
                and words[start - 1] in ("of", "for")
                and words[start - 2].lower() in ORGANISATION_WORDS
            ):
                start -= 2
            return " ".join(words[start:]).rstrip("’'")
        if len(initials) >= len(short):
            break
    return None


def _ends_in_name(speaker: Speaker | None, phrase: str) -> bool:
    """Whether `phrase` ("Secretary of Buses Jane Q. Roe") is an office and then a name of
    two words or more; not an office whose last words are capitalised ("Secretary of State
    for Health and Social Care")."""
    if speaker is None or speaker.kind != "person" or not speaker.role:
        return False
    words = phrase.split()
    before = words[-len(speaker.name.split()) - 1] if len(words) > len(speaker.name.split()) else ""
    return len(speaker.name.split()) >= 2 and before.lower() not in {"and", "&", "of", "for"}


def _sentence_end(name: str) -> str:
    """A name cut where a sentence ends inside it: "Jane Roe. Treasurer" (the next sentence
    opening with a capital) is Jane Roe; an initial's or an honorific's full stop ("Jane Q.
    Roe", "Mr. Roe") ends none."""
    words = name.split()
    for position, word in enumerate(words[:-1]):
        bare = word.rstrip(".")
        honorific = word.lower() in HONORIFICS
        if word.endswith(".") and len(bare) > 2 and "." not in bare and not honorific:
            return " ".join(words[: position + 1]).rstrip(".")
    return name


def _ends_sentence(role: str) -> bool:
    """Whether an office's last word ends with a sentence's full stop ("… of State."), not
    an abbreviation's ("Gen.", "Sen.")."""
    last = role.split()[-1] if role.split() else ""
    return last.endswith(".") and len(last) > 4 and last[1:-1].islower()


def same_person(name: str, known: str) -> bool:
    """Whether `name` can be the person the text calls `known`: a surname alone, or given
    names that agree ("J. Roe", "Jane Roe" for "Jane Q. Roe"; not "John Roe")."""
    words, full = name.split(), known.split()
    if len(words) == 1:
        return True
    given = [w.rstrip(".").lower() for w in words[:-1]]
    known_given = [w.rstrip(".").lower() for w in full[:-1]]
    for word in given:
        if not any(k == word or (len(word) == 1 and k.startswith(word)) for k in known_given):
            return False
    return True


def signature_person(name: str, role: str) -> Speaker | None:
    """The person a signature line "Jane Roe, Secretary, Department of Buses" names: a
    name with no office word in it, then an office."""
    # "By Jane Roe, Minister for Buses": a byline's "By" is no part of the name.
    name = without_letters(re.sub(r"^By\s+", "", name.strip()))
    if len(name.split()) < 2:
        return None
    name_words = {w.lower().strip(".") for w in name.split()}
    role_words = {w.lower().strip(".") for w in role.split()}
    if name_words & (ROLE_HEADS | ORGANISATION_WORDS | HONORIFICS) or not role_words & ROLE_HEADS:
        return None
    return Speaker(" ".join(name.split()), role.strip(), "person")


def _role_keys(role: str) -> list[str]:
    words = [
        w
        for w in re.split(r"\s+", role.lower())
        if w and w not in {"the", "new", "former", "then", "a", "an", "his", "her", "its"}
    ]
    keys = [" ".join(words)]
    heads = [w for w in words if w in ROLE_HEADS]
    if heads:
        keys.append(heads[-1])
    # The first of two joined offices ("Deputy Leader and Minister for …"): "the Deputy
    # Leader".
    keys += [a for a, b in zip(words, words[1:], strict=False) if a in ROLE_HEADS and b == "and"]
    return keys


def mentions(text: str, speaker: Speaker) -> bool:
    """Whether `text` speaks of `speaker` in the third person (by surname or role)."""
    surname = speaker.name.split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", text):
        return True
    if speaker.role:
        role = re.sub(r"^(?:the|new|former)\s+", "", speaker.role, flags=re.I)
        if re.search(rf"\b(?:the|new|former|our)\s+(?:\w+\s+)?{re.escape(role)}\b", text, re.I):
            return True
    return False


def mentions_official(text: str, resolver: Resolver) -> bool:
    """Whether `text` refers to a role holder the way narration does ("the Home Secretary")."""
    for role in resolver.roles:
        if " " in role and re.search(rf"\b(?:the|new|former)\s+{re.escape(role)}\b", text, re.I):
            return True
    return False
