"""The benchmarks on PostgreSQL (`make bench BENCH_DB=postgres`), written to
bench/POSTGRES.md (bench/run.py writes RESULTS.md for SQLite).

    make bench BENCH_DB=postgres BENCH_N=200000
    .venv/bin/python bench/run.py --db postgres --claims 200000 --runs 2
    .venv/bin/python bench/run.py --db postgres --claims 200000 --pg-database NAME
    .venv/bin/python bench/postgres.py --pages-only --claims 1000000   # latency only, printed
    .venv/bin/python bench/postgres.py --pages-only --claims 1000000 --search-probe

For each N: a database `factcheck_bench_N` on `--pg-url` built with `seed_bench`
(kept between runs; VACUUM ANALYZE after seeding), served by gunicorn (2 sync
workers, DEBUG off, as the SQLite run) on 127.0.0.1. Measures the CSV export (by
COPY) and the JSON-lines export in rows/s, against two `psql \\copy` floors: the
same columns hand-joined with topics, evidence and corrections aggregated once per
table, and the export's own COPY statement; the cursor path's CSV in-process, for
comparison; list, API and claim-page latency p50/p95; and the plan (EXPLAIN
ANALYZE) of each main page's slowest query.
`--search-probe` (with `--pages-only`) then times each search page in-process,
with its slowest query's EXPLAIN ANALYZE.
"""

import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import run

ROOT = run.ROOT

# The floor: the export's columns, hand-written, aggregates joined once per table.
FLOOR_SQL = (
    "SELECT c.id, c.slug, c.text, c.statement, s.id, s.name, s.slug, s.role, s.organisation, "
    "s.wikidata_id, c.said_on, c.said_on_precision, src.id, src.title, src.url, p.name, "
    "src.published_on, c.quote_start, c.quote_end, c.status, c.rating, c.verdict, "
    "coalesce(cc.n, 0), tg.topics, eg.urls, c.checked_on, c.published_at, c.updated_at, "
    "c.revised_at FROM claims_claim c JOIN claims_speaker s ON s.id = c.speaker_id "
    "LEFT JOIN sources_source src ON src.id = c.source_id "
    "LEFT JOIN sources_publisher p ON p.id = src.publisher_id "
    "LEFT JOIN (SELECT ct.claim_id, string_agg(t.slug, ';' ORDER BY t.slug) AS topics "
    "FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id "
    "GROUP BY ct.claim_id) tg ON tg.claim_id = c.id "
    "LEFT JOIN (SELECT claim_id, string_agg(url, ' ' ORDER BY stance, id) AS urls "
    "FROM claims_evidence GROUP BY claim_id) eg ON eg.claim_id = c.id "
    "LEFT JOIN (SELECT claim_id, count(*) AS n FROM claims_correction GROUP BY claim_id) cc "
    "ON cc.claim_id = c.id WHERE c.published_at IS NOT NULL "
    "ORDER BY c.said_on DESC NULLS LAST, c.id DESC"
)
PAGES = {
    **run.API_LISTS,
    **run.HTML_LISTS,
    "API list, changes since": "/api/v1/claims/?updated_after=2024-03-01&ordering=-updated",
}


def database_url(args, name: str) -> str:
    base = urlsplit(args.pg_url)
    return urlunsplit(base._replace(path=f"/{name}"))


def env_for(url: str) -> dict:
    return {**os.environ, **run.SERVER_ENV, "DATABASE_URL": url}


def psql(url: str, *args: str, capture=False) -> str:
    out = subprocess.run(
        ["psql", "--no-psqlrc", "-X", "-q", "-d", url, *args],
        check=True,
        capture_output=capture,
        text=True,
    )
    return out.stdout if capture else ""


def build_database(args, n: int) -> str:
    name = args.pg_database or f"factcheck_bench_{n}"
    url = database_url(args, name)
    admin = database_url(args, "postgres")
    exists = psql(
        admin, "-Atc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'", capture=True
    )
    manage = [run.PYTHON, "manage.py"]
    if exists.strip() and not args.rebuild:
        print(f"Using database {name} (pass --rebuild to rebuild).")
        subprocess.run(
            [*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env_for(url), check=True
        )
        return url
    if exists.strip():
        psql(admin, "-c", f'DROP DATABASE "{name}"')
    psql(admin, "-c", f'CREATE DATABASE "{name}"')
    started = time.monotonic()
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env_for(url), check=True)
    subprocess.run(
        [*manage, "seed_bench", "--claims", str(n)], cwd=ROOT, env=env_for(url), check=True
    )
    psql(url, "-c", "VACUUM ANALYZE")
    print(f"Built {name} in {time.monotonic() - started:.0f} s.")
    return url


def probe(url: str) -> dict:
    """In-process, in a child (a fresh Django): the COPY statement with its values
    bound, the cursor path's CSV rate, queries per page and the slowest one's plan."""
    os.environ.update(env_for(url))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    import psycopg
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.api import copy_export, exports
    from claims.api.rows import claim_url_builder
    from claims.models import Claim

    url_for = claim_url_builder(None)
    prefix, suffix = url_for("\0").split("\0", 1)
    sql, params = copy_export.copy_sql(Claim.objects.public(), prefix, suffix)
    connection.ensure_connection()
    bound = psycopg.ClientCursor(connection.connection).mogrify(sql, params)

    started = time.perf_counter()
    rows = sum(
        chunk.count(b"\n")
        for chunk in exports.csv_chunks(
            exports.export_rows(Claim.objects.public(), fmt="csv"), url_for
        )
    )
    cursor_rate = (rows - 1) / (time.perf_counter() - started)

    client = Client()
    pages = {}
    for label, path in PAGES.items():
        client.get(path)  # warm
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        slowest = max(captured.captured_queries, key=lambda q: float(q["time"]))
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + slowest["sql"])
            plan = "\n".join(line for (line,) in cursor.fetchall())
        pages[label] = {
            "status": response.status_code,
            "queries": len(captured),
            "slowest_ms": float(slowest["time"]) * 1000,
            "plan": plan,
        }
    return {"copy_sql": bound, "cursor_rate": cursor_rate, "pages": pages}


# The pages whose time is mostly the search's (`--search-probe`).
SEARCH_PAGES = [label for label, path in PAGES.items() if "q=" in path]


def search_probe(url: str, runs: int = 9) -> dict:
    """In-process, in a child: each search page through Django's test client (the
    median of `runs`, after a warm-up), its queries, and the EXPLAIN (ANALYZE,
    BUFFERS) execution time and buffers of its slowest query: the search's own cost,
    without HTTP and less exposed to other work on the machine."""
    os.environ.update(env_for(url))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    pages = {}
    for label in SEARCH_PAGES:
        client.get(PAGES[label])  # warm
        times = []
        for _ in range(runs):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                client.get(PAGES[label])
                times.append((time.perf_counter() - started) * 1000)
        slowest = max(captured.captured_queries, key=lambda q: float(q["time"]))
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + slowest["sql"])
            plan = cursor.fetchone()[0][0]
        pages[label] = {
            "median_ms": statistics.median(times),
            "queries": len(captured),
            "execution_ms": plan["Execution Time"],
            "buffers": plan["Plan"].get("Shared Hit Blocks", 0)
            + plan["Plan"].get("Shared Read Blocks", 0),
            "sql": slowest["sql"][:90],
        }
    return pages


def probe_subprocess(url: str, function: str = "probe") -> dict:
    code = (
        "import json, sys; sys.path.insert(0, 'bench'); import postgres; "
        f"print(json.dumps(postgres.{function}({url!r}), default=str))"
    )
    out = subprocess.run(
        [run.PYTHON, "-c", code],
        cwd=ROOT,
        env=env_for(url),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def psql_copy_rate(url: str, select: str, rows: int, runs: int) -> float:
    """rows/s of `psql \\copy (select) to /dev/null` (one line: psql's rule)."""
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        psql(url, "-c", f"\\copy ({select}) to '/dev/null' with (format csv)")
        rates.append(rows / (time.perf_counter() - started))
    return statistics.median(rates)


def run_for(args, n: int) -> dict:
    url = build_database(args, n)
    info = probe_subprocess(url)
    port = run.free_port()
    gunicorn = subprocess.Popen(
        [
            str(run.BIN / "gunicorn"),
            "factcheck.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--timeout=900",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env={**env_for(url), "DB_STATEMENT_TIMEOUT": "0"},
    )
    one, five, _ = os.getloadavg()
    results = {
        "n": n,
        "runs": args.runs,
        "port": port,
        "pages": info["pages"],
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "load_before": f"{one:.2f} (1 min), {five:.2f} (5 min)",
    }
    try:
        run.wait_until_up(port, "/api/v1/", gunicorn)
        for _ in range(4):
            run.stream(port, "/api/v1/claims/export.csv?said_after=2024-12-01")
        results["csv"] = run.measure_export(
            port, "/api/v1/claims/export.csv", gunicorn.pid, args.runs
        )
        results["jsonl"] = run.measure_export(
            port, "/api/v1/claims/export.jsonl", gunicorn.pid, args.runs
        )
        rows = results["csv"]["rows"]
        results["floor"] = psql_copy_rate(url, FLOOR_SQL, rows, args.runs)
        own = info["copy_sql"].removeprefix("COPY (").removesuffix(") TO STDOUT WITH (FORMAT csv)")
        results["own_copy"] = psql_copy_rate(url, own, rows, args.runs)
        results["cursor"] = info["cursor_rate"]
        claim = run.get(port, "/api/v1/claims/?page_size=1")[1]
        slug = json.loads(claim)["results"][0]["slug"]
        paths = {**PAGES, "Claim page": f"/claims/{slug}/", "API claim": f"/api/v1/claims/{slug}/"}
        results["latency"] = {
            label: (path, run.latency(port, path)) for label, path in paths.items()
        }
        results["server"] = psql(url, "-Atc", "SHOW server_version", capture=True).strip()
        one, five, _ = os.getloadavg()
        results["load_after"] = f"{one:.2f} (1 min), {five:.2f} (5 min)"
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)
    return results


# The targets of issue 14, judged at N = 1,000,000: (page, p95 ms below).
LATENCY_TARGETS = {"API list, filtered": 50, "API list, q search": 100}
FLOOR_TARGET = 0.5


def header(server: str) -> list[str]:
    return [
        "# Benchmark results on PostgreSQL",
        "",
        "Measured with `make bench BENCH_DB=postgres BENCH_N=…` (one section per N, each "
        "with its date and the machine's load average): "
        f"{os.cpu_count()} cores shared with other work, PostgreSQL {server} on the same "
        "machine, gunicorn 2 sync workers, DEBUG off, on 127.0.0.1. Figures are medians; "
        "the export targets are judged on ratios.",
        "",
        "Latency: sequential GETs from one client, a new connection each (as RESULTS.md). "
        "Queries and plans: the same path through Django's test client on the same "
        "database, after one warm-up request.",
        "",
    ]


def section(r: dict) -> str:
    csv_, floor, own = r["csv"], r["floor"], r["own_copy"]
    floor_met = "met" if csv_["rate"] / floor >= FLOOR_TARGET else "not met"
    lines = [
        f"## N = {r['n']:,} published claims (median of {r['runs']} run(s))",
        "",
        f"`.venv/bin/python bench/run.py --db postgres --claims {r['n']} --runs {r['runs']}` "
        f"(`make bench BENCH_DB=postgres BENCH_N={r['n']}` runs it with `--runs 3`) on "
        f"{r.get('when', '?')}; load "
        f"average {r.get('load_before', '?')} before, {r.get('load_after', '?')} after.",
        "",
        "| export | rows/s | worker peak over idle | command |",
        "|---|---:|---:|---|",
        f"| our CSV (COPY … TO STDOUT) | {csv_['rate']:,.0f} | {csv_['peak_mb']:.1f} MB | "
        "`curl -s http://127.0.0.1:PORT/api/v1/claims/export.csv -o /dev/null` |",
        f"| our JSON lines (cursor) | {r['jsonl']['rate']:,.0f} | "
        f"{r['jsonl']['peak_mb']:.1f} MB | "
        "`curl -s http://127.0.0.1:PORT/api/v1/claims/export.jsonl -o /dev/null` |",
        f"| floor: `psql \\copy`, same columns, aggregates joined | {floor:,.0f} | – | "
        "`FLOOR_SQL` in bench/postgres.py |",
        f"| `psql \\copy` of the export's own COPY statement | {own:,.0f} | – | "
        "`copy_export.copy_sql()` |",
        f"| the cursor path's CSV, in-process (before COPY) | {r['cursor']:,.0f} | – | "
        "`exports.csv_chunks(export_rows(…))` |",
        "",
        f"- CSV export vs the `psql \\copy` floor: **{csv_['rate'] / floor:.2f}×** "
        f"(target ≥ {FLOOR_TARGET}×: {floor_met})",
        f"- CSV export vs the cursor path: **{csv_['rate'] / r['cursor']:.1f}×**",
    ]
    for label, limit in LATENCY_TARGETS.items():
        if label in r["latency"]:
            p95 = r["latency"][label][1]["p95"]
            verdict = "met" if p95 < limit else "not met"
            lines.append(f"- {label}: p95 **{p95:.1f} ms** (target < {limit} ms: {verdict})")
    lines += [
        "",
        "| page | p50 ms | p95 ms | queries | slowest query ms | path |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for label, (path, lat) in r["latency"].items():
        page = r["pages"].get(label, {})
        queries = page.get("queries", "–")
        slowest = f"{page['slowest_ms']:.1f}" if page else "–"
        lines.append(
            f"| {label} | {lat['p50']:.1f} | {lat['p95']:.1f} | {queries} | {slowest} | `{path}` |"
        )
    lines += ["", "### Plans of each page's slowest query (EXPLAIN ANALYZE)", ""]
    for label, page in r["pages"].items():
        lines += [f"{label} (`{PAGES[label]}`):", "", "```", page["plan"], "```", ""]
    return "\n".join(lines)


_OLD_TRAILER = re.compile(r"\nLatency: sequential GETs from one client.*\Z", re.S)


def report(all_results: list[dict], existing: str = "") -> str:
    """The sections of this run, and those of other N kept from `existing`."""
    sections = {}
    if "\n## N = " in existing:
        for old in re.split(r"(?m)^(?=## N = )", existing)[1:]:
            n = int(re.match(r"## N = ([\d,]+)", old).group(1).replace(",", ""))
            sections[n] = _OLD_TRAILER.sub("\n", old).rstrip() + "\n"
    for r in all_results:
        sections[r["n"]] = section(r)
    lines = header(all_results[0].get("server", "?"))
    for n in sorted(sections):
        lines += [sections[n].rstrip(), ""]
    return "\n".join(lines)


def main(args) -> None:
    output = Path(args.output or ROOT / "bench" / "POSTGRES.md")
    subprocess.run(
        [run.PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env={**os.environ, **run.SERVER_ENV},
        check=True,
    )
    existing = output.read_text() if output.exists() else ""
    all_results = []
    for n in args.claims:
        print(f"\n=== PostgreSQL, N = {n:,} ===")
        all_results.append(run_for(args, n))
        print(section(all_results[-1]).split("### Plans")[0])
        output.write_text(report(all_results, existing))
    print(f"Wrote {output}.")


def pages_only(args) -> None:
    """Page latency alone, printed (no export, no file written): to re-measure the
    pages of a database already built when the machine is quieter."""
    for n in args.claims:
        name = args.pg_database or f"factcheck_bench_{n}"
        url = database_url(args, name)
        port = run.free_port()
        gunicorn = subprocess.Popen(
            [
                str(run.BIN / "gunicorn"),
                "factcheck.wsgi",
                "--workers=2",
                f"--bind=127.0.0.1:{port}",
                "--timeout=900",
                "--log-level=warning",
            ],
            cwd=ROOT,
            env={**env_for(url), "DB_STATEMENT_TIMEOUT": "0"},
        )
        try:
            run.wait_until_up(port, "/api/v1/", gunicorn)
            one, five, _ = os.getloadavg()
            print(
                f"N = {n:,}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
                f"load average {one:.2f} (1 min), {five:.2f} (5 min)"
            )
            print("| page | p50 ms | p95 ms | path |\n|---|---:|---:|---|")
            for label, path in PAGES.items():
                lat = run.latency(port, path)
                print(f"| {label} | {lat['p50']:.1f} | {lat['p95']:.1f} | `{path}` |", flush=True)
            one, five, _ = os.getloadavg()
            print(f"load average after: {one:.2f} (1 min), {five:.2f} (5 min)")
        finally:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        if args.search_probe:
            print_search_probe(url)


def print_search_probe(url: str) -> None:
    one, five, _ = os.getloadavg()
    print(f"\nIn-process search (load average {one:.2f} (1 min), {five:.2f} (5 min) before):")
    print(
        "| page | in-process median ms | queries | slowest query: EXPLAIN ANALYZE ms "
        "| its buffers | its start |\n|---|---:|---:|---:|---:|---|"
    )
    for label, page in probe_subprocess(url, "search_probe").items():
        print(
            f"| {label} | {page['median_ms']:.1f} | {page['queries']} | "
            f"{page['execution_ms']:.1f} | {page['buffers']:,} | `{page['sql']}…` |"
        )


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=pages_only.__doc__.splitlines()[0])
    parser.add_argument("--pages-only", action="store_true", required=True)
    parser.add_argument("--claims", type=int, nargs="+", default=[1_000_000])
    parser.add_argument(
        "--pg-url", default=os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/")
    )
    parser.add_argument("--pg-database")
    parser.add_argument(
        "--search-probe",
        action="store_true",
        help="Then time each search page in-process, with its slowest query's plan.",
    )
    pages_only(parser.parse_args())
