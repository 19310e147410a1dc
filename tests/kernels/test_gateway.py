"""Kernels on a real Jupyter Kernel Gateway (jupyter_kernel_gateway from PyPI), started on loopback.

The gateway's kernels run UNSANDBOXED here (tests/kernels/gateway.py says why that is fine
for these tests): what is proved is the gateway path itself. The same verdicts as the local
path for the exercises' correct and wrong variants; the same caps; a timeout, a crash, a
gateway killed mid-run or down at start, a slow kernel start, a kernel limit, a wrong token
and TLS each give a clean verdict and a health entry, never a hang. No test asserts a
duration: timeouts are generous upper bounds that only catch hangs.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import httpx
import pytest

from clients.simulate import run_simulation
from kernels.gateway import GatewayConfig
from kernels.gateway_supply import GatewaySupply
from kernels.verdict import check_in_process
from reference import catalog
from tests.kernels.conftest import CORRECT_SOFTMAX, ROOT, SyncRunner
from tests.kernels.gateway import CANARY, KernelGateway
from tests.server.harness import ServerProcess, free_port

VARIANTS = ROOT / "tests" / "variants"
WRONG_SOFTMAX = (VARIANTS / "softmax" / "wrong_global_sum.py").read_text()
LOOP = "def softmax(x, axis=-1):\n    while True:\n        pass\n"
HANG = 120.0   # generous bound: only a hang gets near it


def gateway_runner(gateway: KernelGateway, *, pool: int = 2, deadline: float = 8.0, **config) -> SyncRunner:
    settings = {"token": gateway.token, "kernel_name": "hotseat-python", **config}
    supply = GatewaySupply(GatewayConfig(gateway.url, **settings), pool)
    return SyncRunner(pool_size=pool, deadline=deadline, supply=supply)


@pytest.fixture(scope="module")
def gateway(tmp_path_factory, kernel_env):
    gateway = KernelGateway(tmp_path_factory.mktemp("gateway"))
    gateway.start()
    yield gateway
    gateway.stop()


@pytest.fixture(scope="module")
def gw(gateway):
    runner = gateway_runner(gateway)
    yield runner
    runner.close()


@pytest.fixture
def own_gateway(tmp_path, kernel_env):
    """A gateway for one test (killed, limited, TLS, legacy framing): started by the test, always stopped."""
    made = []

    def make(**options) -> KernelGateway:
        gateway = KernelGateway(tmp_path / f"gateway-{len(made)}", **options)
        made.append(gateway)
        return gateway

    yield make
    for gateway in made:
        gateway.stop()


def variant_pairs():
    """One correct and one wrong variant of every exercise (a different wrong one each, round the list)."""
    pairs = []
    for index, exercise_id in enumerate(sorted(catalog())):
        correct = sorted((VARIANTS / exercise_id).glob("correct_*.py"))
        wrong = sorted((VARIANTS / exercise_id).glob("wrong_*.py"))
        pairs.append(pytest.param(exercise_id, correct[index % len(correct)], wrong[index % len(wrong)],
                                  id=exercise_id))
    return pairs


def same_verdict(gateway_verdict, local_verdict, deterministic: bool = True):
    """Equal tests (names, outcomes, messages) and the same error, score and seed. A submission that draws from
    global random state (`wrong_global_rng`) quotes different draws in its messages on every run, wherever it
    runs: only names and outcomes are compared for it."""
    if deterministic:
        assert [t.as_dict() for t in gateway_verdict.tests] == [t.as_dict() for t in local_verdict.tests]
    assert [(t.name, t.passed) for t in gateway_verdict.tests] == [(t.name, t.passed) for t in local_verdict.tests]
    assert (gateway_verdict.error, gateway_verdict.passed, gateway_verdict.score, gateway_verdict.seed) == \
        (local_verdict.error, local_verdict.passed, local_verdict.score, local_verdict.seed)


# --------------------------------------------------------------------------- the same verdicts


@pytest.mark.parametrize("exercise_id, correct, wrong", variant_pairs())
def test_variants_get_the_same_verdicts_as_locally(gw, exercise_id, correct, wrong):
    for path, passes in ((correct, True), (wrong, False)):
        code = path.read_text()
        remote = gw.check(exercise_id, code, seed=5)
        assert remote.passed is passes, (path.name, remote.error, [t for t in remote.tests if not t.passed][:2])
        local = check_in_process(exercise_id, code, seed=5)
        again = check_in_process(exercise_id, code, seed=5)
        same_verdict(remote, local, deterministic=[t.as_dict() for t in local.tests] == [t.as_dict() for t in again.tests])


def test_the_local_sandbox_and_the_gateway_agree(gw, runner):
    """Against real sandboxed kernels too (tests/kernels' `runner`): results, failures, messages."""
    cases = [("softmax", WRONG_SOFTMAX, "hidden"),
             ("attention", (ROOT / "reference" / "solutions" / "attention.py").read_text(), "hidden"),
             ("softmax", "def softmax(x, axis=-1)\n    return x\n", "hidden"),
             ("softmax", "def soft_max(x):\n    return x\n", "examples"),
             ("softmax", (VARIANTS / "softmax" / "wrong_in_place.py").read_text(), "examples")]
    for exercise_id, code, suite in cases:
        remote, local = gw.check(exercise_id, code, suite, seed=9), runner.check(exercise_id, code, suite, seed=9)
        same_verdict(remote, local)
        assert remote.sandboxed and not remote.notes


def test_each_submission_gets_a_fresh_kernel_that_is_then_deleted(gw, gateway):
    supply = gw.runner.supply
    started, deleted = supply.started, supply.deleted
    plant = CORRECT_SOFTMAX + "\nimport os, numpy\nnumpy.planted = 'from the previous submission'\n" \
                              "print('PID', os.getpid())\n"
    first = gw.check("softmax", plant)
    probe = gw.check("softmax", CORRECT_SOFTMAX + "\nimport os, numpy\nprint('PID', os.getpid(), "
                                                  "hasattr(numpy, 'planted'))\n")
    assert first.passed and probe.passed
    first_pid = first.output.split()[1]
    assert f"PID {first_pid}" not in probe.output and probe.output.split()[2] == "False"
    end = time.monotonic() + HANG
    while (supply.deleted < deleted + 2 or supply.started < started + 2) and time.monotonic() < end:
        time.sleep(0.05)   # both kernels are deleted and replaced in the background
    assert supply.deleted >= deleted + 2 and supply.started >= started + 2
    assert len(gateway.wait_kernels(supply.size)) == supply.size   # the pool, and nothing left over


# --------------------------------------------------------------------------- hostile or broken code


def test_an_infinite_loop_times_out_and_the_kernel_is_deleted(gw, gateway):
    verdict = gw.check("softmax", LOOP, "examples")
    assert not verdict.passed and verdict.error == "timed out after 8 s (the kernel was stopped)"
    assert all(not t.passed for t in verdict.tests)
    end = time.monotonic() + HANG
    while any(k["execution_state"] == "busy" for k in gateway.kernels()) and time.monotonic() < end:
        time.sleep(0.1)
    assert not any(k["execution_state"] == "busy" for k in gateway.kernels())
    gw.assert_still_judges_right()


def test_a_crash_is_a_failed_verdict(gw):
    verdict = gw.check("softmax", "import os\ndef softmax(x, axis=-1):\n    os._exit(3)\n")
    assert not verdict.passed
    assert verdict.error == "the kernel died while running your code: a crash, os._exit, or killing processes"
    gw.assert_still_judges_right()


@pytest.mark.parametrize("flood, words", [
    ("return [float(i) for i in range(1_500_000)]", "return NumPy arrays rather than long Python lists"),
    ("return [float(i) for i in range(300_000)]", "more than 4 MB as plain Python data"),
    ("import sys; sys.stdout.write('x' * 60_000_000); sys.stdout.flush(); return x", "printed more than 8 MB"),
    ("for _ in range(200_000): print('spam ' * 20)\n    return x", "printed more than"),
])
def test_output_and_result_floods_are_capped_like_locally(gw, flood, words):
    verdict = gw.check("softmax", f"import numpy as np\ndef softmax(x, axis=-1):\n    {flood}\n", "examples")
    assert not verdict.passed and words in verdict.error, verdict.error
    assert len(verdict.output) <= 64 * 1024 + 100
    gw.assert_still_judges_right()


def test_forged_results_cannot_beat_the_judge(gw):
    verdict = gw.check("softmax", textwrap.dedent("""
        import json
        from IPython.display import publish_display_data
        for case in range(40):
            publish_display_data({"application/json": {"nonce": "guess", "case": case}})

        def softmax(x, axis=-1):
            return x
    """))
    assert not verdict.passed and verdict.score == 0


def test_secrets_never_reach_a_gateway_kernel(gw, monkeypatch):
    """hotseat asks for an empty environment (`"env": {}`), so not even the gateway's own variables
    reach the kernel; nothing of the server's process goes into a request at all."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-server-secret")
    monkeypatch.setenv("KERNEL_SERVER_SECRET", "kernel-prefixed-secret")
    verdict = gw.check("softmax", CORRECT_SOFTMAX + "\nimport os\nprint(sorted(os.environ.items()))\n")
    assert verdict.passed and "PATH" in verdict.output
    for secret in (CANARY, "the gateway's own secret", "sk-server-secret", "kernel-prefixed-secret",
                   gw.runner.supply.config.token):
        assert secret not in verdict.output


# --------------------------------------------------------------------------- a gateway in trouble


def test_a_wrong_token_gives_a_clear_error(gateway):
    sync = gateway_runner(gateway, pool=1, token="not-the-token")
    try:
        status = sync.runner.status()
        assert status["ready"] is False and "refused hotseat's token (HTTP 401" in status["problem"]
        verdict = sync.check("softmax", CORRECT_SOFTMAX)
        assert not verdict.passed and "refused hotseat's token (HTTP 401" in verdict.error
        assert all("not run" in t.message for t in verdict.tests)
        assert "not-the-token" not in json.dumps(status) + json.dumps(verdict.as_dict())
    finally:
        sync.close()


def test_a_gateway_down_at_start_then_up(own_gateway):
    gateway = own_gateway()      # not started yet: nothing listens on its port
    sync = gateway_runner(gateway, pool=1)
    try:
        status = sync.runner.status()
        assert status["ready"] is False and "cannot be reached" in status["problem"]
        verdict = sync.check("softmax", CORRECT_SOFTMAX)
        assert not verdict.passed and f"the kernel gateway at {gateway.url} cannot be reached" in verdict.error
        gateway.start()
        verdict = sync.check("softmax", CORRECT_SOFTMAX)   # a caller always gets a fresh attempt
        assert verdict.passed, verdict.error
        assert sync.runner.status()["ready"] is True
    finally:
        sync.close()


def test_killing_the_gateway_mid_run(own_gateway):
    gateway = own_gateway().start()
    sync = gateway_runner(gateway, pool=1, deadline=60.0)
    supply = sync.runner.supply

    async def kill_while_running():
        run = asyncio.ensure_future(sync.runner.check("softmax", LOOP, "examples"))
        end = time.monotonic() + HANG
        while supply.in_use == 0 and time.monotonic() < end:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        gateway.kill()
        return await asyncio.wait_for(run, HANG)

    try:
        verdict = sync.loop.run_until_complete(kill_while_running())
        assert not verdict.passed
        assert f"the connection to the kernel gateway at {gateway.url} was lost while running your code" \
            in verdict.error
        after = sync.check("softmax", CORRECT_SOFTMAX)
        assert not after.passed and "cannot be reached" in after.error
        status = sync.runner.status()
        assert status["ready"] is False and "cannot be reached" in status["problem"]
    finally:
        sync.close()


def test_a_slow_kernel_start_ends_at_the_start_timeout(gw, gateway):
    sync = gateway_runner(gateway, pool=0, kernel_name="hotseat-slow", start_timeout=2.0)
    try:
        verdict = sync.check("softmax", CORRECT_SOFTMAX)
        assert not verdict.passed and "did not start a kernel within 2 s" in verdict.error
        assert "did not start a kernel within 2 s" in sync.runner.status()["problem"]
    finally:
        sync.close()
    end = time.monotonic() + HANG
    while any(k["name"] == "hotseat-slow" for k in gateway.kernels()) and time.monotonic() < end:
        time.sleep(0.2)
    assert not any(k["name"] == "hotseat-slow" for k in gateway.kernels())   # deleted, not left to sleep


def test_a_gateway_at_its_kernel_limit(own_gateway):
    gateway = own_gateway(options=["--KernelGatewayApp.max_kernels=1"]).start()
    holder = gateway_runner(gateway, pool=0, deadline=30.0)
    waiter = gateway_runner(gateway, pool=0)
    waiter.runner.supply.take_timeout = 2.0
    held = {}
    thread = threading.Thread(target=lambda: held.update(verdict=holder.check("softmax", LOOP, "examples")))
    try:
        thread.start()
        end = time.monotonic() + HANG
        while holder.runner.supply.in_use == 0 and time.monotonic() < end:
            time.sleep(0.05)
        verdict = waiter.check("softmax", CORRECT_SOFTMAX)
        assert not verdict.passed and "is at its kernel limit" in verdict.error, verdict.error
        assert "no kernel became free" in verdict.error
        assert "kernel limit" in waiter.runner.status()["problem"]
    finally:
        thread.join(HANG)
        holder.close()
        waiter.close()
    assert "timed out" in held["verdict"].error


def test_tls_is_verified_against_the_configured_ca(own_gateway, tmp_path):
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1")
    paths = {name: tmp_path / f"{name}.pem" for name in ("cert", "key", "ca")}
    certificate.cert_chain_pems[0].write_to_path(paths["cert"])
    certificate.private_key_pem.write_to_path(paths["key"])
    authority.cert_pem.write_to_path(paths["ca"])
    gateway = own_gateway(tls=(str(paths["cert"]), str(paths["key"]), str(paths["ca"]))).start()
    trusted = gateway_runner(gateway, pool=0, ca_bundle=str(paths["ca"]))
    untrusted = gateway_runner(gateway, pool=0)
    try:
        assert trusted.check("softmax", CORRECT_SOFTMAX).passed
        verdict = untrusted.check("softmax", CORRECT_SOFTMAX)
        assert not verdict.passed and "presented a certificate that does not verify" in verdict.error
    finally:
        trusted.close()
        untrusted.close()


def test_the_legacy_websocket_framing_of_enterprise_gateway(own_gateway):
    """Enterprise Gateway is still on jupyter_server 1, whose websocket knows only the legacy framing."""
    gateway = own_gateway(options=["--ZMQChannelsWebsocketConnection.kernel_ws_protocol="]).start()
    sync = gateway_runner(gateway, pool=1)
    try:
        same_verdict(sync.check("softmax", WRONG_SOFTMAX, seed=3), check_in_process("softmax", WRONG_SOFTMAX, seed=3))
        flood = sync.check("softmax", "def softmax(x, axis=-1):\n    return [float(i) for i in range(300_000)]\n")
        assert "more than 4 MB as plain Python data" in flood.error
        crash = sync.check("softmax", "import os\ndef softmax(x, axis=-1):\n    os._exit(3)\n")
        assert "the kernel died while running your code" in crash.error
        assert sync.runner.supply.status()["started"] >= 3
    finally:
        sync.close()
    assert "v1.kernel.websocket.jupyter.org" not in gateway.log()   # it never spoke v1


# --------------------------------------------------------------------------- the server's health entry


def test_the_server_runs_code_on_the_gateway_and_reports_it_in_health(gateway, tmp_path):
    server = ServerProcess(tmp_path / "data", env={
        "HOTSEAT_GATEWAY_URL": gateway.url, "HOTSEAT_GATEWAY_TOKEN": gateway.token,
        "HOTSEAT_GATEWAY_KERNEL": "hotseat-python", "HOTSEAT_KERNEL_POOL": "1",
        "HOTSEAT_BWRAP": str(tmp_path / "no-bubblewrap-needed")}).start()
    try:
        server.wait_kernels(HANG)
        kernels = httpx.get(server.url + "/api/health", timeout=10).json()["kernels"]
        assert kernels["backend"] == "gateway" and kernels["ready"] is True and kernels["problem"] is None
        assert kernels["gateway"]["url"] == gateway.url and kernels["gateway"]["token"] is True
        assert gateway.token not in json.dumps(kernels)
        taken = kernels["taken"]
        # a candidate over the websocket: its Run (a wrong starter) and Submit (the reference) run on the gateway
        report = run_simulation(server.url, sessions=1, answers=1, seed=2)
        assert report.completed == 1 and not report.errors, report.errors
        candidate = report.candidates[0]
        assert candidate.reference_passed is True and candidate.samples["verdict"]
        kernels = httpx.get(server.url + "/api/health", timeout=10).json()["kernels"]
        assert kernels["taken"] == taken + len(candidate.samples["verdict"])   # a kernel of the gateway's per verdict
    finally:
        server.stop()


def test_hotseat_check_runs_a_file_on_the_gateway(gateway, tmp_path):
    env = {**os.environ, "HOTSEAT_GATEWAY_URL": gateway.url, "HOTSEAT_GATEWAY_TOKEN": gateway.token,
           "HOTSEAT_GATEWAY_KERNEL": "hotseat-python", "HOTSEAT_BWRAP": str(tmp_path / "no-bubblewrap-needed")}

    def check(code: str) -> subprocess.CompletedProcess:
        path = tmp_path / "solution.py"
        path.write_text(code)
        return subprocess.run([sys.executable, "-m", "server.cli", "check", "softmax", str(path), "--json"],
                              capture_output=True, text=True, cwd=ROOT, env=env, timeout=HANG)

    passed, failed = check(CORRECT_SOFTMAX), check(WRONG_SOFTMAX)
    assert passed.returncode == 0 and json.loads(passed.stdout)["passed"] is True, passed.stderr
    assert failed.returncode == 1 and json.loads(failed.stdout)["passed"] is False, failed.stderr
    assert f"kernels from {gateway.url}" in passed.stderr


def test_the_health_entry_of_a_gateway_that_is_down(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    server = ServerProcess(tmp_path / "data", env={"HOTSEAT_GATEWAY_URL": url, "HOTSEAT_GATEWAY_TOKEN": "t0ken"}).start()
    try:
        end = time.monotonic() + HANG
        while time.monotonic() < end:
            kernels = httpx.get(server.url + "/api/health", timeout=10).json()["kernels"]
            if kernels.get("problem"):
                break
            time.sleep(0.1)
        assert kernels["ready"] is False and kernels["backend"] == "gateway"
        assert f"the kernel gateway at {url} cannot be reached" in kernels["problem"]
    finally:
        server.stop()
