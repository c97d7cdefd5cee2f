"""An experiment: a page's narrating voice chosen by a small learned ranker, not by more
hand-written rules.

Why: the voice (who speaks where nothing is quoted or reported) is one decision per page,
and most wrong speakers on unseen pages come from it. Rules for it fit the pages they
were written from and carry poorly to the next batch. Here the decision is a ranking:
every voice the page's structure offers (the rules' own choice, the publisher, the names
in the title and the first paragraphs, a byline, a self-introduction, a transcript's
labels and name lines, the holder of an office) is described by generic features (where
it was found, where and how often the text mentions it, as a reported source or as the
label of a turn, whether it looks like a person, an office, a body or a stray word, the
kind of page), and a conditional logit (`Ranker`) scores them. No name from any text is
in this code.

Measured by leave-one-batch-out cross-validation (`python -m extraction.train_voice`), the
ranker did not beat the rules, overall or on the latest batches: it learns to defer to
them. So nothing here is wired into the suggester and no weights are stored; the module
stays so that the experiment can be rerun with better features or more labelled pages.
"""

import math
import random
import re
from dataclasses import dataclass, field

from extraction.attribution import (
    HONORIFICS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Resolver,
    Speaker,
    parse_person,
)
from extraction.text import paragraphs

# How many of the page's first paragraphs make its header.
HEADER = 6
# A capitalised run: "Health Secretary Jane Roe", "Department of Buses and Ferries", "Jane
# Q. Roe"; a full stop ends it ("Thanks, John. Waiting lists …"), but for an initial's.
_CAPITAL = r"(?:[A-Z]\.|[A-Z](?:[\w’'-]|\.(?=\w))*)"
_RUN = re.compile(rf"{_CAPITAL}(?:[^\S\n]+(?:of|for|the|and|de|van|von|der|{_CAPITAL}))*")
# Capitalised words that open sentences and headlines and name no one.
_FUNCTION = {
    "the", "a", "an", "in", "on", "at", "to", "for", "of", "by", "and", "but", "this", "that",
    "these", "we", "i", "it", "our", "my", "you", "he", "she", "they", "his", "her", "as",
    "with", "from", "new", "more", "today", "yesterday", "if", "when", "there", "what", "how",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov",
    "dec", "thank", "thanks", "good", "well", "yes", "no", "so", "is", "are",
}  # fmt: skip
# A byline or a kind line naming its author: "By Jane Roe", "Answered by: Jane Roe",
# "Speech by the Minister for Buses, Jane Roe", "From: Department of Buses".
_BYLINE = re.compile(
    r"^(?:(?:written|posted|issued|published|answered|asked)\s+by|by|from"
    r"|(?:joint\s+)?(?:statement|speech|remarks|address|lecture|testimony|article|op-ed|blog)"
    r"\s+(?:\w+\s+){0,3}?by)[:\s]+(?P<who>[^\n]{3,120})",
    re.I,
)
_SELF = re.compile(
    r"\b(?:[Mm]y\s+name\s+is|I\s+am|I[’']m)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
)
# A transcript's label: "JANE ROE:", "Ms Roe (Minister):", "Q:" at a paragraph's start.
_LABEL = re.compile(
    r"^(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,4})\s*(?:\([^)]{0,60}\))?:"
)
_SINGULAR = re.compile(r"\b(?:I|[Mm]y|me)\b")
_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
_SAY = r"(?:said|says|told|added|explained|noted|stated|warned|argued|claimed|announced)"
_ADDRESS = {h.strip(".") for h in HONORIFICS} | {"mp", "msp", "td", "mla", "ms", "am", "qc", "kc"}
KINDS = ("press_release", "speech", "parliamentary_record", "interview", "article", "report")


@dataclass
class Option:
    """One candidate voice and where the page offers it."""

    speaker: Speaker
    sources: set[str] = field(default_factory=set)


def _words(name: str) -> frozenset[str]:
    words = {w for w in re.findall(r"\w+", name.lower()) if w not in {"the", "of"}}
    return frozenset(words - _ADDRESS or words)


def _same(a: str, b: str) -> bool:
    x, y = _words(a), _words(b)
    return bool(x and y) and (x <= y or y <= x)


def _add(found: list[Option], speaker: Speaker | None, source: str) -> None:
    """Merge `speaker` into the option naming the same one ("Roe", "Jane Roe"), keeping the
    fuller name; a person and a body never merge."""
    if speaker is None or not speaker.name.strip() or len(speaker.name) > 80:
        return
    for option in found:
        if option.speaker.kind == speaker.kind and _same(option.speaker.name, speaker.name):
            option.sources.add(source)
            if len(_words(speaker.name)) > len(_words(option.speaker.name)):
                option.speaker = speaker
            return
    found.append(Option(speaker, {source}))


def _named(phrase: str, resolver: Resolver) -> Speaker | None:
    phrase = re.split(r"\s+(?:at|on|to|in|during|about)\s+|\s*[,;(|–—]\s*", phrase.strip())[0]
    words = phrase.split()
    if not words or all(w.lower().strip(".:") in _FUNCTION for w in words):
        return None
    person = parse_person(phrase)
    return resolver.resolve(person) if person is not None else None


def options(
    body: str,
    *,
    kind: str,
    title: str,
    publisher: str,
    rules_voice: Speaker | None,
    resolver: Resolver,
) -> list[Option]:
    """Every voice the page's structure offers, the rules' first (see the module)."""
    every = paragraphs(body)
    found: list[Option] = []
    _add(found, rules_voice, "rules")
    if publisher.strip():
        _add(found, Speaker(publisher.strip(), "", "organisation"), "publisher")
        # A page published under a person's name ("The Hon Jane Roe MP"): her too.
        person = parse_person(publisher)
        if person is not None and person.kind == "person" and len(person.name.split()) > 1:
            _add(found, resolver.resolve(person), "publisher")
    for run in _RUN.findall(title or ""):
        _add(found, _named(run, resolver), "title")
    header = [p.text for p in every[:HEADER]]
    for position, text in enumerate(header):
        for line in text.splitlines():
            byline = _BYLINE.match(line.strip())
            if byline:
                _add(found, _named(byline.group("who"), resolver), "byline")
        for run in _RUN.findall(text):
            _add(found, _named(run, resolver), f"header{min(position, 3)}")
    local = Resolver("\n\n".join([title or "", *header]))
    for person in list(local.surnames.values()):
        _add(found, resolver.resolve(person), "resolver")
    for full in local.short_forms.values():
        _add(found, Speaker(full, "", "organisation"), "resolver")
    for text in [p.text for p in every[: HEADER * 2]]:
        introduced = _SELF.search(text)
        if introduced:
            _add(found, _named(introduced.group("name"), resolver), "intro")
    for paragraph in every:
        label = _LABEL.match(paragraph.text)
        if label and len(label.group("name").split()) <= 5:
            _add(found, _named(label.group("name").title(), resolver), "label")
        elif len(paragraph.text.split()) <= 6 and paragraph.text.rstrip()[-1:] not in ".?!":
            line = _named(paragraph.text, resolver)
            if line is not None and line.kind == "person" and len(line.name.split()) > 1:
                _add(found, line, "line")
    for option in list(found):
        if _office_only(option.speaker):
            holder = resolver.by_role(option.speaker.role or option.speaker.name)
            _add(found, holder, "holder")
    return found


def _office_only(speaker: Speaker) -> bool:
    words = {w.lower() for w in speaker.name.split()}
    return speaker.name == speaker.role or bool(words & ROLE_HEADS) and speaker.kind == "person"


@dataclass
class Page:
    """What the features of every candidate of one page look at."""

    body: str
    kind: str
    lowered: set[str]
    singular: bool
    plural: bool
    texts: list[str]
    rules_publisher: bool

    @classmethod
    def read(cls, body: str, kind: str, publisher: str, rules: Speaker | None) -> "Page":
        prose = " ".join(_QUOTED.sub(" ", p.text) for p in paragraphs(body) if p.is_prose)
        texts = [p.text for p in paragraphs(body)]
        same = rules is not None and bool(publisher) and _same(rules.name, publisher)
        return cls(
            body,
            kind if kind in KINDS else "other",
            set(re.findall(r"\b[a-z][\w’'-]*", body)),
            bool(_SINGULAR.search(prose)),
            bool(_PLURAL.search(prose)),
            texts,
            same,
        )


def _bucket(n: int, edges=(0, 1, 3, 10, 30)) -> str:
    return str(max(i for i, edge in enumerate(edges) if n >= edge))


@dataclass
class Mentions:
    """How the page mentions one candidate: where, how often, as a source it reports,
    and which paragraphs open with it (a transcript's label, a name line over a turn)."""

    hits: list[int]
    reported: int
    opens: set[int]

    @classmethod
    def of(cls, speaker: Speaker, page: Page) -> "Mentions":
        words = speaker.name.split()
        names = [speaker.name] + ([words[-1]] if speaker.kind == "person" and words else [])
        # As printed, or in capitals as a transcript's label prints it ("JANE ROE:").
        either = "|".join(re.escape(n) for n in names + [n.upper() for n in names])
        mention = re.compile(rf"\b(?:{either})\b")
        said = re.compile(
            rf"\b(?:{either})\b(?:,[^,.\n]{{0,80}},)?\s+{_SAY}|{_SAY}\s+(?:\w+\s+)?(?:{either})\b"
        )
        return cls(
            [m.start() for m in mention.finditer(page.body)],
            len(said.findall(page.body)),
            {at for at, text in enumerate(page.texts) if mention.match(text)},
        )


def _spoken(page: Page, seen: list[Mentions]) -> list[int]:
    """The words each candidate holds the floor for: the paragraphs its label or name line
    opens, and those after them up to the next candidate's."""
    words, current = [0] * len(seen), None
    for at, text in enumerate(page.texts):
        current = next((i for i, m in enumerate(seen) if at in m.opens), current)
        if current is not None:
            words[current] += len(text.split())
    return words


def _ranks(values: list[int]) -> list[int]:
    """Each value's rank, 1 for the largest; 9 for none at all."""
    order = sorted(set(values), reverse=True)
    return [order.index(v) + 1 if v else 9 for v in values]


def features(option: Option, page: Page, seen: Mentions, ranks: tuple[int, int, int]) -> list[str]:
    """The candidate's features, as names of binary indicators (see the module)."""
    speaker, kind = option.speaker, page.kind
    name = speaker.name
    words = name.split()
    hits, reported, labels = seen.hits, seen.reported, len(seen.opens)
    rank, label_rank, spoken_rank = ranks
    if speaker.kind == "organisation":
        shape = "org"
    elif _office_only(speaker) and len(words) - len(speaker.role.split()) < 2:
        shape = "office"
    elif len(words) >= 2:
        shape = "person"
    else:
        shape = "word"
    common = all(w.lower() in page.lowered for w in words if w[:1].isupper())
    titled = bool(re.search(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Hon|Lord|Baroness|Prof)\.?\s+", name))
    office_near = bool(speaker.role) or any(
        w.lower() in ROLE_HEADS
        for at in hits[:3]
        for w in re.findall(r"\w+", page.body[max(0, at - 50) : at + len(name) + 50])
    )
    org = {w.lower() for w in words} & ORGANISATION_WORDS
    first = hits[0] if hits else -1
    position = "none" if first < 0 else _bucket(first, (0, 1, 200, 1000, 5000))
    found = [
        "bias",
        f"shape={shape}",
        f"shape={shape}|kind={kind}",
        f"first={position}",
        f"first={position}|kind={kind}",
        f"mentions={_bucket(len(hits))}",
        f"mentions={_bucket(len(hits))}|kind={kind}",
        f"rank={min(rank, 4)}|kind={kind}",
        f"label_rank={min(label_rank, 4)}|kind={kind}",
        f"spoken_rank={min(spoken_rank, 4)}|kind={kind}",
        f"reported={_bucket(reported)}",
        f"reported={_bucket(reported)}|shape={shape}|kind={kind}",
        f"labels={_bucket(labels)}|kind={kind}",
        f"sources={min(len(option.sources), 4)}",
        f"sources={min(len(option.sources), 4)}|kind={kind}",
        f"singular={page.singular}|shape={shape}|kind={kind}",
        f"plural={page.plural}|shape={shape}",
    ]
    found += [f"common|shape={shape}"] * common + ["titled"] * titled
    found += [f"office_near|shape={shape}"] * office_near + ["org_word"] * bool(org)
    found += [f"long|shape={shape}"] * (len(words) > 4) + ["caps"] * name.isupper()
    found += ["digits"] * bool(re.search(r"\d", name))
    for source in sorted(option.sources):
        found += [f"src={source}", f"src={source}|kind={kind}", f"src={source}|shape={shape}"]
        found.append(f"src={source}|rules_pub={page.rules_publisher}")
    if "rules" in option.sources and reported:
        found.append(f"rules_reported|kind={kind}")
    return found


def described(
    body: str,
    *,
    kind: str,
    title: str,
    publisher: str,
    rules_voice: Speaker | None,
    resolver: Resolver,
) -> list[tuple[Option, list[str]]]:
    """Each candidate voice of the page with its features."""
    found = options(
        body,
        kind=kind,
        title=title,
        publisher=publisher,
        rules_voice=rules_voice,
        resolver=resolver,
    )
    page = Page.read(body, kind, publisher, rules_voice)
    seen = [Mentions.of(option.speaker, page) for option in found]
    ranks = zip(
        _ranks([len(m.hits) for m in seen]),
        _ranks([len(m.opens) for m in seen]),
        _ranks(_spoken(page, seen)),
        strict=True,
    )
    return [
        (option, features(option, page, mentions, rank))
        for option, mentions, rank in zip(found, seen, ranks, strict=True)
    ]


class Ranker:
    """A conditional logit over a page's candidates (a softmax of linear scores), fitted by
    stochastic gradient descent with a small L2 penalty. It overrides the rules only when
    it gives another candidate more than even odds: a wrong override costs as much as a
    missed one, and the rules are right on most pages."""

    def __init__(self, weights: dict[str, float] | None = None):
        self.weights = dict(weights or {})

    def probabilities(self, candidates: list[list[str]]) -> list[float]:
        scores = [sum(self.weights.get(n, 0.0) for n in names) for names in candidates]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        return [e / sum(exps) for e in exps]

    def choose(self, candidates: list[list[str]], rules: int | None) -> int | None:
        """The index of the voice: the best candidate if it is likelier than not, else
        the rules' (`rules`, None when the rules found no voice)."""
        if not candidates:
            return rules
        p = self.probabilities(candidates)
        best = max(range(len(p)), key=lambda i: (p[i], i == rules, -i))
        return best if best == rules or p[best] > 0.5 else rules

    def fit(
        self, pages: list[tuple[list[list[str]], set[int]]], epochs=15, rate=0.05, l2=1e-3, seed=0
    ) -> "Ranker":
        """Learn from `pages`, each its candidates' features and the indices of the right
        ones (any right one will do). Deterministic: a seeded shuffle per epoch."""
        self.weights = {}
        order = list(range(len(pages)))
        shuffle = random.Random(seed).shuffle
        for _ in range(epochs):
            shuffle(order)
            for index in order:
                candidates, right = pages[index]
                p = self.probabilities(candidates)
                mass = sum(p[i] for i in right)
                for i, names in enumerate(candidates):
                    gradient = p[i] - (p[i] / mass if i in right else 0.0)
                    for name in names:
                        w = self.weights.get(name, 0.0)
                        self.weights[name] = w - rate * (gradient + l2 * w)
        self.weights = {n: round(w, 6) for n, w in self.weights.items() if abs(w) > 1e-6}
        return self
