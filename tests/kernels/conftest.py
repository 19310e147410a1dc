"""Real sandboxed kernels for the tests in this folder.

`runner` is a `CodeRunner` on a warm pool, driven from synchronous tests through one
event loop that lives as long as the module.
"""

import asyncio
import os
import time
from pathlib import Path

import pytest

from kernels.environment import ensure_kernel_env
from kernels.runner import CodeRunner
from kernels.sandbox import UIDS

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_ATTENTION = (ROOT / "reference" / "solutions" / "attention.py").read_text()
CORRECT_SOFTMAX = "import numpy as np\n\ndef softmax(x, axis=-1):\n    e = np.exp(x - x.max(axis=axis, keepdims=True))\n    return e / e.sum(axis=axis, keepdims=True)\n"


class SyncRunner:
    def __init__(self, **options):
        self.loop = asyncio.new_event_loop()
        self.runner = CodeRunner(**options)
        self.loop.run_until_complete(self.runner.start())

    def check(self, exercise_id, code, suite="hidden", seed=None, session=None):
        return self.loop.run_until_complete(self.runner.check(exercise_id, code, suite, seed, session=session))

    def check_all(self, *calls):
        """Several checks at once: (code, session) pairs; verdicts in the same order."""
        async def all_of():
            return await asyncio.gather(*(self.runner.check("softmax", code, "examples", session=session)
                                          for code, session in calls))
        return self.loop.run_until_complete(all_of())

    def settle(self, timeout=10.0):
        """Wait until every used kernel is reaped, so process counts are exact."""
        supply = self.runner.supply
        end = time.monotonic() + timeout
        while time.monotonic() < end and supply.live_kernels() > supply.warm():
            time.sleep(0.02)

    def close(self):
        self.loop.run_until_complete(self.runner.close())
        self.loop.close()

    def assert_still_judges_right(self):
        """After anything hostile: a correct submission passes and a wrong one fails."""
        good = self.check("softmax", CORRECT_SOFTMAX)
        assert good.passed, good.as_dict()
        bad = self.check("softmax", CORRECT_SOFTMAX.replace("x - x.max(axis=axis, keepdims=True)", "x"))
        assert not bad.passed and bad.error is None
        assert any("overflows float64" in t.message for t in bad.tests)


@pytest.fixture(scope="session")
def kernel_env():
    return ensure_kernel_env()


@pytest.fixture(scope="module")
def runner(kernel_env):
    sync = SyncRunner(pool_size=2, deadline=8.0)
    yield sync
    sync.close()


def sandbox_processes() -> list[str]:
    """Processes running under any uid this test process handed to a kernel."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except OSError:
            continue
        uid = int(fields.get("Uid", "0").split()[0])
        if uid in UIDS.handed_out:
            found.append(f"{status.parent.name} uid={uid} {fields.get('Name', '').strip()}")
    return found


