"""The kernel template: one sandboxed process that forks a fresh Jupyter kernel per submission.

This source runs inside the sandbox, in the kernels' own Python: it arrives as the first
packet on the control socket (the project's files are not mounted there) and is executed
by a one-line bootstrap. It imports everything a kernel start loads and warms NumPy, once,
then waits for fork requests. Starting a kernel from scratch costs ~0.7 s of CPU; a fork of
this warm process costs a small fraction of that.

The template never reads candidate data: code and inputs reach a kernel only through that
kernel's own Jupyter sockets, after the child has fenced itself. A child, before anything else:

- is pid 1 of a new pid namespace, so its death takes every process it started with it
  (setsid'd or not), and it cannot see the template or other kernels;
- enters new mount, IPC and network namespaces with a fresh /proc and a private, size-capped
  /tmp owned by its uid, which also holds its Jupyter sockets (the trusted side reaches them
  through /proc/<pid>/root; nothing of the kernel is written on the host);
- closes every inherited descriptor, the control socket included, so candidate code cannot
  ask for forks;
- takes its resource limits, its own unprivileged uid and gid without supplementary groups,
  an empty capability bounding set, no_new_privs and the seccomp filter;
- reseeds Python's and NumPy's global random generators (a fork copies their state).

In unsandboxed mode (the user's explicit opt-out) none of the fencing happens and the
sockets live in a folder the trusted side named.

Standalone: the standard library at import time; ipykernel and NumPy when preloading.
"""

import ctypes
import gc
import json
import os
import select
import signal
import socket
import sys
import traceback

CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWNET, CLONE_NEWPID = 0x00020000, 0x08000000, 0x40000000, 0x20000000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REC, MS_PRIVATE = 0x2, 0x4, 0x8, 0x4000, 0x40000
PR_SET_PDEATHSIG, PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP = 1, 24, 38, 22
PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, SECCOMP_MODE_FILTER = 47, 4, 2
LINUX_CAPABILITY_VERSION_3 = 0x20080522
PORTS = {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}
SOCKETS = "/tmp/.kernel"   # inside the child's own /tmp
COMM_TARGET = "hotseat.run"

libc = ctypes.CDLL(None, use_errno=True)


def _check(result, what):
    if result != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"{what}: {os.strerror(error)}")


class Template:
    def __init__(self, control, settings):
        self.control = control
        self.settings = settings
        self.children = {}                         # pid in our namespace -> kernel name
        self.own_pid_ns = os.open("/proc/self/ns/pid", os.O_RDONLY) if settings["sandboxed"] else -1
        self.wake_r, self.wake_w = os.pipe()
        os.set_blocking(self.wake_w, False)
        signal.set_wakeup_fd(self.wake_w)
        signal.signal(signal.SIGCHLD, lambda *_: None)

    def send(self, message):
        self.control.send(json.dumps(message).encode())

    def serve(self):
        while True:
            readable, _, _ = select.select([self.control, self.wake_r], [], [])
            if self.wake_r in readable:
                os.read(self.wake_r, 4096)
                self.reap()
            if self.control in readable:
                packet = self.control.recv(1 << 16)
                if not packet:          # the trusted side is gone: so are we (and, as pid 1, everything)
                    os._exit(0)
                request = json.loads(packet)
                if request.get("op") == "fork":
                    self.fork(request)

    def fork(self, request):
        pid, failure = -1, None
        try:
            if self.settings["sandboxed"]:
                # The next child becomes pid 1 of a fresh namespace; below we go back to ours.
                _check(libc.unshare(CLONE_NEWPID), "unshare(CLONE_NEWPID)")
            pid = os.fork()
        except OSError as exc:
            failure = exc
        if pid == 0:
            become_kernel(self, request)  # never returns
        if self.settings["sandboxed"]:
            _check(libc.setns(self.own_pid_ns, CLONE_NEWPID), "setns(pid)")
        if failure is not None:
            self.send({"op": "failed", "name": request["name"], "error": str(failure)})
            return
        self.children[pid] = request["name"]

    def reap(self):
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            name = self.children.pop(pid, None)
            if name is not None:
                self.send({"op": "exited", "name": name, "status": os.waitstatus_to_exitcode(status)})


# --------------------------------------------------------------------------- the child


def become_kernel(template, request):
    """Fence this fresh child, then serve as one Jupyter kernel until killed."""
    try:
        settings = template.settings
        for signum in (signal.SIGCHLD, signal.SIGINT, signal.SIGTERM, signal.SIGPIPE):
            signal.signal(signum, signal.SIG_DFL)
        signal.set_wakeup_fd(-1)
        # The hello carries our pid to the trusted side (SCM_CREDENTIALS, translated by the kernel).
        template.control.send(json.dumps({"op": "hello", "name": request["name"]}).encode())
        os.closerange(3, os.sysconf("SC_OPEN_MAX"))
        null = os.open("/dev/null", os.O_RDWR)
        os.dup2(null, 0)
        os.dup2(null, 1)
        os.close(null)
        os.setsid()
        if settings["sandboxed"]:
            sockets = SOCKETS
            _fence(request["uid"], settings)
        else:
            sockets = os.path.join(settings["sockets_root"], request["name"])
            _set_limits(settings["limits"])
        os.makedirs(sockets, mode=0o700, exist_ok=True)
        os.chdir(os.path.dirname(sockets) if settings["sandboxed"] else sockets)
        _reseed()
        app = start_kernel_app(APP["app"], sockets, request["key"])
        # Past this point only the kernel speaks; its stderr goes nowhere (no host log to fill).
        null = os.open("/dev/null", os.O_WRONLY)
        os.dup2(null, 2)
        os.close(null)
        app.start()
    except BaseException:
        traceback.print_exc(file=sys.__stderr__)   # the template's stderr until the kernel started
    finally:
        os._exit(70)


def _fence(uid, settings):
    limits = settings["limits"]
    _check(libc.unshare(CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWNET), "unshare")
    _mount(None, "/", None, MS_REC | MS_PRIVATE, None)
    _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, None)
    _mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV,
           f"size={limits['tmp_size']},nr_inodes={limits['tmp_inodes']},mode=0700,uid={uid},gid={uid}")
    _set_limits(limits)
    os.setgroups([])
    last_cap = int(open("/proc/sys/kernel/cap_last_cap").read())
    for cap in range(last_cap + 1):
        _check(libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0), "drop capability")
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)          # clears permitted, effective and ambient capabilities
    _check(libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0), "clear ambient capabilities")
    header = (ctypes.c_uint32 * 2)(LINUX_CAPABILITY_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()       # effective, permitted, inheritable: all empty
    _check(libc.capset(header, data), "capset")
    _check(libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0), "pdeathsig")  # after setuid, which clears it
    _check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
    program = settings["seccomp"]
    filters = ctypes.create_string_buffer(program, len(program))

    class Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = Program(len(program) // 8, ctypes.cast(filters, ctypes.c_void_p))
    _check(libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0), "seccomp")


def _mount(source, target, kind, flags, data):
    encode = lambda s: None if s is None else s.encode()  # noqa: E731
    _check(libc.mount(encode(source), encode(target), encode(kind), ctypes.c_ulong(flags), encode(data)),
           f"mount {target}")


def _set_limits(limits):
    import resource

    for name, value in (("RLIMIT_AS", "address_space"), ("RLIMIT_FSIZE", "file_size"),
                        ("RLIMIT_NOFILE", "open_files"), ("RLIMIT_NPROC", "processes"),
                        ("RLIMIT_CPU", "cpu_seconds"), ("RLIMIT_CORE", None)):
        amount = limits[value] if value else 0
        resource.setrlimit(getattr(resource, name), (amount, amount))


def _reseed():
    import random

    import numpy

    random.seed()
    numpy.random.seed()


def prepare_kernel_app():
    """In the template, once: the kernel app configured, its profile loaded and its shell built.

    An IPython shell takes ~15 ms of CPU to build and needs no socket or thread, so every
    child inherits this one instead of building its own; a child then only opens its
    sockets, starts its threads and makes its kernel object (`start_kernel_app`). The
    steps are IPKernelApp.initialize's own, split in two: hence the pinned ipykernel.
    """
    from IPython.core.application import BaseIPythonApplication
    from ipykernel.compiler import XCachingCompiler
    from ipykernel.kernelapp import IPKernelApp
    from ipykernel.zmqshell import ZMQInteractiveShell

    class KernelApp(IPKernelApp):
        def parse_command_line(self, argv=None):  # configured in code below
            pass

        def write_connection_file(self):          # the trusted side already knows everything in it
            pass

        def log_connection_info(self):
            pass

        def init_heartbeat(self):                 # nobody listens: a dead kernel shows through its pidfd
            pass

        def initialize(self, argv=None):          # the part of IPKernelApp.initialize a child must do itself
            self.init_pdb()
            self.init_blackhole()
            self.init_sockets()
            self.init_io()
            self.init_signal()
            self.init_kernel()
            self.init_path()
            self.init_shell()
            # No GUI event loop, extensions or startup code: an exercise's kernel needs none of them.

    app = KernelApp.instance(transport="ipc", connection_file="", quiet=True, capture_fd_output=False, **PORTS)
    app.config.HistoryManager.enabled = False
    app.config.Session.signature_scheme = "hmac-sha256"
    BaseIPythonApplication.initialize(app, [])   # profile folder and config files
    ZMQInteractiveShell.instance(parent=app, profile_dir=app.profile_dir, user_ns={},
                                 compiler_class=XCachingCompiler)
    return app


def start_kernel_app(app, sockets, key):
    """In the child: bind this kernel's sockets, start its threads, hand it the prepared shell."""
    app.ip = os.path.join(sockets, "s")
    app.session.key = key.encode()
    app.initialize()
    kernel = app.kernel
    kernel.shell.kernel = kernel   # the shell was built before its kernel existed
    HARNESS["serve_runs"](kernel)
    return app


# --------------------------------------------------------------------------- preloading


def preload(settings):
    """Import what a kernel start imports (learned from a rehearsal), build the app, warm NumPy.

    The debugger (debugpy) and the completer's jedi are kept out: a sandboxed kernel offers
    neither, and every page the template holds is a page each fork maps and each exit unmaps.
    """
    sys.modules["debugpy"] = None
    sys.modules["jedi"] = None
    exec(compile(settings["harness"], "<hotseat harness>", "exec"), HARNESS)
    for name in rehearse(settings):
        try:
            __import__(name)
        except BaseException:
            pass
    APP["app"] = prepare_kernel_app()
    exec(compile(settings["warmup"], "<hotseat warmup>", "exec"), {})
    gc.collect()
    gc.freeze()  # keep the collector from touching (and so copying) the template's objects in every child


def rehearse(settings):
    """Start one kernel in a throwaway child, run the warm-up in it, report which modules it loaded."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read)
            folder = os.path.join("/tmp", f"rehearsal-{os.getpid()}")
            os.makedirs(folder, exist_ok=True)
            app = start_kernel_app(prepare_kernel_app(), folder, "rehearsal")
            app.kernel.shell.run_cell(settings["warmup"], store_history=False)
            HARNESS["rehearse_run"]()
            with os.fdopen(write, "w") as out:
                json.dump(sorted(sys.modules), out)
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        text = pipe.read()
    os.waitpid(pid, 0)
    return json.loads(text) if text else []


APP = {}
HARNESS = {"__name__": "hotseat_harness"}


def main(control_fd):
    control = socket.socket(fileno=control_fd)
    settings = json.loads(control.recv(1 << 22))
    settings["seccomp"] = bytes.fromhex(settings["seccomp"])
    preload(settings)
    template = Template(control, settings)
    template.send({"op": "ready", "pid": os.getpid()})
    template.serve()
