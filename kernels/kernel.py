"""One forked kernel, seen from the trusted side: get it ready, run one submission, kill it.

Everything here is blocking and runs in worker threads (the supply's thread while a
kernel warms up, a runner thread while it runs): no message from a kernel is read,
measured or decoded on the server's event loop.

A kernel is killed, not asked: SIGKILL through a pidfd (no pid reuse can redirect it) to
the pid-1 of the kernel's own namespace ends every process in it at once. Its cgroups,
uid and record go away when the template reports it reaped.
"""

from __future__ import annotations

import os
import select
import signal
import threading
import time
import uuid
from dataclasses import dataclass, field

import zmq

from kernels.cgroups import Cgroups
from kernels.connection import KernelConnection, TooLarge

OUTPUT_KEEP = 64 << 10        # characters of stdout/stderr kept for the candidate to read
OUTPUT_FLOOD = 8 << 20        # past this the kernel is killed: nothing useful prints 8 MB
MESSAGE_FLOOD = 20_000        # iopub messages of any kind
MESSAGE_LIMIT = 8 << 20       # bytes of one message of any kind, measured before decoding
RESULT_JSON_LIMIT = 4 << 20   # bytes of one result's JSON (arrays travel as buffers, outside it)
RESULT_LIMIT = 32 << 20       # bytes of all results of one run together
COMM_TARGET = "hotseat.run"
START_FAILURE_STATUS = 70     # how a forked kernel that could not start exits (template.become_kernel)


class KernelStartError(RuntimeError):
    pass


@dataclass
class KernelRun:
    """What running one submission produced, as seen from outside the kernel."""

    results: list[tuple[dict, list]] = field(default_factory=list)   # (message data, buffers), undecoded
    output: str = ""
    output_truncated: bool = False
    failure: str | None = None                                       # timeout / died / flood
    seconds: float = 0.0


class ForkedKernel:
    def __init__(self, name: str, uid: int | None, key: str):
        self.name, self.uid, self.key = name, uid, key
        self.pid: int | None = None          # host pid, from the hello
        self.pidfd: int | None = None
        self.connection: KernelConnection | None = None
        self.cgroups: Cgroups | None = None
        self.forked_at = time.monotonic()
        self.ready_at: float | None = None
        self.exit_status: int | None = None
        self.exited = threading.Event()
        self.killed = False

    # ----------------------------------------------------------- warming up (supply thread)

    def hello(self, pid: int, sockets_prefix: str) -> None:
        """The child told us its pid: hold it by pidfd and connect to where its sockets will be."""
        self.pid = pid
        self.pidfd = os.pidfd_open(pid)
        self.connection = KernelConnection(sockets_prefix, self.key)

    def poll_ready(self) -> bool:
        """True once the kernel's iopub_welcome arrived: its sockets are bound and our subscription is in.

        No kernel_info round trip: a run's comm_open waits in the kernel's socket until its
        loop starts, and a kernel that dies before then is told apart in `run`.
        """
        conn = self.connection
        while conn.iopub.poll(0):
            try:
                message, _ = conn.receive(conn.iopub, MESSAGE_LIMIT)
            except (TooLarge, ValueError):
                continue
            if message["msg_type"] == "iopub_welcome":
                self.ready_at = time.monotonic()
        return self.ready_at is not None

    def sockets(self) -> list:
        return [self.connection.iopub] if self.connection else []

    # ----------------------------------------------------------- life and death

    def alive(self) -> bool:
        if self.killed or self.pidfd is None or self.exited.is_set():
            return False
        return not select.select([self.pidfd], [], [], 0)[0]  # a pidfd turns readable when the process ends

    def kill(self) -> None:
        """SIGKILL the kernel's pid 1 (its whole namespace dies with it); safe to call twice."""
        if self.killed:
            return
        self.killed = True
        if self.pidfd is not None and not self.exited.is_set():
            try:
                signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if self.cgroups:
            self.cgroups.kill_all()
        if self.connection:
            self.connection.close()

    def forget(self) -> None:
        """After the template reaped it: release what we held."""
        if self.pidfd is not None:
            os.close(self.pidfd)
            self.pidfd = None
        if self.connection:
            self.connection.close()

    # ----------------------------------------------------------- one run (runner thread)

    def run(self, data: dict, buffers: list[bytes], deadline: float) -> KernelRun:
        """Open the run's comm (the kernel runs the submission on it), collect until idle.

        Returns when the kernel reports idle after the comm_open; kills the kernel when
        the deadline passes, the process dies, or it floods.
        """
        run = KernelRun()
        began = time.perf_counter()
        if not self.alive():
            run.failure = "the kernel was not running"
            return run
        conn = self.connection
        comm_id = uuid.uuid4().hex
        opened = conn.send("comm_open", {"comm_id": comm_id, "target_name": COMM_TARGET, "data": data}, buffers)
        poller = zmq.Poller()
        poller.register(conn.iopub, zmq.POLLIN)
        poller.register(self.pidfd, zmq.POLLIN)
        account = RunAccount(run, comm_id)
        while True:
            remaining = deadline - (time.perf_counter() - began)
            if remaining <= 0:
                run.failure = timeout_failure(deadline)
                break
            events = dict(poller.poll(min(remaining, 1.0) * 1000))
            if conn.iopub not in events:
                if self.pidfd in events or not self.alive():
                    run.failure = self._death_reason(started=account.messages > 0)
                    break
                continue
            limit = account.limit()
            try:
                message, size = conn.receive(conn.iopub, limit)
            except TooLarge as exc:
                account.too_large(exc.size, exc.msg_type, limit)
                break
            except ValueError:
                continue   # unsigned or malformed: not from the kernel's own Jupyter code
            if message["parent_header"].get("msg_id") != opened:
                continue
            if account.add(message["msg_type"], message["content"], message.get("buffers", ()), size):
                break
        account.finish(began)
        return run

    def _death_reason(self, started: bool = True) -> str:
        self.exited.wait(0.5)  # the template reports how it ended a moment after it does
        code, how = self.exit_status, ""
        # Not a word about the run yet (not even "busy") used to mean it died starting up; but ipykernel 7
        # publishes from an IOPub thread, so code that crashes at once (a segfault, os._exit) often beats
        # its own "busy" out. A kernel that was ready when the run was sent and then exits any other way
        # than the template's start-up failure (os._exit(70) in template.become_kernel) died of the code.
        if not started and code in (None, START_FAILURE_STATUS):
            return "the sandboxed kernel died before it could run the code (a start-up failure, not your code)"
        if code is not None and code != 0:
            signum = -code if code < 0 else 0
            how = f" ({signal.Signals(signum).name})" if signum and signum in signal.valid_signals() else \
                f" (exit status {code})"
        return f"the kernel died while running your code{how}: a crash, os._exit, or killing processes"



def timeout_failure(deadline: float) -> str:
    return f"timed out after {deadline:g} s (the kernel was stopped)"


class RunAccount:
    """The caps of one run, applied to each message of the run as it arrives, whichever kernel sent it.

    Shared by every kernel backend (a forked kernel here, a kernel behind a gateway in
    kernels/gateway_client.py), so output, results and floods are measured and refused the
    same way and the candidate reads the same words. The caller measures each message's raw
    size before decoding it and asks `limit()` first; `add` takes a decoded message that
    answers this run and says whether the run is over (idle, or a cap was hit).
    """

    def __init__(self, run: KernelRun, comm_id: str):
        self.run, self.comm_id = run, comm_id
        self.kept: list[str] = []
        self.kept_chars = self.seen_chars = self.seen_bytes = self.result_bytes = self.messages = 0

    def limit(self) -> int:
        """How large, in raw bytes, the next message may be."""
        return min(MESSAGE_LIMIT, RESULT_LIMIT - self.result_bytes + RESULT_JSON_LIMIT)

    def too_large(self, size: int, msg_type: str, limit: int) -> None:
        """A message over `limit()` arrived (never decoded): the run fails, saying what it was."""
        run = self.run
        if msg_type == "comm_msg":
            run.failure = (f"returned {size >> 20} MB of results at once, more than the "
                           f"{limit >> 20} MB allowed (return NumPy arrays rather than long Python "
                           "lists); the kernel was stopped")
        else:
            run.output_truncated = True
            run.failure = (f"printed more than {MESSAGE_LIMIT >> 20} MB of output at once "
                           f"({size >> 20} MB); the kernel was stopped")

    def add(self, kind: str, content: dict, buffers, size: int) -> bool:
        """Count one decoded message of this run (its parent is the run's comm_open); True: stop reading."""
        run = self.run
        self.messages += 1
        if kind == "status" and content.get("execution_state") == "idle":
            return True
        if kind == "comm_msg" and content.get("comm_id") == self.comm_id:
            self.result_bytes += size
            if self.result_bytes > RESULT_LIMIT:
                run.failure = f"returned more than {RESULT_LIMIT >> 20} MB of results; the kernel was stopped"
                return True
            json_size = size - sum(len(memoryview(b)) for b in buffers)
            if json_size > RESULT_JSON_LIMIT:
                run.failure = (f"returned a value of more than {RESULT_JSON_LIMIT >> 20} MB as plain Python "
                               "data (return NumPy arrays rather than long Python lists); the kernel was stopped")
                return True
            if isinstance(content.get("data"), dict):
                run.results.append((content["data"], list(buffers)))
            return False
        self.seen_bytes += size
        text = _text_of(kind, content)
        self.seen_chars += len(text)
        if self.kept_chars < OUTPUT_KEEP and text:
            self.kept.append(text[: OUTPUT_KEEP - self.kept_chars])
            self.kept_chars += len(self.kept[-1])
        if self.seen_chars > OUTPUT_KEEP:
            run.output_truncated = True
        if self.seen_bytes > OUTPUT_FLOOD or self.messages > MESSAGE_FLOOD:
            run.failure = (f"printed more than {OUTPUT_FLOOD >> 20} MB of output or sent too many "
                           "messages; the kernel was stopped")
            return True
        return False

    def finish(self, began: float) -> None:
        self.run.output = "".join(self.kept)
        self.run.seconds = time.perf_counter() - began

def _text_of(kind: str, content: dict) -> str:
    if kind == "stream":
        return str(content.get("text", ""))
    if kind == "error":
        return "\n".join(str(line) for line in content.get("traceback", [])) + "\n"
    if kind in ("display_data", "execute_result"):
        return str(content.get("data", {}).get("text/plain", "")) + "\n"
    return ""
