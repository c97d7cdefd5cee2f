"""Score suggest_claims() against a gold file of labelled claims.

    python -m extraction.evaluate path/to/gold.json [--verbose]

The gold file lists `documents` (with `doc`, `title`, `publisher`, `date`) and
`claims` (`doc`, `start`, `end`, `speaker`, `checkworthy` 1–3); the texts are in
`../seeds/` next to the gold folder, or in `--texts DIR`. A suggestion matches a
gold claim when their spans overlap by at least half of the gold span.

- precision: share of suggestions that match some gold claim;
- recall (level 3, level ≥ 2): share of gold claims matched by some suggestion;
- speaker accuracy: over matched gold claims, share whose best-matching
  suggestion names the same speaker (case and word order aside; "UK" matches
  "UK Government"; no speaker matches only no speaker).

Runs without Django settings or a database.
"""

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

from extraction.suggest import suggest_claims

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


def document_metadata(document: dict) -> dict:
    """The keyword arguments of suggest_claims() for a gold document: its kind
    (guessed from the publisher's description), title, date and publisher."""
    described = document.get("publisher") or ""
    kind = document.get("kind") or next(
        (value for word, value in _KINDS if word in described.lower()), "other"
    )
    name = re.split(r"\s*[(,]", described)[0].strip()
    date = document.get("date")
    return {
        "kind": kind,
        "title": document.get("title") or "",
        "published_on": datetime.date.fromisoformat(date) if date and len(date) == 10 else None,
        "publisher": "" if kind == "encyclopedia_entry" else name,
    }


def _overlap(a_start, a_end, b_start, b_end) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _name_words(name: str | None) -> set[str]:
    return set(re.findall(r"\w+", (name or "").lower())) - {"the", "of"}


def same_speaker(gold: str | None, suggested: str | None) -> bool:
    if not gold or not suggested:
        return not gold and not suggested
    a, b = _name_words(gold), _name_words(suggested)
    return bool(a and b) and (a <= b or b <= a)


def evaluate(gold: dict, texts: Path) -> dict:
    suggestions_total = suggestions_matched = 0
    level3 = level3_hit = level2 = level2_hit = 0
    matched = speaker_right = 0
    misses = []
    for document in gold["documents"]:
        body = (texts / document["doc"]).read_text(encoding="utf-8")
        suggestions = suggest_claims(body, **document_metadata(document))
        claims = [c for c in gold["claims"] if c["doc"] == document["doc"]]
        suggestions_total += len(suggestions)
        for s in suggestions:
            if any(
                _overlap(s.start, s.end, c["start"], c["end"]) * 2 >= c["end"] - c["start"]
                for c in claims
            ):
                suggestions_matched += 1
            else:
                misses.append(("false positive", document["doc"], s.quote, s.speaker))
        for c in claims:
            hits = [
                s
                for s in suggestions
                if _overlap(s.start, s.end, c["start"], c["end"]) * 2 >= c["end"] - c["start"]
            ]
            level = c.get("checkworthy", 0)
            level3 += level == 3
            level2 += level >= 2
            if not hits:
                misses.append((f"missed (level {level})", document["doc"], c["quote"], ""))
                continue
            level3_hit += level == 3
            level2_hit += level >= 2
            best = max(hits, key=lambda s: _overlap(s.start, s.end, c["start"], c["end"]))
            matched += 1
            if same_speaker(c.get("speaker"), best.speaker):
                speaker_right += 1
            else:
                misses.append(
                    (
                        "wrong speaker",
                        document["doc"],
                        c["quote"],
                        f"{best.speaker} ≠ {c['speaker']}",
                    )
                )

    def ratio(a, b):
        return round(a / b, 3) if b else 0.0

    return {
        "suggestions": suggestions_total,
        "precision": ratio(suggestions_matched, suggestions_total),
        "recall_level3": ratio(level3_hit, level3),
        "recall_level2_plus": ratio(level2_hit, level2),
        "speaker_accuracy": ratio(speaker_right, matched),
        "misses": misses,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--texts", type=Path, help="folder of the texts (default: ../seeds)")
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
    args = parser.parse_args(argv)
    try:
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        parser.error(f"cannot read the gold file {args.gold}: {error}")
    texts = args.texts or args.gold.resolve().parent.parent / "seeds"
    if not texts.is_dir():
        parser.error(f"no folder of texts at {texts}: name it with --texts")
    result = evaluate(gold, texts)
    if args.verbose:
        for kind, doc, quote, note in result["misses"]:
            print(f"{kind:>20}  {doc[:12]}  {quote[:90]!r}  {note or ''}")
        print()
    print(f"suggestions:               {result['suggestions']}")
    print(f"precision:                 {result['precision']:.3f}")
    print(f"recall, level-3 claims:    {result['recall_level3']:.3f}")
    print(f"recall, level ≥ 2 claims:  {result['recall_level2_plus']:.3f}")
    print(f"speaker accuracy:          {result['speaker_accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
