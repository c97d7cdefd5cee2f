"""Score suggest_claims() against gold files of labelled claims, per genre.

    python -m extraction.evaluate                       # the development set and the seeds
    python -m extraction.evaluate path/to/gold.json [--texts DIR] [--verbose]

A gold file lists `documents` (`doc`, `title`, `publisher`, `date`, and
optionally `genre`, `kind`, `held_out`, `batch`, `date_in_metadata`) and `claims`
(`doc`, `start`, `end`, `speaker`, `date`, `checkworthy` 1–3). The texts are in
`texts/` beside the gold file, else in `../seeds/` next to its folder, or in
`--texts DIR`. A suggestion matches a gold claim when their spans overlap by at
least half of the gold span.

- precision: share of suggestions that match some gold claim;
- recall (level 3, level ≥ 2): share of gold claims matched by some suggestion;
- speaker accuracy: over matched gold claims, share whose best-matching
  suggestion names the same speaker (case, word order, forms of address and
  post-nominal letters aside; "Mr Roe" matches "Jane Roe"; "UK" matches
  "UK Government"; an acronym matches the name it abbreviates, "GAO" the "U.S.
  Government Accountability Office"; no speaker matches only no speaker); for one
  gold file it is also given over the claims whose labelled speaker the page (text,
  title or publisher) names at all;
- date accuracy: over matched gold claims with a date, share whose best
  suggestion has that date (to the precision the gold date gives);
- speaker accuracy with the voice confirmed ("spk+v"): the same as speaker accuracy,
  once an editor has checked whose each page's narration is ("Narration by" on the
  suggestions page) and set it to the labels' own where the page's reading differs (the
  speaker of at least half the page's claims outside quotation marks, if one is): the
  rest of attribution, turns, quotations and reported speech, after that one check.

A document with `date_in_metadata: false` is scored without its date, so that
the date has to come from the text itself. Documents added together share a
`batch` ("round1", "round2", …); the tuned and held-out figures are also given
per batch, so that a batch measured once, unseen, keeps its own figures. Runs
without Django or a database.
"""

import argparse
import datetime
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from extraction.attribution.page_voice import narration_voice
from extraction.suggest import suggest_claims
from extraction.text import paragraphs

DEVSET = Path(__file__).resolve().parent / "devset" / "devset.json"
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "seeds.json"

_KINDS = [
    ("encyclopedia", "encyclopedia_entry"),
    ("press release", "press_release"),
    ("speech", "speech"),
    ("parliament", "parliamentary_record"),
    ("hansard", "parliamentary_record"),
    ("interview", "interview"),
    ("article", "article"),
    ("report", "report"),
]
_GENRES = {
    "press_release": "press release",
    "speech": "speech",
    "parliamentary_record": "parliamentary record",
    "interview": "interview",
    "article": "news article",
    "report": "committee or court report",
    "encyclopedia_entry": "encyclopedia entry",
}


def _natural(name: str) -> list:
    """Sort key that puts "round2" before "round10"."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


FIGURES = (
    "precision",
    "recall_level3",
    "recall_level2_plus",
    "speaker_accuracy",
    "date_accuracy",
    "speaker_accuracy_voice_confirmed",
)


def _publisher_name(described: str) -> str:
    """The publisher's name from its description: what comes before a bracket or a comma
    ("Ministry of Housing (press release)", "Scottish Government, reprinted by …"), but a
    name whose list runs on past a comma stays whole ("Department for Business, Energy
    and Industrial Strategy")."""
    name = described.split("(")[0]
    head, _, rest = name.partition(",")
    listed = re.match(r"\s*[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*\s+(?:and|&)\s+[A-Z]", rest)
    return (name if listed else head).strip(" ,")


def document_metadata(document: dict) -> dict:
    """The keyword arguments of suggest_claims() for a gold document: its kind
    (guessed from the publisher's description), title, date and publisher."""
    described = document.get("publisher") or ""
    kind = document.get("kind") or next(
        (value for word, value in _KINDS if word in described.lower()), "other"
    )
    name = _publisher_name(described)
    date = document.get("date") if document.get("date_in_metadata", True) else None
    return {
        "kind": kind,
        "title": document.get("title") or "",
        "published_on": datetime.date.fromisoformat(date) if date and len(date) == 10 else None,
        "publisher": "" if kind == "encyclopedia_entry" else name,
    }


def genre_of(document: dict) -> str:
    return document.get("genre") or _GENRES.get(document_metadata(document)["kind"], "other")


def _overlap(a_start, a_end, b_start, b_end) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


# Forms of address and post-nominal letters name no one: "Mr. GRASSLEY" is the "Chuck
# Grassley" of a label, "Jane Murphy T.D." its "Jane Murphy".
_ADDRESS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "hon", "rt", "honourable"}
_POSTNOMINALS = {"mp", "msp", "mla", "mep", "td", "t", "d", "qc", "kc", "am", "mhk"}


def _name_words(name: str | None) -> set[str]:
    words = set(re.findall(r"\w+", (name or "").lower())) - {"the", "of"}
    return words - _ADDRESS - _POSTNOMINALS or words


def _initials(name: str, *, joining: bool = False) -> str:
    """The initials of the capitalised words, each part of a hyphenated one counting
    ("VAGO": Victorian Auditor-General's Office), and with `joining` of "of", "and",
    "for" between them too ("VOA": Voice of America)."""
    word = r"[A-Z][\w'’]*|\b(?:of|and|for)\b" if joining else r"[A-Z][\w'’]*"
    return "".join(w[0].upper() for w in re.findall(word, name))


def _abbreviates(acronym: str, name: str) -> bool:
    """ "GAO" for "U.S. Government Accountability Office", "VOA" for "Voice of America":
    the initials of a run of the name's capitalised words, with or without the joining
    words between them."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return False
    return acronym in _initials(name) or acronym in _initials(name, joining=True)


def same_speaker(gold: str | None, suggested: str | None) -> bool:
    if not gold or not suggested:
        return not gold and not suggested
    a, b = _name_words(gold), _name_words(suggested)
    if bool(a and b) and (a <= b or b <= a):
        return True
    return _abbreviates(gold, suggested) or _abbreviates(suggested, gold)


def _named_in(speaker: str | None, page: str) -> bool:
    """Whether the page (text, title, publisher) names the labelled speaker: a label can
    name a minister the page calls only "the Secretary of State", which no reading of the
    page recovers."""
    if not speaker:
        return True
    present = set(re.findall(r"\w+", page.lower()))
    return any(word in present for word in _name_words(speaker) if len(word) > 2)


def inside_quotes(every, start: int, quote: str) -> bool:
    """Whether a span starting at `start` lies inside quotation marks or opens with one (a
    simple reading: curly marks opened and not closed before it in its paragraph, an odd
    number of straight ones)."""
    if quote.lstrip()[:1] in '“"':
        return True
    for p in every:
        if p.start <= start < p.end:
            before = p.text[: start - p.start]
            return before.count("“") > before.count("”") or before.count('"') % 2 == 1
    return False


def labelled_voice(body: str, claims: list[dict]) -> str:
    """The page's voice as labelled: the speaker of at least half of its claims outside
    quotation marks ("" when none is, or when those claims are no one's: an encyclopedia's
    entry reporting many voices)."""
    every = paragraphs(body)
    # A claim the labels give no speaker counts too: an entry's own facts are no one's.
    unquoted = [
        c.get("speaker") or "" for c in claims if not inside_quotes(every, c["start"], c["quote"])
    ]
    if not unquoted:
        return ""
    speaker, count = Counter(unquoted).most_common(1)[0]
    return speaker if count * 2 >= len(unquoted) else ""


def _voice_confirmed(body: str, claims: list[dict], metadata: dict, suggestions: list) -> list:
    """The suggestions once an editor has checked "Narration by" on the suggestions page:
    set to the labels' voice where the page's reading differs from it, else left alone."""
    voice = labelled_voice(body, claims)
    shown = narration_voice(
        body, kind=metadata["kind"], title=metadata["title"], publisher=metadata["publisher"]
    )
    if not voice or same_speaker(voice, shown.name if shown else None):
        return suggestions
    return suggest_claims(body, narrator=voice, **metadata)


def _hits(suggestion, claim) -> bool:
    gold = claim["end"] - claim["start"]
    return _overlap(suggestion.start, suggestion.end, claim["start"], claim["end"]) * 2 >= gold


def _counts(gold: dict, texts: Path) -> dict[str, dict]:
    """Raw counts for each document of `gold`, and the misses, keyed by file name."""
    counts = {}
    for document in gold["documents"]:
        body = (texts / document["doc"]).read_text(encoding="utf-8")
        suggestions = suggest_claims(body, **document_metadata(document))
        claims = [c for c in gold["claims"] if c["doc"] == document["doc"]]
        # The same page once an editor has confirmed whose its narration is: what is left
        # is the rest of attribution.
        confirmed = _voice_confirmed(body, claims, document_metadata(document), suggestions)
        page = " ".join([body, document.get("title") or "", document.get("publisher") or ""])
        n = defaultdict(int)
        misses = []
        n["suggestions"] = len(suggestions)
        for s in suggestions:
            if any(_hits(s, c) for c in claims):
                n["suggestions_matched"] += 1
            else:
                misses.append(("false positive", document["doc"], s.quote, s.speaker))
        for c in claims:
            hits = [s for s in suggestions if _hits(s, c)]
            level = c.get("checkworthy", 0)
            n["level3"] += level == 3
            n["level2"] += level >= 2
            if not hits:
                misses.append((f"missed (level {level})", document["doc"], c["quote"], ""))
                continue
            n["level3_hit"] += level == 3
            n["level2_hit"] += level >= 2
            best = max(hits, key=lambda s: _overlap(s.start, s.end, c["start"], c["end"]))
            after = [s for s in confirmed if _hits(s, c)]
            if after:
                n["voice_matched"] += 1
                chosen = max(after, key=lambda s: _overlap(s.start, s.end, c["start"], c["end"]))
                n["voice_right"] += same_speaker(c.get("speaker"), chosen.speaker)
            n["matched"] += 1
            named = _named_in(c.get("speaker"), page)
            n["speaker_named"] += named
            if same_speaker(c.get("speaker"), best.speaker):
                n["speaker_right"] += 1
                n["speaker_named_right"] += named
            else:
                note = f"{best.speaker} ≠ {c.get('speaker')}"
                misses.append(("wrong speaker", document["doc"], c["quote"], note))
            if c.get("date"):
                n["dated"] += 1
                said = best.date.isoformat() if best.date else ""
                if said.startswith(c["date"]):
                    n["date_right"] += 1
                else:
                    misses.append(
                        ("wrong date", document["doc"], c["quote"], f"{said} ≠ {c['date']}")
                    )
        counts[document["doc"]] = {"counts": n, "misses": misses}
    return counts


def _figures(counts: list[dict]) -> dict:
    n = defaultdict(int)
    for one in counts:
        for key, value in one.items():
            n[key] += value

    def ratio(a, b):
        return round(a / b, 3) if b else None

    return {
        "texts": len(counts),
        "suggestions": n["suggestions"],
        "precision": ratio(n["suggestions_matched"], n["suggestions"]),
        "recall_level3": ratio(n["level3_hit"], n["level3"]),
        "recall_level2_plus": ratio(n["level2_hit"], n["level2"]),
        "speaker_accuracy": ratio(n["speaker_right"], n["matched"]),
        "speaker_accuracy_named": ratio(n["speaker_named_right"], n["speaker_named"]),
        "speaker_named": n["speaker_named"],
        "speaker_accuracy_voice_confirmed": ratio(n["voice_right"], n["voice_matched"]),
        "matched": n["matched"],
        "date_accuracy": ratio(n["date_right"], n["dated"]),
    }


def evaluate(gold: dict, texts: Path) -> dict:
    """The figures over all of `gold`, per genre, for held-out and tuned texts, and
    for the tuned and held-out texts of each batch."""
    per_doc = _counts(gold, texts)
    documents = gold["documents"]
    result = _figures([per_doc[d["doc"]]["counts"] for d in documents])
    result = {key: (0.0 if value is None else value) for key, value in result.items()}
    genres = defaultdict(list)
    for document in documents:
        genres[genre_of(document)].append(per_doc[document["doc"]]["counts"])
    result["by_genre"] = {genre: _figures(counts) for genre, counts in sorted(genres.items())}
    if any(d.get("held_out") for d in documents):
        for name, held in (("tuned", False), ("held_out", True)):
            chosen = [d for d in documents if bool(d.get("held_out")) == held]
            result[name] = _figures([per_doc[d["doc"]]["counts"] for d in chosen])
    if any(d.get("batch") for d in documents):
        result["by_batch"] = {}
        for batch in sorted({d.get("batch") or "" for d in documents}, key=_natural):
            in_batch = [d for d in documents if (d.get("batch") or "") == batch]
            result["by_batch"][batch] = {
                name: _figures([per_doc[d["doc"]]["counts"] for d in chosen])
                for name, held in (("tuned", False), ("held_out", True))
                if (chosen := [d for d in in_batch if bool(d.get("held_out")) == held])
            }
    result["misses"] = [miss for d in documents for miss in per_doc[d["doc"]]["misses"]]
    return result


def _texts_for(gold_path: Path) -> Path:
    beside = gold_path.resolve().parent / "texts"
    return beside if beside.is_dir() else gold_path.resolve().parent.parent / "seeds"


def _cell(value) -> str:
    return "  –  " if value is None else f"{value:.3f}"


def report(title: str, result: dict, *, verbose: bool = False) -> str:
    lines = [title, ""]
    header = f"{'':30} {'texts':>5} {'sugg.':>5}  prec.  rec.3  rec.2+ speaker  date  spk+v"
    lines.append(header)
    rows = list(result["by_genre"].items()) + [("all", result)]
    rows += [
        (f"  {name.replace('_', ' ')}", result[name])
        for name in ("tuned", "held_out")
        if name in result
    ]
    for batch, parts in result.get("by_batch", {}).items():
        rows += [
            (f"    {batch or 'no batch'}, {name.replace('_', ' ')}", figures)
            for name, figures in parts.items()
        ]
    for name, figures in rows:
        cells = " ".join(f"{_cell(figures[key]):>6}" for key in FIGURES)
        lines.append(f"{name:30} {figures['texts']:>5} {figures['suggestions']:>5} {cells}")
    if verbose:
        lines.append("")
        for kind, doc, quote, note in result["misses"]:
            lines.append(f"{kind:>20}  {doc[:24]:24}  {quote[:80]!r}  {note or ''}")
    return "\n".join(lines) + "\n"


def _summary(result: dict) -> str:
    return (
        f"suggestions:               {result['suggestions']}\n"
        f"precision:                 {result['precision']:.3f}\n"
        f"recall, level-3 claims:    {result['recall_level3']:.3f}\n"
        f"recall, level ≥ 2 claims:  {result['recall_level2_plus']:.3f}\n"
        f"speaker accuracy:          {result['speaker_accuracy']:.3f}\n"
        f"  where the page names the labelled speaker: {result['speaker_accuracy_named'] or 0:.3f}"
        f" ({result['speaker_named']} of {result['matched']} matched claims)\n"
        "  once an editor has confirmed whose each page's narration is: "
        f"{result['speaker_accuracy_voice_confirmed'] or 0:.3f}\n"
    )


def _load(parser, path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        parser.error(f"cannot read the gold file {path}: {error}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="?", help="one gold file (default: both sets)")
    parser.add_argument("--texts", type=Path, help="folder of the texts of the one gold file")
    parser.add_argument("--devset", type=Path, default=DEVSET, help="the development set")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="the seeds' gold file")
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
    args = parser.parse_args(argv)
    if args.gold is not None:
        gold = _load(parser, args.gold)
        texts = args.texts or _texts_for(args.gold)
        if not texts.is_dir():
            parser.error(f"no folder of texts at {texts}: name it with --texts")
        result = evaluate(gold, texts)
        print(report(str(args.gold), result, verbose=args.verbose))
        print(_summary(result), end="")
        return 0
    dev = evaluate(_load(parser, args.devset), _texts_for(args.devset))
    print(report(f"Development set ({args.devset.name})", dev, verbose=args.verbose))
    if args.seeds.is_file() and _texts_for(args.seeds).is_dir():
        seeds = evaluate(_load(parser, args.seeds), _texts_for(args.seeds))
        print(report(f"Seeds ({args.seeds.name})", seeds, verbose=args.verbose))
    else:
        print(f"Seeds: no gold file or texts at {args.seeds}; the seeds were not scored.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
