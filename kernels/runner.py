"""Judge a submission in a sandboxed kernel: the interface the rest of hotseat calls.

    runner = CodeRunner()          # validates the sandbox, fills the warm pool
    verdict = await runner.check("attention", code)             # hidden suite (Submit)
    verdict = await runner.check("attention", code, "examples") # visible tests (Run)

Inputs are built here, in the trusted process; the kernel only executes and sends
plain data back; `reference.judge` compares here. One kernel per check.
"""

from __future__ import annotations

import os
import secrets
import time

from kernels.kernel import KernelStartError
from kernels.pool import KernelPool
from kernels.protocol import MAX_CODE_BYTES, MIME, Execution, finish, kernel_cell, read_results
from kernels.sandbox import SandboxConfig
from kernels.verdict import Verdict, build_cases, unrun_verdict, verdict_from
from reference import get


def default_deadline() -> float:
    return float(os.environ.get("HOTSEAT_CODE_TIMEOUT", "10"))


class CodeRunner:
    def __init__(self, config: SandboxConfig | None = None, pool_size: int | None = None,
                 deadline: float | None = None):
        self.config = config or SandboxConfig.from_env()
        self.pool = KernelPool(self.config, pool_size)
        self.deadline = default_deadline() if deadline is None else deadline
        self.started = False

    async def start(self) -> "CodeRunner":
        if not self.started:
            self.pool.start()
            self.started = True
        return self

    async def close(self) -> None:
        await self.pool.close()

    async def __aenter__(self) -> "CodeRunner":
        return await self.start()

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def check(self, exercise_id: str, code: str, suite: str = "hidden", seed: int | None = None) -> Verdict:
        began = time.perf_counter()
        exercise = get(exercise_id)
        cases, seed = build_cases(exercise, suite, seed)
        sandboxed = not self.config.unsafe_no_sandbox
        size = len(code.encode("utf-8", "replace"))
        if size > MAX_CODE_BYTES:
            return unrun_verdict(exercise, suite, cases,
                                 f"your code is {size // 1024} KB; the limit is {MAX_CODE_BYTES >> 10} KB",
                                 seed=seed, sandboxed=sandboxed)
        await self.start()
        try:
            kernel = await self.pool.acquire()
        except KernelStartError as exc:
            return unrun_verdict(exercise, suite, cases, f"could not start a sandboxed kernel: {exc}",
                                 seed=seed, sandboxed=sandboxed)
        nonce = secrets.token_hex(8)
        try:
            run = await kernel.run(kernel_cell(code, exercise, cases, nonce), self.deadline, MIME)
        finally:
            kernel.dispose()
        stage_failure, outcomes = read_results(run.results, len(cases), nonce)
        failure = stage_failure or run.failure
        notes = [] if sandboxed else ["ran WITHOUT a sandbox (--unsafe-no-sandbox)"]
        execution = Execution(
            finish(failure, outcomes, missing="no result came back (did your code stop the test harness?)"),
            output=run.output, output_truncated=run.output_truncated, failure=failure,
            seconds=time.perf_counter() - began, notes=notes)
        return verdict_from(exercise, suite, cases, execution, seed=seed, sandboxed=sandboxed)
