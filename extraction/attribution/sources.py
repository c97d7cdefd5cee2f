"""A body cited as the source of figures, where the older patterns find no speaker.

- "according to WHO", "according to latest WHO data", "according to ONS figures": an
  acronym is a body even when the text also writes it as a word ("who"), and a data noun
  after it ("data", "figures", "estimates") names what the body published;
- "New Acme polling for the Council reveals that …", "Council analysis of … suggests …",
  "ONS data show …": the body before the genre word found it (the pollster, not the one
  it polled for);
- "…, the UN health agency said": a body described rather than named is the one body the
  text spells out with a short form ("World Health Organization (WHO)").
"""

import re

from extraction.attribution.names import CAPS_RUN, ORGANISATION_WORDS, Speaker
from extraction.attribution.resolution import Resolver

_FRESH = r"(?:(?:the|The|new|New|latest|Latest|recent|Recent|fresh|Fresh|official|Official)\s+)"
_DATA = (
    r"(?:data|figures|estimates|projections|statistics|numbers|polling|poll|analysis|research"
    r"|survey)"
)
_ACRONYM = r"[A-Z][A-Z&]{1,7}"
# The verbs a study or a body's figures report a finding with ("… data show", "a survey …
# found", "the report concludes").
FINDING_VERBS = (
    r"(?:reveals?|revealed|suggests?|suggested|shows?|showed|finds|found|indicates?|indicated"
    r"|estimates?|estimated|concludes?|concluded|reported)"
)
_ACCORDING = re.compile(
    rf"\b(?i:according\s+to)\s+{_FRESH}*(?P<who>{_ACRONYM})(?:\s+{_DATA})?\b(?![\w’'-])"
)
# The sentence opens with the body and its finding's genre word, then the finding's verb;
# "<Name> statistics show" names a data set ("Bus Passenger statistics"), not a body.
_FINDS = re.compile(
    rf"^{_FRESH}*(?P<who>{CAPS_RUN})\s+(?!statistics\b)(?P<data>{_DATA})\b[^;“”\"]{{0,200}}?"
    rf"\s+{FINDING_VERBS}\b"
)
# Names of data sets and documents, which publish nothing themselves.
_DATASETS = {
    "census", "survey", "index", "report", "study", "statistics", "review", "audit",
    "data", "figures", "bulletin",
}  # fmt: skip
# "the UN health agency said", "the national statistics agency says": described, with at
# least one word before the noun (a bare "the agency said" is the body named last).
_DESCRIBED = re.compile(
    r"(?:^|,\s+)the\s+(?:[A-Z]{2,}\s+(?:[a-z]+\s+){0,2}|(?:[a-z]+\s+){1,2})(?:agency|organi[sz]ation|body"
    r"|watchdog|regulator)\s+(?:has\s+)?(?:said|says|reported|reports|warned|announced)\b"
)


def source_body(text: str, resolver: Resolver) -> Speaker | None:
    """The body a sentence cites for its figures (see the module); None when it names
    none."""
    match = _ACCORDING.search(text) or _FINDS.match(text)
    if match is not None:
        name = match.group("who").strip()
        if _is_body(name, resolver):
            return resolver.resolve(Speaker(name, "", "organisation"))
    if _DESCRIBED.search(text):
        return _only_spelt_body(resolver)
    return None


def reports_finding(text: str) -> bool:
    """Whether a sentence opens with a body's finding ("Council analysis … suggests …")."""
    return _FINDS.match(text) is not None


def reports_figures(text: str) -> bool:
    """Whether a sentence opens with a body's published figures ("The Bus Office figures
    show that …"): official statistics a release or a speaker reports, unlike a poll or an
    analysis ("PollWorks polling … reveals"), which is its author's finding."""
    match = _FINDS.match(text)
    return match is not None and match.group("data") in ("data", "figures", "estimates", "numbers")


def _is_body(name: str, resolver: Resolver) -> bool:
    """An acronym ("WHO"), a body's name ("Bus Agency"), a name the text spelt out, or a
    single capitalised name before "polling"/"analysis" ("PollWorks", "City Hall"); not a
    sentence's opening word ("Figures show …")."""
    words = name.split()
    if re.fullmatch(_ACRONYM, name) or name in resolver.short_forms:
        return True
    if words[-1].lower() in _DATASETS:
        # "Bus Fleet Census statistics show …": a data set, not who compiled it.
        return False
    if words[-1].lower() in ORGANISATION_WORDS:
        # "Government data shows …" alone is the speaker's own side, not a body named.
        return len(words) > 1
    # A firm's name with a capital inside ("PollWorks") or a two-word proper name.
    return bool(re.search(r"[a-z][A-Z]", name)) or len(words) >= 2


def _only_spelt_body(resolver: Resolver) -> Speaker | None:
    bodies = set(resolver.short_forms.values())
    if len(bodies) != 1:
        return None
    return Speaker(bodies.pop(), "", "organisation")
