"""The seccomp filter every kernel runs under, compiled here with libseccomp.

A deny list over a default of allow: an untrusted NumPy program needs ordinary file,
memory, thread and process calls, and never needs to create namespaces, mount anything,
trace or read another process, load BPF or kernel modules, use the kernel keyring or
performance counters, or drive io_uring. Those calls fail with EPERM (clone3 with ENOSYS,
so the C library falls back to clone, whose flags a filter can read). The kernel's
namespaces and uid already fence most of them; the filter is what stops candidate code
from making a user namespace and getting every capability inside it.

The program is compiled in the trusted process (libseccomp handles the architecture
checks, x32 included: foreign-ABI calls kill the process) and handed to the template as
raw BPF, which each child installs on itself with one prctl; the sandbox needs no
libseccomp of its own.
"""

from __future__ import annotations

import errno
import tempfile
from functools import cache

CLONE_NEW_FLAGS = (0x00000080, 0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000,
                   0x40000000)   # NEWTIME NEWNS NEWCGROUP NEWUTS NEWIPC NEWUSER NEWPID NEWNET
DENIED = (
    # namespaces and mounts
    "unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "move_mount", "open_tree", "fsopen",
    "fsconfig", "fsmount", "fspick", "mount_setattr",
    # other processes
    "ptrace", "process_vm_readv", "process_vm_writev", "pidfd_getfd", "kcmp", "process_madvise",
    # kernel attack surface a NumPy program never needs
    "bpf", "perf_event_open", "keyctl", "add_key", "request_key", "userfaultfd", "io_uring_setup",
    "io_uring_enter", "io_uring_register", "fanotify_init", "open_by_handle_at", "name_to_handle_at",
    "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "reboot", "swapon",
    "swapoff", "acct", "quotactl", "quotactl_fd", "syslog", "lookup_dcookie", "iopl", "ioperm",
    "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "vhangup", "uselib", "_sysctl", "ustat",
    "personality", "sethostname", "setdomainname", "move_pages", "migrate_pages",
)


class SeccompUnavailable(RuntimeError):
    pass


@cache
def kernel_filter() -> bytes:
    """The compiled BPF program (a multiple of 8 bytes: one `struct sock_filter` each)."""
    try:
        import pyseccomp as seccomp
    except (ImportError, OSError) as exc:  # the module, or libseccomp.so.2 under it
        raise SeccompUnavailable(f"the seccomp filter needs libseccomp (pyseccomp): {exc}") from None
    try:
        rules = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
        for name in DENIED:
            try:
                rules.add_rule(seccomp.ERRNO(errno.EPERM), name)
            except (RuntimeError, ValueError, OSError):
                continue  # not a call on this architecture
        for flag in CLONE_NEW_FLAGS:  # one rule per flag: rules on one call are or'ed
            rules.add_rule(seccomp.ERRNO(errno.EPERM), "clone", seccomp.Arg(0, seccomp.MASKED_EQ, flag, flag))
        rules.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
        with tempfile.TemporaryFile() as out:
            rules.export_bpf(out)
            out.seek(0)
            program = out.read()
    except OSError as exc:
        raise SeccompUnavailable(f"could not build the seccomp filter: {exc}") from None
    if not program or len(program) % 8:
        raise SeccompUnavailable("libseccomp produced no filter")
    return program

