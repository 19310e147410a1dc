"""Verdict latency for `attention`: warm pool vs in-process vs a cold kernel per submission.

    .venv/bin/python bench/check_latency.py [--runs 30]

All three judge the same hidden suite (same seeds) for the reference solution, one
after the other in this run, and print p50/p95 with the ratios between them. The warm
path waits for the pool to refill between submissions, as a candidate's pace allows.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kernels.environment import ensure_kernel_env  # noqa: E402
from kernels.runner import CodeRunner  # noqa: E402
from kernels.verdict import check_in_process  # noqa: E402

EXERCISE = "attention"
CODE = (ROOT / "reference" / "solutions" / "attention.py").read_text()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def in_process(runs: int) -> list[float]:
    times = []
    for seed in range(runs):
        began = time.perf_counter()
        verdict = check_in_process(EXERCISE, CODE, seed=seed)
        times.append((time.perf_counter() - began) * 1000)
        assert verdict.passed, verdict.as_dict()
    return times


async def sandboxed(runs: int, pool_size: int) -> list[float]:
    times = []
    async with CodeRunner(pool_size=pool_size) as runner:
        for seed in range(runs):
            if pool_size:
                await runner.pool.wait_warm()
            began = time.perf_counter()
            verdict = await runner.check(EXERCISE, CODE, seed=seed)
            times.append((time.perf_counter() - began) * 1000)
            assert verdict.passed, verdict.as_dict()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--cold-runs", type=int, default=10)
    args = parser.parse_args()
    ensure_kernel_env(log=print)
    in_process(3)  # warm imports and caches for a fair baseline
    rows = {
        "in-process (no sandbox)": in_process(args.runs),
        "warm pool (sandboxed)": asyncio.run(sandboxed(args.runs, pool_size=2)),
        "cold kernel per submission": asyncio.run(sandboxed(args.cold_runs, pool_size=0)),
    }
    print(f"verdict latency for `{EXERCISE}` (hidden suite, reference solution)")
    print(f"{'path':<30}{'runs':>6}{'p50 ms':>10}{'p95 ms':>10}{'mean ms':>10}")
    for name, times in rows.items():
        print(f"{name:<30}{len(times):>6}{percentile(times, .5):>10.1f}{percentile(times, .95):>10.1f}"
              f"{statistics.mean(times):>10.1f}")
    base, warm, cold = (percentile(t, .5) for t in rows.values())
    print(f"warm / in-process  (p50): {warm / base:6.1f}x")
    print(f"cold / warm        (p50): {cold / warm:6.1f}x")
    print(f"warm p95 / cold p50     : {percentile(rows['warm pool (sandboxed)'], .95) / cold:6.2f}")


if __name__ == "__main__":
    main()
