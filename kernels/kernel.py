"""One sandboxed Jupyter kernel: start it, run one cell under a deadline, throw it away.

The kernel is driven through `jupyter_client` over IPC sockets in a private folder
(the sandbox has no network, so no TCP). We own the process ourselves instead of
using a KernelManager, because killing must be immediate and total: a deadline
ends the whole process tree (and its cgroups), an interrupt would be ignorable.
"""

from __future__ import annotations

import asyncio
import os
import queue
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.connect import write_connection_file

from kernels.sandbox import (UIDS, Cgroups, processes_of, SandboxConfig, enter_cgroups_prefix, kernel_command,
                             launch_environment)

OUTPUT_KEEP = 64 << 10        # bytes of stdout/stderr kept for the candidate to read
OUTPUT_FLOOD = 8 << 20        # past this the kernel is killed: nothing useful prints 8 MB
MESSAGE_FLOOD = 20_000        # iopub messages of any kind
RESULT_LIMIT = 32 << 20       # total bytes of result payloads accepted from one run
# Paid in the pool, not by the candidate: imports and the first call of common NumPy paths.
WARMUP = """\
def __hotseat_warm():
    import base64, io, json, linecache, math, traceback
    import numpy as np
    import IPython.display
    x = np.random.default_rng(0).normal(size=(2, 4, 8))
    w = np.exp(x - x.max(axis=-1, keepdims=True))
    w = (w / w.sum(axis=-1, keepdims=True)) @ np.swapaxes(x, -1, -2)
    np.einsum("...ij,...jk->...ik", w, w)
    np.linalg.norm(x, axis=-1), np.argsort(x, axis=-1), np.where(x > 0, x, -np.inf), np.tril(w[0])
    buffer = io.BytesIO()
    np.save(buffer, w, allow_pickle=False)
    np.load(io.BytesIO(buffer.getvalue()), allow_pickle=False)
    json.dumps({"x": base64.b64encode(buffer.getvalue()).decode()})
__hotseat_warm()
del __hotseat_warm
"""


class KernelStartError(RuntimeError):
    pass


@dataclass
class CellRun:
    """What running one cell produced, as seen from outside the kernel."""

    results: list[str] = field(default_factory=list)   # payloads of our MIME type, unparsed
    output: str = ""
    output_truncated: bool = False
    failure: str | None = None                          # timeout / died / flood
    seconds: float = 0.0


class Kernel:
    def __init__(self, config: SandboxConfig):
        self.config = config
        self.name = f"k{os.getpid()}-{secrets.token_hex(4)}"
        self.uid = None if config.unsafe_no_sandbox else UIDS.take()
        self.work_dir = Path(tempfile.mkdtemp(prefix="hotseat-"))
        self.connection_file = self.work_dir / "kernel.json"
        self.process: subprocess.Popen | None = None
        self.client: AsyncKernelClient | None = None
        self.cgroups: Cgroups | None = None
        self.started_at = 0.0
        self.stderr_path = self.work_dir / "stderr.log"
        self.closed = False

    async def start(self, timeout: float = 30.0) -> "Kernel":
        """Launch the process and wait until NumPy is imported and the kernel is idle."""
        began = time.perf_counter()
        if self.uid is not None:
            os.chown(self.work_dir, self.uid, self.uid)
        os.chmod(self.work_dir, 0o700)
        write_connection_file(str(self.connection_file), transport="ipc", ip=str(self.work_dir / "s"))
        if self.uid is not None:
            os.chown(self.connection_file, self.uid, self.uid)
            self.cgroups = Cgroups.create(self.name, self.config.limits)
        command = enter_cgroups_prefix(self.cgroups) + kernel_command(
            self.config, self.connection_file, self.work_dir, self.uid)
        env = launch_environment(self.config)
        with open(self.stderr_path, "wb") as stderr:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                            stderr=stderr, env=env, start_new_session=True,
                                            cwd=self.work_dir)
        self.client = AsyncKernelClient(connection_file=str(self.connection_file))
        self.client.load_connection_file()
        self.client.start_channels()
        try:
            await asyncio.wait_for(self._ready(), timeout)
        except (asyncio.TimeoutError, RuntimeError) as exc:
            reason = self._stderr_tail() or str(exc) or "no reply"
            self.dispose()
            raise KernelStartError(f"kernel did not start: {reason}") from None
        except BaseException:  # cancelled while starting: never leave a process behind
            self.dispose()
            raise
        self.started_at = time.perf_counter() - began
        return self

    async def _ready(self) -> None:
        while not os.path.exists(self.work_dir / "s-1") and self.alive():
            await asyncio.sleep(0.01)
        if not self.alive():
            raise RuntimeError("kernel exited during start")
        await self.client.wait_for_ready(timeout=60)
        run = await self.run(WARMUP, deadline=30.0)
        if run.failure:
            raise RuntimeError(run.failure)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None and not self.closed

    async def run(self, code: str, deadline: float, mime: str = "") -> CellRun:
        """Execute one cell; collect `mime` display payloads and capped text output.

        Returns when the kernel reports idle for this cell, or kills the kernel when
        the deadline passes, the process dies, or the output floods.
        """
        run = CellRun()
        began = time.perf_counter()
        if not self.alive():
            run.failure = "the kernel was not running"
            return run
        msg_id = self.client.execute(code, silent=False, store_history=False, allow_stdin=False)
        kept: list[str] = []
        kept_bytes = seen_bytes = result_bytes = messages = 0
        while True:
            remaining = deadline - (time.perf_counter() - began)
            if remaining <= 0:
                run.failure = f"timed out after {deadline:g} s (the kernel was stopped)"
                break
            if not self.alive():
                run.failure = self._death_reason()
                break
            try:
                message = await self.client.get_iopub_msg(timeout=min(remaining, 0.05))
            except (queue.Empty, asyncio.TimeoutError):
                continue
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            messages += 1
            kind, content = message["msg_type"], message["content"]
            if kind == "status" and content.get("execution_state") == "idle":
                break
            if kind in ("display_data", "execute_result") and mime in content.get("data", {}):
                payload = content["data"][mime]
                result_bytes += len(payload) if isinstance(payload, str) else 0
                if isinstance(payload, str) and result_bytes <= RESULT_LIMIT:
                    run.results.append(payload)
                continue
            text = _text_of(kind, content)
            seen_bytes += len(text)
            if kept_bytes < OUTPUT_KEEP:
                kept.append(text[: OUTPUT_KEEP - kept_bytes])
                kept_bytes += len(kept[-1])
            if seen_bytes > OUTPUT_KEEP:
                run.output_truncated = True
            if seen_bytes > OUTPUT_FLOOD or messages > MESSAGE_FLOOD:
                run.failure = (f"printed more than {OUTPUT_FLOOD >> 20} MB of output or sent too many "
                               "messages; the kernel was stopped")
                break
        run.output = "".join(kept)
        run.seconds = time.perf_counter() - began
        if run.failure:
            self.dispose()
        return run

    def _death_reason(self) -> str:
        code = self.process.poll() if self.process else None
        how = ""
        if code is not None and code != 0:
            signum = -code if code < 0 else code - 128 if code > 128 else 0
            how = f" ({signal.Signals(signum).name})" if signum in signal.valid_signals() and signum else \
                f" (exit status {code})"
        return f"the kernel died while running your code{how}: a crash, os._exit, or killing processes"

    def _stderr_tail(self) -> str:
        try:
            return self.stderr_path.read_text(errors="replace")[-1500:].strip()
        except OSError:
            return ""

    def kill(self) -> None:
        """Stop everything the kernel started, at once; safe to call twice.

        Only signals: reaping the processes and removing folders is `reap()`, which
        callers may run off the critical path.
        """
        if self.closed:
            return
        self.closed = True
        if self.client is not None:
            self.client.stop_channels()
        if self.process is not None and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if self.cgroups:
            self.cgroups.kill_all()

    def reap(self) -> None:
        """Wait for the killed processes, then remove the cgroups, sockets and the uid lease."""
        self.kill()
        if self.process is not None:
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        if self.cgroups:
            for _ in range(100):
                if self.cgroups.remove():
                    break
                self.cgroups.kill_all()
                time.sleep(0.01)
        shutil.rmtree(self.work_dir, ignore_errors=True)
        if self.uid is not None:
            # A uid goes back only when nothing runs as it any more: its next kernel must not
            # share a process budget with stragglers that are still being torn down.
            for _ in range(200):
                stragglers = processes_of(self.uid)
                if not stragglers:
                    UIDS.give_back(self.uid)
                    break
                for pid in stragglers:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except (ProcessLookupError, PermissionError):
                        pass
                time.sleep(0.01)
            self.uid = None

    def dispose(self) -> None:
        """Kill now and reap in a worker thread when an event loop runs, else right here."""
        self.kill()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.reap()
            return
        _REAPING.add(loop.run_in_executor(None, self.reap))


_REAPING: set = set()


async def wait_reaped() -> None:
    """Let this loop's pending reaps finish (shutdown, and tests that count processes)."""
    loop = asyncio.get_running_loop()
    _REAPING.difference_update([f for f in _REAPING if f.done()])
    pending = [f for f in _REAPING if f.get_loop() is loop]
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)


def _text_of(kind: str, content: dict) -> str:
    if kind == "stream":
        return str(content.get("text", ""))
    if kind == "error":
        return "\n".join(str(line) for line in content.get("traceback", [])) + "\n"
    if kind in ("display_data", "execute_result"):
        return str(content.get("data", {}).get("text/plain", "")) + "\n"
    return ""
