"""Fresh kernels, forked ahead from the template and handed out one per submission.

A thread of its own keeps `size` kernels warm (forked, started, connected, answering),
plus one for every caller waiting, and does all their bookkeeping: hellos, warm-up
messages, deaths, cgroup removal, uid return. Callers (runner threads) only `take` a
kernel and `dispose` of it; nothing here runs on the server's event loop.

Every kernel serves exactly one submission and is then killed, so nothing a submission
leaves behind (patched modules, processes, files in its /tmp) can reach the next one.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import tempfile
import threading
import time
from collections import deque
from pathlib import Path

from kernels.cgroups import KERNEL_SHARES, TEMPLATE_SHARES, Cgroups, instance_name
from kernels.forkserver import TemplateError, TemplateProcess
from kernels.kernel import ForkedKernel, KernelStartError
from kernels.sandbox import UIDS, SandboxConfig
from kernels.seccomp import kernel_filter

log = logging.getLogger("hotseat.kernels")
SANDBOX_SOCKETS = "/proc/{pid}/root/tmp/.kernel/s"   # the child's private /tmp, seen from the host
UNSAFE_SOCKETS_PREFIX = "hotseat-kernels-"
START_ATTEMPTS = 3    # kernel starts that may fail in a row before a caller hears of it


class KernelSupply:
    def __init__(self, config: SandboxConfig, size: int = 2, *, warm_timeout: float = 30.0,
                 warming_limit: int | None = None):
        self.config = config
        self.size = size
        self.warm_timeout = warm_timeout
        self.warming_limit = warming_limit or max(2, 2 * (os.cpu_count() or 1))
        self.instance = instance_name()
        self.template: TemplateProcess | None = None
        self.instance_cgroups: Cgroups | None = None
        self.sockets_root: str | None = None
        self._lock = threading.Condition()
        self._ready: deque[ForkedKernel] = deque()
        self._errors: deque[KernelStartError] = deque()
        self._waiting = 0
        self._kernels: dict[str, ForkedKernel] = {}     # every kernel not yet reaped, by name
        self._warming: dict[str, ForkedKernel] = {}     # forked, not yet answering
        self._doomed: list[Cgroups] = []                # cgroups to remove once empty
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_w, False)
        self._thread: threading.Thread | None = None
        self._closed = False
        self.forks = self.start_failures = self.cold_takes = 0

    # ----------------------------------------------------------- lifecycle

    def start(self) -> "KernelSupply":
        """Clean leftovers of dead servers, start the template, begin forking (blocking: call off the loop)."""
        Cgroups.remove_stale()
        if self.config.unsafe_no_sandbox:
            _remove_stale_socket_folders()
            self.sockets_root = tempfile.mkdtemp(prefix=f"{UNSAFE_SOCKETS_PREFIX}{self.instance}-")
        seccomp = b"" if self.config.unsafe_no_sandbox else kernel_filter()
        limits = self.config.limits
        self.instance_cgroups = Cgroups.create(self.instance, memory=limits.all_kernels_memory or _half_the_ram())
        template_cgroups = Cgroups.create(f"{self.instance}/template", shares=TEMPLATE_SHARES) \
            if self.instance_cgroups else None
        try:
            self.template = TemplateProcess(self.config, seccomp, template_cgroups, self.sockets_root).start()
        except TemplateError as exc:
            self._drop_folders()
            raise KernelStartError(str(exc)) from None
        self._thread = threading.Thread(target=self._serve, name="hotseat-kernel-supply", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        self._wake()
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self.template is not None:
            self.template.close()     # as pid 1 of the sandbox it takes every kernel with it
        for kernel in list(self._kernels.values()):
            kernel.kill()
            kernel.exited.set()
            self._release(kernel)
        self._drop_folders()
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass

    def _drop_folders(self) -> None:
        for group in self._doomed:
            group.remove(wait=1.0)
        self._doomed.clear()
        if self.instance_cgroups is not None:
            self.instance_cgroups.kill_all()
            self.instance_cgroups.remove(wait=2.0)
        if self.sockets_root:
            shutil.rmtree(self.sockets_root, ignore_errors=True)

    # ----------------------------------------------------------- callers (runner threads)

    def take(self, timeout: float = 60.0) -> ForkedKernel:
        """A fresh, warm kernel, in its own cgroups: one that is ready, else the next to finish warming."""
        end = time.monotonic() + timeout
        failures = 0
        with self._lock:
            if not self._ready:
                self.cold_takes += 1
            self._waiting += 1
            self._wake()
            try:
                while True:
                    if self._closed:
                        raise KernelStartError("the kernel supply is closed")
                    while self._ready:
                        kernel = self._ready.popleft()
                        if kernel.alive():
                            break
                        kernel.kill()
                    else:
                        kernel = None
                    if kernel is not None:
                        break
                    if self._errors:
                        error = self._errors.popleft()
                        failures += 1
                        if failures >= START_ATTEMPTS:   # not a fluke: say so rather than wait forever
                            raise error
                        self._wake()                     # a fluke: the thread forks a replacement
                    left = end - time.monotonic()
                    if left <= 0:
                        raise KernelStartError(f"no kernel was ready within {timeout:g} s")
                    self._lock.wait(min(left, 1.0))
            finally:
                self._waiting -= 1
        self._wake()  # fork its replacement now
        self._confine(kernel)
        return kernel

    def _confine(self, kernel: ForkedKernel) -> None:
        """From now on the kernel runs a candidate's code: its own limits and fair share of CPU."""
        if self.instance_cgroups is None:
            return
        limits = self.config.limits
        kernel.cgroups = Cgroups.create(f"{self.instance}/{kernel.name}", processes=limits.processes,
                                        memory=limits.memory, cpus=limits.cpus, shares=KERNEL_SHARES)
        if kernel.cgroups is not None:
            try:
                kernel.cgroups.add(kernel.pid)
            except OSError:
                pass   # it died meanwhile: the run will say so

    def dispose(self, kernel: ForkedKernel) -> None:
        """Kill a kernel after its one run; the supply thread removes what is left once it is reaped."""
        kernel.kill()
        self._wake()

    # ----------------------------------------------------------- status

    def warm(self) -> int:
        with self._lock:
            return len(self._ready)

    def wait_warm(self, count: int | None = None, timeout: float = 60.0) -> bool:
        count = self.size if count is None else count
        end = time.monotonic() + timeout
        with self._lock:
            while len(self._ready) < count and time.monotonic() < end and not self._closed:
                self._lock.wait(0.05)
            return len(self._ready) >= count

    def live_kernels(self) -> int:
        with self._lock:
            return len(self._kernels)

    def memory_bytes(self) -> int | None:
        return self.instance_cgroups.memory_bytes() if self.instance_cgroups else None

    # ----------------------------------------------------------- the supply thread

    def _wake(self) -> None:
        try:
            os.write(self._wake_w, b"x")
        except (BlockingIOError, OSError):
            pass

    def _serve(self) -> None:
        import zmq

        while True:
            with self._lock:
                if self._closed:
                    return
            try:
                self._fork_what_is_missing()
                poller = zmq.Poller()
                poller.register(self._wake_r, zmq.POLLIN)
                if self.template.control is not None:
                    poller.register(self.template.control.fileno(), zmq.POLLIN)
                for kernel in self._warming.values():
                    for sock in kernel.sockets():
                        poller.register(sock, zmq.POLLIN)
                events = dict(poller.poll(100))
                if self._wake_r in events:
                    os.read(self._wake_r, 4096)
                self._hear_template()
                self._check_warming()
                self._retry_removals()
                if not self.template.alive():
                    self._template_died()
            except Exception:  # never let the supply thread die: every caller would wait forever
                log.exception("kernel supply")
                time.sleep(0.1)

    def _fork_what_is_missing(self) -> None:
        with self._lock:
            if self._closed or not self.template.alive():
                return
            unclaimed = len(self._ready) + len(self._warming)
            missing = self.size + self._waiting - unclaimed
            room = self.warming_limit - len(self._warming)
        for _ in range(max(0, min(missing, room))):
            name = f"k{secrets.token_hex(5)}"
            uid = None if self.config.unsafe_no_sandbox else UIDS.take()
            kernel = ForkedKernel(name, uid, secrets.token_hex(32))
            self._kernels[name] = kernel
            self._warming[name] = kernel
            self.forks += 1
            self.template.fork(name, uid, kernel.key)

    def _hear_template(self) -> None:
        for message, pid in self.template.receive():
            kernel = self._kernels.get(str(message.get("name")))
            op = message.get("op")
            if kernel is None:
                continue
            if op == "hello" and kernel.pid is None and pid > 0:
                prefix = SANDBOX_SOCKETS.format(pid=pid) if not self.config.unsafe_no_sandbox else \
                    os.path.join(self.sockets_root, kernel.name, "s")
                try:
                    kernel.hello(pid, prefix)
                except OSError as exc:   # it is already gone
                    self._fail(kernel, f"kernel vanished at birth: {exc}")
            elif op == "failed":
                self._fail(kernel, f"the template could not fork: {message.get('error')}")
                self._reaped(kernel, None)
            elif op == "exited":
                status = message.get("status")
                if kernel.name in self._warming:
                    self._fail(kernel, f"kernel exited while starting (status {status}): "
                                       f"{self.template.stderr_tail()[-1500:]}")
                self._reaped(kernel, status if type(status) is int else None)

    def _check_warming(self) -> None:
        now = time.monotonic()
        for kernel in list(self._warming.values()):
            if kernel.connection is not None and kernel.poll_ready():
                del self._warming[kernel.name]
                with self._lock:
                    self._ready.append(kernel)
                    self._lock.notify_all()
            elif now - kernel.forked_at > self.warm_timeout:
                said = "" if kernel.pid else " (not even its hello)"
                self._fail(kernel, f"kernel did not answer within {self.warm_timeout:g} s{said}")

    def _fail(self, kernel: ForkedKernel, reason: str) -> None:
        self._warming.pop(kernel.name, None)
        kernel.kill()
        self.start_failures += 1
        log.warning("%s", reason)
        with self._lock:
            if self._waiting > len(self._ready) + len(self._errors):  # someone waits for this start: tell them
                self._errors.append(KernelStartError(reason))
            self._lock.notify_all()

    def _reaped(self, kernel: ForkedKernel, status: int | None) -> None:
        kernel.exit_status = status
        kernel.exited.set()
        self._release(kernel)

    def _release(self, kernel: ForkedKernel) -> None:
        """Everything of the kernel's is gone (its pid-1 was reaped): free its cgroups and uid."""
        self._kernels.pop(kernel.name, None)
        self._warming.pop(kernel.name, None)
        kernel.forget()
        if kernel.cgroups is not None and not kernel.cgroups.remove():
            self._doomed.append(kernel.cgroups)
        if kernel.uid is not None:
            UIDS.give_back(kernel.uid)
            kernel.uid = None

    def _retry_removals(self) -> None:
        self._doomed = [group for group in self._doomed if not group.remove()]

    def _template_died(self) -> None:
        reason = f"the kernel template died: {self.template.stderr_tail()[-1500:] or 'no message'}"
        for kernel in list(self._kernels.values()):
            if kernel.name in self._warming:
                self._fail(kernel, reason)
            kernel.kill()
            self._reaped(kernel, None)
        with self._lock:
            dead = [k for k in self._ready]
            self._ready.clear()
        for kernel in dead:
            kernel.kill()
        log.error("%s; starting a new one", reason)
        try:
            self.template.close()
            self.template = TemplateProcess(self.template.config, self.template.seccomp, self.template.cgroups,
                                            self.sockets_root).start()
        except TemplateError as exc:
            with self._lock:
                self._errors.append(KernelStartError(str(exc)))
                self._lock.notify_all()
            time.sleep(1.0)


def _half_the_ram() -> int:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2


def _remove_stale_socket_folders() -> None:
    """Unsandboxed socket folders of servers that died without cleaning up."""
    from kernels.cgroups import _owner_gone

    for folder in Path(tempfile.gettempdir()).glob(f"{UNSAFE_SOCKETS_PREFIX}*"):
        owner = folder.name.removeprefix(UNSAFE_SOCKETS_PREFIX).rsplit("-", 1)[0]
        if _owner_gone(owner):
            shutil.rmtree(folder, ignore_errors=True)
