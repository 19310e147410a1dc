"""Hostile submissions against the real sandbox.

Each attack runs as a candidate's code would (through `CodeRunner.check`, in a real
bubblewrap-sandboxed kernel), is contained, and is followed by a correct and a wrong
submission that must still get their right verdicts. Attacks report what they saw
through print(), which comes back in the verdict's output.
"""

import collections
import os
import socket
import textwrap
import threading

import pytest

from kernels.sandbox import UIDS
from tests.kernels.conftest import CORRECT_SOFTMAX, ROOT, sandbox_processes


def attack(body: str) -> str:
    """Candidate code: the attack at definition time, then a correct softmax."""
    return textwrap.dedent(body) + "\n" + CORRECT_SOFTMAX


def no_leftovers():
    """Used kernels left nothing behind; a warm kernel is a single process."""
    per_uid = collections.Counter(int(p.split()[1].removeprefix("uid=")) for p in sandbox_processes())
    assert set(per_uid) <= UIDS.taken, sandbox_processes()
    assert all(count == 1 for count in per_uid.values()), sandbox_processes()


@pytest.fixture(autouse=True)
def after_each(runner):
    yield
    runner.assert_still_judges_right()
    runner.settle()
    no_leftovers()


def test_no_network_not_even_loopback(runner):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    accepted = []
    threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True).start()
    verdict = runner.check("softmax", attack(f"""
        import socket
        for host in ("127.0.0.1", "1.1.1.1", "10.0.0.1"):
            try:
                socket.create_connection((host, {port}), timeout=1)
                print("REACHED", host)
            except OSError as exc:
                print("BLOCKED", host, type(exc).__name__)
        try:
            socket.getaddrinfo("pypi.org", 443)
            print("DNS WORKS")
        except OSError:
            print("NO DNS")
    """))
    listener.close()
    assert verdict.passed
    assert "REACHED" not in verdict.output and verdict.output.count("BLOCKED") == 3
    assert "NO DNS" in verdict.output
    assert not accepted


def test_project_database_and_home_are_not_there(runner, tmp_path):
    database = tmp_path / "hotseat.db"
    database.write_text("SECRET ROWS")
    targets = [ROOT / "reference" / "solutions" / "attention.py", ROOT / "pyproject.toml", database,
               "/etc/passwd", "/etc/shadow", "/root/.bash_history", os.path.expanduser("~/.ssh")]
    verdict = runner.check("softmax", attack(f"""
        import os
        for path in {[str(t) for t in targets]!r}:
            try:
                with open(path) as handle:
                    print("READ", path, handle.read(40))
            except OSError as exc:
                print("DENIED", path, type(exc).__name__)
        print("ROOT", sorted(os.listdir("/")))
        for path in ("/usr", "/tmp"):
            try:
                open(path + "/planted", "w").write("x")
                print("WROTE", path)
            except OSError:
                print("READONLY", path)
    """))
    assert verdict.passed
    assert "READ " not in verdict.output and verdict.output.count("DENIED") == len(targets)
    assert "ROOT ['bin', 'dev', 'lib', 'lib64', 'proc', 'root', 'sbin', 'tmp', 'usr']" in verdict.output
    assert "READONLY /usr" in verdict.output and "WROTE /tmp" in verdict.output


def test_server_secrets_never_reach_the_kernel(runner, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-must-not-leak")
    monkeypatch.setenv("HOTSEAT_ADMIN_TOKEN", "admin-must-not-leak")
    verdict = runner.check("softmax", attack("""
        import os, glob
        print("ENV", dict(os.environ))
        for path in glob.glob("/proc/*/environ"):
            try:
                print("PROCENV", path, open(path, "rb").read())
            except OSError:
                pass
        print("UID", os.getuid(), os.geteuid(), open("/proc/self/status").read().split("CapEff:")[1].split()[0])
    """))
    assert verdict.passed
    assert "must-not-leak" not in verdict.output
    uid_line = next(line for line in verdict.output.splitlines() if line.startswith("UID"))
    _, uid, euid, capabilities = uid_line.split()
    assert int(uid) >= 100_000 and uid == euid and capabilities == "0000000000000000"


def test_fork_bomb_is_contained(runner):
    verdict = runner.check("softmax", attack("""
        import os
        children = 0
        for _ in range(10_000):
            try:
                if os.fork() == 0:
                    while True:
                        pass
                children += 1
            except OSError:
                break
        print("FORKED", children)
    """))
    forked = int(verdict.output.split("FORKED")[1].split()[0]) if "FORKED" in verdict.output else 0
    assert forked < 64
    # The spinning children starve this kernel of CPU, so a timeout is a fair verdict too.
    assert verdict.passed or "timed out" in verdict.error


def test_memory_bomb_gets_memory_error(runner):
    verdict = runner.check("softmax", attack("""
        blocks = []
        try:
            while True:
                blocks.append(bytearray(50 << 20))
        except MemoryError:
            print("STOPPED AT", len(blocks) * 50, "MB")
        del blocks
    """))
    assert "STOPPED AT" in verdict.output or "died" in (verdict.error or "")
    if "STOPPED AT" in verdict.output:
        assert int(verdict.output.split("STOPPED AT")[1].split()[0]) <= 2048


def test_disk_filling_is_bounded(runner):
    verdict = runner.check("softmax", attack("""
        try:
            with open("/tmp/fill", "wb") as handle:
                for _ in range(200):
                    handle.write(b"x" * (1 << 20))
            print("WROTE 200 MB")
        except OSError as exc:
            print("STOPPED", type(exc).__name__)
        written = 0
        try:  # many files, each under the file-size limit: the /tmp tmpfs is capped as a whole
            for i in range(20):
                with open(f"/tmp/many{i}", "wb") as handle:
                    handle.write(b"x" * (15 << 20))
                written += 15
        except OSError:
            pass
        print("MANY", written)
        try:
            open("/dev/shm/x", "wb").write(b"x")
            print("SHM WRITABLE")
        except OSError:
            print("SHM READONLY")
    """))
    assert "WROTE 200 MB" not in verdict.output and "STOPPED" in verdict.output
    assert int(verdict.output.split("MANY")[1].split()[0]) <= 64
    assert "SHM READONLY" in verdict.output


def test_infinite_loop_ignoring_sigint_is_killed_at_the_deadline(runner):
    verdict = runner.check("softmax", textwrap.dedent("""
        import signal
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)

        def softmax(x, axis=-1):
            while True:
                pass
    """))
    assert not verdict.passed
    assert "timed out after 8 s" in verdict.error
    assert all(not t.passed for t in verdict.tests)
    assert 7_000 < verdict.duration_ms


def test_fifty_megabyte_print_is_capped(runner):
    verdict = runner.check("softmax", attack('print("x" * 50_000_000)'))
    assert not verdict.passed
    assert "printed more than 8 MB" in verdict.error
    assert len(verdict.output) <= 64 * 1024 + 100 and verdict.output_truncated


def test_printing_in_a_loop_is_capped(runner):
    code = CORRECT_SOFTMAX.replace("    e = ", "    for _ in range(2000):\n        print('spam ' * 200)\n    e = ")
    verdict = runner.check("softmax", code)
    assert not verdict.passed and "printed more than" in verdict.error


@pytest.mark.parametrize("kill", ["os.kill(os.getppid(), 9)", "os.kill(-1, 9)", "os.kill(1, 9)", "os.kill(0, 9)"])
def test_killing_the_parent_or_everything_reaches_nothing(runner, kill):
    """A kernel is pid 1 of its own namespace: it has no parent to kill, sees no other process,
    and the kernel ignores signals a namespace's init sends itself. So the run simply goes on."""
    verdict = runner.check("softmax", attack(f"""
        import os
        print('PPID', os.getppid())
        try:
            {kill}
        except OSError as exc:  # nothing to signal
            print(type(exc).__name__)
        print('STILL HERE')
    """))
    assert "PPID 0" in verdict.output and "STILL HERE" in verdict.output
    assert verdict.passed, verdict.error


def test_ctypes_crash_is_a_failed_verdict(runner):
    verdict = runner.check("softmax", attack("import ctypes\nctypes.string_at(0)\n"))
    assert not verdict.passed
    assert "kernel died" in verdict.error and "SIGSEGV" in verdict.error


def test_os_exit_is_a_failed_verdict(runner):
    verdict = runner.check("softmax", "import os\ndef softmax(x, axis=-1):\n    os._exit(0)\n")
    assert not verdict.passed and verdict.error


def test_patching_numpy_cannot_pass_a_wrong_answer(runner):
    verdict = runner.check("softmax", textwrap.dedent("""
        import numpy as np
        np.allclose = lambda *a, **k: True
        np.isclose = lambda a, b, *r, **k: np.ones(np.shape(a), bool)
        np.array_equal = lambda *a, **k: True
        np.testing.assert_allclose = lambda *a, **k: None

        def softmax(x, axis=-1):
            return np.zeros_like(x)
    """))
    assert not verdict.passed and verdict.score == 0


def test_lying_objects_cannot_pass(runner):
    verdict = runner.check("softmax", textwrap.dedent("""
        import numpy as np

        class AlwaysEqual:
            def __eq__(self, other): return True
            def __array__(self, *a, **k): raise RuntimeError("no")
            shape = property(lambda self: (2, 3))

        class Liar(np.ndarray):
            def __eq__(self, other): return np.ones(np.shape(other), bool)

        def softmax(x, axis=-1):
            if x.ndim == 1:
                return AlwaysEqual()
            return np.zeros_like(x).view(Liar)
    """))
    assert not verdict.passed and verdict.score == 0
    messages = " ".join(t.message for t in verdict.tests)
    assert "AlwaysEqual" in messages


def test_nan_and_wrong_dtype_fail(runner):
    nan = runner.check("softmax", "import numpy as np\ndef softmax(x, axis=-1):\n    return np.full(x.shape, np.nan)\n")
    assert nan.score == 0 and "NaN" in nan.tests[0].message
    ints = runner.check("softmax", CORRECT_SOFTMAX.replace("return e /", "return (e / ").rstrip() + ").round().astype(int)\n")
    assert not ints.passed and any("dtype" in t.message for t in ints.tests)


def test_unencodable_text_still_comes_back_as_a_verdict(runner):
    """A lone surrogate cannot be packed as UTF-8: in an error message or a returned value it once
    failed the whole batch of results, and every case said "no result came back"."""
    raised = runner.check("softmax", "def softmax(x, axis=-1):\n    raise ValueError('bad \\ud800 input')\n")
    assert not raised.passed and len(raised.tests) > 1
    assert all("ValueError: bad \\ud800 input" in t.message for t in raised.tests), raised.tests[0].message
    returned = runner.check("softmax", "def softmax(x, axis=-1):\n    return {'\\ud800': '\\udfff'}\n")
    assert not returned.passed
    assert all("got dict" in t.message for t in returned.tests), returned.tests[0].message


def test_forged_results_cannot_beat_the_judge(runner):
    """Code can find the nonce and publish its own result messages; they carry only its own answers."""
    verdict = runner.check("softmax", textwrap.dedent("""
        import sys, json
        import numpy as np
        from IPython.display import publish_display_data
        frame = sys._getframe(1)
        nonce = frame.f_locals.get("nonce")
        for case in range(40):
            fake = {"nonce": nonce, "case": case, "value": {"__opaque__": ["ndarray", "looks fine"]}}
            publish_display_data({"application/vnd.hotseat.result+json": json.dumps(fake)})
            publish_display_data({"application/vnd.hotseat.result+json": "{not json"})

        def softmax(x, axis=-1):
            return x
    """))
    assert not verdict.passed and verdict.score == 0


def test_leftover_threads_do_not_outlive_the_kernel(runner):
    verdict = runner.check("softmax", attack("""
        import threading, time
        def spin():
            while True:
                time.sleep(0.001)
        for _ in range(8):
            threading.Thread(target=spin, daemon=False).start()
    """))
    assert verdict.passed


def test_limits_are_in_force_inside_the_kernel(runner):
    verdict = runner.check("softmax", attack("""
        import os, resource
        for name in ("RLIMIT_AS", "RLIMIT_NPROC", "RLIMIT_FSIZE", "RLIMIT_NOFILE", "RLIMIT_CPU"):
            print("LIMIT", name, resource.getrlimit(getattr(resource, name))[0])
        print("THREADS", os.environ.get("OMP_NUM_THREADS"), os.environ.get("OPENBLAS_NUM_THREADS"))
        print("PID", os.getpid())
    """))
    assert verdict.passed
    limits = dict(line.split()[1:3] for line in verdict.output.splitlines() if line.startswith("LIMIT"))
    assert int(limits["RLIMIT_AS"]) == 2 << 30 and int(limits["RLIMIT_NPROC"]) == 64
    assert int(limits["RLIMIT_FSIZE"]) == 16 << 20 and int(limits["RLIMIT_CPU"]) == 120
    assert "THREADS 1 1" in verdict.output
    assert int(verdict.output.split("PID")[1].split()[0]) < 10  # its own pid namespace


# --------------------------------------------------------------------------- the audit's findings


def test_no_user_namespace_and_no_capabilities_inside_one(runner):
    """Audit: `unshare -Urm` used to mount a tmpfs and print CapEff 000001ffffffffff."""
    verdict = runner.check("softmax", attack("""
        import ctypes, errno, os, subprocess
        os.makedirs("/tmp/x", exist_ok=True)
        result = subprocess.run(["/usr/bin/unshare", "-Urm", "sh", "-c",
                                 "mount -t tmpfs none /tmp/x && grep CapEff /proc/self/status"],
                                capture_output=True, text=True)
        print("UNSHARE", result.returncode, result.stdout.strip() or "-", result.stderr.strip()[:80])
        libc = ctypes.CDLL(None, use_errno=True)
        calls = {  # x86-64 numbers; each must fail with EPERM (clone3: ENOSYS, so libc falls back to clone)
            "unshare-user": (272, 0x10000000), "unshare-mount": (272, 0x00020000),
            "clone-newuser": (56, 0x10000000 | 17, 0, 0, 0, 0), "clone-newpid": (56, 0x20000000 | 17, 0, 0, 0, 0),
            "clone3": (435, 0, 0), "setns": (308, -1, 0), "mount": (165, 0, 0, 0, 0, 0),
            "ptrace-attach": (101, 16, 1, 0, 0), "bpf": (321, 0, 0, 0), "keyctl": (250, 0, 0, 0, 0, 0),
            "perf_event_open": (298, 0, 0, -1, -1, 0), "io_uring_setup": (425, 1, 0),
            "process_vm_readv": (310, 1, 0, 0, 0, 0, 0), "userfaultfd": (323, 0),
        }
        for name, (number, *args) in calls.items():
            ctypes.set_errno(0)
            value = libc.syscall(number, *[ctypes.c_long(a) for a in args])
            print("CALL", name, value, errno.errorcode.get(ctypes.get_errno(), ctypes.get_errno()))
        print("STATUS", [l for l in open("/proc/self/status").read().splitlines() if l.startswith(("Cap", "Seccomp", "NoNewPrivs"))])
    """))
    assert verdict.passed, verdict.error
    unshare = next(l for l in verdict.output.splitlines() if l.startswith("UNSHARE"))
    assert not unshare.startswith("UNSHARE 0") and "CapEff" not in unshare
    results = {l.split()[1]: l.split()[2:] for l in verdict.output.splitlines() if l.startswith("CALL")}
    assert len(results) == 14
    for name, (value, error) in results.items():
        assert value == "-1" and error == ("ENOSYS" if name == "clone3" else "EPERM"), (name, value, error)
    status = verdict.output.split("STATUS", 1)[1]
    for field in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"):
        assert f"'{field}:\\t0000000000000000'" in status, status
    assert "'Seccomp:\\t2'" in status and "'NoNewPrivs:\\t1'" in status


def test_threads_and_processes_still_work_under_the_filter(runner):
    """The filter denies namespaces, not ordinary work: threads, fork, subprocess, a pool of workers."""
    verdict = runner.check("softmax", attack("""
        import concurrent.futures, os, subprocess
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            print("THREADS", sum(pool.map(lambda n: n * n, range(10))))
        pid = os.fork()
        if pid == 0:
            os._exit(7)
        print("FORK", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
        print("SUBPROCESS", subprocess.run(["echo", "ok"], capture_output=True, text=True).stdout.strip())
    """))
    assert verdict.passed, verdict.error
    assert "THREADS 285" in verdict.output and "FORK 7" in verdict.output and "SUBPROCESS ok" in verdict.output


def test_the_socket_folder_is_private_and_capped(runner):
    """Audit: the kernel's socket folder was bound read-write from the host's /tmp (188 MB written past the cap).

    Now the sockets live in the kernel's own /tmp, a tmpfs of 64 MB in its own mount namespace:
    no mount the kernel can write to comes from the host."""
    verdict = runner.check("softmax", attack("""
        import os
        sockets = sorted(os.listdir("/tmp/.kernel"))
        print("SOCKETS", sockets)
        written = 0
        try:
            for i in range(200):
                with open(f"/tmp/.kernel/fill{i}", "wb") as handle:
                    handle.write(b"x" * (1 << 20))
                written += 1
        except OSError as exc:
            print("STOPPED", type(exc).__name__)
        print("WRITTEN", written)
        for i in range(written):
            os.remove(f"/tmp/.kernel/fill{i}")
        for line in open("/proc/self/mountinfo"):
            fields = line.split()
            options, kind, source = fields[5], fields[fields.index("-") + 1], fields[fields.index("-") + 2]
            if options.split(",")[0] == "rw":
                print("RW", fields[4], kind, source)
    """))
    assert verdict.passed, verdict.error
    assert "'s-1'" in verdict.output.split("SOCKETS")[1].split("\n")[0]
    assert "STOPPED" in verdict.output and int(verdict.output.split("WRITTEN")[1].split()[0]) <= 64
    writable = [l.split()[1:] for l in verdict.output.splitlines() if l.startswith("RW")]
    assert writable and all(kind in ("tmpfs", "proc", "devtmpfs", "mqueue", "devpts") for _, kind, _ in writable), writable
    assert ["/tmp", "tmpfs", "tmpfs"] in writable


def test_no_inherited_descriptor_reaches_the_template(runner):
    """The control socket (the only SOCK_SEQPACKET one) is closed before any candidate code runs."""
    before = runner.runner.supply.forks
    verdict = runner.check("softmax", attack("""
        import json, os, socket
        kinds = []
        for fd in sorted(int(f) for f in os.listdir("/proc/self/fd")):
            try:
                probe = socket.socket(fileno=os.dup(fd))
            except OSError:
                continue
            kinds.append(probe.type.name)
            if probe.type == socket.SOCK_SEQPACKET:  # what the control socket would be: ask for forks
                for _ in range(5):
                    probe.send(json.dumps({"op": "fork", "name": "evil", "uid": 0, "key": "k"}).encode())
            probe.close()
        print("SOCKETS", kinds)
    """))
    assert verdict.passed, verdict.error
    assert "SOCK_SEQPACKET" not in verdict.output.split("SOCKETS")[1]
    runner.settle()
    assert runner.runner.supply.forks - before <= 2   # the pool's own refills, nothing asked by the kernel


def test_in_place_writes_fail_even_with_the_harness_patched(runner):
    """Audit: the input-mutation check ran in the kernel, and patching the harness switched it off.

    Inputs now arrive read-only at the buffer level: the write fails inside NumPy, whatever
    the candidate patches, so the case fails. Patching only changes which input is named."""
    verdict = runner.check("softmax", textwrap.dedent("""
        import sys, numpy as np
        frame = sys._getframe()
        while frame is not None and "run_submission" not in frame.f_globals:
            frame = frame.f_back
        harness = frame.f_globals
        harness["_written_input"] = lambda *a: None        # no more naming
        harness["_error"] = lambda exc, inputs=None: {"type": "Fine", "message": "nothing happened"}

        def softmax(x, axis=-1):
            try:
                x.flags.writeable = True
            except ValueError:
                pass
            x -= x.max(axis=axis, keepdims=True)
            np.exp(x, out=x)
            return x / x.sum(axis=axis, keepdims=True)
    """), "examples")
    assert not verdict.passed and verdict.score == 0
    assert all("not run" not in t.message for t in verdict.tests)


def test_in_place_writes_name_the_input(runner):
    code = (ROOT / "tests" / "variants" / "softmax" / "wrong_in_place.py").read_text()
    verdict = runner.check("softmax", code, "examples")
    assert not verdict.passed
    assert all("modified its input `x` in place" in t.message for t in verdict.tests)


@pytest.mark.parametrize("flood, words", [
    ("return [float(i) for i in range(5_000_000)]", "return NumPy arrays rather than long Python lists"),
    ("return [float(i) for i in range(300_000)]", "more than 4 MB as plain Python data"),
    ("import sys; sys.stdout.write('x' * 60_000_000); sys.stdout.flush(); return x", "printed more than"),
    ("from IPython.display import display; display({'text/plain': 'x' * 70_000_000}, raw=True); return x",
     "printed more than"),
])
def test_floods_are_refused_before_they_are_decoded(runner, flood, words):
    """Audit: a 5,000,000-float list, a 60 MB stdout write or a 70 MB display message were decoded on
    the server's event loop. Sizes are measured on the raw frames, in a worker thread, first."""
    verdict = runner.check("softmax", f"import numpy as np\ndef softmax(x, axis=-1):\n    {flood}\n", "examples")
    assert not verdict.passed
    assert words in verdict.error, verdict.error
