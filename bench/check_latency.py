"""Wall time and CPU per verdict for `attention`: forked kernels vs the old warm pool, a cold kernel, in-process.

    .venv/bin/python bench/check_latency.py [--runs 30] [--cold-runs 10] [--baseline afe675c]

Every path judges the same hidden suite (same seeds) for the reference solution, each in a
worker process of its own, and the runs are interleaved (one verdict of each path in turn)
so a busy neighbour on the machine slows all of them alike. The paths:

- forked kernel: this tree's runner (a kernel forked from the sandboxed template per verdict);
- warm pool / cold kernel: the runner of `--baseline` (the commit before forked kernels: a
  bubblewrap'd kernel started from scratch per verdict, from a warm pool of 2 or with none),
  extracted with `git archive` into a temporary folder;
- in-process: no sandbox, no kernel (the floor).

CPU is counted by a cpuacct cgroup per worker, which every process a worker starts (bwrap,
kernels, template) inherits, so a kernel's start-up, a pool's background refill and the
server side's decoding and judging all count, and nothing else on the machine does. Between
two verdicts a worker waits until its pool is warm again, as a candidate's pace allows; the
refill's CPU still lands on the verdict that caused it. Without a writable cpuacct
hierarchy, CPU is each worker's own and its reaped children's, reported as a total.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "afe675c"     # the last commit with a kernel started from scratch per verdict (issue 9)
EXERCISE = "attention"
CPUACCT = Path("/sys/fs/cgroup/cpuacct")
PATHS = {   # name: (tree, runner kind)
    "forked kernel (this tree)": ("new", "pool"),
    "warm pool (baseline)": ("baseline", "pool"),
    "cold kernel (baseline)": ("baseline", "cold"),
    "in-process (no sandbox)": ("new", "inprocess"),
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# --------------------------------------------------------------------------- worker


def worker(tree: str, kind: str) -> None:
    """Answer requests read from stdin, one JSON line each: a seed (one verdict), `burst N`, `flood`."""
    sys.path.insert(0, tree)
    code = (Path(tree) / "reference" / "solutions" / "attention.py").read_text()
    if kind == "inprocess":
        from kernels.verdict import check_in_process

        def judge(seed):
            return check_in_process(EXERCISE, code, seed=seed)

        check_in_process(EXERCISE, code, seed=0)  # warm imports and caches for a fair floor
        _serve(judge, lambda: None, None, code)
        return
    from kernels.environment import ensure_kernel_env
    from kernels.runner import CodeRunner

    ensure_kernel_env()
    pool_size = 2 if kind == "pool" else 0
    loop = asyncio.new_event_loop()
    runner = CodeRunner(pool_size=pool_size)
    loop.run_until_complete(runner.start())

    def warm():
        if not pool_size:
            return
        if hasattr(runner, "supply"):
            runner.supply.wait_warm(timeout=60)
        else:
            loop.run_until_complete(runner.pool.wait_warm())

    try:
        _serve(lambda seed: loop.run_until_complete(runner.check(EXERCISE, code, seed=seed)), warm,
               (loop, runner), code)
    finally:
        loop.run_until_complete(runner.close())


def _serve(judge, warm, sandboxed, code) -> None:
    warm()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if line.startswith(("burst", "flood")):
            if sandboxed is None:
                print(json.dumps({}), flush=True)
                continue
            loop, runner = sandboxed
            reply = loop.run_until_complete(_burst(runner, code, int(line.split()[1])) if line.startswith("burst")
                                            else _flood(runner))
            warm()
            print(json.dumps(reply), flush=True)
            continue
        seed = int(line)
        began = time.perf_counter()
        verdict = judge(seed)
        wall = (time.perf_counter() - began) * 1000
        warm()
        print(json.dumps({"ms": wall, "passed": verdict.passed, "error": verdict.error}), flush=True)
    usage = os.times()
    print(json.dumps({"cpu_s": usage.user + usage.system + usage.children_user + usage.children_system}),
          flush=True)


async def _lagging(work):
    """Run `work` while a ticker measures how late the event loop wakes it (ms): what a ping would wait."""
    lags, done = [], asyncio.Event()

    async def tick():
        while not done.is_set():
            began = time.perf_counter()
            await asyncio.sleep(0.005)
            lags.append((time.perf_counter() - began - 0.005) * 1000)

    ticker = asyncio.ensure_future(tick())
    try:
        result = await work
    finally:
        done.set()
        await ticker
    return result, lags


async def _burst(runner, code, count):
    """`count` candidates submit at the same moment (each its own session where the runner has sessions)."""
    async def one(i):
        began = time.perf_counter()
        options = {"session": f"s{i}"} if "session" in runner.check.__code__.co_varnames else {}
        verdict = await runner.check(EXERCISE, code, seed=1000 + i, **options)
        return (time.perf_counter() - began) * 1000, verdict.passed

    began = time.perf_counter()
    results, lags = await _lagging(asyncio.gather(*(one(i) for i in range(count))))
    return {"walls": [w for w, _ in results], "passed": sum(p for _, p in results),
            "seconds": time.perf_counter() - began, "lag_p99": percentile(lags, .99), "lag_max": max(lags)}


async def _flood(runner):
    """One submission returns a plain list of 5,000,000 floats; how long is the loop unavailable?"""
    flood = "def softmax(x, axis=-1):\n    return [float(i) for i in range(5_000_000)]\n"
    verdict, lags = await _lagging(runner.check("softmax", flood, "examples"))
    return {"lag_max": max(lags), "lag_p99": percentile(lags, .99), "error": (verdict.error or "")[:100]}


# --------------------------------------------------------------------------- parent


class Worker:
    def __init__(self, name: str, tree: str, kind: str, group: Path | None):
        self.name, self.group = name, group
        command = [sys.executable, __file__, "--worker", kind, "--tree", tree]
        if group is not None:  # join the cgroup before exec: everything the worker starts is counted
            command = ["/bin/sh", "-c", f'echo $$ > "{group}/cgroup.procs" && exec "$@"', "sh", *command]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                        cwd=tree)
        self.walls: list[float] = []
        self.cpus: list[float] = []
        self.total_cpu: float | None = None

    def wait_ready(self) -> None:
        line = self.process.stdout.readline()
        if not line or not json.loads(line).get("ready"):
            raise RuntimeError(f"{self.name}: worker did not start")

    def usage(self) -> float | None:
        if self.group is None:
            return None
        return int((self.group / "cpuacct.usage").read_text()) / 1e9

    def verdict(self, seed: int) -> None:
        before = self.usage()
        self.process.stdin.write(f"{seed}\n")
        self.process.stdin.flush()
        reply = json.loads(self.process.stdout.readline())
        if not reply["passed"]:
            raise RuntimeError(f"{self.name}: the reference failed: {reply['error']}")
        self.walls.append(reply["ms"])
        if before is not None:
            self.cpus.append((self.usage() - before) * 1000)  # includes the refill the verdict caused

    def ask(self, request: str) -> dict:
        """A burst or flood: its reply, and the CPU it cost (everything the worker started included)."""
        before = self.usage()
        self.process.stdin.write(request + "\n")
        self.process.stdin.flush()
        reply = json.loads(self.process.stdout.readline())
        if before is not None:
            reply["cpu_ms"] = (self.usage() - before) * 1000
        return reply

    def close(self) -> None:
        self.process.stdin.close()
        for line in self.process.stdout:
            reply = json.loads(line)
            if "cpu_s" in reply:
                self.total_cpu = reply["cpu_s"]
        self.process.wait(timeout=60)
        if self.group is not None:
            time.sleep(0.2)
            for folder in (self.group, self.group.parent):   # the parent only once every worker's is gone
                try:
                    folder.rmdir()
                except OSError:
                    pass


def baseline_tree(ref: str, folder: Path) -> Path | None:
    """`ref`'s kernels/ and reference/ in a folder of their own, or None without git history."""
    target = folder / f"baseline-{ref}"
    target.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "kernels", "reference"],
                             capture_output=True)
    if archive.returncode != 0:
        print(f"no baseline: git archive {ref} failed: {archive.stderr.decode()[-300:]}", file=sys.stderr)
        return None
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def cgroup_for(name: str) -> Path | None:
    if not os.access(CPUACCT, os.W_OK):
        return None
    group = CPUACCT / "hotseat-bench" / f"{os.getpid()}-{name.split()[0]}-{name.split()[-1].strip('()')}"
    group.mkdir(parents=True, exist_ok=True)
    return group


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--cold-runs", type=int, default=10)
    parser.add_argument("--baseline", default=BASELINE, help="commit holding the old runner (default %(default)s)")
    parser.add_argument("--burst", type=int, default=50, help="simultaneous submissions in the burst (default 50)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--tree", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.tree, args.worker)
        return
    with tempfile.TemporaryDirectory(prefix="hotseat-bench-") as scratch:
        base = baseline_tree(args.baseline, Path(scratch))
        workers = []
        for name, (tree, kind) in PATHS.items():
            if tree == "baseline" and base is None:
                continue
            workers.append(Worker(name, str(ROOT if tree == "new" else base), kind, cgroup_for(name)))
        for w in workers:
            w.wait_ready()
        for seed in range(args.runs):   # interleaved: one verdict of each path in turn
            for w in workers:
                if "cold" in w.name and seed >= args.cold_runs:
                    continue
                w.verdict(seed)
        bursts = {w.name: (w.ask(f"burst {args.burst}"), w.ask("flood")) for w in workers
                  if "pool" in w.name or "forked" in w.name}
        for w in workers:
            w.close()
    report(workers, args)
    report_bursts(bursts, args)


def report(workers: list[Worker], args) -> None:
    print(f"verdict for `{EXERCISE}` (hidden suite, reference solution), interleaved, {os.cpu_count()} CPUs; "
          f"CPU from a cpuacct cgroup per path (every process it starts included)")
    print(f"{'path':<28}{'runs':>5}{'wall p50':>10}{'wall p95':>10}{'CPU mean':>10}{'CPU p50':>9}{'CPU p95':>9}")
    print(f"{'':<28}{'':>5}{'ms':>10}{'ms':>10}{'ms':>10}{'ms':>9}{'ms':>9}")
    rows = {}
    for w in workers:
        cpu_mean = statistics.mean(w.cpus) if w.cpus else (1000 * w.total_cpu / len(w.walls) if w.total_cpu else None)
        rows[w.name] = (percentile(w.walls, .5), percentile(w.walls, .95), cpu_mean)
        cpu50 = f"{percentile(w.cpus, .5):>9.1f}" if w.cpus else f"{'-':>9}"
        cpu95 = f"{percentile(w.cpus, .95):>9.1f}" if w.cpus else f"{'-':>9}"
        print(f"{w.name:<28}{len(w.walls):>5}{rows[w.name][0]:>10.1f}{rows[w.name][1]:>10.1f}"
              f"{(cpu_mean or 0):>10.1f}{cpu50}{cpu95}")
    new = rows.get("forked kernel (this tree)")
    print()
    for other in ("warm pool (baseline)", "cold kernel (baseline)", "in-process (no sandbox)"):
        if new and other in rows:
            w50, w95, cpu = rows[other]
            print(f"{other:<28} / forked kernel:  wall p50 {w50 / new[0]:6.2f}x   wall p95 {w95 / new[1]:6.2f}x   "
                  f"CPU {cpu / new[2]:6.2f}x" if cpu and new[2] else f"{other}: -")


def report_bursts(bursts: dict, args) -> None:
    print()
    print(f"{args.burst} candidates submit `{EXERCISE}` at the same moment, each its own session; then one submission "
          "returns a list of 5,000,000 floats. Event-loop lag: how late a 5 ms timer on the runner's loop fires "
          "(what any other session's ping waits).")
    print(f"{'path':<28}{'all done s':>11}{'verdicts/s':>11}{'p50 ms':>9}{'p95 ms':>9}{'CPU/verdict':>12}"
          f"{'lag p99':>9}{'lag max':>9}{'flood lag max':>15}")
    for name, (burst, flood) in bursts.items():
        walls = burst["walls"]
        cpu = burst.get("cpu_ms", 0) / len(walls) if burst.get("cpu_ms") else 0
        print(f"{name:<28}{burst['seconds']:>11.2f}{len(walls) / burst['seconds']:>11.1f}"
              f"{percentile(walls, .5):>9.0f}{percentile(walls, .95):>9.0f}{cpu:>12.1f}"
              f"{burst['lag_p99']:>9.1f}{burst['lag_max']:>9.1f}{flood['lag_max']:>15.1f}")
        if burst["passed"] != len(walls):
            print(f"  {name}: only {burst['passed']} of {len(walls)} verdicts passed")
    names = list(bursts)
    if len(names) == 2:
        (b_new, f_new), (b_old, f_old) = bursts[names[0]], bursts[names[1]]
        print(f"{names[1]} / {names[0]}: all done {b_old['seconds'] / b_new['seconds']:.1f}x, "
              f"p95 {percentile(b_old['walls'], .95) / percentile(b_new['walls'], .95):.1f}x, "
              f"CPU/verdict {b_old.get('cpu_ms', 0) / max(1e-9, b_new.get('cpu_ms', 0)):.1f}x, "
              f"flood lag max {f_old['lag_max'] / max(0.1, f_new['lag_max']):.1f}x")


if __name__ == "__main__":
    main()
