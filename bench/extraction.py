"""How long the claim-extraction assistant takes on a long document.

Builds a 20-page PDF report and a long HTML page in a temporary folder (invented,
neutral text in the shape of a public-body report), reads them through
sources/importing.py exactly as an import does, and times `suggest_claims` on the
text: median of several runs, with the text's length and the number of suggestions.
Target (issue 10): under 5 s for the 20-page PDF on this machine.

    python bench/extraction.py [--runs 5] [--pages 20] [--profile]
"""

import argparse
import cProfile
import datetime
import io
import pstats
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pypdf
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from the repository root

from extraction import suggest_claims  # noqa: E402
from sources import importing  # noqa: E402

TARGET_SECONDS = 5.0

SUBJECTS = [
    ("hospital waiting lists", "patients"),
    ("new homes", "households"),
    ("bus services", "passengers"),
    ("recorded knife crime", "offences"),
    ("carbon emissions", "tonnes"),
    ("school places", "pupils"),
    ("social care vacancies", "posts"),
    ("rail punctuality", "trains"),
]
OFFICES = ["the Health Secretary", "the Chief Executive", "the council leader", "the Chair"]
NAMES = ["Jane Roe", "John Doe", "Ann Lee", "Sam Patel", "Maria Okafor"]

SENTENCES = [
    "The number of {unit} rose by {pct}% between {y0} and {y1}, to {n:,}.",
    "Spending on {subject} reached £{bn}bn in {y1}, the highest level since {y0}.",
    "Since {y0}, {subject} have fallen by a third in the region.",
    "One in {k} {unit} waited longer than the standard of 18 weeks in {y1}.",
    "The committee heard evidence from {k} local authorities and {n:,} respondents.",
    "We welcome the progress made and thank everyone who contributed to this report.",
    "This chapter sets out the background to our inquiry and the questions we asked.",
    "Unless funding rises by {pct}% a year, the service will not meet demand by {y2}.",
    "Inflation has been running below that level for {k} consecutive months.",
    "{name}, {office}, said: “We have delivered {n:,} more {unit} than in {y0}.”",
    "According to the regulator, {subject} cost £{m}m more than planned in {y1}.",
    "The programme was due to finish in {y1} but is now expected to run until {y2}.",
    "Part {k} of the Act makes provision for the inspection of {subject}.",
    "Figure {k}: {subject} by region, {y0} to {y1}",
    "We recommend that the department publish its plan within six months.",
    "The share of {unit} reached within the target fell from {pct}% to {pct2}%.",
]


def report_pages(pages: int, *, seed: int = 10) -> list[list[str]]:
    """Each page as a list of paragraphs: a heading, then sixteen paragraphs."""
    rng = random.Random(seed)
    result = []
    for number in range(1, pages + 1):
        subject, unit = SUBJECTS[number % len(SUBJECTS)]
        paragraphs = [f"{number}. {subject.capitalize()}"]
        for _ in range(16):
            sentences = []
            for template in rng.sample(SENTENCES, 3):
                y0 = rng.randint(1995, 2015)
                values = {
                    "subject": rng.choice(SUBJECTS)[0],
                    "unit": unit,
                    "pct": rng.randint(2, 60),
                    "pct2": rng.randint(2, 60),
                    "n": rng.randint(1_000, 900_000),
                    "bn": round(rng.uniform(1, 90), 1),
                    "m": rng.randint(5, 900),
                    "k": rng.randint(2, 9),
                    "y0": y0,
                    "y1": y0 + rng.randint(1, 8),
                    "y2": 2025 + rng.randint(1, 10),
                    "name": rng.choice(NAMES),
                    "office": rng.choice(OFFICES),
                }
                sentences.append(template.format(**values))
            paragraphs.append(" ".join(sentences))
        result.append(paragraphs)
    return result


def _wrap(paragraph: str, width: int = 95) -> list[str]:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]


def _pdf_string(line: str) -> bytes:
    # Helvetica with WinAnsi encoding: £ and curly quotes exist in cp1252.
    data = line.encode("cp1252", errors="replace")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def build_pdf(pages: list[list[str]]) -> bytes:
    """An A4 PDF with one text content stream per page, as a word processor makes."""
    writer = pypdf.PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    font_ref = writer._add_object(font)
    for paragraphs in pages:
        page = writer.add_blank_page(width=595, height=842)
        commands = [b"BT", b"/F1 9 Tf", b"11 TL", b"50 800 Td"]
        for paragraph in paragraphs:
            for line in _wrap(paragraph):
                commands += [_pdf_string(line) + b" Tj", b"T*"]
            commands.append(b"T*")
        commands.append(b"ET")
        stream = DecodedStreamObject()
        stream.set_data(b"\n".join(commands))
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
        )
    writer.add_metadata(
        {"/Title": "Annual report on public services", "/CreationDate": "D:20240315120000"}
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def build_html(pages: list[list[str]]) -> bytes:
    """A long article page with navigation, a cookie banner and a footer around it."""
    body = "\n".join(
        f"<h2>{p}</h2>" if i == 0 else f"<p>{p}</p>"
        for paragraphs in pages
        for i, p in enumerate(paragraphs)
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Annual report on public services</title>
<meta property="og:site_name" content="Example Public Body">
<meta name="date" content="2024-03-15"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies</div>
<main><article><h1>Annual report on public services</h1>
{body}
</article></main>
<footer>Privacy policy · Contact us · © Example Public Body</footer></body></html>
""".encode()


def _time(function, runs: int) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), result


def measure(label: str, path: Path, kind: str, runs: int, profile: bool) -> dict:
    data = path.read_bytes()
    read_s, document = _time(lambda: importing.extract(data, kind=kind), runs)
    text = document.text.replace("\r\n", "\n")

    def suggest():
        return suggest_claims(
            text,
            kind="report",
            title=document.title,
            published_on=document.published_on,
            publisher=document.publisher,
        )

    suggest_s, suggestions = _time(suggest, runs)
    if profile:
        profiler = cProfile.Profile()
        profiler.runcall(suggest)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return {
        "label": label,
        "bytes": len(data),
        "chars": len(text),
        "read_s": read_s,
        "suggest_s": suggest_s,
        "suggestions": len(suggestions),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one run")
    args = parser.parse_args(argv)

    pages = report_pages(args.pages)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "report.pdf"
        pdf.write_bytes(build_pdf(pages))
        html = Path(folder) / "report.html"
        html.write_bytes(build_html(pages))
        rows = [
            measure(f"PDF, {args.pages} pages", pdf, importing.PDF, args.runs, args.profile),
            measure("HTML, the same text", html, importing.HTML, args.runs, args.profile),
        ]

    print(f"Extraction benchmark, {datetime.date.today()}, median of {args.runs} runs")
    print(f"command: python bench/extraction.py --runs {args.runs} --pages {args.pages}\n")
    print("| document | bytes | text chars | import s | suggest s | suggestions |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['label']} | {row['bytes']:,} | {row['chars']:,} | {row['read_s']:.2f}"
            f" | {row['suggest_s']:.2f} | {row['suggestions']} |"
        )
    verdict = "met" if rows[0]["suggest_s"] < TARGET_SECONDS else "NOT met"
    print(f"\nTarget: suggesting on the PDF under {TARGET_SECONDS:.0f} s: {verdict}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
