"""A real small model behind a local OpenAI-compatible HTTP server, for the LLM tests.

The scripted server (``tests/llm_server.py``) proves exact cases; this one proves the LLM path
against a real model: SmolLM2-135M-Instruct run by llama.cpp through node-llama-cpp
(``server.mjs`` beside this file), on 127.0.0.1, with nothing patched and nothing downloaded
at run time. ``HOTSEAT_SETUP_MODEL=1 scripts/setup`` installs both halves (README.md here).

The session-scoped fixture ``real_model`` starts the server once and yields a ``RealModel``:
pass ``.url`` as the ``api_base`` and ``.model`` as the litellm model string::

    def test_something(real_model):
        client = LLMClient(LLMSettings(model=real_model.model, api_base=real_model.url, timeout=60))

Without the model file or node_modules the tests skip with a message naming the setup
command; on CI (``CI`` set) that is a failure instead, so a broken install step cannot pass
as a green run. A 135M model's *content* is noise: assert on liveness, shape and schemas.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = ["MODEL_FILE", "RealModel", "missing", "model_path", "real_model", "running_model_server"]

HERE = Path(__file__).resolve().parent
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_NAME = "smollm2-135m"
START_BUDGET = 60.0
"""Seconds for node to start, load the model and answer /health (about 1 s when idle)."""
SETUP = "HOTSEAT_SETUP_MODEL=1 scripts/setup"


def model_path() -> Path:
    """Where ``scripts/setup`` puts the GGUF file (``HOTSEAT_TEST_GGUF`` overrides)."""
    override = os.environ.get("HOTSEAT_TEST_GGUF")
    if override:
        return Path(override)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "hotseat" / "models" / MODEL_FILE


def missing() -> str | None:
    """What the real-model server lacks on this machine, or None when it can start."""
    if shutil.which("node") is None:
        return "Node.js 20+ on PATH (apt-get install nodejs npm)"
    if not (HERE / "node_modules" / "node-llama-cpp" / "package.json").is_file():
        return f"node-llama-cpp in {HERE / 'node_modules'}"
    if not model_path().is_file():
        return f"the model file {model_path()}"
    return None


@dataclass(frozen=True)
class RealModel:
    """A started server: ``url`` is the ``/v1`` base URL, ``model`` the litellm model string."""

    url: str
    model: str
    pid: int
    log: Path
    """The server's stderr: one line per request, and llama.cpp's warnings."""

    def log_tail(self, lines: int = 20) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


@contextmanager
def running_model_server(log_dir: Path, budget: float = START_BUDGET) -> Iterator[RealModel]:
    """Start ``server.mjs`` on a free port, wait until it answers /health, stop it afterwards.

    stdout and stderr go to files, not pipes: nobody reads a pipe while the tests run, and a
    full pipe would freeze the server. The first stdout line names the port it picked.
    """
    out, log = log_dir / "model-server.out", log_dir / "model-server.log"
    command = [shutil.which("node") or "node", str(HERE / "server.mjs"), "--model", str(model_path()), "--port", "0", "--name", MODEL_NAME]
    with open(out, "wb") as stdout, open(log, "wb") as stderr:
        # A session of its own, so stopping kills the whole process group.
        process = subprocess.Popen(command, cwd=HERE, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, start_new_session=True)
    try:
        deadline = time.monotonic() + budget
        base = f"http://{_wait_for_address(process, out, log, deadline)}"
        _wait_for_health(base, process, log, deadline)
        yield RealModel(url=f"{base}/v1", model=f"openai/{MODEL_NAME}", pid=process.pid, log=log)
    finally:
        _stop(process)


def _wait_for_address(process: subprocess.Popen, out: Path, log: Path, deadline: float) -> str:
    while time.monotonic() < deadline:
        first = out.read_text(errors="replace").partition("\n")
        if first[1] and first[0].startswith("listening "):
            return first[0].removeprefix("listening ").strip()
        if process.poll() is not None:
            raise RuntimeError(f"the model server exited with {process.returncode}:\n{_tail(log)}")
        time.sleep(0.05)
    raise RuntimeError(f"the model server printed no port in time:\n{_tail(log)}")


def _wait_for_health(base: str, process: subprocess.Popen, log: Path, deadline: float) -> None:
    problem = "no answer"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the model server exited with {process.returncode}:\n{_tail(log)}")
        try:
            with urllib.request.urlopen(f"{base}/health", timeout=2) as response:
                if json.load(response).get("status") == "ok":
                    return
        except OSError as exc:  # refused, reset or timed out: not up yet
            problem = str(exc)
        time.sleep(0.1)
    raise RuntimeError(f"the model server's /health did not answer ({problem}):\n{_tail(log)}")


def _stop(process: subprocess.Popen) -> None:
    for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break  # the group is gone already
        try:
            process.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue


def _tail(log: Path, lines: int = 20) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


@pytest.fixture(scope="session")
def real_model(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealModel]:
    """A started real-model server for the whole session; see the module docstring."""
    lacking = missing()
    if lacking:
        message = f"the real-model tests need {lacking}: run {SETUP}"
        if os.environ.get("CI"):  # on CI a missing install is a failure, not a skip
            pytest.fail(message)
        pytest.skip(message)
    try:
        with running_model_server(tmp_path_factory.mktemp("model-server")) as server:
            yield server
    except RuntimeError as exc:
        pytest.fail(f"the real-model server did not start: {exc}")
