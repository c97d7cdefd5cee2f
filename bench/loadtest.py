"""A bounded load on the main pages, the API and the exports (`make loadtest`), against
gunicorn on 127.0.0.1 as `make serve` runs it, on SQLite and PostgreSQL, without and
with the shared page cache; the figures go to bench/LOADTEST.md.

    make loadtest                                   # every scenario, N = 20,000
    .venv/bin/python bench/loadtest.py --scenario paths --db sqlite
    .venv/bin/python bench/loadtest.py --scenario slow-exports --db sqlite --cache off
    .venv/bin/python bench/loadtest.py --scenario mix --duration 20 --connections 20

Scenarios (`--scenario`, any of them; all by default):

- `paths`: one path at a time, as the targets are stated (a claim page, then
  `/claims/`), `--connections` keep-alive connections for `--duration` seconds.
  Driven by `wrk` when it is installed (`apt-get install wrk` on Debian and Ubuntu,
  `brew install wrk` on macOS): a C client that leaves the cores to the server. Without
  it, the Python client below does it, and takes most of a core itself. With the cache
  on, the run ends with a correction saved through the services and the claim page
  fetched at once: the report says whether the next request showed it.
- `slow-exports`: `--slow-clients` clients, each from its own address (through
  `X-Forwarded-For`, with `TRUSTED_PROXIES` set to loopback as behind a proxy),
  download the whole CSV export at `--slow-rate` bytes/s and start again when it ends
  or is refused (after its `Retry-After`, at most 2 s); meanwhile one client fetches a
  claim page, `/claims/` and an API list in turn and records their latency.
- `mix`: `--connections` closed-loop clients (asyncio + httpx) on a fixed mix of
  pages, API reads and filtered exports at once (`MIX`).

Each result is kept in bench/.work/loadtest.json with the load average of the machine
when it ran, so scenarios can be run one by one when the machine is quiet; the report
is written from all of them. The cache scenarios set `REDIS_URL` (a private
redis-server on a free port, started and stopped here, unless `--redis-url` is given).
Traffic goes to loopback only, and every loop is bounded in time.
"""

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import postgres  # noqa: E402 (bench/ is not a package)
import run  # noqa: E402

ROOT = run.ROOT
RESULTS = run.WORK / "loadtest.json"
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
# The targets: (kind, path, requests/s at least, p99 ms below), with the cache on.
PATHS = (
    ("claim page", "/claims/{slug}/", 1000, 100),
    ("HTML list", "/claims/", 500, 100),
)
PROBES = (
    ("claim page", "/claims/{slug}/"),
    ("HTML list", "/claims/"),
    ("API list", "/api/v1/claims/?page_size=50"),
)
SLOW_EXPORT = "/api/v1/claims/export.csv"
SERVER_ENV = {
    **run.SERVER_ENV,
    # One client address for every connection: limits meant for many readers would
    # otherwise turn the load into 429s.
    "API_ANON_RATE": "100000000/minute",
    "SEARCH_RATE": "100000000/minute",
    "EXPORT_MAX_CONCURRENT": "64",
    "EXPORT_MAX_PER_CLIENT": "64",
}
# The slow-export scenario keeps the production caps (the settings' defaults) and
# sees each client's own address, as behind the documented proxy.
SLOW_EXPORT_ENV = {
    **run.SERVER_ENV,
    "API_ANON_RATE": "100000000/minute",
    "TRUSTED_PROXIES": "127.0.0.1",
    "LOG_LEVEL": "ERROR",  # not a line for each refused export
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


def serve(env: dict, port: int, args) -> subprocess.Popen:
    """gunicorn as `make serve` runs it (without its access log)."""
    return subprocess.Popen(
        [
            str(run.BIN / "gunicorn"),
            "factcheck.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            f"--workers={args.workers}",
            "--worker-class=gthread",
            f"--threads={args.threads}",
            "--timeout=120",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
    )


def machine_load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def first_slug(port: int) -> str:
    status, body = run.get(port, "/api/v1/claims/?page_size=1")
    assert status == 200, status
    return json.loads(body)["results"][0]["slug"]


class Server:
    """gunicorn on a free port for the length of a `with` block."""

    def __init__(self, env: dict, args):
        self.env, self.args = env, args
        self.port = run.free_port()

    def __enter__(self):
        self.process = serve(self.env, self.port, self.args)
        run.wait_until_up(self.port, "/healthz", self.process)
        self.slug = first_slug(self.port)
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)

    def warm(self, paths) -> None:
        for path in paths:  # each worker's imports and connections, and the cache
            for _ in range(self.args.workers * 2):
                run.get(self.port, path)


# --- The Python client (the mix, and `paths` without wrk) ------------------------


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


def summarise(timings, statuses, elapsed) -> dict:
    every = [t for values in timings.values() for t in values]
    errors = {f"{kind}: {code}": n for (kind, code), n in statuses.items() if str(code)[0] != "2"}
    return {
        "requests": len(every),
        "rate": len(every) / elapsed,
        "p50": statistics.median(every),
        "p99": percentile(every, 0.99),
        "errors": errors,
        "kinds": {
            kind: (len(v), statistics.median(v), percentile(v, 0.99)) for kind, v in timings.items()
        },
    }


# --- wrk ---------------------------------------------------------------------------

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * _UNITS[unit]


def wrk(port: int, path: str, duration: float, connections: int) -> dict:
    """`wrk --latency` on one path: requests/s, p50, p99 and errors, from its report."""
    command = [
        "wrk",
        "--threads=1",
        f"--connections={connections}",
        f"--duration={int(duration)}s",
        "--timeout=10s",
        "--latency",
        f"http://127.0.0.1:{port}{path}",
    ]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    errors = {}
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", out):
        errors["non-2xx"] = int(match.group(1))
    if match := re.search(r"Socket errors: (.*)", out):
        failed = sum(int(n) for n in re.findall(r"\d+", match.group(1)))
        if failed:
            errors["socket errors"] = failed
    return {
        "requests": requests,
        "rate": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)),
        "p99": _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)),
        "errors": errors,
        "client": "wrk",
        "command": " ".join(command[:-1]) + f" http://127.0.0.1:PORT{path}",
    }


# --- A correction, seen on the next request ----------------------------------------

CORRECT = """
from django.utils import timezone
from claims import services
from claims.models import Claim
claim = Claim.objects.get(slug={slug!r})
claim.verdict = {verdict!r}
services.claim_save(claim=claim, user=None, correction_note="Load-test correction.")
"""


def correction_is_seen(server: Server) -> dict:
    """Save a correction through the services (a separate process, as the admin would
    be) and fetch the claim page and its API record at once."""
    path, api = f"/claims/{server.slug}/", f"/api/v1/claims/{server.slug}/"
    verdict = f"Corrected by the load test at {time.time_ns()}."
    before = run.get(server.port, path)[1].decode()
    subprocess.run(
        [run.PYTHON, "manage.py", "shell", "-c", CORRECT.format(slug=server.slug, verdict=verdict)],
        cwd=ROOT,
        env=server.env,
        check=True,
    )
    return {
        "before": verdict in before,
        "page": verdict in run.get(server.port, path)[1].decode(),
        "api": verdict in run.get(server.port, api)[1].decode(),
    }


# --- Scenarios -----------------------------------------------------------------------


def scenario_paths(name: str, url: str, cache: str, redis_url: str, args) -> list[dict]:
    env = environment(SERVER_ENV, url, cache, redis_url)
    results = []
    with Server(env, args) as server:
        for kind, template, rate, p99 in PATHS:
            path = template.format(slug=server.slug)
            server.warm([path])
            load_before = machine_load()
            if shutil.which("wrk") and not args.python_client:
                result = wrk(server.port, path, args.duration, args.connections)
            else:
                timings, statuses, elapsed = asyncio.run(
                    load(server.port, [(kind, path)], [1], args.duration, args.connections)
                )
                result = {**summarise(timings, statuses, elapsed), "client": "Python (httpx)"}
                result.pop("kinds")
            result.update(
                scenario="paths",
                label=f"{name}, cache {cache}: {kind}",
                path=template,
                target=f"≥ {rate:,}/s, p99 < {p99} ms" if cache == "on" else "–",
                met=(result["rate"] >= rate and result["p99"] < p99 and not result["errors"])
                if cache == "on"
                else None,
                load=f"{load_before} before, {machine_load()} after",
                when=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                server=f"{args.workers} workers × {args.threads} threads",
                connections=args.connections,
                duration=args.duration,
            )
            print(
                f"{result['label']}: {result['rate']:.0f} req/s, p50 {result['p50']:.1f} ms, "
                f"p99 {result['p99']:.1f} ms, errors {result['errors'] or 0} ({result['client']})"
            )
            results.append(result)
        if cache == "on":
            seen = correction_is_seen(server)
            print(f"{name}: a correction on the next request: {seen}")
            for result in results:
                result["correction"] = seen
    return results


def slow_reader(port: int, index: int, rate: int, deadline: float, counts: Counter) -> None:
    """One slow client: the whole export at `rate` bytes/s, again and again."""
    headers = {"X-Forwarded-For": f"198.51.100.{index + 1}"}
    chunk = max(1024, rate // 10)
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        while time.monotonic() < deadline:
            try:
                with client.stream("GET", SLOW_EXPORT, headers=headers) as response:
                    counts[f"export {response.status_code}"] += 1
                    if response.status_code != 200:
                        wait = float(response.headers.get("Retry-After") or 1)
                        time.sleep(min(wait, 2, max(0, deadline - time.monotonic())))
                        continue
                    for piece in response.iter_raw(chunk):
                        counts["export bytes"] += len(piece)
                        if time.monotonic() >= deadline:
                            break
                        time.sleep(len(piece) / rate)
            except httpx.HTTPError as error:
                counts[f"export {type(error).__name__}"] += 1


def scenario_slow_exports(name: str, url: str, cache: str, redis_url: str, args) -> list[dict]:
    env = environment(SLOW_EXPORT_ENV, url, cache, redis_url)
    label = f"{name}, cache {cache}"
    if args.export_cap:  # to see what the cap is for
        env["EXPORT_MAX_CONCURRENT"] = str(args.export_cap)
        label += f", EXPORT_MAX_CONCURRENT={args.export_cap}"
    with Server(env, args) as server:
        probes = [(kind, path.format(slug=server.slug)) for kind, path in PROBES]
        server.warm([path for _, path in probes])
        load_before = machine_load()
        deadline = time.monotonic() + args.duration
        counts = Counter()
        readers = [
            threading.Thread(
                target=slow_reader,
                args=(server.port, i, args.slow_rate, deadline, counts),
                daemon=True,
            )
            for i in range(args.slow_clients)
        ]
        for reader in readers:
            reader.start()
        time.sleep(min(3, args.duration / 4))  # let the exports take their threads
        timings, statuses = defaultdict(list), Counter()
        with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=30) as client:
            while time.monotonic() < deadline:
                for kind, path in probes:
                    started = time.perf_counter()
                    try:
                        statuses[(kind, client.get(path).status_code)] += 1
                    except httpx.HTTPError as error:
                        statuses[(kind, type(error).__name__)] += 1
                        continue
                    timings[kind].append((time.perf_counter() - started) * 1000)
                time.sleep(0.05)
        for reader in readers:
            reader.join(timeout=35)
    every = [t for values in timings.values() for t in values]
    errors = {f"{kind}: {code}": n for (kind, code), n in statuses.items() if str(code)[0] != "2"}
    result = {
        "scenario": "slow-exports",
        "label": label,
        "requests": len(every),
        "p50": statistics.median(every),
        "p99": percentile(every, 0.99),
        "max": max(every),
        "over_1s": sum(t >= 1000 for t in every),
        "errors": errors,
        "kinds": {
            kind: (len(v), statistics.median(v), percentile(v, 0.99), max(v))
            for kind, v in timings.items()
        },
        "exports": {key: n for key, n in counts.items() if key != "export bytes"},
        "export_mb": counts["export bytes"] / 1e6,
        "met": max(every) < 1000 and not errors,
        "load": f"{load_before} before, {machine_load()} after",
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "server": f"{args.workers} workers × {args.threads} threads",
        "slow_clients": args.slow_clients,
        "slow_rate": args.slow_rate,
        "duration": args.duration,
    }
    print(
        f"{result['label']}, {args.slow_clients} slow exports: pages p50 {result['p50']:.0f} ms, "
        f"p99 {result['p99']:.0f} ms, max {result['max']:.0f} ms, "
        f"≥ 1 s: {result['over_1s']}, exports {result['exports']}"
    )
    return [result]


def scenario_mix(name: str, url: str, cache: str, redis_url: str, args) -> list[dict]:
    env = environment(SERVER_ENV, url, cache, redis_url)
    with Server(env, args) as server:
        paths = [(kind, path.format(slug=server.slug)) for kind, _, path in MIX]
        weights = [weight for _, weight, _ in MIX]
        server.warm([path for _, path in paths])
        load_before = machine_load()
        timings, statuses, elapsed = asyncio.run(
            load(server.port, paths, weights, args.duration, args.connections)
        )
    result = summarise(timings, statuses, elapsed)
    result.update(
        scenario="mix",
        label=f"{name}, cache {cache}",
        load=f"{load_before} before, {machine_load()} after",
        when=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        server=f"{args.workers} workers × {args.threads} threads",
        connections=args.connections,
        duration=args.duration,
    )
    print(
        f"{result['label']}: {result['rate']:.0f} req/s, p50 {result['p50']:.0f} ms, "
        f"p99 {result['p99']:.0f} ms, errors {sum(result['errors'].values())}"
    )
    return [result]


SCENARIOS = {
    "paths": scenario_paths,
    "slow-exports": scenario_slow_exports,
    "mix": scenario_mix,
}


def environment(base: dict, url: str, cache: str, redis_url: str) -> dict:
    env = {**os.environ, **base, "DATABASE_URL": url}
    env.pop("REDIS_URL", None)
    if cache == "on":
        env["REDIS_URL"] = redis_url
        subprocess.run(["redis-cli", "-u", redis_url, "FLUSHDB"], check=False, capture_output=True)
    return env


# --- The report ------------------------------------------------------------------------


def report(results: dict, args) -> str:
    by_scenario = defaultdict(list)
    for result in results.values():
        by_scenario[result["scenario"]].append(result)
    lines = [
        "# Load test",
        "",
        f"`make loadtest` (`bench/loadtest.py`, N = {args.claims:,} claims) against gunicorn "
        "on 127.0.0.1 as `make serve` runs it (gthread workers, DEBUG off), on "
        f"{os.cpu_count()} cores shared by the server, the database, Redis, the load "
        "generator and other work: the machine's load average before and after each run is "
        "given with it. Cache on: `REDIS_URL` set (a private redis-server), the page cache "
        "on. Commands: the module docstring of bench/loadtest.py.",
        "",
    ]
    if rows := by_scenario["paths"]:
        lines += [
            "## One path at a time (the targets)",
            "",
            "| run | requests | req/s | p50 ms | p99 ms | errors | target | met | "
            "client | server | load average | when |",
            "|---|---:|---:|---:|---:|---:|---|---|---|---|---|---|",
        ]
        for r in rows:
            met = {True: "yes", False: "**no**", None: "–"}[r["met"]]
            lines.append(
                f"| {r['label']} (`{r['path']}`) | {r['requests']:,} | {r['rate']:,.0f} | "
                f"{r['p50']:.1f} | {r['p99']:.1f} | {sum(r['errors'].values())} | "
                f"{r['target']} | {met} | {r['client']} | {r['server']} | {r['load']} | "
                f"{r['when']} |"
            )
        lines += [
            "",
            f"{rows[0]['connections']} keep-alive connections, {rows[0]['duration']:.0f} s "
            "per path. wrk: `" + next((r["command"] for r in rows if "command" in r), "–") + "`.",
            "",
        ]
        for r in rows:
            if "correction" in r and r["label"].endswith("claim page"):
                seen = r["correction"]
                lines.append(
                    f"- {r['label'].rsplit(':', 1)[0]}: a correction saved through the "
                    "services, then the claim page and its API record fetched at once: "
                    f"page {'current' if seen['page'] else '**stale**'}, API record "
                    f"{'current' if seen['api'] else '**stale**'}."
                )
        lines.append("")
    if rows := by_scenario["slow-exports"]:
        lines += [
            "## Slow export clients",
            "",
            "| run | slow clients | page requests | p50 ms | p99 ms | max ms | ≥ 1 s | "
            "errors | exports (status × n) | met | server | load average | when |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|---|",
        ]
        for r in rows:
            exports = ", ".join(f"{k.split()[-1]} × {n}" for k, n in sorted(r["exports"].items()))
            lines.append(
                f"| {r['label']} | {r['slow_clients']} at {r['slow_rate'] / 1000:.0f} KB/s | "
                f"{r['requests']:,} | {r['p50']:.0f} | {r['p99']:.0f} | {r['max']:.0f} | "
                f"{r['over_1s']} | {sum(r['errors'].values())} | {exports} | "
                f"{'yes' if r['met'] else '**no**'} | {r['server']} | {r['load']} | {r['when']} |"
            )
        lines += ["", "Per page (requests, p50 ms, p99 ms, max ms):", ""]
        for r in rows:
            cells = "; ".join(
                f"{kind} {n:,} · {p50:.0f} · {p99:.0f} · {top:.0f}"
                for kind, (n, p50, p99, top) in r["kinds"].items()
            )
            lines.append(f"- {r['label']}: {cells}")
        lines += [
            "",
            "Each slow client reads the whole CSV export from its own address "
            "(`X-Forwarded-For`, `TRUSTED_PROXIES=127.0.0.1`) and starts again when it ends "
            "or is refused; the export caps are the settings' defaults "
            "(`EXPORT_MAX_CONCURRENT=2`, `EXPORT_MAX_PER_CLIENT=1`) unless the run names "
            "another (`--export-cap`), so the others get a 429 with `Retry-After` and come "
            "back. The target: every page answers within 1 s.",
            "",
        ]
    if rows := by_scenario["mix"]:
        lines += [
            "## A mix of paths at once",
            "",
            "Closed-loop clients (asyncio + httpx, in the same 2 cores), on this mix: "
            + ", ".join(f"{kind} {weight}%" for kind, weight, _ in MIX)
            + ". The Python client takes most of a core itself, and the streamed exports "
            "hold threads for their whole length: this table measures how the paths get on "
            "together, not how fast one can be served (the first table does). Compare runs "
            "made at a similar load average only.",
            "",
            "| run | requests | req/s | p50 ms | p99 ms | non-2xx or failed | server | "
            "load average | when |",
            "|---|---:|---:|---:|---:|---:|---|---|---|",
        ]
        for r in rows:
            lines.append(
                f"| {r['label']} | {r['requests']:,} | {r['rate']:.0f} | {r['p50']:.0f} | "
                f"{r['p99']:.0f} | {sum(r['errors'].values())} | {r['server']} | {r['load']} | "
                f"{r['when']} |"
            )
        lines += ["", "Per kind of path (requests, p50 ms, p99 ms):", ""]
        lines += [
            "| kind | " + " | ".join(r["label"] for r in rows) + " |",
            "|---|" + "---:|" * len(rows),
        ]
        for kind, _, _ in MIX:
            cells = []
            for r in rows:
                n, p50, p99 = r["kinds"].get(kind, (0, 0, 0))
                cells.append(f"{n:,} · {p50:.0f} · {p99:.0f}")
            lines.append(f"| {kind} | " + " | ".join(cells) + " |")
        lines.append("")
    errors = [(r["label"], e, n) for r in results.values() for e, n in r["errors"].items()]
    if errors:
        lines += ["Errors:", ""] + [f"- {label}: {e} × {n}" for label, e, n in errors] + [""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", nargs="+", choices=list(SCENARIOS), default=None)
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--duration", type=float, default=20, help="Seconds per run.")
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--db", nargs="+", choices=["sqlite", "postgres"], default=None)
    parser.add_argument("--cache", nargs="+", choices=["off", "on"], default=["off", "on"])
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WORKERS", 3)))
    parser.add_argument("--threads", type=int, default=int(os.environ.get("THREADS", 4)))
    parser.add_argument("--slow-clients", type=int, default=24)
    parser.add_argument("--slow-rate", type=int, default=300_000, help="Bytes/s per client.")
    parser.add_argument(
        "--export-cap", type=int, default=0, help="slow-exports: EXPORT_MAX_CONCURRENT instead."
    )
    parser.add_argument(
        "--python-client", action="store_true", help="For `paths`, even when wrk is installed."
    )
    parser.add_argument("--redis-url", default="")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/"),
    )
    parser.add_argument("--pg-database", help="An existing, seeded database to use.")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="Forget earlier results.")
    parser.add_argument("--output", default=str(ROOT / "bench" / "LOADTEST.md"))
    args = parser.parse_args()
    args.duration = min(args.duration, 120)  # bounded, whatever is asked
    scenarios = args.scenario or list(SCENARIOS)
    if "paths" in scenarios and not shutil.which("wrk") and not args.python_client:
        print(
            "wrk is not installed: the Python client drives the `paths` scenario and takes "
            "a core of its own (install wrk: `apt-get install wrk`, `brew install wrk`)."
        )
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
    results = {} if args.fresh or not RESULTS.exists() else json.loads(RESULTS.read_text())
    try:
        for scenario in scenarios:
            for name, url in urls.items():
                for cache in args.cache:
                    for result in SCENARIOS[scenario](name, url, cache, redis_url, args):
                        results[f"{scenario}: {result['label']}"] = result
                    RESULTS.write_text(json.dumps(results, indent=1))
                    Path(args.output).write_text(report(results, args))
    finally:
        if redis is not None:
            redis.terminate()
            redis.wait(timeout=10)
    print(f"Wrote {args.output}.")


if __name__ == "__main__":
    main()
