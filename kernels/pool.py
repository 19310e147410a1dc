"""A pool of warm kernels, so a verdict costs milliseconds instead of a kernel start.

Every kernel serves exactly one submission and is then killed: nothing a submission
leaves behind (patched modules, threads, files in /tmp) can reach the next one.
The pool only ever hands out fresh kernels and starts replacements in the background.
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
    def __init__(self, config: SandboxConfig, size: int | None = None, start_concurrency: int = 1):
        require_sandbox(config)
        self.config = config
        self.size = default_pool_size() if size is None else size
        self.ready: asyncio.Queue[Kernel] = asyncio.Queue()
        self._starting = 0
        self._start_slots = asyncio.Semaphore(max(1, start_concurrency))
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
        """A fresh, warm kernel when one is ready; otherwise start one now."""
        while not self.ready.empty():
            kernel = self.ready.get_nowait()
            if kernel.alive():
                self._refill()
                return kernel
            kernel.dispose()
        self.cold_starts += 1
        self._refill()
        return await Kernel(self.config).start()

    def _refill(self) -> None:
        if self._closed:
            return
        missing = self.size - self.ready.qsize() - self._starting
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
        finally:
            self._starting -= 1

    async def close(self) -> None:
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        while not self.ready.empty():
            self.ready.get_nowait().dispose()
        await wait_reaped()
