"""The one way to get a working code runner, and the stand-in for when there cannot be one.

    try:
        runner = await open_runner(unsafe_no_sandbox=False, pool_size=2, log=print)
    except CodeCannotRun as exc:
        ...   # say why (exc), exit 3, or serve with UnavailableRunner(str(exc))

Every reason code cannot run safely here (no bubblewrap, no kernel environment and no
package index to build it, no libseccomp, a template that does not start) is one
exception type, so no caller can forget one.

With a gateway (`gateway=GatewayConfig(...)`, from HOTSEAT_GATEWAY_URL) kernels come from
it instead and the local sandbox is neither needed nor started; a gateway that is down or
refuses the token is not a reason to refuse here: the runner keeps trying, every verdict
says what is wrong meanwhile, and `status()` (the health entry) reports it.
"""

from __future__ import annotations

import asyncio

from kernels.environment import KernelEnvError, ensure_kernel_env
from kernels.gateway import GatewayConfig
from kernels.kernel import KernelStartError
from kernels.runner import CodeRunner
from kernels.sandbox import SandboxConfig, SandboxUnavailable
from kernels.seccomp import SeccompUnavailable
from kernels.verdict import Verdict, build_cases, unrun_verdict
from reference import get


class CodeCannotRun(RuntimeError):
    """Candidate code cannot be run safely on this machine; the message says why and what to do."""


async def open_runner(*, unsafe_no_sandbox: bool | None = None, pool_size: int | None = None,
                      deadline: float | None = None, config: SandboxConfig | None = None,
                      gateway: GatewayConfig | None = None, log=lambda message: None) -> CodeRunner:
    """Ensure the kernels' environment, validate the sandbox, start the template: a runner ready to check.

    `unsafe_no_sandbox=None` leaves the choice to `SandboxConfig.from_env` (HOTSEAT_UNSAFE_NO_SANDBOX).
    With `gateway`, a runner on the gateway's kernels instead (none of the local set-up happens).
    """
    loop = asyncio.get_running_loop()
    if gateway is not None:
        return await _open_gateway_runner(gateway, pool_size, deadline, log)
    try:
        await loop.run_in_executor(None, lambda: ensure_kernel_env(log=log))
        if config is None:
            config = SandboxConfig.from_env(**({} if unsafe_no_sandbox is None
                                               else {"unsafe_no_sandbox": unsafe_no_sandbox}))
        runner = CodeRunner(config, pool_size=pool_size, deadline=deadline)
        await runner.start()
    except (SandboxUnavailable, KernelEnvError, SeccompUnavailable, KernelStartError) as exc:
        raise CodeCannotRun(str(exc)) from exc
    except Exception as exc:   # anything else that stops the sandbox is still "cannot run here", with its cause
        raise CodeCannotRun(f"the sandbox could not start: {type(exc).__name__}: {exc}") from exc
    return runner


async def _open_gateway_runner(gateway: GatewayConfig, pool_size: int | None, deadline: float | None,
                               log) -> CodeRunner:
    from kernels.gateway_supply import GatewaySupply   # httpx and websockets, only when a gateway is used
    from kernels.runner import default_pool_size

    size = default_pool_size() if pool_size is None else pool_size
    try:
        runner = CodeRunner(pool_size=size, deadline=deadline, supply=GatewaySupply(gateway, size))
        await runner.start()
    except Exception as exc:   # a configuration that cannot work (the URL, the CA bundle): say so
        raise CodeCannotRun(f"the kernel gateway client could not start: {type(exc).__name__}: {exc}") from exc
    problem = runner.supply.problem()
    log(f"kernels from {gateway.base} ({gateway.kernel_name})" + (f"; for now: {problem}" if problem else ""))
    return runner


class UnavailableRunner:
    """Stands in for the runner when code cannot run here: every verdict says why, none raises."""

    def __init__(self, reason: str):
        self.reason = reason

    async def check(self, exercise_id: str, code: str, suite: str = "hidden", seed: int | None = None, *,
                    session: str | None = None) -> Verdict:
        exercise = get(exercise_id)
        cases, seed = build_cases(exercise, suite, seed)
        return unrun_verdict(exercise, suite, cases, self.reason, seed=seed, sandboxed=False)

    def status(self) -> dict:
        return {"problem": self.reason}

    async def close(self) -> None:
        return None
