"""The Python environment kernels run in: a separate virtualenv with NumPy and ipykernel only.

The server's own environment holds the project (including `reference/`) and its
dependencies; mounting it into the sandbox would hand candidates the answers. So
kernels get a virtualenv of their own that contains nothing but what a candidate's
code may import, created once and reused.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import numpy

# The template (kernels/template.py) drives IPKernelApp's start-up steps itself and relies on
# its comm manager and iopub welcome: exactly this ipykernel, tested; a new one is a deliberate bump.
IPYKERNEL = "7.4.0"
KERNEL_PACKAGES = (f"numpy=={numpy.__version__}", f"ipykernel=={IPYKERNEL}")
READY_MARKER = ".hotseat-kernel-env"


class KernelEnvError(RuntimeError):
    pass


def kernel_env_dir() -> Path:
    """Where the kernel environment lives: `HOTSEAT_KERNEL_ENV`, else a per-user cache folder.

    The name carries the Python, NumPy and ipykernel versions so an upgrade gets a fresh one.
    """
    configured = os.environ.get("HOTSEAT_KERNEL_ENV")
    if configured:
        return Path(configured).resolve()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    version = f"py{sys.version_info.major}.{sys.version_info.minor}-np{numpy.__version__}-ipk{IPYKERNEL}"
    return (cache / "hotseat" / f"kernel-env-{version}").resolve()


def kernel_python(env: Path | None = None) -> Path:
    return (env or kernel_env_dir()) / "bin" / "python"


def is_ready(env: Path | None = None) -> bool:
    env = env or kernel_env_dir()
    try:
        installed = (env / READY_MARKER).read_text().split()
    except OSError:
        return False
    return installed == list(KERNEL_PACKAGES) and kernel_python(env).exists()


def ensure_kernel_env(env: Path | None = None, log=lambda message: None) -> Path:
    """Create the environment if it is missing; return its folder."""
    env = env or kernel_env_dir()
    if is_ready(env):
        return env
    log(f"preparing the kernel environment in {env} (one time, needs the package index)")
    try:
        env.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KernelEnvError(f"cannot create the kernel environment in {env}: {exc}") from None
    base_python = Path(sys._base_executable)
    _run([str(base_python), "-m", "venv", "--clear", str(env)])
    _run([str(kernel_python(env)), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
          *KERNEL_PACKAGES])
    # Kernels run as an unprivileged uid: everything must be world-readable.
    _run(["chmod", "-R", "a+rX", str(env)])
    (env / READY_MARKER).write_text(" ".join(KERNEL_PACKAGES) + "\n")
    return env


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise KernelEnvError(f"could not prepare the kernel environment: {' '.join(command[:4])} ... failed:\n"
                             f"{result.stderr[-2000:]}")


def interpreter_roots(env: Path | None = None) -> list[Path]:
    """Folders the kernel's interpreter needs: the venv and the base Python install it links to."""
    env = env or kernel_env_dir()
    roots = [env]
    base = Path(sys.base_prefix).resolve()
    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    for path in (base, stdlib):
        if not any(path == r or r in path.parents for r in roots):
            roots.append(path)
    return roots
