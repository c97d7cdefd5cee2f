"""Whether two claims make the same statement, said elsewhere, by someone else
or in other words ("a third" and "33%", "45,000" and "45k").

Three things must agree: the subject (the words that carry the statement, after
removing common words and reducing the rest to their stems with Snowball's
English stemmer), the figures (compared by value), and the direction of a
change ("down by a third" is not "up by a third"). Inflation down by a third is
not crossings down by a third: sharing a figure without sharing a subject
counts for nothing; and "bus fares rose by 5%" is not "rail fares rose by 5%",
nor "135,000 midwives" "135,000 nurses": two words in the same place next to a
shared word or figure, each missing from the other side, are two subjects (a
swapped subject word), however much else is shared. Words that name one thing
("households" and "homes", "firms" and "companies") are one word here."""

import os
import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from extraction.numbers import quantities, surface_forms

# A possible repeat, for an editor to look at (the claim form); a restatement,
# which the assistant's suggestions and the public API assert.
THRESHOLD = 0.4
RESTATES = 0.5
_STEMMER = snowballstemmer.stemmer("english")
_STOPWORDS = frozenset(
    re.split(
        r"\s+",
        """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers him his how i if in into is it its
    itself just me more most my no nor not now of off on once only or other our ours out over
    own same she should so some such than that the their theirs them then there these they
    this those through to too under until up very was we were what when where which while who
    whom why will with would you your said says per cent percent over nearly almost around
    about compared last year years new one two three four five six seven eight nine ten
    hundred thousand million billion half third thirds quarter quarters number numbers
    previous past next earlier ago since today currently still ever some roughly approximately
    just like across within whole total overall period months month weeks week among many much
    goes went gone people person level levels""",
    )
)

# A change up or down. "More than", "fewer than", "up to" are bounds, not changes.
_BOUND = re.compile(r"\b(?:more|fewer|less|no\s+more)\s+than\b|\bup\s+to\b", re.IGNORECASE)
_DOWN = re.compile(
    r"\b(?:fell|falls?|fallen|falling|down|drop(?:s|ped|ping)?|decreas\w*|declin\w*|reduc\w*"
    r"|cut(?:s|ting)?|lower|lowest|fewer|less|shr[aiu]nk\w*|slump\w*|plung\w*|plummet\w*"
    r"|halved|sank|sinks?|sinking|slash\w*|shed)\b",
    re.IGNORECASE,
)
_UP = re.compile(
    r"\b(?:rose|rises?|risen|rising|up|increas\w*|grew|grows?|grown|growing|growth|higher"
    r"|highest|more|jump\w*|soar\w*|surg(?:e|ed|es|ing)|climb\w*|doubled|tripled|trebled"
    r"|boost\w*|hike[ds]?|spik(?:e|ed|es))\b",
    re.IGNORECASE,
)
# English forms the stemmer does not bring together: irregular plurals and verbs.
_IRREGULAR = {
    "children": "child", "people": "person", "men": "man", "women": "woman",
    "knives": "knife", "lives": "life", "wives": "wife", "thieves": "thief",
    "shelves": "shelf", "built": "build", "spent": "spend", "sold": "sell",
    "bought": "buy", "paid": "pay", "made": "make", "left": "leave", "kept": "keep",
    "held": "hold", "lost": "lose", "won": "win", "gave": "give", "given": "give",
    "took": "take", "taken": "take", "brought": "bring", "taught": "teach",
    "told": "tell", "found": "find", "seen": "see", "saw": "see", "met": "meet",
    "ran": "run", "began": "begin", "begun": "begin", "chose": "choose", "chosen": "choose",
}  # fmt: skip
# Words used for one another in statements of figures: "water firms" are "water
# companies", "GP surgeries" "GP practices". Only words that name the same thing
# whatever the context; "nurses" and "midwives" are near in meaning, not one.
_INTERCHANGEABLE = [
    "home house household dwelling",
    "company firm business",
    "practice surgery",
    "car vehicle",
    "prison jail gaol",
    "passenger journey trip",
    "worker employee",
    "wage salary earnings",
    "price cost",
    "death fatality",
    "child kid",
    "doctor physician",
    "crime offence",
    "young youth",
    "unemployment joblessness",
    "spending expenditure",
    "money cash",
]
# Stem -> the stem of the first word of its group.
_SAME = {
    _STEMMER.stemWord(word): _STEMMER.stemWord(group.split()[0])
    for group in _INTERCHANGEABLE
    for word in group.split()
}
# Common verbs, and the usual actors: what is done, and by whom, matter less than
# to what ("the council built 4,200 homes" is not "the council built 4,200 school
# places"; "the council delivered 4,200 homes" is).
_VERBS = frozenset(
    """be have do say make go take get give keep leave put bring build buy sell spend pay
    hold run stand stay live work need help rely quit deliver fill repair drive travel reach
    hit meet see show find lose win use provide receive face remain become turn offer open
    close employ hire start end continue account represent set expect plan want involve visit
    treat wait serve cover fund tell teach begin choose allow let call claim mean seem look
    come create produce record report estimate""".split()  # noqa: SIM905
    # Who acts, rather than what the statement is about: said of many things.
    + """government council ministry minister department authority country nation national
    state public official""".split()  # noqa: SIM905
)
# Percentages agree to the precision they are written with: "33%" is any share
# that rounds to 33 ("a third"), "2.5%" one that rounds to 2.5, so "3%" is not
# "2.5%"; counts and sums within half a per cent ("135,000", "135k").
_RELATIVE = 0.005
# A swapped subject word halves the score: below what suggestions and the API
# assert, and below the claim form's possible repeats but for near-identical words.
_SWAPPED = 0.5
# What a word said another way ("firms" for "companies") counts for.
_REWORDED = 0.9


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str
    weak: bool  # a small count in words ("four hours"): agreeing counts, differing does not
    step: float | None = 1.0  # the last digit's place; None for an exact share ("a third")

    def agrees(self, other: "Figure") -> bool:
        if self.unit != other.unit:
            return False
        if self.unit == "%":
            difference = abs(self.value - other.value)
            # Half the coarser side's last digit: "33%" holds 33.3, "3%" not 2.5.
            within = max(self.step or 0.0, other.step or 0.0) / 2
            return difference < within or difference < 1e-9
        return abs(self.value - other.value) <= _RELATIVE * max(abs(self.value), abs(other.value))


@dataclass(frozen=True)
class Statement:
    """What a sentence states, reduced for comparison."""

    words: dict[str, float]  # stem -> weight
    figures: tuple[Figure, ...]
    direction: int  # -1 down, +1 up, 0 neither or both
    # Every word and figure in order: a word's stem, "_" and a common word as
    # written, "#" and a figure's key (see `_tokens`).
    tokens: tuple[str, ...] = ()
    # The stems as written, before interchangeable words are made one.
    said: frozenset[str] = frozenset()


def _quantities(text: str):
    """The text's quantities, less number words inside longer words ("tenants")."""
    return [q for q in quantities(text) if not text[q.end : q.end + 1].isalpha()]


def _without_figures(text: str) -> str:
    for q in reversed(_quantities(text)):
        text = text[: q.start] + " " + text[q.end :]
    return text


def _words(text: str) -> set[str]:
    """The words that carry the statement, lower case, figures and changes left out."""
    text = _DOWN.sub(" ", _UP.sub(" ", _BOUND.sub(" ", _without_figures(text))))
    words = {w.strip("’'-") for w in re.findall(r"[a-z][a-z’'-]{2,}", text.lower())}
    return {_IRREGULAR.get(w, w) for w in words if w and w not in _STOPWORDS}


def _stem(word: str) -> str:
    """The word's stem, one for interchangeable words."""
    stem = _STEMMER.stemWord(word)
    return _SAME.get(stem, stem)


def _weighted_stems(text: str) -> dict[str, float]:
    """Stem -> weight: 1 for the words naming what the statement is about, less
    for common verbs and past participles."""
    weights: dict[str, float] = {}
    for word in sorted(_words(text)):
        stem = _stem(word)
        verb = stem in _VERBS or word in _VERBS or (len(word) > 4 and word.endswith("ed"))
        weights[stem] = max(weights.get(stem, 0.0), 0.5 if verb else 1.0)
    return weights


def _tokens(text: str) -> tuple[str, ...]:
    """Every word and figure of the text in order: the stem of a word that may
    carry the statement, "_" and the word for a common word ("_in"), "#" and the
    key for a figure ("#33%", "#year2019")."""
    found: list[str] = []
    at = 0
    for q in [*_quantities(text), None]:
        piece = text[at : q.start if q else len(text)]
        for word in re.findall(r"[a-z][a-z’'-]*", piece.lower()):
            word = _IRREGULAR.get(word.strip("’'-"), word.strip("’'-"))
            if word:
                found.append(f"_{word}" if word in _STOPWORDS else _stem(word))
        if q:
            found.append(f"#{q.key}")
            at = q.end
    return tuple(found)


def content_words(text: str) -> set[str]:
    """The stems of the words that carry the statement, figures left out."""
    return set(_weighted_stems(text))


def direction(text: str) -> int:
    """-1 for a fall, +1 for a rise, 0 for neither or both."""
    text = _BOUND.sub(" ", text)
    down, up = bool(_DOWN.search(text)), bool(_UP.search(text))
    return 0 if down == up else (-1 if down else 1)


@lru_cache(maxsize=4096)
def statement(text: str) -> Statement:
    figures = tuple(
        Figure(q.value, q.unit, q.weak, q.step)
        for q in _quantities(text)
        if q.value is not None and q.unit != "year"
    )
    said = frozenset(_STEMMER.stemWord(word) for word in _words(text))
    return Statement(_weighted_stems(text), figures, direction(text), _tokens(text), said)


def swapped_words(a: Statement, b: Statement) -> set[tuple[str, str]]:
    """Pairs of subject words in the same place, one on each side, each missing
    from the other side: next to a word or a figure both sides share, before it
    ("bus fares", "rail fares"; "nurses left", "teachers left") or after it
    ("NHS dentist", "NHS optician"; "135,000 nurses", "135,000 midwives"), with
    only the same common words between ("asthma among children", "asthma among
    teenagers"). A restatement in other words moves, drops and adds words, and
    says a word another way ("water firms", "water companies": see
    `_INTERCHANGEABLE`); a swapped word in the same place names another thing.
    Only words that may carry the statement count, not verbs."""
    anchors = (a.words.keys() & b.words.keys()) | {t for t in a.tokens if t[0] == "#"}
    where: dict[str, list[int]] = {}
    for j, token in enumerate(b.tokens):
        if token in anchors:
            where.setdefault(token, []).append(j)
    found = set()
    for i, token in enumerate(a.tokens):
        for j in where.get(token, ()):
            for step in (-1, 1):
                pair = _neighbours(a.tokens, b.tokens, i + step, j + step, step)
                if pair and _swapped(a, b, *pair):
                    found.add(pair)
    return found


def _neighbours(a: tuple[str, ...], b: tuple[str, ...], i: int, j: int, step: int):
    """The first tokens from `i` in `a` and `j` in `b`, going `step`, that differ;
    None if a side ends first."""
    while 0 <= i < len(a) and 0 <= j < len(b):
        if a[i] != b[j]:
            return a[i], b[j]
        i, j = i + step, j + step
    return None


def _swapped(a: Statement, b: Statement, mine: str, theirs: str) -> bool:
    return (
        a.words.get(mine) == 1.0
        and b.words.get(theirs) == 1.0
        and mine not in b.words
        and theirs not in a.words
    )


def _figure_agreement(a: tuple[Figure, ...], b: tuple[Figure, ...]) -> float | None:
    """The share of the two sides' figures that the other side has too; None when
    a side has none. A weak figure ("four hours") without a partner is left out."""
    if any(not f.weak for f in a) and any(not f.weak for f in b):
        # Statistics on both sides: those are what must agree, not "two years".
        a, b = tuple(f for f in a if not f.weak), tuple(f for f in b if not f.weak)
    matched = total = 0
    for mine, theirs in ((a, b), (b, a)):
        for figure in mine:
            if any(figure.agrees(other) for other in theirs):
                matched += 1
                total += 1
            elif not figure.weak:
                total += 1
    if not a or not b:
        return None
    return matched / total if total else 1.0


def _word_agreement(a: Statement, b: Statement) -> float:
    """Weighted overlap of two sets of stems: the coverage of the shorter side and
    of both (Dice), averaged; 0 unless they share a word that is not a verb. A
    shared word said another way on each side ("firms", "companies") counts a
    little less than the same word, so the same sentence ranks above it."""
    shared = a.words.keys() & b.words.keys()
    # A stem is a verb only if both sides use it so ("unemployed", "unemployment").
    weight = {stem: max(a.words[stem], b.words[stem]) for stem in shared}
    if 1 not in weight.values():
        return 0.0
    whole = sum(weight.values())
    alike = {_SAME.get(stem, stem) for stem in a.said & b.said}
    common = whole - (1 - _REWORDED) * sum(weight[stem] for stem in shared - alike)
    size_a = whole + sum(a.words[stem] for stem in a.words.keys() - shared)
    size_b = whole + sum(b.words[stem] for stem in b.words.keys() - shared)
    return (common / min(size_a, size_b) + 2 * common / (size_a + size_b)) / 2


def score(a: Statement, b: Statement) -> float:
    """0 to 1: how likely `a` and `b` state the same thing."""
    if a.direction and b.direction and a.direction != b.direction:
        return 0.0
    words = _word_agreement(a, b)
    if not words:
        return 0.0
    if swapped_words(a, b):
        # Another subject said in the same shape ("stroke patients", "heart attack
        # patients"): at best a possible repeat, never a restatement.
        words *= _SWAPPED
    figures = _figure_agreement(a.figures, b.figures)
    if figures is None:
        # A figure on one side only: it may be the same statement, less surely.
        return round(0.8 * words if a.figures or b.figures else words, 3)
    if figures == 0:
        # Different figures on the same subject are different claims.
        return round(0.3 * words, 3)
    return round(words * (0.6 + 0.4 * figures), 3)


def similarity(a: str, b: str) -> float:
    """0 to 1: how likely `a` and `b` state the same thing."""
    return score(statement(a), statement(b))


def _ratio_forms(percent: str) -> list[str]:
    """ "in three", "in 3" for 33% ("one in three"): the ratios near a percentage."""
    forms = []
    names = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    for bottom, name in enumerate(names, start=2):
        if any(round(100 * top / bottom) == int(percent) for top in range(1, bottom)):
            forms += [f"in {bottom}", f"in {name}"]
    return forms


def prefilter_terms(text: str) -> list[str]:
    """Substrings a possible repeat of `text` must contain one of: the ways its
    figures may be written, or, without figures, its four longest content words."""
    terms: list[str] = []
    found = _quantities(text)
    strong = {q.key for q in found if q.value is not None and q.unit != "year" and not q.weak}
    for key in sorted(strong):
        terms += surface_forms(key)
        if key.endswith("%") and key[:-1].isdigit():
            terms += _ratio_forms(key[:-1])
    if terms:
        return list(dict.fromkeys(terms))
    found = {_search_term(word) for word in _words(text)}
    return sorted(found, key=lambda term: (-len(term), term))[:4]


def _search_term(word: str) -> str:
    """The part of `word` that every form sharing its stem contains: the stem may
    end differently from the word ("treaty", "treaties": "treati"), so the term
    is what the word and its stem share, without a trailing "i" ("treat")."""
    stem = _STEMMER.stemWord(word)
    shared = os.path.commonprefix([word, stem])
    return shared.removesuffix("i") if len(shared) > 4 else shared
