"""What the text itself says about who holds which role, and whether a
paragraph speaks of a person in the third person."""

import re

from extraction.attribution.names import ROLE_HEADS, WORD, Speaker, parse_person


class Resolver:
    """What the text itself says about who holds which role."""

    _ROLE_NAME = re.compile(
        # Words before the role: capitalised ones (a nationality, an organisation, a
        # portfolio: "French Finance Minister") and new/former/then.
        rf"(?P<role>(?:{WORD}\s+|(?:new|former|then|acting|interim)\s+){{0,4}}"
        rf"(?i:{'|'.join(sorted(ROLE_HEADS, key=len, reverse=True))})"
        rf"(?:\s+(?:of|for)\s+(?:{WORD}|and|the)(?:\s+(?:{WORD}|and|the|for|of)){{0,5}})?)"
        rf",?\s+(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Baroness|Professor|Prof)\.?\s+)*"
        # A name does not run over a line break ("… Jane Roe.\n\nMR. DOE: …").
        rf"(?P<name>{WORD}(?:[^\S\n]+{WORD}){{0,2}})"
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
