"""How kernels are fenced: the template's bubblewrap command line, limits and the uid supply.

Layers, each covering what the others cannot (docs/security.md has the whole picture):

- bubblewrap starts the template (kernels/template.py) in new pid, network, IPC and UTS
  namespaces on a filesystem of read-only `/usr` plus the kernels' own Python and a small
  private `/tmp`. The project, `reference/`, the database and any configuration are
  simply not there. The environment is cleared. The template keeps four capabilities
  (SYS_ADMIN, SETUID, SETGID, SETPCAP) and uses them only to fence its children.
- Every kernel is a fresh child of the template that, before reading anything, enters its
  own pid, mount, IPC and network namespaces with a private size-capped `/tmp`, takes the
  limits below, switches to a real unprivileged uid of its own (one per kernel: the kernel
  does not enforce RLIMIT_NPROC for a real uid of root), drops every capability, sets
  `no_new_privs` and installs the seccomp filter (kernels/seccomp.py).
- Where cgroups are writable, each kernel also gets its own `pids`, `memory` and `cpu`
  cgroup (kernels/cgroups.py), which bound the whole tree (tmpfs pages included) and share
  the CPU fairly between candidates.
- The caller enforces a wall-clock deadline by killing, never by interrupting.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kernels.environment import interpreter_roots, kernel_python

INSTALL_HINT = (
    "Candidate code only runs inside a bubblewrap sandbox, and `bwrap` was not found.\n"
    "Install it (Debian/Ubuntu: `sudo apt-get install bubblewrap`; Fedora: `sudo dnf install bubblewrap`),\n"
    "or, on your own machine and for your own code only, opt out with --unsafe-no-sandbox."
)
UNSAFE_BANNER = (
    "!! UNSANDBOXED MODE: code runs as you, with your files and network. Only for your own code. !!"
)
PROJECT_PACKAGES = ("server", "interviewer", "kernels", "rubric", "reference")
UID_RANGE = (100_000, 160_000)
TEMPLATE_CAPABILITIES = ("CAP_SYS_ADMIN", "CAP_SETUID", "CAP_SETGID", "CAP_SETPCAP")


class SandboxUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class Limits:
    """Per-kernel limits; the defaults fit a NumPy exercise with room to spare."""

    address_space: int = 2 << 30      # ipykernel + NumPy map ~0.8 GB before any work
    memory: int = 1 << 30             # cgroup: resident memory, tmpfs included
    file_size: int = 16 << 20
    tmp_size: int = 64 << 20          # the kernel's private /tmp (its Jupyter sockets live there too)
    tmp_inodes: int = 16384
    open_files: int = 256
    processes: int = 64
    cpu_seconds: int = 120            # a backstop; the wall-clock deadline acts first
    cpus: float = 1.0                 # cgroup CPU quota: a spinning kernel cannot starve the others
    all_kernels_memory: int | None = None   # cgroup ceiling for every kernel together; None: half the RAM

    def as_template_settings(self) -> dict:
        return {"address_space": self.address_space, "file_size": self.file_size, "tmp_size": self.tmp_size,
                "tmp_inodes": self.tmp_inodes, "open_files": self.open_files, "processes": self.processes,
                "cpu_seconds": self.cpu_seconds}


@dataclass(frozen=True)
class SandboxConfig:
    limits: Limits = field(default_factory=Limits)
    unsafe_no_sandbox: bool = False
    hide: tuple[Path, ...] = ()       # extra paths to mask if they fall inside a mounted tree

    @classmethod
    def from_env(cls, **overrides) -> "SandboxConfig":
        unsafe = os.environ.get("HOTSEAT_UNSAFE_NO_SANDBOX", "") in ("1", "true", "yes")
        return cls(unsafe_no_sandbox=overrides.pop("unsafe_no_sandbox", unsafe), **overrides)


def bwrap_path() -> str | None:
    """`HOTSEAT_BWRAP` names the binary explicitly (tests point it at nothing to play a bare machine)."""
    configured = os.environ.get("HOTSEAT_BWRAP")
    if configured is not None:
        return configured if os.access(configured, os.X_OK) else None
    return shutil.which("bwrap") or (os.access("/usr/bin/bwrap", os.X_OK) and "/usr/bin/bwrap") or None


def require_sandbox(config: SandboxConfig) -> None:
    """Refuse to go on without bubblewrap unless the user explicitly opted out."""
    if config.unsafe_no_sandbox:
        print(UNSAFE_BANNER, file=sys.stderr)
        return
    if not bwrap_path():
        raise SandboxUnavailable(INSTALL_HINT)
    if os.geteuid() != 0 and not _userns_allowed():
        raise SandboxUnavailable("bubblewrap is installed but user namespaces are disabled on this "
                                 "machine (sysctl kernel.unprivileged_userns_clone=0).")


def _userns_allowed() -> bool:
    try:
        return Path("/proc/sys/kernel/unprivileged_userns_clone").read_text().strip() != "0"
    except OSError:
        return True


class UidAllocator:
    """Hands out a distinct uid per live kernel so per-uid process limits do not add up."""

    def __init__(self, low: int = UID_RANGE[0], high: int = UID_RANGE[1]):
        self.low, self.high = low, high
        self.taken: set[int] = set()
        self.handed_out: set[int] = set()  # ever, so tests can look for leftovers of this process

    def take(self) -> int:
        for _ in range(1000):
            uid = self.low + secrets.randbelow(self.high - self.low)
            if uid not in self.taken:
                self.taken.add(uid)
                self.handed_out.add(uid)
                return uid
        raise RuntimeError("no free sandbox uid")

    def give_back(self, uid: int) -> None:
        self.taken.discard(uid)


UIDS = UidAllocator()


def template_command(config: SandboxConfig, control_fd: int) -> list[str]:
    """The command that starts the kernel template, sandboxed unless the user opted out.

    The template's source arrives as the first packet on the control socket (fd
    `control_fd`): the project's files are never mounted into the sandbox.
    """
    bootstrap = ("import socket,sys;c=socket.socket(fileno=%d);g={'__name__':'hotseat_template'};"
                 "exec(compile(c.recv(1<<20),'<hotseat template>','exec'),g);g['main'](%d)" % (control_fd, control_fd))
    launch = [str(kernel_python()), "-I", "-c", bootstrap]
    if config.unsafe_no_sandbox:
        return launch
    return [bwrap_path(), *_bwrap_arguments(config), "--", *launch]


def _bwrap_arguments(config: SandboxConfig) -> list[str]:
    # As pid 1 the template takes its whole namespace, every kernel included, down with it.
    args = ["--unshare-pid", "--as-pid-1", "--unshare-net", "--unshare-ipc", "--unshare-uts",
            "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--hostname", "sandbox",
            "--cap-drop", "ALL", *[a for cap in TEMPLATE_CAPABILITIES for a in ("--cap-add", cap)]]
    mounted = [Path("/usr")]
    args += ["--ro-bind", "/usr", "/usr"]
    for top in ("bin", "sbin", "lib", "lib64", "lib32"):
        path = Path("/") / top
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            args += ["--ro-bind", str(path), str(path)]
            mounted.append(path)
    args += ["--proc", "/proc", "--dev", "/dev",
             "--size", str(config.limits.tmp_size), "--perms", "1777", "--tmpfs", "/tmp"]
    made: set[Path] = set()
    for root in interpreter_roots():
        if any(root == m or m in root.parents for m in mounted):
            continue
        # Parent folders would copy the host's modes (/root is 0700): make them traversable.
        for parent in reversed(root.parents[:-1]):
            if parent not in made and not any(parent == m or m in parent.parents for m in mounted):
                args += ["--perms", "0755", "--dir", str(parent)]
                made.add(parent)
        args += ["--ro-bind", str(root), str(root)]
        mounted.append(root)
    for secret in _paths_to_hide(config):
        if any(secret == m or m in secret.parents for m in mounted) and secret.exists():
            args += ["--tmpfs", str(secret)] if secret.is_dir() else ["--ro-bind", "/dev/null", str(secret)]
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "IPYTHONDIR": "/tmp/.ipython", "LANG": "C.UTF-8",
           "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0",
           "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    args += ["--clearenv"]
    for key, value in env.items():
        args += ["--setenv", key, value]
    return args + ["--chdir", "/tmp"]


def _paths_to_hide(config: SandboxConfig) -> list[Path]:
    """Our own packages and the user's config, should an install put them under /usr."""
    here = Path(__file__).resolve().parent.parent
    paths = [here / name for name in PROJECT_PACKAGES] + [here]
    paths += [Path(p).resolve() for p in config.hide]
    return paths


def launch_environment(config: SandboxConfig) -> dict[str, str]:
    """The environment of the launching process itself: never the server's (API keys).

    bwrap clears the kernel's environment anyway, but bwrap and its init process would
    still carry ours, readable in /proc by anyone allowed to look.
    """
    if config.unsafe_no_sandbox:
        return unsandboxed_environment()
    return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}


def unsandboxed_environment() -> dict[str, str]:
    """Even the opt-out mode never passes the server's environment (API keys) to a kernel."""
    return {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8",
            "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
