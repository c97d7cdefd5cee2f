"""A bounded load on the main pages, the API and the exports at once (`make loadtest`),
against gunicorn on 127.0.0.1 as `make serve` runs it (3 gthread workers, 4 threads),
on SQLite and PostgreSQL, each without and with the shared page cache; the figures
go to bench/LOADTEST.md.

    make loadtest                                   # N = 20,000, 20 s per scenario
    .venv/bin/python bench/loadtest.py --claims 20000 --duration 20 --connections 20

An asyncio + httpx client (httpx is already a dependency): `--connections`
clients, each sending its next request when the last one is answered, for
`--duration` seconds per scenario, on a fixed mix of paths (`MIX`). Reports
throughput, p50/p99 per kind of path and every non-2xx status or failure. The
cache scenario sets `REDIS_URL` (a private redis-server on a free port, started
and stopped here, when `--redis-url` is not given). Traffic goes to loopback
only, and every loop is bounded in time.
"""

import argparse
import asyncio
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import postgres  # noqa: E402 (bench/ is not a package)
import run  # noqa: E402

ROOT = run.ROOT
# (kind, weight, path): a claim page's slug is filled in at start.
MIX = (
    ("HTML list", 25, "/claims/"),
    ("HTML list, filtered", 10, "/claims/?rating=misleading"),
    ("claim page", 30, "/claims/{slug}/"),
    ("API list", 15, "/api/v1/claims/?page_size=50"),
    ("API filtered", 10, "/api/v1/claims/?rating=misleading&said_after=2015-01-01"),
    ("API claim", 5, "/api/v1/claims/{slug}/"),
    ("CSV export, filtered", 3, "/api/v1/claims/export.csv?said_after=2024-10-01"),
    ("JSONL export, filtered", 2, "/api/v1/claims/export.jsonl?said_after=2024-10-01"),
)
SERVER_ENV = {
    **run.SERVER_ENV,
    # One client address for every connection: limits meant for many readers would
    # otherwise turn the load into 429s.
    "API_ANON_RATE": "100000000/minute",
    "SEARCH_RATE": "100000000/minute",
    "EXPORT_MAX_CONCURRENT": "64",
    "EXPORT_MAX_PER_CLIENT": "64",
}


def start_redis() -> tuple[subprocess.Popen | None, str]:
    exe = shutil.which("redis-server")
    if not exe:
        raise SystemExit("No redis-server on PATH: pass --redis-url.")
    port = run.free_port()
    process = subprocess.Popen(
        [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    return process, f"redis://127.0.0.1:{port}/0"


def serve(env: dict, port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [
            str(run.BIN / "gunicorn"),
            "factcheck.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            "--workers=3",
            "--worker-class=gthread",
            "--threads=4",
            "--timeout=120",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
    )


async def load(port: int, paths: list[tuple[str, str]], weights, duration, connections):
    """`connections` closed-loop clients for `duration` seconds."""
    timings = defaultdict(list)
    statuses = Counter()
    deadline = time.monotonic() + duration
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=30
    ) as client:

        async def worker(seed: int):
            rng = random.Random(seed)
            while time.monotonic() < deadline:
                kind, path = rng.choices(paths, weights)[0]
                started = time.perf_counter()
                try:
                    response = await client.get(path)
                    statuses[(kind, response.status_code)] += 1
                except httpx.HTTPError as error:
                    statuses[(kind, type(error).__name__)] += 1
                    continue
                timings[kind].append((time.perf_counter() - started) * 1000)

        started = time.monotonic()
        await asyncio.gather(*(worker(i) for i in range(connections)))
        elapsed = time.monotonic() - started
    return timings, statuses, elapsed


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def scenario(label: str, env: dict, args) -> dict:
    port = run.free_port()
    server = serve(env, port)
    try:
        run.wait_until_up(port, "/healthz", server)
        status, body = run.get(port, "/api/v1/claims/?page_size=1")
        assert status == 200, status
        slug = httpx.Response(200, content=body).json()["results"][0]["slug"]
        paths = [(kind, path.format(slug=slug)) for kind, _, path in MIX]
        weights = [weight for _, weight, _ in MIX]
        for _, path in paths:  # warm each worker's imports and connections
            run.get(port, path)
        timings, statuses, elapsed = asyncio.run(
            load(port, paths, weights, args.duration, args.connections)
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    every = [t for values in timings.values() for t in values]
    errors = {f"{kind}: {code}": n for (kind, code), n in statuses.items() if str(code)[0] != "2"}
    result = {
        "label": label,
        "requests": len(every),
        "rate": len(every) / elapsed,
        "p50": statistics.median(every),
        "p99": percentile(every, 0.99),
        "errors": errors,
        "kinds": {
            kind: (len(v), statistics.median(v), percentile(v, 0.99)) for kind, v in timings.items()
        },
    }
    print(
        f"{label}: {result['rate']:.0f} req/s, p50 {result['p50']:.0f} ms, "
        f"p99 {result['p99']:.0f} ms, errors {sum(errors.values())}"
    )
    return result


def report(results: list[dict], args) -> str:
    lines = [
        "# Load test",
        "",
        f"Measured with `make loadtest` (`bench/loadtest.py --claims {args.claims} "
        f"--duration {args.duration} --connections {args.connections}`) on "
        f"{time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores shared by the server, the "
        "database, the load generator and other work. gunicorn as `make serve`: 3 gthread "
        "workers × 4 threads, DEBUG off, on 127.0.0.1. "
        f"{args.connections} closed-loop clients (asyncio + httpx), {args.duration} s per "
        "scenario, on this mix of paths at once: "
        + ", ".join(f"{kind} {weight}%" for kind, weight, _ in MIX)
        + ". Cache: `REDIS_URL` set (a private redis-server), the page cache on.",
        "",
        "| scenario | requests | req/s | p50 ms | p99 ms | non-2xx or failed |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['label']} | {r['requests']:,} | {r['rate']:.0f} | {r['p50']:.0f} | "
            f"{r['p99']:.0f} | {sum(r['errors'].values())} |"
        )
    lines += ["", "Per kind of path (requests, p50 ms, p99 ms):", ""]
    kinds = [kind for kind, _, _ in MIX]
    lines += [
        "| kind | " + " | ".join(r["label"] for r in results) + " |",
        "|---|" + "---:|" * len(results),
    ]
    for kind in kinds:
        cells = []
        for r in results:
            n, p50, p99 = r["kinds"].get(kind, (0, 0, 0))
            cells.append(f"{n:,} · {p50:.0f} · {p99:.0f}")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    errors = [(r["label"], e, n) for r in results for e, n in r["errors"].items()]
    if errors:
        lines += ["", "Errors:", ""] + [f"- {label}: {e} × {n}" for label, e, n in errors]
    lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--duration", type=float, default=20, help="Seconds per scenario.")
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--db", nargs="+", choices=["sqlite", "postgres"], default=None)
    parser.add_argument("--cache", nargs="+", choices=["off", "on"], default=["off", "on"])
    parser.add_argument("--redis-url", default="")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/"),
    )
    parser.add_argument("--pg-database", help="An existing, seeded database to use.")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--output", default=str(ROOT / "bench" / "LOADTEST.md"))
    args = parser.parse_args()
    args.duration = min(args.duration, 120)  # bounded, whatever is asked
    databases = args.db or ["sqlite", "postgres"]
    run.WORK.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [run.PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env={**os.environ, **run.SERVER_ENV},
        check=True,
    )
    urls = {}
    if "sqlite" in databases:
        urls["SQLite"] = f"sqlite:///{run.build_database(args.claims, args.rebuild)}"
    if "postgres" in databases:
        urls["PostgreSQL"] = postgres.build_database(args, args.claims)
    redis, redis_url = (None, args.redis_url)
    if "on" in args.cache and not redis_url:
        redis, redis_url = start_redis()
    results = []
    try:
        for name, url in urls.items():
            for cache in args.cache:
                env = {**os.environ, **SERVER_ENV, "DATABASE_URL": url}
                env.pop("REDIS_URL", None)
                if cache == "on":
                    env["REDIS_URL"] = redis_url
                    subprocess.run(["redis-cli", "-u", redis_url, "FLUSHDB"], check=False)
                label = f"{name}, cache {cache}"
                results.append(scenario(label, env, args))
                Path(args.output).write_text(report(results, args))
    finally:
        if redis is not None:
            redis.terminate()
            redis.wait(timeout=10)
    print(f"Wrote {args.output}.")


if __name__ == "__main__":
    main()
