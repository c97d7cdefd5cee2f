"""bench/loadtest.py reads wrk's report: the figures the load-test targets are judged on."""

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import loadtest  # noqa: E402 (bench/ is not a package)

WRK_REPORT = """Running 20s test @ http://127.0.0.1:40000/claims/x/
  1 threads and 20 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    12.20ms    9.01ms 143.20ms   88.21%
    Req/Sec     1.65k   210.11     2.01k    71.50%
  Latency Distribution
     50%   10.71ms
     75%   14.02ms
     90%   20.51ms
     99%   52.30ms
  32917 requests in 20.01s, 1.02GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:   1645.24
Transfer/sec:     52.13MB
"""


@pytest.fixture
def wrk_output(monkeypatch):
    def fake_run(command, **kwargs):
        assert command[0] == "wrk"
        assert "--latency" in command
        return subprocess.CompletedProcess(command, 0, stdout=WRK_REPORT, stderr="")

    monkeypatch.setattr(loadtest.subprocess, "run", fake_run)


def test_wrk_figures_are_read_from_its_report(wrk_output):
    result = loadtest.wrk(40000, "/claims/x/", 20, 20)

    assert result["requests"] == 32917
    assert result["rate"] == pytest.approx(1645.24)
    assert result["p50"] == pytest.approx(10.71)
    assert result["p99"] == pytest.approx(52.30)
    assert result["errors"] == {"non-2xx": 4, "socket errors": 3}
    assert "PORT" in result["command"]


@pytest.mark.parametrize(
    ("text", "ms"), [("850.00us", 0.85), ("12.5ms", 12.5), ("1.20s", 1200.0), ("1.00m", 60000.0)]
)
def test_wrk_durations_are_milliseconds(text, ms):
    assert loadtest._ms(text) == pytest.approx(ms)
