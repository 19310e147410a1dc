"""Per-kernel cgroups where the machine allows them, and a graceful absence where it does not."""

import os
import subprocess
import sys
from pathlib import Path

from kernels.cgroups import Cgroups, enter_cgroups_prefix, instance_name


def fake_v1(tmp_path, monkeypatch, controllers=("pids", "memory", "cpu")):
    for controller in controllers:
        (tmp_path / controller).mkdir()
    monkeypatch.setattr(Cgroups, "root", tmp_path)
    return tmp_path


def test_no_cgroup_filesystem_means_no_cgroups(tmp_path, monkeypatch):
    monkeypatch.setattr(Cgroups, "root", tmp_path)
    assert not Cgroups.available()
    assert Cgroups.create("k-test", processes=64) is None
    assert enter_cgroups_prefix(None) == []


def test_v1_cgroups_get_the_limits(tmp_path, monkeypatch):
    root = fake_v1(tmp_path, monkeypatch)
    groups = Cgroups.create("inst/k-test", processes=32, memory=1 << 29, cpus=0.5, shares=1024)
    assert groups is not None
    assert (root / "pids/hotseat/inst/k-test/pids.max").read_text() == "32"
    assert (root / "memory/hotseat/inst/k-test/memory.limit_in_bytes").read_text() == str(1 << 29)
    assert (root / "cpu/hotseat/inst/k-test/cpu.cfs_quota_us").read_text() == "50000"
    assert (root / "cpu/hotseat/inst/k-test/cpu.shares").read_text() == "1024"
    prefix = enter_cgroups_prefix(groups)
    assert prefix[:2] == ["/bin/sh", "-c"] and prefix[-1] == "--"
    assert str(root / "pids/hotseat/inst/k-test/cgroup.procs") in prefix


def test_folders_of_a_dead_owner_are_removed_and_a_live_ones_kept():
    """What a SIGKILLed server leaves behind is cleaned by the next start (on the machine's real cgroups)."""
    if not Cgroups.available():
        assert Cgroups.create("probe", processes=8) is None
        return
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead_name = instance_name(dead.pid)   # while it lives
    dead.wait()
    mine = instance_name()
    made = [Cgroups.create(f"{name}/k1", processes=8) for name in (dead_name, mine)]
    assert all(made)
    sleeper = subprocess.Popen(["sleep", "30"])   # a straggler of the dead server's
    made[0].add(sleeper.pid)
    try:
        Cgroups.remove_stale()
        assert sleeper.wait(timeout=5) == -9
        assert not any(f.exists() for f in made[0].folders)
        assert all(f.exists() for f in made[1].folders)
    finally:
        sleeper.kill()
        made[1].remove()
        Cgroups([f.parent for f in made[1].folders]).remove()


def test_the_machine_cgroups_are_used_when_writable():
    """On machines like CI's (cgroup v1 mounted writable) the real thing is exercised."""
    root = Path("/sys/fs/cgroup/pids")
    name = f"{instance_name()}/k-probe-test"
    groups = Cgroups.create(name, processes=64)
    if not (root.is_dir() and os.access(root, os.W_OK)):
        assert groups is None
        return
    try:
        assert groups is not None
        assert (root / "hotseat" / name / "pids.max").read_text().strip() == "64"
        sleeper = subprocess.Popen(["sleep", "30"])
        groups.add(sleeper.pid)
        assert sleeper.pid in groups.pids()
        groups.kill_all()
        sleeper.wait(timeout=5)
    finally:
        if groups:
            assert groups.remove(wait=2.0)
            Cgroups([f.parent for f in groups.folders]).remove()
