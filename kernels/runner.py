"""Judge a submission in a sandboxed kernel: the interface the rest of hotseat calls.

    runner = await open_runner()                                   # kernels.start: one set-up
    verdict = await runner.check("attention", code)                # hidden suite (Submit)
    verdict = await runner.check("attention", code, "examples", session="s1")   # visible tests (Run)

Inputs are built here, in the trusted process; the kernel only executes and sends plain
data back; `reference.judge` compares here. One fresh kernel per check.

`check` is called on the server's event loop, and all of a verdict's own work (building
cases, talking to the kernel, measuring and decoding what comes back, judging) runs in a
worker thread. On the loop there is only the queueing: a session's checks run one at a
time, in order, and at most `max_running` run at once, taken fairly across sessions
(each session has at most one check waiting for a slot). A candidate's busy loop holds
one slot and one equal share of the CPU (kernels/cgroups.py), never the whole machine.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import time
from concurrent.futures import ThreadPoolExecutor

from kernels.gateway import GatewayError
from kernels.kernel import KernelStartError
from kernels.protocol import MAX_CODE_BYTES, Execution, finish, read_results, run_request
from kernels.sandbox import SandboxConfig, require_sandbox
from kernels.supply import KernelSupply
from kernels.verdict import SUITES, Verdict, build_cases, unrun_verdict, verdict_from
from reference import get
from reference.exercise import Exercise

log = logging.getLogger("hotseat.kernels")
TAKE_TIMEOUT = 60.0


def default_deadline() -> float:
    return float(os.environ.get("HOTSEAT_CODE_TIMEOUT", "10"))


def default_pool_size() -> int:
    return int(os.environ.get("HOTSEAT_KERNEL_POOL", "2"))


class CodeRunner:
    """Checks submissions on kernels from a supply: the local sandbox's (`KernelSupply`, the default) or a
    gateway's (`GatewaySupply`, kernels/gateway_supply.py); cases, queueing, caps and judging are the same."""

    def __init__(self, config: SandboxConfig | None = None, pool_size: int | None = None,
                 deadline: float | None = None, *, max_running: int = 32, supply=None):
        self.pool_size = default_pool_size() if pool_size is None else pool_size
        self.deadline = default_deadline() if deadline is None else deadline
        self.max_running = max_running
        if supply is None:
            self.config = config or SandboxConfig.from_env()
            require_sandbox(self.config)
            supply = KernelSupply(self.config, self.pool_size)
            self.sandboxed = not self.config.unsafe_no_sandbox
        else:
            self.config = config
            self.sandboxed = supply.sandboxed
        self.supply = supply
        self._threads = ThreadPoolExecutor(max_workers=max_running, thread_name_prefix="hotseat-verdict")
        self._slots: asyncio.Semaphore | None = None
        self._sessions: dict[str, tuple[asyncio.Lock, int]] = {}
        self._starting: asyncio.Future | None = None
        self.started = False

    async def start(self) -> "CodeRunner":
        """Start the template and begin forking kernels; raises `KernelStartError` when it cannot."""
        if self._starting is None:
            self._starting = asyncio.get_running_loop().run_in_executor(None, self.supply.start)
        await asyncio.shield(self._starting)
        self.started = True
        return self

    async def close(self) -> None:
        if self._starting is not None:
            try:
                await asyncio.shield(self._starting)
            except Exception:
                pass
        await asyncio.get_running_loop().run_in_executor(None, self.supply.close)
        self._threads.shutdown(wait=False, cancel_futures=True)

    async def __aenter__(self) -> "CodeRunner":
        return await self.start()

    async def __aexit__(self, *exc) -> None:
        await self.close()

    def status(self) -> dict:
        supply = self.supply
        if hasattr(supply, "status"):
            return {"pool_size": self.pool_size, "sandboxed": self.sandboxed, "deadline": self.deadline,
                    **supply.status()}
        return {"warm": supply.warm(), "pool_size": self.pool_size, "start_failures": supply.start_failures,
                "sandboxed": not self.config.unsafe_no_sandbox, "cgroups": supply.instance_cgroups is not None}

    # ----------------------------------------------------------- checks

    async def check(self, exercise_id: str, code: str, suite: str = "hidden", seed: int | None = None, *,
                    session: str | None = None) -> Verdict:
        """The verdict on `code`; it says what went wrong rather than raising (bad arguments aside)."""
        began = time.perf_counter()
        exercise = get(exercise_id)
        if suite not in SUITES:
            raise ValueError(f"unknown suite {suite!r}; expected one of {SUITES}")
        if not self.started:
            try:
                await self.start()
            except (KernelStartError, GatewayError):
                pass   # each check below says so in its verdict
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.max_running)
        loop = asyncio.get_running_loop()
        async with self._session_turn(session):
            async with self._slots:
                return await loop.run_in_executor(self._threads, self._check, exercise, code, suite, seed, began)

    def _session_turn(self, session: str | None):
        runner = self

        class Turn:
            async def __aenter__(self):
                if session is None:
                    return
                lock, users = runner._sessions.get(session, (None, 0))
                lock = lock or asyncio.Lock()
                runner._sessions[session] = (lock, users + 1)
                await lock.acquire()

            async def __aexit__(self, *exc):
                if session is None:
                    return
                lock, users = runner._sessions[session]
                lock.release()
                if users == 1:
                    del runner._sessions[session]
                else:
                    runner._sessions[session] = (lock, users - 1)

        return Turn()

    def _check(self, exercise: Exercise, code: str, suite: str, seed: int | None, began: float) -> Verdict:
        """A whole verdict, in a worker thread."""
        cases, seed = build_cases(exercise, suite, seed)
        sandboxed = self.sandboxed
        size = len(code.encode("utf-8", "replace"))
        if size > MAX_CODE_BYTES:
            return unrun_verdict(exercise, suite, cases,
                                 f"your code is {size // 1024} KB; the limit is {MAX_CODE_BYTES >> 10} KB",
                                 seed=seed, sandboxed=sandboxed)
        try:
            return self._run(exercise, code, suite, cases, seed, began, sandboxed)
        except Exception as exc:  # our own failure: a verdict that says so, never silence or a traceback
            log.exception("code run failed")
            return unrun_verdict(exercise, suite, cases, f"the code could not be run: {exc}", seed=seed,
                                 sandboxed=sandboxed)

    def _run(self, exercise, code, suite, cases, seed, began, sandboxed) -> Verdict:
        nonce = secrets.token_hex(8)
        data, buffers = run_request(code, exercise, cases, nonce)
        try:
            kernel = self.supply.take(TAKE_TIMEOUT)
        except KernelStartError as exc:
            return unrun_verdict(exercise, suite, cases, f"could not start a sandboxed kernel: {exc}",
                                 seed=seed, sandboxed=sandboxed)
        except GatewayError as exc:   # its message names the gateway and what went wrong
            return unrun_verdict(exercise, suite, cases, f"code cannot run right now: {exc}",
                                 seed=seed, sandboxed=sandboxed)
        try:
            run = kernel.run(data, buffers, self.deadline)
        finally:
            self.supply.dispose(kernel)
        stage_failure, outcomes = read_results(run.results, len(cases), nonce)
        failure = stage_failure or run.failure
        notes = [] if sandboxed else ["ran WITHOUT a sandbox (--unsafe-no-sandbox)"]
        execution = Execution(
            finish(failure, outcomes, missing="no result came back (did your code stop the test harness?)"),
            output=run.output, output_truncated=run.output_truncated, failure=failure,
            seconds=time.perf_counter() - began, notes=notes)
        return verdict_from(exercise, suite, cases, execution, seed=seed, sandboxed=sandboxed)
