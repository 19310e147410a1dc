"""How a kernel process is fenced: the bubblewrap command line, resource limits and cgroups.

Layers, each covering what the others cannot:

- bubblewrap gives new pid, network, IPC and UTS namespaces and a filesystem of
  read-only `/usr` plus the kernel's own Python, a small private `/tmp` and the
  folder holding the connection sockets. The project, `reference/`, the database
  and any configuration are simply not there. The environment is cleared.
- Inside, `prlimit` sets address-space, file-size, open-file, CPU-time and process
  limits, then `setpriv` switches to a real unprivileged uid (one per kernel) with
  no capabilities and `no_new_privs`. The uid must be real, not only mapped in a
  user namespace: the kernel does not enforce RLIMIT_NPROC for a real uid of root.
- Where cgroups are writable, each kernel also gets its own `pids` and `memory`
  cgroup, which bound the whole tree (tmpfs pages included) and let us kill it all.
- The caller enforces a wall-clock deadline by killing, never by interrupting.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
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


class SandboxUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class Limits:
    """Per-kernel limits; the defaults fit a NumPy exercise with room to spare."""

    address_space: int = 2 << 30      # ipykernel + NumPy map ~0.8 GB before any work
    memory: int = 1 << 30             # cgroup: resident memory, tmpfs included
    file_size: int = 16 << 20
    tmp_size: int = 64 << 20
    open_files: int = 256
    processes: int = 64
    cpu_seconds: int = 120            # a backstop; the wall-clock deadline acts first
    cpus: float = 1.0                 # cgroup CPU quota: a spinning kernel cannot starve the others


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


def processes_of(uid: int) -> list[int]:
    """Pids whose real uid is `uid` (a kernel's uid is its own: anything running as it is its)."""
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            for line in status.read_text().splitlines():
                if line.startswith("Uid:"):
                    if int(line.split()[1]) == uid:
                        pids.append(int(status.parent.name))
                    break
        except (OSError, ValueError):
            continue
    return pids


def kernel_command(config: SandboxConfig, connection_file: Path, work_dir: Path, uid: int | None) -> list[str]:
    """The full command that starts one kernel, sandboxed unless the user opted out."""
    python = str(kernel_python())
    launch = [python, "-I", "-m", "ipykernel_launcher", "-f", str(connection_file)]
    rlimits = _prlimit(config.limits)
    if config.unsafe_no_sandbox:
        return rlimits + launch
    assert uid is not None
    drop = ["/usr/bin/setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
            "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"]
    return [bwrap_path(), *_bwrap_arguments(config, work_dir), "--", *rlimits, *drop, *launch]


def _prlimit(limits: Limits) -> list[str]:
    return ["/usr/bin/prlimit", f"--as={limits.address_space}", f"--fsize={limits.file_size}",
            f"--nofile={limits.open_files}", f"--nproc={limits.processes}",
            f"--cpu={limits.cpu_seconds}", f"--core=0", "--"]


def _bwrap_arguments(config: SandboxConfig, work_dir: Path) -> list[str]:
    args = ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
            "--die-with-parent", "--new-session", "--hostname", "sandbox"]
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
    # The socket folder is bound at its own path: both sides read the same connection file.
    args += ["--bind", str(work_dir), str(work_dir)]
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "IPYTHONDIR": "/tmp/.ipython", "LANG": "C.UTF-8",
           "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"}
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


class Cgroups:
    """A kernel's own cgroups (v1 `pids`, `memory`, `cpu`, or one v2 folder), when the machine lets us.

    Without writable cgroups the uid-based process limit and RLIMIT_AS still hold;
    `available()` says which we have so it can be reported, not silently assumed.
    """

    V1 = Path("/sys/fs/cgroup")

    def __init__(self, folders: list[Path]):
        self.folders = folders

    @classmethod
    def create(cls, name: str, limits: Limits) -> "Cgroups | None":
        folders = []
        try:
            if (cls.V1 / "pids").is_dir() and (cls.V1 / "memory").is_dir():
                pids = cls.V1 / "pids" / "hotseat" / name
                memory = cls.V1 / "memory" / "hotseat" / name
                pids.mkdir(parents=True)
                folders.append(pids)
                (pids / "pids.max").write_text(str(limits.processes))
                memory.mkdir(parents=True)
                folders.append(memory)
                (memory / "memory.limit_in_bytes").write_text(str(limits.memory))
                if (cls.V1 / "cpu").is_dir():
                    cpu = cls.V1 / "cpu" / "hotseat" / name
                    cpu.mkdir(parents=True)
                    folders.append(cpu)
                    (cpu / "cpu.cfs_period_us").write_text("100000")
                    (cpu / "cpu.cfs_quota_us").write_text(str(int(100000 * limits.cpus)))
            elif (cls.V1 / "cgroup.controllers").exists():
                group = cls.V1 / "hotseat" / name
                group.mkdir(parents=True)
                folders.append(group)
                (group / "pids.max").write_text(str(limits.processes))
                (group / "memory.max").write_text(str(limits.memory))
                (group / "memory.swap.max").write_text("0")
                (group / "cpu.max").write_text(f"{int(100000 * limits.cpus)} 100000")
            else:
                return None
        except OSError:
            cls(folders).remove()
            return None
        return cls(folders)

    def procs_files(self) -> list[str]:
        return [str(folder / "cgroup.procs") for folder in self.folders]

    def kill_all(self) -> None:
        for folder in self.folders:
            try:
                pids = (folder / "cgroup.procs").read_text().split()
            except OSError:
                continue
            for pid in pids:
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except (ProcessLookupError, ValueError, PermissionError):
                    pass

    def remove(self) -> bool:
        """Remove the folders; False while processes are still inside."""
        done = True
        for folder in self.folders:
            try:
                folder.rmdir()
            except FileNotFoundError:
                pass
            except OSError:
                done = False
        return done


def enter_cgroups_prefix(cgroups: Cgroups | None) -> list[str]:
    """A shell prefix that moves itself into the cgroups, then execs the command.

    Joining before exec means no process of the kernel ever runs outside its limits.
    """
    if not cgroups:
        return []
    script = 'for f in "$@"; do [ "$f" = -- ] && break; echo $$ > "$f" || exit 97; shift; done; shift; exec "$@"'
    return ["/bin/sh", "-c", script, "sh", *cgroups.procs_files(), "--"]
