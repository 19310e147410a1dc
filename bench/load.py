"""Load: N simulated candidates at once against a real server, at N = 1, 10 and 50, without and with think time.

    .venv/bin/python bench/load.py [--levels 1,10,50] [--think 0,3] [--answers 4] [--pool 2] [--json]
                                   [--baseline afe675c] [--gateway | --gateway-url URL --gateway-token T]

For each N and think time, a fresh `hotseat serve` (its own temporary data dir, loopback, a
warm kernel pool of --pool kernels, HOTSEAT_KERNEL_POOL) is started, the `hotseat simulate`
client plays N candidates at once, and the server is stopped: every level starts from the
same empty server, so the levels compare like with like. A small N is played in several
rounds on that server (N=1: 20 rounds, N=10: 2), so its percentiles rest on as many sessions
as --min-sessions; N=50 is one round. With think time T each candidate pauses 0.5T-1.5T
(mean T) before every action; without it, the 50 candidates reach their Run and Submit
almost together.

Printed per level: p50/p95 of the interviewer's first token, the code verdict (run/submit
sent -> verdict, queueing included) and a message round trip (ping -> pong: how free the
server's event loop is), in ms on the client; verdicts per second; CPU of the server and
everything it started (a cpuacct cgroup holding this process and so every child; the
client's own CPU subtracted), per verdict and the server process's part of it; peak memory
of the server process (RSS) and of the sandbox (the memory cgroup holding the kernel
template and every kernel, which counts a forked kernel's shared pages once; without
cgroups, the summed PSS of the server's descendants, sampled every second); the peak of
kernels running at once. Then the ratios to N=1.

With --baseline REF the same levels are played against the server of that commit (its
whole tree, extracted with `git archive`), one after another in this run, and the table
shows both, this tree first.

With --gateway each level is also played by a server whose kernels come from a Jupyter
Kernel Gateway (HOTSEAT_GATEWAY_URL): one the bench starts on loopback (jupyter_kernel_gateway,
token auth, kernels from the kernels' own environment, UNSANDBOXED: fine for a benchmark of
this tree's own reference code), or an existing one with --gateway-url/--gateway-token/
--gateway-kernel. Its rows are labelled "gateway", beside the local ones; "sandbox MB" and
"kern" are then the gateway process and its kernels (PSS, sampled every second), and the
CPU column includes the gateway and its kernels (they are this process's children). The client shares the machine with the server: its own CPU
time is printed too, to show it is not what limits the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

import tests.server.harness as server_harness  # noqa: E402
from kernels.cgroups import Cgroups, instance_name  # noqa: E402
from clients.simulate import percentile, run_simulation  # noqa: E402  (moving to clients/simulate.py)

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
CPUACCT = Path("/sys/fs/cgroup/cpuacct")


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


def pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class MemorySampler(threading.Thread):
    """Peak memory of the server process and of its sandbox, and the peak of kernels running, until stopped."""

    def __init__(self, pid: int, every: float = 0.1, gateway_pid: int | None = None):
        super().__init__(daemon=True)
        self.pid, self.every, self.gateway_pid = pid, every, gateway_pid
        self.sandbox = Cgroups([Cgroups.root / "memory" / "hotseat" / instance_name(pid)])
        self.kernel_folders = Cgroups.root / "pids" / "hotseat" / instance_name(pid)
        self.peak_server = self.peak_sandbox = self.peak_kernels = 0
        self.samples = 0
        self.cpu_seconds = 0.0
        self._halt = threading.Event()

    def sandbox_kb(self) -> int:
        if self.gateway_pid is not None:   # the gateway and its kernels (its children)
            if self.samples % 10:
                return self.peak_sandbox
            return sum(pss_kb(p) for p in [self.gateway_pid, *descendants(self.gateway_pid)])
        usage = self.sandbox.memory_bytes()
        if usage is not None:
            return usage // 1024
        if self.samples % 10:   # PSS walks page tables: once a second is plenty
            return self.peak_sandbox
        return sum(pss_kb(p) for p in descendants(self.pid))

    def kernels(self) -> int:
        if self.gateway_pid is not None:
            return sum(1 for p in descendants(self.gateway_pid) if _is_kernel(p))
        try:
            return sum(1 for p in self.kernel_folders.iterdir() if p.name.startswith("k"))
        except OSError:
            return sum(1 for p in descendants(self.pid) if _is_kernel(p))

    def sample(self) -> tuple[int, int, int]:
        return rss_kb(self.pid), self.sandbox_kb(), self.kernels()

    def run(self) -> None:
        began = time.thread_time()
        while not self._halt.is_set():
            server, sandbox, kernels = self.sample()
            self.peak_server = max(self.peak_server, server)
            self.peak_sandbox = max(self.peak_sandbox, sandbox)
            self.peak_kernels = max(self.peak_kernels, kernels)
            self.samples += 1
            self._halt.wait(self.every)
        self.cpu_seconds = time.thread_time() - began  # the sampler's own cost, kept out of the client's

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=5)


def _is_kernel(pid: int) -> bool:
    """A kernel (forked or started), not bubblewrap around it (for machines without cgroups)."""
    try:
        comm = Path(f"/proc/{pid}/comm").read_text().strip()
        return comm != "bwrap" and b"ipykernel" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


class CpuCounter:
    """CPU of this process and every process it starts (the server, bubblewrap, template, kernels)."""

    def __init__(self):
        self.group: Path | None = None
        if os.access(CPUACCT, os.W_OK):
            self.group = CPUACCT / "hotseat-bench" / f"load-{os.getpid()}"
            self.group.mkdir(parents=True, exist_ok=True)
            (self.group / "cgroup.procs").write_text(str(os.getpid()))

    def seconds(self) -> float | None:
        if self.group is None:
            return None
        return int((self.group / "cpuacct.usage").read_text()) / 1e9

    def close(self) -> None:
        if self.group is not None:
            (CPUACCT / "cgroup.procs").write_text(str(os.getpid()))
            time.sleep(0.1)
            for folder in (self.group, self.group.parent):
                try:
                    folder.rmdir()
                except OSError:
                    pass


# --------------------------------------------------------------------------- one level


def wait_warm(server: server_harness.ServerProcess, pool: int, timeout: float = 90.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        kernels = httpx.get(server.url + "/api/health", timeout=5).json()["kernels"]
        if kernels.get("ready") and kernels.get("warm", 0) >= pool:
            return
        time.sleep(0.1)
    raise RuntimeError(f"the kernel pool never warmed up: {kernels}")


def run_level(sessions: int, *, think: float, answers: int, pool: int, seed: int, folder: Path, cpu: CpuCounter,
              tree: Path = ROOT, min_sessions: int = 20, label: str | None = None, env: dict | None = None,
              gateway_pid: int | None = None) -> dict:
    """N candidates at once on a fresh server; small N is repeated (one round after another, the pool warm
    again before each) until `min_sessions` sessions were played, so its p95 rests on more than five samples."""
    rounds = max(1, -(-min_sessions // sessions))
    server_harness.ROOT = tree   # the server's working tree (the baseline's, for --baseline)
    label = label or ("this tree" if tree == ROOT else tree.name)
    server = server_harness.ServerProcess(folder / f"data-{label.replace(' ', '-')}-{tree.name}-{sessions}-{think:g}",
                                          env={"HOTSEAT_KERNEL_POOL": str(pool), **(env or {})}).start()
    reports = []
    try:
        wait_warm(server, pool)
        pid = server.process.pid
        idle = MemorySampler(pid, gateway_pid=gateway_pid).sample()
        sampler = MemorySampler(pid, gateway_pid=gateway_pid)
        sampler.start()
        server_cpu, client = cpu_seconds(pid), resource.getrusage(resource.RUSAGE_SELF)
        total_cpu = cpu.seconds()
        for round_ in range(rounds):
            if round_:
                wait_warm(server, pool)
            reports.append(run_simulation(server.url, sessions, answers, seed + 1000 * round_, think=think))
        server_cpu = cpu_seconds(pid) - server_cpu
        after = resource.getrusage(resource.RUSAGE_SELF)
        client_cpu = (after.ru_utime + after.ru_stime) - (client.ru_utime + client.ru_stime)
        total_cpu = None if total_cpu is None else cpu.seconds() - total_cpu - client_cpu
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
    return {"tree": label, "sessions": sessions, "think": think, "rounds": rounds, "played": len(candidates),
            "completed": sum(c.completed for c in candidates),
            "errors": [f"round {i}: {e}" for i, report in enumerate(reports) for e in report.errors],
            "reference_passed": sum(bool(c.reference_passed) for c in candidates),
            "seconds": seconds, "round_seconds": [report.seconds for report in reports], "metrics": metrics,
            "verdicts": verdicts, "verdicts_per_s": verdicts / seconds if seconds else None,
            "rss_idle_mb": idle[0] / 1024, "sandbox_idle_mb": idle[1] / 1024,
            "rss_peak_server_mb": sampler.peak_server / 1024, "sandbox_peak_mb": sampler.peak_sandbox / 1024,
            "rss_retained_mb": retained / 1024, "kernels_peak": sampler.peak_kernels,
            "memory_samples": sampler.samples, "server_cpu_s": server_cpu, "total_cpu_s": total_cpu,
            "cpu_ms_per_verdict": None if total_cpu is None or not verdicts else 1000 * total_cpu / verdicts,
            "server_cpu_ms_per_verdict": 1000 * server_cpu / verdicts if verdicts else None,
            "sampler_cpu_s": sampler.cpu_seconds, "client_cpu_s": client_cpu - sampler.cpu_seconds}


def baseline_tree(ref: str, folder: Path) -> Path:
    """The whole tree of commit `ref`, to serve with its own server and kernels."""
    target = folder / f"baseline-{ref}"
    target.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


# --------------------------------------------------------------------------- report


def fmt(value, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def table(levels: list[dict], pool: int, answers: int) -> str:
    lines = [f"hotseat load: offline interviewer, {answers} answers + Run (wrong) + Submit (reference) per "
             f"candidate, kernel pool {pool}, {os.cpu_count()} CPUs, a fresh server per level, "
             f"{time.strftime('%Y-%m-%d %H:%M %Z')}",
             "CPU: the server and everything it started (cgroup), client excluded; sandbox: memory cgroup of the "
             "kernels and their template (gateway rows: the gateway and its kernels, their CPU included)",
             "",
             f"{'tree':<14} {'N':>3} {'think':>5} {'done':>7} {'err':>3} {'wall s':>6} | {'first token':>13} | "
             f"{'verdict ms':>15} | {'ping ms':>13} | {'verd/s':>6} | {'CPU ms/verdict':>15} | "
             f"{'server MB':>9} {'sandbox MB':>10} {'kern':>4}",
             f"{'':<14} {'':>3} {'s':>5} {'':>7} {'':>3} {'':>6} | {'p50':>6} {'p95':>6} | {'p50':>7} {'p95':>7} | "
             f"{'p50':>6} {'p95':>6} | {'':>6} | {'all':>7} {'server':>7} | {'peak':>9} {'peak':>10} {'peak':>4}"]
    for level in levels:
        m = level["metrics"]
        lines.append(
            f"{level['tree']:<14} {level['sessions']:>3} {level['think']:>5g} "
            f"{level['completed']:>3}/{level['played']:<3} {len(level['errors']):>3} {level['seconds']:>6.1f} | "
            f"{fmt(m['first_token']['p50'], 0):>6} {fmt(m['first_token']['p95'], 0):>6} | "
            f"{fmt(m['verdict']['p50'], 0):>7} {fmt(m['verdict']['p95'], 0):>7} | "
            f"{fmt(m['round_trip']['p50'], 1):>6} {fmt(m['round_trip']['p95'], 1):>6} | "
            f"{fmt(level['verdicts_per_s']):>6} | {fmt(level['cpu_ms_per_verdict'], 0):>7} "
            f"{fmt(level['server_cpu_ms_per_verdict'], 0):>7} | {level['rss_peak_server_mb']:>9.0f} "
            f"{level['sandbox_peak_mb']:>10.0f} {level['kernels_peak']:>4}")
    for tree in dict.fromkeys(level["tree"] for level in levels):
        for think in dict.fromkeys(level["think"] for level in levels):
            group = [level for level in levels if level["tree"] == tree and level["think"] == think]
            base = next((level for level in group if level["sessions"] == 1), None)
            others = [level for level in group if base and level is not base]
            if not (base and others):
                continue
            lines += ["", f"{tree}, think {think:g} s: ratios to N=1",
                      f"{'':<22}" + "".join(f"{'N=%d/N=1' % level['sessions']:>14}" for level in others)]
            for label, metric, q in (("verdict p50", "verdict", "p50"), ("verdict p95", "verdict", "p95"),
                                     ("ping p95", "round_trip", "p95"), ("first token p95", "first_token", "p95")):
                cells = [ratio(level["metrics"][metric][q], base["metrics"][metric][q]) for level in others]
                lines.append(f"{label:<22}" + "".join(f"{c:>14}" for c in cells))
            for label, key in (("CPU per verdict", "cpu_ms_per_verdict"), ("server RSS peak", "rss_peak_server_mb"),
                               ("sandbox memory peak", "sandbox_peak_mb")):
                lines.append(f"{label:<22}" + "".join(f"{ratio(level[key], base[key]):>14}" for level in others))
    trees = list(dict.fromkeys(level["tree"] for level in levels))
    for second in trees[1:]:
        lines += ["", f"{second} / {trees[0]} (same N and think time)",
                  f"{'':<10} {'verdict p50':>12} {'verdict p95':>12} {'ping p95':>10} {'CPU/verdict':>12}"]
        for level in (level for level in levels if level["tree"] == trees[0]):
            other = next((o for o in levels if o["tree"] == second and o["sessions"] == level["sessions"]
                          and o["think"] == level["think"]), None)
            if other:
                m, o = level["metrics"], other["metrics"]
                lines.append(f"N={level['sessions']:<3} t={level['think']:<3g} "
                             f"{ratio(o['verdict']['p50'], m['verdict']['p50']):>12} "
                             f"{ratio(o['verdict']['p95'], m['verdict']['p95']):>12} "
                             f"{ratio(o['round_trip']['p95'], m['round_trip']['p95']):>10} "
                             f"{ratio(other['cpu_ms_per_verdict'], level['cpu_ms_per_verdict']):>12}")
    for level in levels:
        for error in level["errors"][:5]:
            lines.append(f"{level['tree']} N={level['sessions']} think={level['think']:g}: {error}")
        if len(level["errors"]) > 5:
            lines.append(f"{level['tree']} N={level['sessions']}: ... and {len(level['errors']) - 5} more errors")
    return "\n".join(lines)


def ratio(value, base) -> str:
    if value is None or not base:
        return "-"
    return f"{value / base:.1f}x"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", default="1,10,50", help="numbers of candidates at once (default: %(default)s)")
    parser.add_argument("--think", default="0,3", help="mean think times in seconds (default: %(default)s)")
    parser.add_argument("--answers", type=int, default=4, help="answers per candidate (default: %(default)s)")
    parser.add_argument("--pool", type=int, default=2, help="warm kernels, HOTSEAT_KERNEL_POOL (default: 2)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--min-sessions", type=int, default=20,
                        help="repeat a small N in rounds until this many sessions were played (default: 20)")
    parser.add_argument("--baseline", metavar="REF", help="also play the levels against the server of commit REF")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument("--gateway", action="store_true",
                        help="also play every level with kernels from a Jupyter Kernel Gateway (started on loopback "
                             "by the bench unless --gateway-url names one)")
    parser.add_argument("--gateway-url", help="an existing gateway (implies --gateway)")
    parser.add_argument("--gateway-token", default="", help="its token")
    parser.add_argument("--gateway-kernel", default="python3", help="its kernelspec (default: %(default)s)")
    args = parser.parse_args()
    levels = [int(n) for n in args.levels.split(",") if n.strip()]
    thinks = [float(t) for t in args.think.split(",") if t.strip()]
    results = []
    cpu = CpuCounter()
    gateway = None
    try:
        with tempfile.TemporaryDirectory(prefix="hotseat-load-") as scratch:
            backends = [(None, ROOT, None)] + ([(None, baseline_tree(args.baseline, Path(scratch)), None)]
                                               if args.baseline else [])
            gateway_pid = None
            if args.gateway or args.gateway_url:
                if args.gateway_url:
                    env = {"HOTSEAT_GATEWAY_URL": args.gateway_url, "HOTSEAT_GATEWAY_TOKEN": args.gateway_token,
                           "HOTSEAT_GATEWAY_KERNEL": args.gateway_kernel}
                else:
                    from tests.kernels.gateway import KernelGateway

                    gateway = KernelGateway(Path(scratch) / "gateway").start()
                    gateway_pid = gateway.process.pid
                    env = {"HOTSEAT_GATEWAY_URL": gateway.url, "HOTSEAT_GATEWAY_TOKEN": gateway.token,
                           "HOTSEAT_GATEWAY_KERNEL": "hotseat-python"}
                backends.append(("gateway", ROOT, env))
            for think in thinks:
                for sessions in levels:
                    for label, tree, env in backends:
                        if not args.json:
                            print(f"{label or tree.name} N={sessions} think={think:g} ...", file=sys.stderr,
                                  flush=True)
                        results.append(run_level(sessions, think=think, answers=args.answers, pool=args.pool,
                                                 seed=args.seed, folder=Path(scratch), cpu=cpu, tree=tree,
                                                 min_sessions=args.min_sessions, label=label, env=env,
                                                 gateway_pid=gateway_pid if env else None))
    finally:
        if gateway is not None:
            gateway.stop()
        cpu.close()
    if args.json:
        print(json.dumps({"pool": args.pool, "answers": args.answers, "cpus": os.cpu_count(), "levels": results}))
    else:
        print(table(results, args.pool, args.answers))
    return 0 if all(level["completed"] == level["played"] and not level["errors"] for level in results) else 1


if __name__ == "__main__":
    sys.exit(main())
