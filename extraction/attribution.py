"""Who said it: attribution from the structure of the text.

- "Health Secretary Jane Roe said:" (or "Chief Executive, Dr John Doe:")
  on its own line: the paragraphs that follow are that person's, until the
  text turns back to narration (a heading, another speaker, or a paragraph
  that speaks of the person in the third person);
- "X said …", "X claimed that …", "X denied …" inside a sentence;
- "…, said X", "“…,” the minister said";
- "according to X";
- quoted speech, and the quoted paragraphs that continue it;
- a role ("the Home Secretary", "the minister") resolved to the person named
  with that role elsewhere in the text, a surname to the full name;
- otherwise the document's own voice: the publisher of a press release, the
  person in the title of a speech, nobody for an encyclopedia entry.
"""

import re
from dataclasses import dataclass

from extraction.text import Paragraph

HONORIFICS = {
    "dr", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "baroness", "baron",
    "professor", "prof", "rt", "hon", "right", "honourable", "rev", "cllr", "dr.", "mr.",
    "mrs.", "ms.", "prof.", "rt.", "hon.",
}  # fmt: skip
ROLE_HEADS = {
    "secretary", "minister", "president", "chancellor", "mayor", "governor", "senator",
    "ambassador", "commissioner", "chair", "chairman", "chairwoman", "chairperson", "leader",
    "spokesperson", "spokesman", "spokeswoman", "director", "executive", "ceo", "head",
    "judge", "justice", "attorney", "general", "speaker", "mp", "mep", "councillor",
    "representative", "deputy", "king", "queen", "prince", "princess", "pope", "premier",
    "envoy", "secretary-general", "officer", "chief", "adviser", "advisor", "commander",
    "inspector", "constable", "founder", "manager", "whip", "solicitor",
    "chairs", "economist", "ministers", "secretaries", "presidents",
}  # fmt: skip
# Shared and second offices: "Co-President", "Vice-Chair".
ROLE_HEADS |= {
    f"{prefix}-{head}"
    for prefix in ("co", "vice")
    for head in ("president", "chair", "chairman", "chairwoman", "chairperson", "director")
}
CONNECTORS = {"of", "for", "the", "and", "de", "van", "von", "der", "del", "da", "al", "bin"}
ORGANISATION_WORDS = {
    "government", "office", "ministry", "department", "council", "commission", "committee",
    "agency", "police", "party", "union", "court", "parliament", "assembly", "nations",
    "organisation", "organization", "bank", "fund", "institute", "association", "authority",
    "service", "board", "group", "company", "corporation", "foundation", "trust", "league",
}  # fmt: skip
PRONOUNS = {"he", "she", "they"}
_NOT_SPEAKERS = {
    "it", "this", "that", "which", "who", "there", "report", "study", "data", "figures",
    "statement", "article", "document", "source", "sources", "critics", "officials", "some",
    "many", "others", "people", "experts", "analysts",
}  # fmt: skip

_SAY = (
    r"(?:said|says|claimed|claims|stated|states|denied|denies|insisted|insists|asserted"
    r"|asserts|told|tells|added|adds|confirmed"
    r"|confirms|admitted|admits|acknowledged|acknowledges|stressed|stresses"
    r"|(?:alleged|alleges|declared|announced|noted|explained|suggested|argues|maintained|maintains)(?=\s+that\b))"
)
_INTRO_VERBS = re.compile(
    r"\s*,?\s*(?:has\s+|had\s+|also\s+|then\s+)*(?:said|says|added|adds|commented|stated|states"
    r"|explained|continued|remarked|told\s+[\w\s]+|responded|replied|wrote)?\s*$",
    re.IGNORECASE,
)
_WORD = r"[A-Z][\w’'.-]*"
_CAPS_RUN = rf"(?:{_WORD}(?:\s+(?:of|for|the|and|de|van|von)\s+{_WORD}|\s+{_WORD})*)"
_ROLE_PHRASE = r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)"
_WHO = (
    rf"(?P<who>(?:{_ROLE_PHRASE})?(?:(?:new|former|then|[a-z]+’s|[a-z]+'s)\s+)?"
    rf"(?:{_CAPS_RUN}(?:\s+(?:spokesperson|spokesman|spokeswoman|official|officials))?"
    rf"|(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(ROLE_HEADS))})|he|she|they))"
)
_REPORTED = re.compile(rf"{_WHO}\s+(?:has\s+|had\s+|also\s+|repeatedly\s+)*{_SAY}\b")
_INVERTED = re.compile(
    rf"(?:[,”\"’']|\bas)\s*(?:said|says|added|adds|claimed|claims|stated|insisted|explained"
    rf"|told\s+\w+)\s+{_WHO}"
)
# "…, the minister announced on Tuesday." closing the sentence.
_TRAILING = re.compile(
    rf"[,”\"’]\s+{_WHO}\s+(?:has\s+|had\s+)?(?:{_SAY}|announced|noted|explained|warned|argued"
    rf"|wrote|tweeted)\b[^,;“”\"]*$"
)
_ACCORDING = re.compile(rf"\b(?i:according\s+to)\s+{_WHO}")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_QUOTE_OPEN = '“"‘'


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str = ""
    kind: str = "person"  # or "organisation"


def _tokens(phrase: str) -> list[str]:
    tokens = [t for t in re.split(r"[\s,]+", phrase.strip()) if t]
    return [t if t.lower() in HONORIFICS else t.rstrip(".;:!?") for t in tokens]


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


def parse_person(phrase: str) -> Speaker | None:
    """Split "Health Secretary Jane Roe" into a name and a role."""
    tokens = _tokens(phrase.strip(" :,"))
    while tokens and tokens[0].lower() in {"the", "a", "an", "his", "her", "its", "their"}:
        tokens.pop(0)
    if not tokens or not any(_is_cap(t) for t in tokens):
        return None
    lowered = {t.lower() for t in tokens}
    if lowered & ORGANISATION_WORDS and not lowered & ROLE_HEADS:
        return Speaker(" ".join(tokens), "", "organisation")
    name: list[str] = []
    for token in reversed(tokens):
        low = token.lower().strip(".")
        if not _is_cap(token) or low in ROLE_HEADS or low in HONORIFICS or len(name) == 3:
            break
        name.insert(0, token)
    role_tokens = tokens[: len(tokens) - len(name)]
    role = " ".join(t for t in role_tokens if t.lower() not in HONORIFICS).strip(" ,")
    role_words = {t.lower() for t in role_tokens}
    if not name:
        return None
    if len(name) > 2 and not role and not any(t.lower() in ORGANISATION_WORDS for t in name):
        # Three capitalised words and no role word: only the last two make the name.
        role, name = " ".join(name[:-2]), name[-2:]
    full = " ".join(name)
    kind = "person"
    if any(t.lower().strip(".") in ORGANISATION_WORDS for t in name) or (
        len(name) == 1 and not role_words & ROLE_HEADS and full.isupper()
    ):
        kind = "organisation"
    return Speaker(full, role, kind)


def intro_speaker(text: str) -> Speaker | None:
    """The speaker a line like "Health Secretary Jane Roe said:" introduces."""
    if not text.endswith(":"):
        return None
    groups = re.findall(r"\(([^)]*)\)", text)
    if groups:
        # Parliamentary records: "Role (Name):" or "Name (Constituency) (Party):".
        outside = re.sub(r"\s*\([^)]*\)", "", text[:-1]).strip()
        words = {w.lower() for w in _tokens(outside)}
        inner = parse_person(groups[0])
        if words & ROLE_HEADS and inner is not None and inner.kind == "person":
            return Speaker(inner.name, re.sub(r"^the\s+", "", outside, flags=re.I), "person")
        text = outside + ":"
    phrase = _INTRO_VERBS.sub("", text[:-1]).strip()
    tokens = _tokens(phrase)
    if not tokens or len(tokens) > 10:
        return None
    had_verb = phrase != text[:-1].strip()
    for token in tokens:
        low = token.lower().strip(".")
        if not (_is_cap(token) or low in CONNECTORS or low in HONORIFICS or had_verb):
            return None
    if not had_verb and not any(t.lower().strip(".") in ROLE_HEADS | HONORIFICS for t in tokens):
        # "Foreign Minister, Dr Jane Doe:" names a speaker; "Key findings:" does not.
        caps = [t for t in tokens if _is_cap(t)]
        if len(caps) < 2 or len(tokens) > 4:
            return None
    return parse_person(phrase)


class Resolver:
    """What the text itself says about who holds which role."""

    _ROLE_NAME = re.compile(
        # Words before the role: capitalised ones (a nationality, an organisation, a
        # portfolio: "French Finance Minister") and new/former/then.
        rf"(?P<role>(?:{_WORD}\s+|(?:new|former|then|acting|interim)\s+){{0,4}}"
        rf"(?i:{'|'.join(sorted(ROLE_HEADS, key=len, reverse=True))})"
        rf"(?:\s+(?:of|for)\s+(?:{_WORD}|and|the)(?:\s+(?:{_WORD}|and|the|for|of)){{0,5}})?)"
        rf",?\s+(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Baroness|Professor|Prof)\.?\s+)*"
        rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})"
    )

    def __init__(self, body: str):
        self.roles: dict[str, Speaker] = {}
        self.surnames: dict[str, Speaker] = {}
        for match in self._ROLE_NAME.finditer(body):
            speaker = parse_person(f"{match.group('role')} {match.group('name')}")
            if speaker is None or not speaker.role or speaker.kind != "person":
                continue
            self.learn(speaker)

    def learn(self, speaker: Speaker):
        if speaker.kind != "person":
            return
        parts = speaker.name.split()
        known = self.surnames.get(parts[-1].lower())
        if known is None or len(known.name.split()) < len(parts):
            self.surnames[parts[-1].lower()] = speaker
        if speaker.role:
            for key in _role_keys(speaker.role):
                known = self.roles.get(key)
                if known is None or len(known.name.split()) < len(parts):
                    self.roles[key] = self.surnames[parts[-1].lower()]

    def resolve(self, speaker: Speaker) -> Speaker:
        known = self.surnames.get(speaker.name.split()[-1].lower())
        if known and len(known.name.split()) >= len(speaker.name.split()):
            return Speaker(known.name, speaker.role or known.role, "person")
        return speaker

    def by_role(self, role: str) -> Speaker | None:
        for key in _role_keys(role):
            if key in self.roles:
                return self.roles[key]
        return None


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
    return keys


def _who(phrase: str, resolver: Resolver, last_person: Speaker | None) -> Speaker | None:
    # "On 3 June the minister said": the date is not part of the speaker.
    phrase = re.sub(rf"^(?:{_MONTHS})\s+(?:the\s+)?", "", phrase.strip(), flags=re.I)
    low = phrase.lower()
    if low in PRONOUNS:
        return last_person
    bare = re.sub(r"^(?:the|a|an|his|her|its|their)\s+", "", low)
    first = bare.split()[0] if bare else ""
    if not bare or first in _NOT_SPEAKERS or bare in _NOT_SPEAKERS or re.search(r"[’']s$", bare):
        return None
    if not any(_is_cap(t) for t in _tokens(phrase)) or all(
        t.lower().strip(".") in ROLE_HEADS | {"the", "new", "former", "of", "for", "and"}
        for t in _tokens(phrase)
    ):
        # A role without a name: "the Home Secretary", "the minister".
        if not set(bare.split()) & ROLE_HEADS:
            return None
        return resolver.by_role(bare) or Speaker(phrase_title(bare), "", "person")
    spokes = re.match(r"(.+?)\s+(spokes\w+|officials?)$", phrase)
    if spokes:
        return Speaker(
            spokes.group(1).removeprefix("the ").removeprefix("The "), "", "organisation"
        )
    speaker = parse_person(phrase)
    if speaker is None:
        if bare.split()[-1] in ROLE_HEADS:
            # "The Home Secretary said": a role, resolved to whoever the text says holds it.
            return resolver.by_role(bare) or Speaker(phrase_title(bare), "", "person")
        return None
    if speaker.kind == "person" and " " not in speaker.name and not speaker.role:
        resolved = resolver.resolve(speaker)
        if resolved is speaker:
            # A single capitalised word that no person in the text has as surname:
            # a country, a city or an organisation speaking ("Norway claimed").
            return Speaker(speaker.name, "", "organisation")
        return resolved
    return resolver.resolve(speaker)


def phrase_title(text: str) -> str:
    return " ".join(w if w in CONNECTORS else w.capitalize() for w in text.split())


def reported_speaker(
    text: str, resolver: Resolver, last_person: Speaker | None = None
) -> Speaker | None:
    """The speaker a sentence or clause itself names ("X said …", "according to X")."""
    for pattern in (_INVERTED, _TRAILING, _ACCORDING, _REPORTED):
        for match in pattern.finditer(text):
            speaker = _who(match.group("who"), resolver, last_person)
            if speaker is not None:
                return speaker
    return None


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


# Speaker headings of debate records, on a line of their own or run into the speech
# ("§ The Minister for X (Mr. Jane Roe)The figures …", "§ Mr. RoeThe figures …").
_PARENS = r"(?:\s*\([^()]{2,80}\))"
_NAME_RUN = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
)
_RUN_IN = re.compile(
    rf"^(?:§\s*)?(?:\d+\.\s*)?(?P<head>(?:The\s+)?[A-Z][\w’'.,\s-]{{0,90}}?{_PARENS}{{1,2}}"
    rf"|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+[A-Z][\w’'-]*[a-z])(?=[A-Z“\"‘][a-z ])"
)
# A reprint's "Jane Roe Portrait Jane Roe (Anytown) (Lab)" line.
_PORTRAIT = re.compile(rf"^(?P<name>{_NAME_RUN})\s+Portrait\s+(?P<rest>.+)$")
# A "Party, Constituency" line under a bare name.
_AFFILIATION = re.compile(r"^[A-Z][\w’'&-]*(?:\s+[A-Z\w’'&-]+)*,\s+[A-Z]")


def heading_speaker(text: str) -> Speaker | None:
    """The speaker a debate record's heading names: "Role (Name)", "Name (Place)
    (Party)", or a reprint's "Name Portrait …" line; None for other headings."""
    text = text.strip().removeprefix("§").strip()
    portrait = _PORTRAIT.match(text)
    if portrait:
        inner = heading_speaker(portrait.group("rest"))
        if inner is not None and not inner.role:
            return Speaker(parse_person(portrait.group("name")).name, "", "person")
        return inner or parse_person(portrait.group("name"))
    groups = re.findall(r"\(([^()]*)\)", text)
    if not groups or re.sub(r"\s*\([^()]*\)", "", text).strip()[-1:] in ".?!":
        return None
    outside = re.sub(r"\s*\([^()]*\)", "", text).strip()
    words = {w.lower() for w in _tokens(outside)}
    inner = parse_person(groups[0])
    if words & ROLE_HEADS and inner is not None and inner.kind == "person":
        return Speaker(inner.name, re.sub(r"^the\s+", "", outside, flags=re.I), "person")
    # "Name (Place) (Party)", or "Mr Name (Place)": a bare "Title (Region)" is a debate's name.
    titled = words & HONORIFICS or len(groups) >= 2
    if (
        titled
        and re.fullmatch(_NAME_RUN, outside)
        and not words & (ROLE_HEADS | ORGANISATION_WORDS)
    ):
        person = parse_person(outside)
        if person is not None and person.kind == "person":
            return person
    return None


def run_in_speaker(text: str) -> tuple[Speaker, int] | None:
    """A speaker heading run into the first words of a speech, and where the speech starts."""
    match = _RUN_IN.match(text)
    if not match:
        return None
    head = match.group("head")
    speaker = heading_speaker(head) if "(" in head else parse_person(head)
    if speaker is None or speaker.kind != "person":
        return None
    return speaker, match.end()


def _bare_name(text: str) -> Speaker | None:
    if not re.fullmatch(_NAME_RUN, text) or {w.lower() for w in text.split()} & ROLE_HEADS:
        return None
    person = parse_person(text)
    return person if person is not None and person.kind == "person" else None


def block_speakers(
    paragraphs: list[Paragraph], resolver: Resolver, *, turns: bool = False
) -> dict[int, Speaker | None]:
    """For each paragraph, the speaker of the quoted block it belongs to, if any.

    With `turns` (a debate record, an interview transcript) a speaker keeps the
    floor until the next speaker line, whoever they talk about; a speaker line is
    "Name:" or "Role (Name):", a heading "Role (Name)", "Name (Place) (Party)" or
    "Name Portrait …", a bare name over a "Party, Place" or office line, or a
    heading run into the speech ("§ Mr. RoeThe figures …")."""
    current: Speaker | None = None
    result: dict[int, Speaker | None] = {}
    for position, paragraph in enumerate(paragraphs):
        if paragraph.kind == "intro":
            current = intro_speaker(paragraph.text) or (current if turns else None)
            if current is not None:
                current = resolver.resolve(current)
                resolver.learn(current)
            result[paragraph.index] = None
            continue
        if turns and paragraph.kind != "intro":
            following = paragraphs[position + 1].text if position + 1 < len(paragraphs) else ""
            heading = heading_speaker(paragraph.text) if paragraph.kind == "heading" else None
            if heading is None and paragraph.kind == "heading":
                person = _bare_name(paragraph.text)
                if person is not None and (
                    _AFFILIATION.match(following)
                    or {w.lower() for w in _tokens(following)} & ROLE_HEADS
                ):
                    heading = person
                    office = following if not _AFFILIATION.match(following) else ""
                    heading = Speaker(
                        person.name, re.sub(r"^the\s+", "", office, flags=re.I), "person"
                    )
            if heading is None and paragraph.kind in ("prose", "bullet"):
                run_in = run_in_speaker(paragraph.text)
                heading = run_in[0] if run_in else None
            if heading is not None:
                current = resolver.resolve(heading)
                resolver.learn(current)
                result[paragraph.index] = current if paragraph.kind != "heading" else None
                continue
            result[paragraph.index] = current
            continue
        if paragraph.kind == "prose" and paragraph.text.endswith(":"):
            # "Speaking ahead of a visit to …, the minister Jane Roe said:"
            speaker = intro_speaker(re.split(r",\s+", paragraph.text)[-1])
            if speaker is not None:
                current = resolver.resolve(speaker)
                resolver.learn(current)
                result[paragraph.index] = None
                continue
        if (
            paragraph.kind in ("heading",)
            or current is not None
            and (mentions(paragraph.text, current) or mentions_official(paragraph.text, resolver))
        ):
            current = None
        result[paragraph.index] = current
    return result


def is_quoted(text: str) -> bool:
    return text[:1] in _QUOTE_OPEN
