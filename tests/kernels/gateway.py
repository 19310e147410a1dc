"""A real Jupyter Kernel Gateway (jupyter_kernel_gateway from PyPI) on loopback, for the gateway tests.

Its kernels run UNSANDBOXED, as this test process's user: they are plain ipykernels
started by the gateway from the kernels' own Python environment (NumPy and ipykernel
only, `kernels.environment`), with nothing of the sandbox around them. The tests here
prove the client, the pool, the caps and the verdicts; isolation of gateway kernels is
the deployment's (docs/scaling.md), not something these tests can show.

Each gateway gets a random free port, token auth, its own folders (kernelspecs, runtime,
config, data) and a near-empty environment, plus a canary variable that must never reach
a kernel. IOPub rate limiting is off, as docs/scaling.md asks of a deployment: hotseat
measures and caps a run's output itself.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx

from kernels.environment import ensure_kernel_env, kernel_python
from tests.server.harness import free_port

CANARY = "GATEWAY_CANARY_SECRET"
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def write_kernelspecs(folder: Path) -> Path:
    """`hotseat-python` (the kernels' environment) and `hotseat-slow` (the same, after a long sleep:
    a pod that takes its time) under `folder/kernels`; returns the folder for JUPYTER_PATH."""
    python = str(kernel_python(ensure_kernel_env()))
    specs = {
        "hotseat-python": [python, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "hotseat-slow": ["/bin/sh", "-c", f"sleep 600; exec {python} -m ipykernel_launcher -f \"$0\"",
                         "{connection_file}"],
    }
    for name, argv in specs.items():
        spec = folder / "kernels" / name
        spec.mkdir(parents=True, exist_ok=True)
        (spec / "kernel.json").write_text(json.dumps(
            {"argv": argv, "display_name": name, "language": "python", "env": ONE_THREAD}))
    return folder


class KernelGateway:
    """`jupyter kernelgateway` in its own process group: started, killed with SIGKILL, started again."""

    def __init__(self, folder: Path, *, port: int | None = None, token: str | None = None,
                 options: list[str] | None = None, tls: tuple[str, str, str] | None = None):
        self.folder = folder
        self.port = port or free_port()
        self.token = token if token is not None else secrets.token_hex(16)
        self.options = list(options or [])
        self.tls = tls    # (certificate file, key file, CA file that signed the certificate)
        self.verify = ssl.create_default_context(cafile=tls[2]) if tls else False
        self.process: subprocess.Popen | None = None
        self.pids: list[int] = []
        self.log_path = folder / f"gateway-{self.port}.log"
        write_kernelspecs(folder / "share")

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        command = [sys.executable, "-m", "kernel_gateway",
                   "--KernelGatewayApp.ip=127.0.0.1", f"--KernelGatewayApp.port={self.port}",
                   "--KernelGatewayApp.port_retries=0", f"--KernelGatewayApp.auth_token={self.token}",
                   "--KernelGatewayApp.default_kernel_name=hotseat-python",
                   "--ZMQChannelsWebsocketConnection.limit_rate=False",
                   "--JupyterWebsocketPersonality.list_kernels=True", *self.options]
        if self.tls:
            command += [f"--KernelGatewayApp.certfile={self.tls[0]}", f"--KernelGatewayApp.keyfile={self.tls[1]}"]
        return command

    def environment(self) -> dict:
        home = self.folder / "home"
        home.mkdir(exist_ok=True)
        return {"PATH": "/usr/bin:/bin", "HOME": str(home), "JUPYTER_PATH": str(self.folder / "share"),
                "JUPYTER_RUNTIME_DIR": str(self.folder / "runtime"), "JUPYTER_DATA_DIR": str(self.folder / "data"),
                "JUPYTER_CONFIG_DIR": str(self.folder / "config"), "JUPYTER_PLATFORM_DIRS": "1",
                "PYTHONPATH": "", CANARY: "the gateway's own secret"}

    def start(self, timeout: float = 60.0, wait: bool = True) -> "KernelGateway":
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(self.command(), cwd=self.folder, env=self.environment(),
                                        stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
        log.close()
        self.pids.append(self.process.pid)
        if wait:
            self.wait_up(timeout)
        return self

    def wait_up(self, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.process.poll() is not None:
                raise RuntimeError(f"the kernel gateway exited: {self.log()[-3000:]}")
            try:
                if httpx.get(self.url + "/api", headers=self.headers(), timeout=2, verify=self.verify).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"the kernel gateway did not start: {self.log()[-3000:]}")

    def headers(self) -> dict:
        return {"Authorization": f"token {self.token}"}

    def kernels(self) -> list[dict]:
        """The gateway's own list of its kernels (GET /api/kernels)."""
        kernels = httpx.get(self.url + "/api/kernels", headers=self.headers(), timeout=10, verify=self.verify).json()
        if not isinstance(kernels, list):
            raise RuntimeError(f"the gateway did not list its kernels: {kernels}")
        return kernels

    def wait_kernels(self, count: int, timeout: float = 60.0) -> list[dict]:
        """Until the gateway runs exactly `count` kernels (deletes happen in the background)."""
        end = time.monotonic() + timeout
        while True:
            kernels = self.kernels()
            if len(kernels) == count or time.monotonic() > end:
                return kernels
            time.sleep(0.1)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        """SIGKILL the gateway process: no shutdown code runs (its ipykernels notice and exit on their own)."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        """Delete its kernels if it still answers, kill it, then any kernel process it started that is left.
        Whatever fails on the way, the gateway is killed: a test must never leave one running."""
        if self.process is None:
            return
        try:
            if self.process.poll() is None:
                for kernel in self.kernels():
                    httpx.delete(f"{self.url}/api/kernels/{kernel['id']}", headers=self.headers(), timeout=10,
                                 verify=self.verify)
        except Exception:
            pass
        finally:
            self.kill()
            for child in [c for started in self.pids for c in _started_by(started)]:
                try:   # kernels run in sessions of their own, marked with their parent's pid
                    os.kill(child, signal.SIGKILL)
                except ProcessLookupError:
                    pass


def _started_by(pid: int) -> list[int]:
    """Processes whose environment names `pid` as their Jupyter parent (JPY_PARENT_PID)."""
    mark = f"JPY_PARENT_PID={pid}".encode()
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if mark in environ.read_bytes().split(b"\0"):
                found.append(int(environ.parent.name))
        except OSError:
            continue
    return found
