"""Train the voice ranker (`extraction.voice_model`) on the development set and measure
it honestly, by leave-one-batch-out cross-validation.

    python -m extraction.train_voice [--devset PATH] [--epochs N] [--verbose]

Why a batch per fold: the labelled pages came in batches ("round1", "round2", …), and the
question is whether what is learnt from some batches carries to the next one. Each fold
trains on every batch but one and chooses the voice of the pages of the one left out.

- Gold voice of a page: the most common labelled speaker among its claims outside
  quotation marks (names compared with `evaluate.same_speaker`); a page with no such claim
  is left out.
- The rules' voice: the most common speaker among the suggester's own suggestions outside
  quotation marks (`suggest_claims`, unchanged).
- Figures, over all test folds: the share of pages whose voice is right, and of unquoted
  labelled claims whose speaker is the voice chosen, for the rules and for the model; the
  same over only the pages where the two disagree; by genre, and for the last 12 batches.
  And the suggester's speaker accuracy over matched claims when its unquoted suggestions in
  the rules' voice are given the model's voice instead.

The model was to be wired into the suggester only if it beat the rules in cross-validation
both overall and on the last 12 batches, on pages and on claims (`wins`). It did not, so
this command only measures: it writes no weights. The model's settings (15 epochs, rate
0.05, L2 0.001, override above even odds) were fixed before the last 12 batches were
measured; features were designed looking at batches 1–66 only.
"""

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from extraction.attribution import Resolver, Speaker
from extraction.evaluate import DEVSET, document_metadata, genre_of, inside_quotes, same_speaker
from extraction.suggest import suggest_claims
from extraction.text import paragraphs
from extraction.voice_model import Option, Ranker, described

RECENT = {f"round{n}" for n in range(67, 79)}


@dataclass
class Page:
    """One labelled page, ready to train on and to score."""

    doc: str
    batch: str
    genre: str
    gold: str | None
    unquoted: list[str]  # labelled speakers of the claims outside quotation marks
    rules: Speaker | None
    candidates: list[tuple[Option, list[str]]]
    # Per matched claim: its labelled speaker, the best suggestion's speaker, and whether
    # that suggestion is unquoted narration in the rules' voice (so the model's voice
    # would replace it).
    matched: list[tuple[str, str | None, bool]] = field(default_factory=list)

    @property
    def right(self) -> set[int]:
        return {
            i for i, (o, _) in enumerate(self.candidates) if same_speaker(self.gold, o.speaker.name)
        }


def _most_common(names: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The speaker most of `names` (name, role, kind) name, by its most frequent form."""
    groups: list[list[tuple[str, str, str]]] = []
    for name in names:
        group = next((g for g in groups if same_speaker(g[0][0], name[0])), None)
        if group is None:
            groups.append([name])
        else:
            group.append(name)
    if not groups:
        return None
    biggest = max(groups, key=len)  # the first of the largest groups on a tie
    return Counter(biggest).most_common(1)[0][0]


def _overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def build(devset: Path = DEVSET) -> list[Page]:
    """Every page of the development set with its gold voice, the rules' voice and the
    candidates' features."""
    gold = json.loads(devset.read_text(encoding="utf-8"))
    texts = devset.parent / "texts"
    claims = defaultdict(list)
    for claim in gold["claims"]:
        claims[claim["doc"]].append(claim)
    pages = []
    for document in gold["documents"]:
        body = (texts / document["doc"]).read_text(encoding="utf-8").replace("\r\n", "\n")
        meta = document_metadata(document)
        every = paragraphs(body)
        suggestions = suggest_claims(body, **meta)
        narrated = [
            (s.speaker, s.speaker_role, s.speaker_kind)
            for s in suggestions
            if s.speaker and not inside_quotes(every, s.start, s.quote)
        ]
        voice = _most_common(narrated)
        rules = Speaker(*voice) if voice else None
        mine = claims[document["doc"]]
        unquoted = [
            c["speaker"]
            for c in mine
            if c["speaker"] and not inside_quotes(every, c["start"], c["quote"])
        ]
        truth = _most_common([(name, "", "") for name in unquoted])
        resolver = Resolver(body)
        resolver.read(meta["title"])
        page = Page(
            doc=document["doc"],
            batch=document.get("batch") or "early",
            genre=genre_of(document),
            gold=truth[0] if truth else None,
            unquoted=unquoted,
            rules=rules,
            candidates=described(
                body,
                kind=meta["kind"],
                title=meta["title"],
                publisher=meta["publisher"],
                rules_voice=rules,
                resolver=resolver,
            ),
        )
        for c in mine:
            span = (c["start"], c["end"])
            hits = [
                s for s in suggestions if _overlap((s.start, s.end), span) * 2 >= span[1] - span[0]
            ]
            if not hits:
                continue
            best = max(hits, key=lambda s: _overlap((s.start, s.end), span))
            voiced = (
                rules is not None
                and same_speaker(rules.name, best.speaker)
                and not inside_quotes(every, best.start, best.quote)
            )
            page.matched.append((c["speaker"], best.speaker, voiced))
        pages.append(page)
    return pages


def cross_validate(pages: list[Page], epochs: int = 15) -> dict[str, str | None]:
    """The model's voice for each page, chosen by a ranker that never saw its batch."""
    usable = [p for p in pages if p.gold is not None]
    chosen: dict[str, str | None] = {}
    for batch in sorted({p.batch for p in usable}):
        training = [
            ([names for _, names in p.candidates], p.right)
            for p in usable
            if p.batch != batch and p.right
        ]
        ranker = Ranker().fit(training, epochs=epochs)
        for page in usable:
            if page.batch == batch:
                chosen[page.doc] = _pick(ranker, page)
    return chosen


def structure_only(pages: list[Page], epochs: int = 15) -> dict[str, str | None]:
    """The same cross-validation with the rules' voice taken out of the candidates and the
    features: what the page's structure alone tells the model."""
    stripped = {}
    for page in pages:
        kept = [
            (option, [n for n in names if not n.startswith(("src=rules", "rules_"))])
            for option, names in page.candidates
            if option.sources != {"rules"}
        ]
        right = {i for i, (o, _) in enumerate(kept) if same_speaker(page.gold, o.speaker.name)}
        stripped[page.doc] = (kept, right)
    chosen: dict[str, str | None] = {}
    for batch in sorted({p.batch for p in pages}):
        training = [
            ([names for _, names in stripped[p.doc][0]], stripped[p.doc][1])
            for p in pages
            if p.batch != batch and stripped[p.doc][1]
        ]
        ranker = Ranker().fit(training, epochs=epochs)
        for page in (p for p in pages if p.batch == batch):
            kept = stripped[page.doc][0]  # no fallback here: the likeliest, whatever its odds
            p = ranker.probabilities([names for _, names in kept]) if kept else []
            best = max(range(len(p)), key=p.__getitem__, default=None)
            chosen[page.doc] = None if best is None else kept[best][0].speaker.name
    return chosen


def _pick(ranker: Ranker, page: Page) -> str | None:
    """The model's voice for `page`: the rules' unless it gives another candidate more than
    even odds (`Ranker.choose`)."""
    rules = next((i for i, (o, _) in enumerate(page.candidates) if "rules" in o.sources), None)
    chosen = ranker.choose([names for _, names in page.candidates], rules)
    if chosen is None or chosen == rules:
        return page.rules.name if page.rules else None
    return page.candidates[chosen][0].speaker.name


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  –  "


def figures(pages: list[Page], chosen: dict[str, str | None]) -> dict[str, int]:
    """Counts of right voices for the rules and the model, over pages and claims, and the
    suggester's speaker accuracy with each voice."""
    n: dict[str, int] = defaultdict(int)
    for page in pages:
        if page.gold is None:
            continue
        rules = page.rules.name if page.rules else None
        model = chosen[page.doc]
        n["pages"] += 1
        n["claims"] += len(page.unquoted)
        for who, name in (("rules", rules), ("model", model)):
            right = same_speaker(page.gold, name)
            n[f"{who}_pages"] += right
            n[f"{who}_claims"] += sum(same_speaker(s, name) for s in page.unquoted)
            if not same_speaker(rules, model):
                n[f"{who}_differ"] += right
        n["differ"] += not same_speaker(rules, model)
        for label, suggested, voiced in page.matched:
            n["matched"] += 1
            n["rules_speaker"] += same_speaker(label, suggested)
            n["model_speaker"] += same_speaker(label, model if voiced else suggested)
    return n


def table(pages: list[Page], chosen: dict[str, str | None]) -> str:
    groups: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        groups[page.genre].append(page)
    rows = [(genre, groups[genre]) for genre in sorted(groups)]
    rows += [("all", pages), ("last 12 batches (67–78)", [p for p in pages if p.batch in RECENT])]
    rows += [("earlier batches", [p for p in pages if p.batch not in RECENT])]
    lines = [
        f"{'':26} {'pages':>5} {'rules':>6} {'model':>6}  {'claims':>6} {'rules':>6} {'model':>6}"
        f"  {'differ':>6} {'rules':>5} {'model':>5}  {'matched':>7} {'rules':>6} {'model':>6}"
    ]
    for name, chosen_pages in rows:
        n = figures(chosen_pages, chosen)
        lines.append(
            f"{name:26} {n['pages']:>5} {_ratio(n['rules_pages'], n['pages']):>6}"
            f" {_ratio(n['model_pages'], n['pages']):>6}  {n['claims']:>6}"
            f" {_ratio(n['rules_claims'], n['claims']):>6}"
            f" {_ratio(n['model_claims'], n['claims']):>6}"
            f"  {n['differ']:>6} {n['rules_differ']:>5} {n['model_differ']:>5}"
            f"  {n['matched']:>7} {_ratio(n['rules_speaker'], n['matched']):>6}"
            f" {_ratio(n['model_speaker'], n['matched']):>6}"
        )
    return "\n".join(lines)


def wins(pages: list[Page], chosen: dict[str, str | None]) -> bool:
    """Whether the model beats the rules on pages and claims, overall and on the last 12
    batches."""
    for part in (pages, [p for p in pages if p.batch in RECENT]):
        n = figures(part, chosen)
        if n["model_pages"] <= n["rules_pages"] or n["model_claims"] <= n["rules_claims"]:
            return False
    return True


def disagreements(pages: list[Page], chosen: dict[str, str | None]) -> str:
    lines = []
    for page in pages:
        rules = page.rules.name if page.rules else None
        if page.gold is None or same_speaker(rules, chosen[page.doc]):
            continue
        mark = "+" if same_speaker(page.gold, chosen[page.doc]) else "-"
        mark = "=" if mark == "-" and not same_speaker(page.gold, rules) else mark
        lines.append(
            f"{mark} {page.batch:8} {page.doc[:40]:40} gold={page.gold!r} rules={rules!r}"
            f" model={chosen[page.doc]!r}"
        )
    return "\n".join(sorted(lines, key=lambda line: re.sub(r"\D", "", line.split()[1]).zfill(3)))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--verbose", action="store_true", help="list the pages they differ on")
    args = parser.parse_args(argv)
    pages = build(args.devset)
    chosen = cross_validate(pages, epochs=args.epochs)
    usable = [p for p in pages if p.gold is not None]
    covered = sum(1 for p in usable if p.right)
    print(
        f"pages {len(pages)}, with a gold voice {len(usable)}, gold among the candidates {covered}"
    )
    print(table(usable, chosen))
    alone = structure_only(usable, epochs=args.epochs)
    for name, part in (("all", usable), ("last 12", [p for p in usable if p.batch in RECENT])):
        n = figures(part, alone)
        print(
            f"structure alone (no rules' voice), {name}:"
            f" pages {_ratio(n['model_pages'], n['pages'])},"
            f" claims {_ratio(n['model_claims'], n['claims'])}"
        )
    if args.verbose:
        print(disagreements(usable, chosen))
    if wins(usable, chosen):
        print("The model beats the rules overall and on the last 12 batches.")
    else:
        print("The model does not beat the rules overall and on the last 12 batches.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
