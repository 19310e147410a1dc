"""`hotseat simulate` against a real server: three candidates at once, each to its scorecard."""

import json
import subprocess
import sys

import pytest

from clients.simulate import check_loopback, main, percentile
from tests.server.harness import ROOT, running_server

pytestmark = pytest.mark.sandbox


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("simulate")) as process:
        yield process


def test_three_candidates_at_once_each_reach_a_scorecard(server):
    run = subprocess.run([sys.executable, "-m", "clients.simulate", "--url", server.url, "--sessions", "3",
                          "--answers", "3", "--seed", "11", "--json"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    report = json.loads(run.stdout)
    assert report["sessions"] == 3 and report["completed"] == 3 and report["ok"]
    assert report["errors"] == []
    assert report["reference_passed"] == 3
    candidates = report["candidates"]
    assert len({c["role"] for c in candidates}) == 3  # roles rotate
    assert len({c["session_id"] for c in candidates}) == 3
    for candidate in candidates:
        assert candidate["completed"] and candidate["overall"] is not None and candidate["errors"] == []
        assert candidate["answers"] >= 3 and candidate["runs"] == 2
        assert candidate["ended"] in ("completed", "ended_by_candidate")
    metrics = report["metrics"]
    assert set(metrics) == {"first_token_ms", "verdict_ms", "round_trip_ms", "answer_turn_ms"}
    assert metrics["verdict_ms"]["n"] == 6  # a Run and a Submit each
    assert metrics["first_token_ms"]["n"] >= 9
    assert metrics["round_trip_ms"]["n"] >= 9
    for stats in metrics.values():
        assert 0 < stats["p50"] <= stats["p95"] <= stats["max"]


def test_the_text_summary_and_exit_code(server, capsys):
    assert main(["--url", server.url, "--sessions", "1", "--answers", "1", "--role", "data_scientist"]) == 0
    out = capsys.readouterr().out
    assert "first_token" in out and "verdict" in out and "round_trip" in out
    assert "sessions completed with a scorecard: 1/1" in out and "errors: 0" in out


def test_it_refuses_what_it_must_not_load():
    with pytest.raises(ValueError, match="loopback"):
        check_loopback("http://192.0.2.1:8000")
    assert check_loopback("http://localhost:9") == ("http://localhost:9", "ws://localhost:9/ws")
    assert main(["--url", "http://192.0.2.1:8000", "--sessions", "2"]) == 2
    assert main(["--sessions", "0"]) == 2


def test_nothing_listening_is_a_usage_error(capsys):
    from tests.server.harness import free_port

    assert main(["--url", f"http://127.0.0.1:{free_port()}", "--sessions", "1"]) == 2
    assert "cannot reach" in capsys.readouterr().err


def test_percentile_is_nearest_rank():
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0 and percentile(values, 95) == 95.0 and percentile(values, 100) == 100.0
