"""Benchmarks of the API and exports against Datasette and a bare sqlite3 loop (SPEC §9).

    make bench                      # N = 200,000 and 1,000,000
    .venv/bin/python bench/run.py --claims 200000 --runs 3
    make bench BENCH_DB=postgres BENCH_N=200000   # PostgreSQL: bench/POSTGRES.md

For each N: builds bench/.work/claims-N.sqlite3 with `seed_bench` (kept between
runs), serves it with gunicorn (2 sync workers, DEBUG off) and with Datasette
(its own virtualenv in bench/.work, not a project dependency) on 127.0.0.1, and
measures in one run: export rows per second and worker memory over idle, the
same CSV from Datasette and from a bare `sqlite3` + `csv.writer` loop over the
export's own SQL, list-page and API latency p50/p95, and queries per page.
Prints every figure with the command that reproduces it and writes
bench/RESULTS.md. Traffic goes to loopback only; every loop is bounded.
"""

import argparse
import csv
import http.client
import io
import os
import platform
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
PYTHON = sys.executable
BIN = Path(PYTHON).parent
DATASETTE_VENV = WORK / "venv"
LATENCY_REQUESTS = 60
WARMUP_REQUESTS = 5
LATENCY_BUDGET_SECONDS = 10

SERVER_ENV = {
    "SECRET_KEY": "bench-only-not-secret",
    "DEBUG": "0",
    "ALLOWED_HOSTS": "127.0.0.1,testserver",
    "SECURE_SSL_REDIRECT": "0",
    "API_ANON_RATE": "1000000/minute",
    "SEARCH_RATE": "1000000/minute",
    "LOG_LEVEL": "WARNING",
}

ALL_FACETS = "rating,speaker,topic,status,year"
CHANGES_SINCE = "/api/v1/claims/?updated_after=2024-03-01T00:00:00Z&ordering=-updated&page_size=100"
API_LISTS = {
    "API list, no filter": "/api/v1/claims/?page_size=100",
    "API list, filtered": "/api/v1/claims/?rating=misleading&said_after=2015-01-01&page_size=100",
    "API list, q search": "/api/v1/claims/?q=asylum+backlog&page_size=100",
    "API list, q + filter": "/api/v1/claims/?q=inflation&rating=accurate&page_size=100",
    "API list, q with a figure": "/api/v1/claims/?q=135000&page_size=100",
    "API list, q with a share": "/api/v1/claims/?q=a+third&page_size=100",
    "API list, faceted": f"/api/v1/claims/?facet={ALL_FACETS}&page_size=100",
    "API list, faceted, one filter": f"/api/v1/claims/?rating=misleading&facet={ALL_FACETS}"
    "&page_size=100",
    "API list, faceted, after a date (time-limited)": "/api/v1/claims/?said_after=2015-01-01"
    f"&facet={ALL_FACETS}&page_size=100",
    "API list, changes since": CHANGES_SINCE,
}
HTML_LISTS = {
    "HTML list, no filter": "/claims/",
    "HTML list, filtered": "/claims/?rating=misleading&said_after=2015-01-01",
    "HTML list, q search": "/claims/?q=asylum+backlog",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env_for(db: Path) -> dict:
    return {**os.environ, **SERVER_ENV, "DATABASE_URL": f"sqlite:///{db}"}


def manage(db: Path, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env_for(db), check=True)


def build_database(n: int, rebuild: bool) -> Path:
    db = WORK / f"claims-{n}.sqlite3"
    if db.exists() and not rebuild:
        print(f"Using {db.relative_to(ROOT)} (delete it or pass --rebuild to rebuild).")
        manage(db, "migrate", "--noinput", "-v0")  # the indexes the code now expects
        return db
    db.unlink(missing_ok=True)
    started = time.monotonic()
    manage(db, "migrate", "--noinput", "-v0")
    manage(db, "seed_bench", "--claims", str(n))
    print(f"Built {db.name} in {time.monotonic() - started:.0f} s.")
    return db


def ensure_datasette() -> Path:
    exe = DATASETTE_VENV / "bin" / "datasette"
    if not exe.exists():
        print("Installing Datasette into bench/.work (benchmark only)…")
        subprocess.run([sys.executable, "-m", "venv", str(DATASETTE_VENV)], check=True)
        subprocess.run(
            [str(DATASETTE_VENV / "bin" / "pip"), "install", "-q", "datasette"], check=True
        )
    return exe


def wait_until_up(port: int, path: str, process: subprocess.Popen) -> None:
    for _ in range(300):
        if process.poll() is not None:
            raise SystemExit(f"Server on port {port} exited with {process.returncode}.")
        try:
            status, _ = get(port, path)
            if status < 500:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"Server on port {port} did not start.")


def get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=900)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def stream(port: int, path: str) -> tuple[int, int, int]:
    """GET `path`, reading in 64 KB pieces: (status, bytes, newlines)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=900)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        size = lines = 0
        while piece := response.read(65536):
            size += len(piece)
            lines += piece.count(b"\n")
        return response.status, size, lines
    finally:
        conn.close()


def workers(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


def memory_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def reset_peak(pid: int) -> bool:
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def measure_export(port: int, path: str, master: int | None, runs: int) -> dict:
    rates, peaks, rows = [], [], 0
    for _ in range(runs):
        idle = {}
        if master:
            for pid in workers(master):
                reset_peak(pid)
                idle[pid] = memory_kb(pid, "VmRSS")
        started = time.perf_counter()
        status, size, lines = stream(port, path)
        elapsed = time.perf_counter() - started
        assert status == 200, (path, status)
        rows = lines - 1  # the CSV's header line, or the JSON lines' trailer record
        rates.append(rows / elapsed)
        if master:
            peaks.append(max(memory_kb(pid, "VmHWM") - idle[pid] for pid in idle) / 1024)
    return {
        "rows": rows,
        "rate": statistics.median(rates),
        "peak_mb": statistics.median(peaks) if peaks else None,
        "size_mb": size / 1e6,
    }


def bare_sqlite_csv(db: Path, sql: str, params, runs: int) -> dict:
    """The floor for any Python server: the export's SQL, sqlite3 and csv.writer."""
    rates, rows = [], 0
    for _ in range(runs):
        conn = sqlite3.connect(db)
        started = time.perf_counter()
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        rows = 0
        # Django writes %s placeholders; the sqlite3 module takes ?.
        for row in conn.execute(sql.replace("%s", "?"), params):
            writer.writerow(row)
            rows += 1
            if buffer.tell() >= 65536:
                buffer.getvalue().encode()
                buffer.seek(0)
                buffer.truncate()
        rates.append(rows / (time.perf_counter() - started))
        conn.close()
    return {"rows": rows, "rate": statistics.median(rates)}


def latency(port: int, path: str) -> dict:
    for _ in range(WARMUP_REQUESTS):
        status, _ = get(port, path)
        assert status == 200, (path, status)
    times = []
    deadline = time.monotonic() + LATENCY_BUDGET_SECONDS
    for _ in range(LATENCY_REQUESTS):
        started = time.perf_counter()
        get(port, path)
        times.append((time.perf_counter() - started) * 1000)
        if len(times) >= 20 and time.monotonic() > deadline:
            break  # a slow page: enough samples for a median, keep the run short
    times.sort()
    return {
        "p50": statistics.median(times),
        "p95": times[int(len(times) * 0.95) - 1],
        "n": len(times),
    }


def django_probe(db: Path) -> dict:
    """In-process facts: the export SQL, a deep cursor and queries per page."""
    os.environ.update(env_for(db))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.api import exports
    from claims.api.pagination import KeysetPagination
    from claims.models import Claim

    sql, params = exports.export_sql(Claim.objects.public(), fmt="csv")

    total = Claim.objects.public().count()
    middle = Claim.objects.public().values_list("said_on", "id")[total // 2]
    paginator = KeysetPagination()
    paginator.ordering_name = "-said_on"
    cursor = paginator.encode_cursor(list(middle))
    deep = f"/api/v1/claims/?{urlencode({'cursor': cursor, 'page_size': 100})}"

    client = Client()
    queries = {}
    for label, path in {**API_LISTS, "API list, deep page": deep, **HTML_LISTS}.items():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        queries[label] = (response.status_code, len(captured))
    with CaptureQueriesContext(connection) as captured:
        client.get(CHANGES_SINCE)
    (page_sql,) = [q["sql"] for q in captured if "updated_at" in q["sql"] and "LIMIT" in q["sql"]]
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {page_sql}")
        changes_plan = [row[-1] for row in cursor.fetchall()]
    from factcheck.pages import PAGE_SIZE

    deep_html = f"/claims/?page={max(1, total // 2 // PAGE_SIZE)}"
    return {
        "sql": sql,
        "params": params,
        "deep": deep,
        "deep_html": deep_html,
        "queries": queries,
        "changes_plan": changes_plan,
    }


def run_for(n: int, runs: int, rebuild: bool) -> dict:
    db = build_database(n, rebuild)
    probe = django_probe_subprocess(db)
    datasette = ensure_datasette()
    port, ds_port = free_port(), free_port()
    gunicorn = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "factcheck.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--timeout=900",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env_for(db),
    )
    ds = subprocess.Popen(
        [
            str(datasette),
            "serve",
            str(db),
            "--host=127.0.0.1",
            f"--port={ds_port}",
            "--setting",
            "max_csv_mb",
            "0",
            "--setting",
            "sql_time_limit_ms",
            "900000",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    results = {"n": n, "runs": runs, "queries": probe["queries"], "port": port, "ds_port": ds_port}
    try:
        wait_until_up(port, "/api/v1/", gunicorn)
        wait_until_up(ds_port, "/", ds)
        ds_db = db.stem
        # Datasette's plain table export, and the same limited to published claims
        # (what our export holds; the filter makes Datasette slower).
        ds_plain = f"/{ds_db}/claims_claim.csv?_stream=on&_labels=on&_size=max"
        ds_path = f"/{ds_db}/claims_claim.csv?_stream=on&_labels=on&published_at__notnull=1"
        # Warm both workers (first-request imports) and the OS page cache, so that
        # neither the memory figure nor the first contender pays for a cold start.
        for _ in range(6):
            for kind in ("csv", "jsonl"):
                stream(port, f"/api/v1/claims/export.{kind}?said_after=2024-12-01")
        stream(port, "/api/v1/claims/export.csv")
        # Other work on the machine slows every contender: the load is part of a figure.
        results["load_before"] = os.getloadavg()
        results["csv"] = measure_export(port, "/api/v1/claims/export.csv", gunicorn.pid, runs)
        results["jsonl"] = measure_export(port, "/api/v1/claims/export.jsonl", gunicorn.pid, runs)
        results["datasette"] = measure_export(ds_port, ds_path, None, runs)
        results["datasette_plain"] = measure_export(ds_port, ds_plain, None, runs)
        results["bare"] = bare_sqlite_csv(db, probe["sql"], probe["params"], runs)
        results["load_after"] = os.getloadavg()
        results["measured_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        results["ds_path"], results["ds_plain"] = ds_path, ds_plain
        results["changes_plan"] = probe["changes_plan"]
        paths = {
            **API_LISTS,
            "API list, deep page": probe["deep"],
            **HTML_LISTS,
            "HTML list, deep page": probe["deep_html"],
        }
        results["latency"] = {label: (path, latency(port, path)) for label, path in paths.items()}
    finally:
        for process in (gunicorn, ds):
            process.terminate()
            process.wait(timeout=30)
    return results


def django_probe_subprocess(db: Path) -> dict:
    """Run django_probe in a child so each N gets a fresh Django set-up."""
    import json

    code = (
        "import json, sys; sys.path.insert(0, 'bench'); import run; "
        f"print(json.dumps(run.django_probe(run.Path({str(db)!r})), default=str))"
    )
    out = subprocess.run(
        [PYTHON, "-c", code], cwd=ROOT, env=env_for(db), check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def _load(averages) -> str:
    return ", ".join(f"{value:.2f}" for value in averages)


def report(all_results: list[dict]) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Measured with `make bench` on {time.strftime('%Y-%m-%d')}: "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}. gunicorn 2 sync workers, DEBUG off, on "
        "127.0.0.1; Datasette from its own virtualenv, `--setting max_csv_mb 0`, same "
        "SQLite file, same run. The machine is shared, so figures are medians and the "
        "targets are judged on ratios.",
        "",
        "N run: " + ", ".join(f"{r['n']:,}" for r in all_results) + ".",
        "",
    ]
    for r in all_results:
        n, csv_, jsonl, ds, bare = r["n"], r["csv"], r["jsonl"], r["datasette"], r["bare"]
        plain = r["datasette_plain"]
        lines += [
            f"## N = {n:,} published claims (median of {r['runs']} run(s))",
            "",
            f"Exports measured until {r['measured_at']}; load average (1, 5, 15 min) "
            f"{_load(r['load_before'])} before them, {_load(r['load_after'])} after.",
            "",
            "| export | rows | rows/s | worker peak over idle | command |",
            "|---|---:|---:|---:|---|",
            f"| our CSV | {csv_['rows']:,} | {csv_['rate']:,.0f} | {csv_['peak_mb']:.1f} MB | "
            f"`curl -s http://127.0.0.1:PORT/api/v1/claims/export.csv -o /dev/null` |",
            f"| our JSON lines | {jsonl['rows']:,} | {jsonl['rate']:,.0f} | "
            f"{jsonl['peak_mb']:.1f} MB | "
            "`curl -s http://127.0.0.1:PORT/api/v1/claims/export.jsonl -o /dev/null` |",
            f"| Datasette CSV | {ds['rows']:,} | {ds['rate']:,.0f} | – | "
            f"`curl -s 'http://127.0.0.1:DS_PORT{r['ds_path']}' -o /dev/null` |",
            f"| Datasette CSV, plain table | {plain['rows']:,} | {plain['rate']:,.0f} | – | "
            f"`curl -s 'http://127.0.0.1:DS_PORT{r['ds_plain']}' -o /dev/null` |",
            f"| bare sqlite3 + csv.writer | {bare['rows']:,} | {bare['rate']:,.0f} | – | "
            "`bare_sqlite_csv()` in bench/run.py, the export's own SQL |",
            "",
            f"- CSV export vs Datasette's plain table: **{csv_['rate'] / plain['rate']:.2f}×** "
            "(target ≥ 3×)",
            f"- CSV export vs Datasette, published claims: **{csv_['rate'] / ds['rate']:.2f}×**",
            f"- CSV export vs bare sqlite3 loop: **{csv_['rate'] / bare['rate']:.2f}×** "
            "(target ≥ 0.5×)",
            "",
            "| page | p50 ms | p95 ms | queries | path |",
            "|---|---:|---:|---:|---|",
        ]
        for label, (path, lat) in r["latency"].items():
            status_queries = r["queries"].get(label)
            queries = str(status_queries[1]) if status_queries else "–"
            shown = path if len(path) < 90 else path[:87] + "…"
            lines.append(
                f"| {label} | {lat['p50']:.1f} | {lat['p95']:.1f} | {queries} | `{shown}` |"
            )
        lines += [
            "",
            "Changes since a date (`" + CHANGES_SINCE + "`), the page's query plan "
            "(EXPLAIN QUERY PLAN): an index range, no scan of the table.",
            "",
            "```",
            *r["changes_plan"],
            "```",
            "",
        ]
    lines += [
        "Latency: sequential GETs from one client on loopback, "
        f"{WARMUP_REQUESTS} warm-up then {LATENCY_REQUESTS} timed (at least 20 for a page "
        f"slower than {LATENCY_BUDGET_SECONDS} s in all), a new connection each. "
        "Queries: the same path through Django's test client on the same database. "
        "Memory: each worker's VmHWM (reset through /proc/PID/clear_refs) minus its idle "
        "VmRSS, the larger of the two workers.",
        "",
        "Reproduce: `make bench` (or `.venv/bin/python bench/run.py --claims 200000`); "
        "PORT and DS_PORT are printed by the run.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3, help="Export runs per contender.")
    parser.add_argument(
        "--runs-large",
        type=int,
        default=1,
        help="Export runs per contender above 500,000 claims (keeps make bench near 12 min).",
    )
    parser.add_argument("--rebuild", action="store_true", help="Rebuild the databases.")
    parser.add_argument("--output", default=None, help="RESULTS.md, or POSTGRES.md.")
    parser.add_argument(
        "--db",
        choices=["sqlite", "postgres"],
        default=os.environ.get("BENCH_DB", "sqlite"),
        help="postgres: bench/POSTGRES.md, see postgres_main() (default: $BENCH_DB or sqlite).",
    )
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/"),
        help="PostgreSQL server for --db postgres; a database per N is created on it.",
    )
    parser.add_argument(
        "--pg-database", help="Use this existing, seeded database instead (one N only)."
    )
    args = parser.parse_args()
    if args.db == "postgres":
        postgres_main(args)
        return
    args.output = args.output or str(ROOT / "bench" / "RESULTS.md")
    WORK.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env={**os.environ, **SERVER_ENV},
        check=True,
    )
    all_results = []
    for n in args.claims:
        print(f"\n=== N = {n:,} ===")
        results = run_for(n, args.runs if n <= 500_000 else args.runs_large, args.rebuild)
        all_results.append(results)
        text = report(all_results)
        section = text.split(f"## N = {n:,}")[1]
        print(f"## N = {n:,}" + section.split("\nLatency:")[0])
        print(f"(PORT was {results['port']}, DS_PORT {results['ds_port']})")
        Path(args.output).write_text(report(all_results))
    print(f"Wrote {args.output}.")


# PostgreSQL (BENCH_DB=postgres): bench/postgres.py, kept apart from the SQLite run.
def postgres_main(args) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import postgres

    postgres.main(args)


if __name__ == "__main__":
    main()
