"""Per-kernel cgroups where the machine allows them, and a graceful absence where it does not."""

import os
from pathlib import Path

from kernels.sandbox import Cgroups, Limits, enter_cgroups_prefix


def test_no_cgroup_filesystem_means_no_cgroups(tmp_path, monkeypatch):
    monkeypatch.setattr(Cgroups, "V1", tmp_path)
    assert Cgroups.create("k-test", Limits()) is None
    assert enter_cgroups_prefix(None) == []


def test_v1_cgroups_get_the_limits(tmp_path, monkeypatch):
    for controller in ("pids", "memory", "cpu"):
        (tmp_path / controller).mkdir()
    monkeypatch.setattr(Cgroups, "V1", tmp_path)
    groups = Cgroups.create("k-test", Limits(processes=32, memory=1 << 29, cpus=0.5))
    assert groups is not None
    assert (tmp_path / "pids/hotseat/k-test/pids.max").read_text() == "32"
    assert (tmp_path / "memory/hotseat/k-test/memory.limit_in_bytes").read_text() == str(1 << 29)
    assert (tmp_path / "cpu/hotseat/k-test/cpu.cfs_quota_us").read_text() == "50000"
    prefix = enter_cgroups_prefix(groups)
    assert prefix[:2] == ["/bin/sh", "-c"] and prefix[-1] == "--"
    assert str(tmp_path / "pids/hotseat/k-test/cgroup.procs") in prefix


def test_the_machine_cgroups_are_used_when_writable():
    """On machines like CI's (cgroup v1 mounted writable) the real thing is exercised."""
    root = Path("/sys/fs/cgroup/pids")
    groups = Cgroups.create("k-probe-test", Limits())
    if not (root.is_dir() and os.access(root, os.W_OK)):
        assert groups is None
        return
    try:
        assert groups is not None
        assert (root / "hotseat" / "k-probe-test" / "pids.max").read_text().strip() == "64"
    finally:
        if groups:
            assert groups.remove()
