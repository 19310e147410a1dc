"""Cgroups for kernels, where the machine lets us: per-kernel limits, fair CPU, one kill switch.

Layout, per controller (cgroup v1 `pids`, `memory`, `cpu`) or in one v2 folder:

    hotseat/<instance>/template     the template and kernels still warming up (not yet
                                    given to a candidate): CPU shares above a kernel's, so
                                    the pool refills even while candidates' loops spin
    hotseat/<instance>/<kernel>     one per kernel from the moment it is handed out: its own
                                    pids, memory and CPU quota, equal CPU shares with the
                                    others, so one candidate's busy loop cannot starve another
    hotseat/<instance>              a memory ceiling for all kernels together

`<instance>` is `<pid>-<start time>` of the process that owns it, so a later start can tell
the folders of a process that died (SIGKILL: no clean-up ran) from those of one still alive,
and remove them. Without writable cgroups the uid's process limit and RLIMIT_AS still hold;
`Cgroups.create` returning None says so rather than pretending.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")
V1_CONTROLLERS = ("pids", "memory", "cpu")
TOP = "hotseat"
KERNEL_SHARES = 1024
TEMPLATE_SHARES = 4096


def instance_name(pid: int | None = None) -> str:
    pid = os.getpid() if pid is None else pid
    return f"{pid}-{_start_time(pid)}"


def _start_time(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return "gone"


def _is_v2(root: Path) -> bool:
    return (root / "cgroup.controllers").exists()


def _writable_v1(root: Path) -> bool:
    return all((root / c).is_dir() and os.access(root / c, os.W_OK) for c in ("pids", "memory"))


class Cgroups:
    """One group of folders (one per controller) holding one kernel, the template, or an instance."""

    root = ROOT  # tests point this at a scratch folder to play other machines

    def __init__(self, folders: list[Path]):
        self.folders = folders

    # ----------------------------------------------------------- creation

    @classmethod
    def available(cls) -> bool:
        return _is_v2(cls.root) or _writable_v1(cls.root)

    @classmethod
    def create(cls, path: str, *, processes: int | None = None, memory: int | None = None,
               cpus: float | None = None, shares: int | None = None) -> "Cgroups | None":
        """Folders at `hotseat/<path>` with the given limits; None when the machine has no cgroups for us."""
        folders: list[Path] = []
        try:
            if _is_v2(cls.root):
                group = cls.root / TOP / path
                for parent in reversed(group.relative_to(cls.root).parents[:-1]):
                    _enable_v2_controllers(cls.root / parent)
                group.mkdir(parents=True, exist_ok=True)
                folders.append(group)
                _write(group, "pids.max", processes)
                _write(group, "memory.max", memory)
                if memory is not None:
                    _write(group, "memory.swap.max", 0)
                _write(group, "cpu.max", None if cpus is None else f"{int(100000 * cpus)} 100000")
                _write(group, "cpu.weight", None if shares is None else max(1, min(10000, shares * 100 // 1024)))
            elif _writable_v1(cls.root):
                for controller in V1_CONTROLLERS:
                    if not (cls.root / controller).is_dir():
                        continue
                    folder = cls.root / controller / TOP / path
                    folder.mkdir(parents=True, exist_ok=True)
                    folders.append(folder)
                    if controller == "pids":
                        _write(folder, "pids.max", processes)
                    elif controller == "memory":
                        _write(folder, "memory.limit_in_bytes", memory)
                    elif controller == "cpu":
                        if cpus is not None:
                            _write(folder, "cpu.cfs_period_us", 100000)
                            _write(folder, "cpu.cfs_quota_us", int(100000 * cpus))
                        _write(folder, "cpu.shares", shares)
            else:
                return None
        except OSError:
            cls(folders).remove()
            return None
        return cls(folders)

    # ----------------------------------------------------------- use

    def procs_files(self) -> list[str]:
        return [str(folder / "cgroup.procs") for folder in self.folders]

    def add(self, pid: int) -> None:
        """Move a process (all its threads) in; its later children are born inside."""
        for folder in self.folders:
            (folder / "cgroup.procs").write_text(str(pid))

    def pids(self) -> set[int]:
        found: set[int] = set()
        for folder in self.folders:
            try:
                found.update(int(p) for p in (folder / "cgroup.procs").read_text().split())
            except (OSError, ValueError):
                continue
        return found

    def kill_all(self) -> None:
        for pid in self.pids():
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    def memory_bytes(self) -> int | None:
        for folder in self.folders:
            for name in ("memory.usage_in_bytes", "memory.current"):
                try:
                    return int((folder / name).read_text())
                except (OSError, ValueError):
                    continue
        return None

    def remove(self, wait: float = 0.0) -> bool:
        """Remove the folders (children first); False while processes are still inside."""
        end = time.monotonic() + wait
        while True:
            done = all(_remove_tree(folder) for folder in self.folders)
            if done or time.monotonic() >= end:
                return done
            self.kill_all()
            time.sleep(0.01)

    # ----------------------------------------------------------- leftovers

    @classmethod
    def remove_stale(cls) -> int:
        """Kill what is left in, and remove, the folders of instances whose process is gone."""
        removed = 0
        tops = [cls.root / TOP] if _is_v2(cls.root) else [cls.root / c / TOP for c in V1_CONTROLLERS]
        stale: set[str] = set()
        for top in tops:
            try:
                entries = list(top.iterdir())
            except OSError:
                continue
            for entry in entries:
                if entry.is_dir() and _owner_gone(entry.name):
                    stale.add(entry.name)
        for name in stale:
            group = cls([top / name for top in tops if (top / name).is_dir()])
            for folder in group.folders:
                for sub in folder.iterdir():
                    if sub.is_dir():
                        Cgroups([sub]).kill_all()
            removed += group.remove(wait=2.0)
        return removed


def _owner_gone(name: str) -> bool:
    pid, _, start = name.partition("-")
    if not pid.isdigit() or not start:
        return False  # not ours to judge
    return _start_time(int(pid)) != start


def _write(folder: Path, name: str, value) -> None:
    if value is not None:
        (folder / name).write_text(str(value))


def _enable_v2_controllers(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    try:
        (folder / "cgroup.subtree_control").write_text("+pids +memory +cpu")
    except OSError:
        pass  # already on, or not ours to change: creating the child then says whether it works


def _remove_tree(folder: Path) -> bool:
    if not folder.exists():
        return True
    for sub in folder.iterdir():
        if sub.is_dir() and not _remove_tree(sub):
            return False
    try:
        folder.rmdir()
    except FileNotFoundError:
        pass
    except OSError:
        return False
    return True


def enter_cgroups_prefix(cgroups: Cgroups | None) -> list[str]:
    """A shell prefix that moves itself into the cgroups, then execs the command.

    Joining before exec means no process started this way ever runs outside its limits.
    """
    if not cgroups:
        return []
    script = 'for f in "$@"; do [ "$f" = -- ] && break; echo $$ > "$f" || exit 97; shift; done; shift; exec "$@"'
    return ["/bin/sh", "-c", script, "sh", *cgroups.procs_files(), "--"]
