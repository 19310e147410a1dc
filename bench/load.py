"""Load: N simulated candidates at once against a real server, at N = 1, 10 and 50.

    .venv/bin/python bench/load.py [--levels 1,10,50] [--answers 4] [--pool 2] [--json]

For each N, a fresh `hotseat serve` (its own temporary data dir, loopback, a warm kernel
pool of --pool kernels, HOTSEAT_KERNEL_POOL) is started, the `hotseat simulate` client
(clients/simulate.py) plays N candidates at once, and the server is stopped: every level
starts from the same empty server, so the levels compare like with like (the hub keeps
finished sessions in memory, so a shared server would carry one level's memory into the next).
A small N is played in several rounds, one after another on that server (N=1: 20 rounds,
N=10: 2), so its percentiles rest on as many sessions as --min-sessions; N=50 is one round.

Printed per N: p50/p95 of the interviewer's first token (answer sent -> first token),
the code verdict (run/submit sent -> verdict, kernel queueing included) and a message
round trip (ping -> pong), all in ms on the client; verdicts per second; peak RSS of the
server process alone and of the server plus its kernels (every descendant: bubblewrap and
the ipykernel inside it; /proc/<pid>/status VmRSS, sampled every 100 ms; summed RSS counts
shared pages once per process, so it overstates the total a little); the server process's CPU
time per session;
then the ratios N=10/N=1 and N=50/N=1 side by side.

The client shares the machine with the server: its own CPU time (the memory sampler's
excluded) is printed too, to show it is not what limits the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from clients.simulate import percentile, run_simulation  # noqa: E402
from tests.server.harness import ServerProcess  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


# --------------------------------------------------------------------------- /proc


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def descendants(pid: int) -> list[int]:
    tree, found, todo = _children(), [], [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0  # gone, or a kernel thread


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


class MemorySampler(threading.Thread):
    """Peak RSS of a process alone and with all its descendants, sampled until stopped."""

    def __init__(self, pid: int, every: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_server = self.peak_total = self.peak_kernels = 0
        self.samples = 0
        self.cpu_seconds = 0.0
        self._halt = threading.Event()

    def sample(self) -> tuple[int, int, int]:
        server = rss_kb(self.pid)
        kernels = descendants(self.pid)
        total = server + sum(rss_kb(p) for p in kernels)
        kernel_count = sum(1 for p in kernels if _is_kernel(p))
        return server, total, kernel_count

    def run(self) -> None:
        began = time.thread_time()
        while not self._halt.is_set():
            server, total, kernels = self.sample()
            self.peak_server = max(self.peak_server, server)
            self.peak_total = max(self.peak_total, total)
            self.peak_kernels = max(self.peak_kernels, kernels)
            self.samples += 1
            self._halt.wait(self.every)
        self.cpu_seconds = time.thread_time() - began  # the sampler's own cost, kept out of the client's

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=5)


def _is_kernel(pid: int) -> bool:
    """The ipykernel itself, not the two bubblewrap processes around it (their arguments name it too)."""
    try:
        comm = Path(f"/proc/{pid}/comm").read_text().strip()
        return comm != "bwrap" and b"ipykernel" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


# --------------------------------------------------------------------------- one level


def wait_warm(server: ServerProcess, pool: int, timeout: float = 90.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        kernels = httpx.get(server.url + "/api/health", timeout=5).json()["kernels"]
        if kernels.get("ready") and kernels.get("warm", 0) >= pool:
            return
        time.sleep(0.1)
    raise RuntimeError(f"the kernel pool never warmed up: {kernels}")


def run_level(sessions: int, *, answers: int, pool: int, seed: int, folder: Path, min_sessions: int = 20) -> dict:
    """N candidates at once on a fresh server; small N is repeated (one round after another, the pool warm
    again before each) until `min_sessions` sessions were played, so its p95 rests on more than five samples."""
    rounds = max(1, -(-min_sessions // sessions))
    server = ServerProcess(folder / f"data-{sessions}", env={"HOTSEAT_KERNEL_POOL": str(pool)}).start()
    reports = []
    try:
        wait_warm(server, pool)
        pid = server.process.pid
        idle = MemorySampler(pid).sample()
        sampler = MemorySampler(pid)
        sampler.start()
        server_cpu, client = cpu_seconds(pid), resource.getrusage(resource.RUSAGE_SELF)
        for round_ in range(rounds):
            if round_:
                wait_warm(server, pool)
            reports.append(run_simulation(server.url, sessions, answers, seed + 1000 * round_))
        server_cpu = cpu_seconds(pid) - server_cpu
        after = resource.getrusage(resource.RUSAGE_SELF)
        sampler.stop()
        time.sleep(0.5)  # the last kernels are disposed of; what stays is the hub's memory
        retained = rss_kb(pid)
    finally:
        server.stop()
    candidates = [c for report in reports for c in report.candidates]
    seconds = sum(report.seconds for report in reports)
    metrics = {}
    for name in ("first_token", "verdict", "round_trip", "answer_turn"):
        values = [v for c in candidates for v in c.samples[name]]
        metrics[name] = {"n": len(values), "p50": percentile(values, 50), "p95": percentile(values, 95),
                         "max": max(values) if values else None}
    verdicts = metrics["verdict"]["n"]
    return {"sessions": sessions, "rounds": rounds, "played": len(candidates),
            "completed": sum(c.completed for c in candidates),
            "errors": [f"round {i}: {e}" for i, report in enumerate(reports) for e in report.errors],
            "reference_passed": sum(bool(c.reference_passed) for c in candidates),
            "seconds": seconds, "round_seconds": [report.seconds for report in reports], "metrics": metrics,
            "verdicts_per_s": verdicts / seconds if seconds else None,
            "rss_idle_mb": idle[0] / 1024, "rss_idle_total_mb": idle[1] / 1024,
            "rss_peak_server_mb": sampler.peak_server / 1024, "rss_peak_total_mb": sampler.peak_total / 1024,
            "rss_retained_mb": retained / 1024, "kernels_peak": sampler.peak_kernels,
            "memory_samples": sampler.samples, "server_cpu_s": server_cpu,
            "server_cpu_ms_per_session": 1000 * server_cpu / len(candidates),
            "sampler_cpu_s": sampler.cpu_seconds,
            "client_cpu_s": (after.ru_utime + after.ru_stime) - (client.ru_utime + client.ru_stime)
            - sampler.cpu_seconds}


# --------------------------------------------------------------------------- report


def fmt(value, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def table(levels: list[dict], pool: int, answers: int) -> str:
    lines = [f"hotseat load: offline interviewer, {answers} answers + Run (wrong) + Submit (reference) per "
             f"candidate, kernel pool {pool}, {os.cpu_count()} CPUs, a fresh server per N",
             "",
             f"{'N':>4} {'rounds':>6} {'done':>7} {'err':>4} {'wall s':>7} | {'first token ms':>15} | {'verdict ms':>15} | "
             f"{'round trip ms':>15} | {'verd/s':>6} | {'server RSS MB':>21} {'+kernels':>9} {'kern':>5} | "
             f"{'srv CPU':>9} {'client':>6}",
             f"{'':>4} {'':>6} {'':>7} {'':>4} {'':>7} | {'p50':>7} {'p95':>7} | {'p50':>7} {'p95':>7} | "
             f"{'p50':>7} {'p95':>7} | {'':>6} | {'idle':>6} {'peak':>7} {'after':>6} {'peak MB':>9} {'peak':>5} | {'ms/sess':>9} {'CPU s':>6}"]
    for level in levels:
        m = level["metrics"]
        lines.append(
            f"{level['sessions']:>4} {level['rounds']:>6} {level['completed']:>3}/{level['played']:<3} "
            f"{len(level['errors']):>4} "
            f"{level['seconds']:>7.1f} | {fmt(m['first_token']['p50']):>7} {fmt(m['first_token']['p95']):>7} | "
            f"{fmt(m['verdict']['p50'], 0):>7} {fmt(m['verdict']['p95'], 0):>7} | "
            f"{fmt(m['round_trip']['p50']):>7} {fmt(m['round_trip']['p95']):>7} | "
            f"{fmt(level['verdicts_per_s']):>6} | {level['rss_idle_mb']:>6.0f} {level['rss_peak_server_mb']:>7.0f} "
            f"{level['rss_retained_mb']:>6.0f} {level['rss_peak_total_mb']:>9.0f} {level['kernels_peak']:>5} | "
            f"{level['server_cpu_ms_per_session']:>9.0f} {level['client_cpu_s']:>6.1f}")
    base = next((level for level in levels if level["sessions"] == 1), None)
    others = [level for level in levels if base and level is not base]
    if base and others:
        lines += ["", "ratios to N=1 (latency p50/p95; memory peaks)",
                  f"{'':<22}" + "".join(f"{'N=%d/N=1' % level['sessions']:>14}" for level in others)]
        rows = [("first token p50", "first_token", "p50"), ("first token p95", "first_token", "p95"),
                ("verdict p50", "verdict", "p50"), ("verdict p95", "verdict", "p95"),
                ("round trip p50", "round_trip", "p50"), ("round trip p95", "round_trip", "p95")]
        for label, metric, q in rows:
            cells = [ratio(level["metrics"][metric][q], base["metrics"][metric][q]) for level in others]
            lines.append(f"{label:<22}" + "".join(f"{c:>14}" for c in cells))
        for label, key in (("server RSS peak", "rss_peak_server_mb"), ("+kernels RSS peak", "rss_peak_total_mb"),
                           ("server CPU/session", "server_cpu_ms_per_session")):
            lines.append(f"{label:<22}" + "".join(f"{ratio(level[key], base[key]):>14}" for level in others))
    for level in levels:
        for error in level["errors"][:5]:
            lines.append(f"N={level['sessions']}: {error}")
        if len(level["errors"]) > 5:
            lines.append(f"N={level['sessions']}: ... and {len(level['errors']) - 5} more errors")
    return "\n".join(lines)


def ratio(value, base) -> str:
    if value is None or not base:
        return "-"
    return f"{value / base:.1f}x"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", default="1,10,50", help="numbers of candidates at once (default: %(default)s)")
    parser.add_argument("--answers", type=int, default=4, help="answers per candidate (default: %(default)s)")
    parser.add_argument("--pool", type=int, default=2, help="warm kernels, HOTSEAT_KERNEL_POOL (default: 2)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--min-sessions", type=int, default=20,
                        help="repeat a small N in rounds until this many sessions were played (default: 20)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args()
    levels = [int(n) for n in args.levels.split(",") if n.strip()]
    results = []
    with tempfile.TemporaryDirectory(prefix="hotseat-load-") as folder:
        for sessions in levels:
            if not args.json:
                print(f"N={sessions} ...", file=sys.stderr, flush=True)
            results.append(run_level(sessions, answers=args.answers, pool=args.pool, seed=args.seed,
                                     folder=Path(folder), min_sessions=args.min_sessions))
    if args.json:
        print(json.dumps({"pool": args.pool, "answers": args.answers, "cpus": os.cpu_count(), "levels": results}))
    else:
        print(table(results, args.pool, args.answers))
    return 0 if all(level["completed"] == level["played"] and not level["errors"] for level in results) else 1


if __name__ == "__main__":
    sys.exit(main())
