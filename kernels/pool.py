"""A pool of warm kernels, so a verdict costs milliseconds instead of a kernel start.

Every kernel serves exactly one submission and is then killed: nothing a submission
leaves behind (patched modules, threads, files in /tmp) can reach the next one.
The pool only ever hands out fresh kernels and starts replacements in the background.

Starting a kernel is the expensive part (a Python process importing NumPy), so starts
are bounded: at most `start_concurrency` at once (default: the CPU count). Under load,
callers queue for the next kernel instead of each forcing a start of its own; fifty
simultaneous starts on two cores would make every one of them slow, and some would
miss their start timeout.
"""

from __future__ import annotations

import asyncio
import logging
import os

from kernels.kernel import Kernel, KernelStartError, wait_reaped
from kernels.sandbox import SandboxConfig, require_sandbox

log = logging.getLogger("hotseat.kernels")


def default_pool_size() -> int:
    return int(os.environ.get("HOTSEAT_KERNEL_POOL", "2"))


class KernelPool:
    def __init__(self, config: SandboxConfig, size: int | None = None, start_concurrency: int | None = None):
        require_sandbox(config)
        self.config = config
        self.size = default_pool_size() if size is None else size
        self.ready: asyncio.Queue[Kernel | KernelStartError] = asyncio.Queue()
        self._starting = 0
        self._waiting = 0
        self._start_slots = asyncio.Semaphore(max(1, start_concurrency or os.cpu_count() or 1))
        self._tasks: set[asyncio.Task] = set()
        self._closed = False
        self.cold_starts = 0
        self.start_failures = 0

    def start(self) -> "KernelPool":
        """Begin filling the pool in the background; returns at once."""
        self._refill()
        return self

    async def wait_warm(self, count: int | None = None, timeout: float = 60.0) -> None:
        """Wait until `count` kernels are ready (benchmarks and tests)."""
        count = self.size if count is None else count
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while self.ready.qsize() < count and loop.time() < end:
            await asyncio.sleep(0.02)

    async def acquire(self) -> Kernel:
        """A fresh, warm kernel: one that is ready, else the next one to finish starting."""
        if self.ready.empty():
            self.cold_starts += 1
        self._waiting += 1
        try:
            while True:
                self._refill()
                item = await self.ready.get()
                if isinstance(item, KernelStartError):
                    raise item
                if item.alive():
                    return item
                item.dispose()
        finally:
            self._waiting -= 1
            self._refill()

    def _refill(self) -> None:
        """Start enough kernels for the pool's size plus everyone waiting for one."""
        if self._closed:
            return
        missing = self.size + self._waiting - self.ready.qsize() - self._starting
        for _ in range(max(0, missing)):
            self._starting += 1
            task = asyncio.get_running_loop().create_task(self._start_one())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _start_one(self) -> None:
        try:
            async with self._start_slots:
                if self._closed:
                    return
                kernel = await Kernel(self.config).start()
            if self._closed:
                kernel.dispose()
            else:
                await self.ready.put(kernel)
        except KernelStartError as exc:
            self.start_failures += 1
            log.warning("%s", exc)
            if self._waiting > self.ready.qsize():  # someone is waiting for this start: tell them
                await self.ready.put(exc)
        finally:
            self._starting -= 1

    async def close(self) -> None:
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        while not self.ready.empty():
            item = self.ready.get_nowait()
            if isinstance(item, Kernel):
                item.dispose()
        await wait_reaped()
