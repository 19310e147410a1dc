"""A real server process on loopback and a real websocket client, for the server tests."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from websockets.sync.client import connect

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    """`hotseat serve` in a subprocess: started, killed with SIGKILL, started again on the same data."""

    def __init__(self, data_dir: Path, port: int | None = None, env: dict | None = None):
        self.data_dir, self.port = data_dir, port or free_port()
        self.env = {**os.environ, "HOTSEAT_KERNEL_POOL": "1", **(env or {})}
        self.process: subprocess.Popen | None = None
        self.log_path = data_dir.parent / f"server-{self.port}.log"
        self.admin_token: str | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    def start(self, timeout: float = 30.0, healthy: bool = True) -> "ServerProcess":
        """Start and wait until `/api/health` answers 200 (`healthy=False`: until it answers at all,
        for a server whose store or disk is meant to be failing)."""
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve", "--port", str(self.port), "--data-dir", str(self.data_dir)],
            cwd=ROOT, env=self.env, stdout=log, stderr=log, start_new_session=True)
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log()[-3000:]}")
            try:
                if httpx.get(self.url + "/api/health", timeout=1).status_code in ((200,) if healthy else (200, 503)):
                    break
            except httpx.HTTPError:
                time.sleep(0.05)
        else:
            raise RuntimeError(f"server did not start: {self.log()[-3000:]}")
        for line in self.log().splitlines():
            if "admin token" in line:
                self.admin_token = line.rsplit(" ", 1)[-1]
        return self

    def wait_kernels(self, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if httpx.get(self.url + "/api/health").json()["kernels"].get("ready"):
                return
            time.sleep(0.1)
        raise RuntimeError("kernels never became ready")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        """SIGKILL the whole process group: no shutdown code runs."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


@contextlib.contextmanager
def running_server(folder: Path, env: dict | None = None):
    """A started server with warm kernels, stopped afterwards (the tests' module fixtures)."""
    process = ServerProcess(folder / "data", env=env).start()
    try:
        process.wait_kernels()
        yield process
    finally:
        process.stop()


class Client:
    """A websocket client that keeps every event it has seen, in order."""

    def __init__(self, url: str, origin: str | None = None):
        headers = {"Origin": origin} if origin else None
        self.socket = connect(url, additional_headers=headers, max_size=4 << 20, open_timeout=10).__enter__()
        self.events: dict[int, dict] = {}
        self.messages: list[dict] = []
        self.session: dict | None = None
        self._ids = 0

    def send(self, message: dict) -> str:
        self._ids += 1
        message = {"v": 1, "id": f"m{self._ids}", **message}
        self.socket.send(json.dumps(message))
        return message["id"]

    def send_raw(self, text: str) -> None:
        self.socket.send(text)

    def receive(self, timeout: float = 30.0) -> dict:
        message = json.loads(self.socket.recv(timeout=timeout))
        self.messages.append(message)
        if message["type"] == "event":
            assert message["seq"] not in self.events, f"event {message['seq']} delivered twice"
            self.events[message["seq"]] = message["event"]
        if message["type"] == "session":
            self.session = message
        return message

    def until(self, predicate, timeout: float = 60.0) -> dict:
        end = time.monotonic() + timeout
        while True:
            message = self.receive(timeout=max(0.1, end - time.monotonic()))
            if predicate(message):
                return message

    def request(self, message: dict, timeout: float = 60.0) -> dict:
        """Send and wait for the ack or error answering it."""
        message_id = self.send(message)
        return self.until(lambda m: m.get("id") == message_id and m["type"] in ("ack", "error", "session", "pong"),
                          timeout)

    def reply_to(self, message_id: str, timeout: float = 60.0) -> dict:
        """The ack or error answering `message_id`, whether already received or still to come."""
        for message in self.messages:
            if message.get("id") == message_id and message["type"] in ("ack", "error"):
                return message
        return self.until(lambda m: m.get("id") == message_id and m["type"] in ("ack", "error"), timeout)

    def answered(self, message: dict, timeout: float = 60.0) -> dict:
        reply = self.request(message, timeout)
        if reply["type"] == "session":
            reply = self.until(lambda m: m.get("id") == reply["id"] and m["type"] in ("ack", "error"), timeout)
        return reply

    def event(self, kind: str, timeout: float = 60.0, after: int = -1) -> dict:
        """The first event of this type after seq `after`, whether already received or still to come."""
        for seq in sorted(self.events):
            if seq > after and self.events[seq]["type"] == kind:
                return self.events[seq]
        return self.until(lambda m: m["type"] == "event" and m["seq"] > after and m["event"]["type"] == kind,
                          timeout)["event"]

    def last_seq(self) -> int:
        return max(self.events, default=-1)

    def state(self):
        from interviewer.state import reduce

        return reduce([self.events[i] for i in sorted(self.events)])

    def close(self) -> None:
        self.socket.close()
