"""The trusted side of the kernel template: start it, ask it for forks, hear from its children.

The control channel is a SOCK_SEQPACKET socket pair (one JSON message per packet). Our end
has SO_PASSCRED, so every packet carries its sender's pid as the kernel translates it into
our pid namespace: a child's first act is a hello, which is how we learn the host pid of a
kernel that lives two pid namespaces down, with no /proc scan. The child closes its copy of
the socket before it fences itself; only the template (which never runs candidate code)
keeps one.
"""

from __future__ import annotations

import json
import os
import select
import socket
import struct
import subprocess
import threading
import time
from collections import deque
from pathlib import Path

from kernels.cgroups import Cgroups, enter_cgroups_prefix
from kernels.sandbox import SandboxConfig, launch_environment, template_command

HERE = Path(__file__).resolve().parent
CREDENTIALS = struct.calcsize("3i")
STDERR_KEEP = 4000
# Paid once in the template, not by any candidate: imports and first calls of common NumPy paths.
WARMUP = """\
import base64, io, json, linecache, math, re, traceback
import numpy as np
import IPython.display
x = np.random.default_rng(0).normal(size=(2, 4, 8))
w = np.exp(x - x.max(axis=-1, keepdims=True))
w = (w / w.sum(axis=-1, keepdims=True)) @ np.swapaxes(x, -1, -2)
np.einsum("...ij,...jk->...ik", w, w)
np.linalg.norm(x, axis=-1), np.argsort(x, axis=-1), np.where(x > 0, x, -np.inf), np.tril(w[0])
np.frombuffer(w.tobytes(), dtype=w.dtype).reshape(w.shape).sum()
np.linalg.inv(np.eye(3) + 1), np.unique(np.arange(5)), np.bincount(np.arange(4)), np.cumsum(x)
"""


class TemplateError(RuntimeError):
    pass


def template_source() -> bytes:
    return (HERE / "template.py").read_bytes()


def harness_source() -> str:
    return (HERE / "wire.py").read_text() + "\n\n" + (HERE / "harness.py").read_text()


class TemplateProcess:
    def __init__(self, config: SandboxConfig, seccomp: bytes, cgroups: Cgroups | None = None,
                 sockets_root: str | None = None):
        self.config = config
        self.seccomp = seccomp
        self.cgroups = cgroups
        self.sockets_root = sockets_root
        self.process: subprocess.Popen | None = None
        self.control: socket.socket | None = None
        self.pid: int | None = None                # the template's pid on the host
        self._send_lock = threading.Lock()
        self._stderr: deque[bytes] = deque()
        self._stderr_size = 0
        self._stderr_thread: threading.Thread | None = None

    def start(self, timeout: float = 60.0) -> "TemplateProcess":
        """Launch and wait until the template has preloaded everything (blocking: call off the loop)."""
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        ours.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        command = enter_cgroups_prefix(self.cgroups) + template_command(self.config, theirs.fileno())
        try:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                            stderr=subprocess.PIPE, pass_fds=(theirs.fileno(),),
                                            env=launch_environment(self.config), start_new_session=True)
        finally:
            theirs.close()
        self.control = ours
        self._stderr_thread = threading.Thread(target=self._read_stderr, name="hotseat-template-stderr",
                                               daemon=True)
        self._stderr_thread.start()
        settings = {"sandboxed": not self.config.unsafe_no_sandbox, "seccomp": self.seccomp.hex(),
                    "limits": self.config.limits.as_template_settings(), "harness": harness_source(),
                    "warmup": WARMUP, "sockets_root": self.sockets_root}
        try:
            ours.send(template_source())
            ours.send(json.dumps(settings).encode())
        except OSError as exc:
            raise TemplateError(f"the kernel template did not start: {exc}; {self.stderr_tail()}") from None
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for message, pid in self.receive(timeout=min(1.0, end - time.monotonic())):
                if message.get("op") == "ready":
                    self.pid = pid
                    return self
            if self.process.poll() is not None:
                break
        self.close()
        raise TemplateError(f"the kernel template did not start: {self.stderr_tail() or 'no reply'}")

    def fork(self, name: str, uid: int | None, key: str) -> None:
        with self._send_lock:
            self.control.send(json.dumps({"op": "fork", "name": name, "uid": uid, "key": key}).encode())

    def receive(self, timeout: float = 0.0) -> list[tuple[dict, int]]:
        """Pending messages with their senders' host pids; waits up to `timeout` for the first."""
        out: list[tuple[dict, int]] = []
        if self.control is None:
            return out
        wait = timeout
        while select.select([self.control], [], [], max(0.0, wait))[0]:
            wait = 0.0
            try:
                data, ancillary, _, _ = self.control.recvmsg(1 << 16, socket.CMSG_SPACE(CREDENTIALS))
            except OSError:
                break
            if not data:
                break  # the template is gone
            pid = 0
            for level, kind, payload in ancillary:
                if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                    pid = struct.unpack("3i", payload[:CREDENTIALS])[0]
            try:
                message = json.loads(data)
            except ValueError:
                continue
            if isinstance(message, dict):
                out.append((message, pid))
        return out

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stderr_tail(self) -> str:
        return b"".join(self._stderr).decode(errors="replace")[-STDERR_KEEP:].strip()

    def _read_stderr(self) -> None:
        """Kept in memory, last few KB only: nothing the sandbox prints lands on the host's disk."""
        stream = self.process.stderr
        while True:
            chunk = stream.read1(4096) if hasattr(stream, "read1") else stream.read(4096)
            if not chunk:
                return
            self._stderr.append(chunk)
            self._stderr_size += len(chunk)
            while self._stderr_size > 2 * STDERR_KEEP and len(self._stderr) > 1:
                self._stderr_size -= len(self._stderr.popleft())

    def close(self) -> None:
        """Kill the template; as pid 1 of the sandbox it takes every kernel with it."""
        for kill, pid in ((os.kill, self.pid), (os.killpg, self.process.pid if self.alive() else None)):
            if pid:
                try:
                    kill(pid, 9)
                except (ProcessLookupError, PermissionError):
                    pass
        if self.process is not None:
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        if self.control is not None:
            self.control.close()
            self.control = None
