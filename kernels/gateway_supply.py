"""Kernels from a gateway, started ahead and handed out one per submission.

The same contract as `KernelSupply` (kernels/supply.py) for the runner: `take` a kernel,
run one submission on it, `dispose` of it. A kernel behind a gateway takes from a few
hundred milliseconds (Kernel Gateway on the same host) to many seconds (a Kubernetes pod
that waits for a node or pulls its image) to start, so `size` kernels are started ahead,
connected and with the harness loaded, plus one for every caller waiting. Every kernel
serves exactly one submission and is then deleted (`DELETE /api/kernels/{id}`, in the
background), so nothing a submission leaves behind can reach the next one; a kernel found
dead or restarted when it is taken is deleted and the next one is used.

Failures never hang a caller: a gateway that cannot be reached, refuses the token or
fails a kernel start makes the waiting callers fail at once with its message (and
`status()` report it until a start succeeds again); a gateway at its kernel limit is
retried until the caller's budget (the start timeout) runs out; a slow start ends there
too. After a failure, starts back off (0.5 s doubling to 30 s), but a caller always gets
a fresh attempt, so Run and Submit work again as soon as the gateway is back.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor, wait

import numpy

from kernels.gateway import GatewayConfig, GatewayError
from kernels.gateway_client import Gateway, GatewayKernel

log = logging.getLogger("hotseat.kernels")
MAX_BACKOFF = 30.0
PARALLEL_STARTS = 8


class GatewaySupply:
    sandboxed = True   # isolation is the gateway's kernels' (docs/scaling.md says what a deployment must provide)

    def __init__(self, config: GatewayConfig, size: int = 2, *, parallel_starts: int | None = None):
        self.config = config
        self.size = size
        self.take_timeout = config.start_timeout + 5.0
        # Starts run in parallel up to this many (never more than the pool and the waiting callers need): on a
        # cluster a start is mostly waiting for a pod, so a burst of submissions should not queue behind two.
        self.parallel_starts = parallel_starts or max(PARALLEL_STARTS, size)
        self.gateway = Gateway(config)
        self._lock = threading.Condition()
        self._ready: deque[GatewayKernel] = deque()
        self._starting = 0
        self._waiting = 0
        self._failures_in_row = 0
        self._failure_seq = 0
        self._last_error: GatewayError | None = None
        self._last_error_at: float | None = None
        self._retry_at = 0.0
        self._closed = False
        self._thread: threading.Thread | None = None
        self._starts = ThreadPoolExecutor(max_workers=self.parallel_starts, thread_name_prefix="hotseat-gateway-start")
        self._deletes = ThreadPoolExecutor(max_workers=4, thread_name_prefix="hotseat-gateway-delete")
        self._pending_deletes: set = set()
        self.started = self.start_failures = self.deleted = self.delete_failures = 0
        self.in_use = self.taken = self.cold_takes = self.discarded = 0
        self.versions: dict | None = None
        self.last_start_seconds: float | None = None
        self.kernelspecs: list[str] | None = None

    # ----------------------------------------------------------- lifecycle

    def start(self) -> "GatewaySupply":
        """Ask the gateway for its kernelspecs (a wrong token or a missing kernel name shows here), then
        begin starting kernels. A gateway that is down is not an error here: it is reported, and retried."""
        try:
            specs = self.gateway.kernelspecs().get("kernelspecs", {})
            self.kernelspecs = sorted(specs) if isinstance(specs, dict) else None
            if self.kernelspecs is not None and self.config.kernel_name not in self.kernelspecs:
                self._failed(GatewayError(f"{self.gateway.where()} has no kernel named {self.config.kernel_name!r} "
                                          f"(it offers: {', '.join(self.kernelspecs) or 'none'})", "refused"))
        except GatewayError as exc:
            self._failed(exc)
        for warning in self.config.warnings():
            log.warning("kernel gateway: %s", warning)
        self._thread = threading.Thread(target=self._serve, name="hotseat-gateway-supply", daemon=True)
        self._thread.start()
        return self

    def close(self, wait_seconds: float = 10.0) -> None:
        """Delete every kernel we started that is not deleted yet (in-flight starts included, within a wait)."""
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=5)
        end = time.monotonic() + wait_seconds
        with self._lock:
            while self._starting and time.monotonic() < end:
                self._lock.wait(0.1)
            ready, self._ready = list(self._ready), deque()
        for kernel in ready:
            self._delete_later(kernel)
        with self._lock:
            pending = list(self._pending_deletes)
        if pending:
            wait(pending, timeout=max(0.5, end - time.monotonic()))
        self._starts.shutdown(wait=False, cancel_futures=True)
        self._deletes.shutdown(wait=False, cancel_futures=True)
        self.gateway.close()

    # ----------------------------------------------------------- the starting thread

    def _serve(self) -> None:
        with self._lock:
            while not self._closed:
                now = time.monotonic()
                want = self.size + self._waiting
                short = want - len(self._ready) - self._starting
                if short > 0 and now >= self._retry_at and self._starting < self.parallel_starts:
                    self._starting += 1
                    self._starts.submit(self._start_one)
                    continue
                pause = self._retry_at - now if short > 0 and now < self._retry_at else 1.0
                self._lock.wait(max(0.01, min(pause, 1.0)))

    def _start_one(self) -> None:
        kernel, failure = None, None
        try:
            kernel = self.gateway.new_kernel()
        except GatewayError as exc:
            failure = exc
        except Exception as exc:   # our own bug or an unexpected library error: still a reason, never silence
            log.exception("gateway kernel start failed")
            failure = GatewayError(f"{self.gateway.where()}: a kernel could not be started "
                                   f"({type(exc).__name__}: {exc})", "refused")
        with self._lock:
            self._starting -= 1
            if failure is not None:
                self._failed(failure)
            elif self._closed:
                self._delete_later(kernel)
            else:
                self.started += 1
                self._failures_in_row = 0
                self._retry_at = 0.0
                self.versions = kernel.versions or self.versions
                self.last_start_seconds = kernel.start_seconds
                self._ready.append(kernel)
            self._lock.notify_all()

    def _failed(self, error: GatewayError) -> None:
        with self._lock:
            self.start_failures += 1
            self._failures_in_row += 1
            self._failure_seq += 1
            self._last_error, self._last_error_at = error, time.time()
            delay = 0.5 if error.kind == "limit" else min(MAX_BACKOFF, 0.5 * 2 ** min(self._failures_in_row - 1, 8))
            self._retry_at = time.monotonic() + delay
            self._lock.notify_all()
        log.warning("kernel gateway: %s", error)

    # ----------------------------------------------------------- callers (runner threads)

    def take(self, timeout: float = 60.0) -> GatewayKernel:
        """A started kernel with the harness loaded; a `GatewayError` that says why when there is none."""
        end = time.monotonic() + min(timeout, self.take_timeout)
        with self._lock:
            self._waiting += 1
            seen = self._failure_seq
            if self._failures_in_row:
                self._retry_at = 0.0     # this caller deserves a fresh attempt, whatever the back-off
            if not self._ready:
                self.cold_takes += 1
            self._lock.notify_all()
        try:
            while True:
                with self._lock:
                    while not self._ready:
                        if self._closed:
                            raise GatewayError("the kernel supply is closed", "closed")
                        error = self._last_error
                        if self._failure_seq != seen and error is not None and error.kind != "limit":
                            raise GatewayError(str(error), error.kind)
                        remaining = end - time.monotonic()
                        if remaining <= 0:
                            if error is not None and error.kind == "limit" and self._failures_in_row:
                                raise GatewayError(f"{error}; no kernel became free within "
                                                   f"{self.take_timeout:g} s", "limit")
                            raise GatewayError(f"{self.gateway.where()} did not start a kernel within "
                                               f"{self.config.start_timeout:g} s (a slow kernel start, e.g. a pod "
                                               "waiting for a node or pulling its image)", "slow")
                        self._lock.wait(min(remaining, 1.0))
                    kernel = self._ready.popleft()
                if kernel.usable():
                    with self._lock:
                        self.in_use += 1
                        self.taken += 1
                    return kernel
                with self._lock:
                    self.discarded += 1
                self._delete_later(kernel)   # died or was culled while it waited: the next one
        finally:
            with self._lock:
                self._waiting -= 1

    def dispose(self, kernel: GatewayKernel) -> None:
        """After its one run: close its websocket and delete it now (the DELETE itself runs in the background)."""
        kernel.close()
        with self._lock:
            self.in_use -= 1
        self._delete_later(kernel)

    def _delete_later(self, kernel: GatewayKernel) -> None:
        kernel.close()
        try:
            future = self._deletes.submit(self._delete, kernel.id)
        except RuntimeError:   # shut down: the gateway's culling takes it
            return
        with self._lock:
            self._pending_deletes.add(future)
        future.add_done_callback(self._deleted)

    def _delete(self, kernel_id: str) -> bool:
        ok = self.gateway.delete(kernel_id)
        with self._lock:
            if ok:
                self.deleted += 1
            else:
                self.delete_failures += 1
        return ok

    def _deleted(self, future) -> None:
        with self._lock:
            self._pending_deletes.discard(future)

    # ----------------------------------------------------------- health

    def warm(self) -> int:
        with self._lock:
            return len(self._ready)

    def problem(self) -> str | None:
        with self._lock:
            return str(self._last_error) if self._failures_in_row and self._last_error else None

    def status(self) -> dict:
        with self._lock:
            problem = str(self._last_error) if self._failures_in_row and self._last_error else None
            warnings = list(self.config.warnings())
            if self.versions and self.versions.get("numpy") != numpy.__version__:
                warnings.append(f"the gateway's kernels run NumPy {self.versions['numpy']}, the server judges with "
                                f"NumPy {numpy.__version__}: build the kernel image with the server's version")
            return {
                "backend": "gateway", "ready": problem is None, "problem": problem,
                "gateway": self.config.describe(), "warm": len(self._ready), "starting": self._starting,
                "in_use": self.in_use, "taken": self.taken, "started": self.started,
                "start_failures": self.start_failures,
                "failures_in_row": self._failures_in_row, "deleted": self.deleted,
                "delete_failures": self.delete_failures, "deleting": len(self._pending_deletes),
                "discarded": self.discarded, "cold_takes": self.cold_takes,
                "last_error": str(self._last_error) if self._last_error else None,
                "last_error_at": self._last_error_at, "last_start_seconds": self.last_start_seconds,
                "kernel_versions": self.versions, "warnings": warnings,
            }
