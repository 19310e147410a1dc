"""After a SIGKILL of the server nothing keeps running, and the next start removes what was left."""

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kernels.cgroups import Cgroups, TOP
from tests.kernels.conftest import ROOT, SyncRunner

SERVER = f"""
import asyncio, sys
sys.path.insert(0, {str(ROOT)!r})
from kernels.runner import CodeRunner

async def main():
    runner = CodeRunner(pool_size=1, deadline=60)
    await runner.start()
    print(runner.supply.instance, runner.supply.template.pid, flush=True)
    await runner.check("softmax", "import time\\ntime.sleep(60)\\n", "examples")

asyncio.run(main())
"""


def wait_for(predicate, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not Cgroups.available(), reason="needs writable cgroups to leave folders behind")
def test_a_killed_server_leaves_no_process_and_the_next_start_cleans_its_cgroups(kernel_env):
    server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
    instance, template = server.stdout.readline().split()
    pids = Cgroups.root / "pids" / TOP / instance if not (Cgroups.root / "cgroup.controllers").exists() \
        else Cgroups.root / TOP / instance
    running = lambda: [p for p in pids.glob("k*") if (p / "cgroup.procs").read_text().split()]  # noqa: E731
    assert wait_for(lambda: bool(running())), "the sleeping submission never got its cgroup"
    kernel_group = running()[0]

    server.send_signal(signal.SIGKILL)
    server.wait()
    assert wait_for(lambda: not Path(f"/proc/{template}").exists()), "the template outlived the server"
    assert wait_for(lambda: not (kernel_group / "cgroup.procs").read_text().split()), "a kernel outlived it"
    assert kernel_group.exists()   # what a SIGKILL leaves: empty folders, no processes

    restarted = SyncRunner(pool_size=0, deadline=5.0)
    try:
        assert not pids.exists()
    finally:
        restarted.close()
